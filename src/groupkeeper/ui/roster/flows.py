"""The roster's cross-page flows: filling it for a range of dates, finding replacements after a
member changes, and saving it as CSV for a spreadsheet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from groupkeeper import paths
from groupkeeper.errors import GroupKeeperError
from groupkeeper.files import name_part
from groupkeeper.ui.work.ops import Op, Progress

if TYPE_CHECKING:
    from groupkeeper.roster.service import FillResult, MemberRecord
    from groupkeeper.ui.context import AppContext


class RosterFlows(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def fill(
        self,
        first: date,
        last: date,
        replace: bool,
        then: Callable[[FillResult], None] | None = None,
    ) -> None:
        """Choose who serves from ``first`` to ``last``, as one undo step on the Roster, then
        ``then(result)``.

        Choosing takes seconds for a few years of meetings and saving a year's turns a tenth
        of one, so both run as an op, with progress and Cancel, shown at once (window-modal:
        nothing else changes the file meanwhile). The step is recorded on the worker's thread
        and the views hear of it here. If anything was changed or undone before the op began
        writing, the plan is made again from what is there now rather than saved."""
        from groupkeeper.roster import service as roster
        from groupkeeper.roster.rotation import Stopped
        from groupkeeper.text import format_date

        ctx = self.ctx
        ctl = ctx.gateway
        if ctl is None:
            return
        store, history = ctl.store, ctl.store.history
        seen = (history.next_undo, history.next_redo)
        label = self.tr("Fill roster, {first} – {last}").format(
            first=format_date(first), last=format_date(last)
        )

        def work(progress: Progress) -> FillResult | bool | None:
            with store.session() as s:
                try:
                    plan = roster.plan_fill(
                        s, first, last, replace, progress=progress.report, stop=progress.stop
                    )
                except Stopped:
                    return None
            if progress.cancelled:
                return None
            if (history.next_undo, history.next_redo) != seen:
                return False  # made again, from what is there now
            with store.change(label, "roster") as s:
                return roster.apply_fill(s, plan)

        def planned(result: FillResult | bool | None) -> None:
            if ctx.gateway is not ctl:  # the file was closed meanwhile
                return
            if result is None:
                ctx.status(self.tr("The roster was not filled: you pressed Cancel."), 8000)
                return
            if result is False:
                self.fill(first, last, replace, then)
                return
            ctl.history_changed.emit()  # the step was recorded on the worker's thread
            ctl.changed.emit()
            if then is not None and not isinstance(result, bool):
                then(result)

        Op(
            work,
            planned,
            self.tr("Could not fill the roster"),
            label=self.tr("Filling the roster…"),
            progress=True,
            cancellable=True,
        ).run(ctx).show_progress()

    def fill_roster(self) -> None:
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.ui.roster.dialogs import FillDialog

        dialog = FillDialog(ctx.parent_widget, ctx.today)
        ctx.dialog = dialog

        def run() -> None:
            first, last, replace = dialog.choice()
            if replace and not ctx.prompts.confirm(
                self.tr("Choose everyone again?"),
                self.tr("Everyone on the roster from {first} to {last} who is not locked will "
                        "be chosen again.").format(first=first, last=last),
                self.tr("Choose again"),
            ):  # fmt: skip
                return
            self.fill(first, last, replace, self._filled)

        dialog.accepted.connect(run)
        dialog.open()

    def _filled(self, result: FillResult) -> None:
        self.ctx.show("roster")
        self.ctx.prompts.inform(self.tr("Roster filled"), "\n".join(result.summary_lines()[:25]))

    def offer_replacements(self, member: MemberRecord) -> None:
        """After a member changes: if their future turns now break a rule (a blackout just
        added, made inactive), say so and offer to find others for those turns."""
        from groupkeeper.roster import service as roster
        from groupkeeper.text import format_date

        ctx = self.ctx
        if ctx.gateway is None:
            return
        hits = ctx.read(lambda s: roster.broken_turns(s, member.id, ctx.today))
        if not hits:
            return
        names = ctx.read(roster.role_names)
        lines = [
            f"{format_date(slot.original)}: {names.get(slot.role, '?')} — {'; '.join(why)}"
            for slot, why in hits[:12]
        ]
        text = self.tr("{name} is on the roster for turns they can no longer take:").format(
            name=member.name
        ) + "\n\n" + "\n".join(lines) + "\n\n" + self.tr(
            "Find someone else for these turns? (Turns locked by hand stay as they are.)"
        )  # fmt: skip
        if ctx.prompts.confirm(self.tr("Roster conflict"), text, self.tr("Find replacements")):
            first = min(s.original for s, _ in hits)
            last = max(s.original for s, _ in hits)
            self.fill(first, last, replace=False)

    def export_csv(self) -> None:
        """The roster as CSV for a spreadsheet (the PDF calendar is in the Export dialog)."""
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.ui.schedule.dialogs import FlyerDialog

        dialog = FlyerDialog(
            ctx.parent_widget, ctx.today, self.tr("Roster as CSV"),
            self.tr("The roster for these dates, one row per turn, to open in a spreadsheet."),
            paper=False, ok_text=self.tr("&Save CSV…"),
        )  # fmt: skip
        ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._save_csv(*dialog.span()))
        dialog.open()

    def _save_csv(self, first: date, last: date) -> None:
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.export.roster import roster_data, write_csv

        group = ctx.data.group()
        name = f"{name_part(group.name if group else '')} roster {first:%Y-%m-%d}.csv"
        out = ctx.prompts.ask_save_path(
            self.tr("Save the roster"), paths.documents_dir() / name, "CSV (*.csv)"
        )
        if out is None:
            return
        try:
            data = ctx.read(lambda s: roster_data(s, first, last))
        except GroupKeeperError as exc:
            ctx.prompts.notify(self.tr("Could not save the roster"), exc.message)
            return
        Op(
            lambda _p: write_csv(data, out), lambda p: ctx.saved(p, offer=False),
            self.tr("Could not save the roster"), label=self.tr("Saving the roster…"),
        ).run(ctx)  # fmt: skip
