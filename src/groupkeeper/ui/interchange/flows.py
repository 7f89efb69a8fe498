"""The ecosystem's formats from the window: calendars (.ics) for phones, and the Meeting Guide
list that intergroup websites read, saved and imported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from groupkeeper import paths
from groupkeeper.errors import GroupKeeperError
from groupkeeper.files import name_part
from groupkeeper.ui.work.ops import Op

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from groupkeeper.ui.context import AppContext


class InterchangeFlows(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def _stem(self) -> str:
        group = self.ctx.data.group()
        return name_part(group.name if group else "Group")

    # ------------------------------------------------------------------ members

    def export_members(self) -> None:
        """Every member to a CSV sheet the import reads back (roster/exporting.py)."""
        from groupkeeper.roster.exporting import export_members

        out = self._ask(self.tr("Save the members"), self.tr("members"), "CSV (*.csv)", ".csv")
        if out is not None:
            self._save(lambda s: export_members(s, out), self.tr("Could not save the members"))

    def export_contacts(self) -> None:
        """The phone list's members to a vCard file for a phone's contacts."""
        from groupkeeper.roster.exporting import export_contacts

        title = self.tr("Save the phone list's contacts")
        out = self._ask(title, self.tr("phone list contacts"), "vCard (*.vcf)", ".vcf")
        if out is not None:
            self._save(
                lambda s: (export_contacts(s, out), out)[1], self.tr("Could not save the contacts")
            )

    def _ask(self, title: str, what: str, kinds: str, suffix: str) -> Path | None:
        ctx = self.ctx
        if ctx.gateway is None:
            return None
        name = f"{self._stem()} {what}{suffix}"
        return ctx.prompts.ask_save_path(title, paths.documents_dir() / name, kinds)

    def _save(self, write: Callable[[Session], Path], cannot: str) -> None:
        """Write in an op's worker, in a session of its own; then say where it went."""
        ctx = self.ctx
        assert ctx.gateway is not None
        store = ctx.gateway.store

        def work(_progress: object) -> Path:
            with store.session() as s:
                return write(s)

        Op(work, ctx.saved, cannot, label=self.tr("Saving…")).run(ctx)

    # ------------------------------------------------------------------ calendars

    def export_calendar(self) -> None:
        """Save the schedule, or one member's service dates, as an .ics calendar file."""
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.roster.service import list_members
        from groupkeeper.ui.interchange.dialogs import CalendarDialog

        members = ctx.read(lambda s: list_members(s, active_only=True))
        dialog = CalendarDialog(ctx.parent_widget, [(m.id, m.name) for m in members])
        ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._save_calendar(dialog.member_id()))
        dialog.open()

    def _save_calendar(self, member_id: int | None) -> None:
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from datetime import datetime

        from groupkeeper.interchange import ics

        now, today = datetime.now().astimezone(), ctx.today
        try:
            if member_id is None:
                data = ctx.read(ics.calendar_data)
                content = ics.calendar_bytes(data, now)
                name = f"{self._stem()} meetings.ics"
            else:
                turns = ctx.read(lambda s: ics.service_data(s, member_id, today))
                if not turns.turns:
                    ctx.prompts.notify(
                        self.tr("No service dates"),
                        self.tr(
                            "{name} has no turns on the roster from today on, so there is "
                            "nothing to put in a calendar. Fill the roster first (Roster > "
                            "Fill roster)."
                        ).format(name=turns.member),
                    )
                    return
                content = ics.service_bytes(turns, now)
                name = f"{name_part(turns.member)} service dates.ics"
        except GroupKeeperError as exc:
            ctx.prompts.notify(self.tr("Could not make the calendar"), exc.message)
            return
        out = ctx.prompts.ask_save_path(
            self.tr("Save the calendar"), paths.documents_dir() / name, "iCalendar (*.ics)"
        )
        if out is None:
            return
        Op(
            lambda _p: ics.write_ics(content, out), ctx.saved,
            self.tr("Could not save the calendar"), label=self.tr("Saving the calendar…"),
        ).run(ctx)  # fmt: skip

    # ------------------------------------------------------------------ meeting lists

    def export_meeting_list(self) -> None:
        """Save the meetings as a Meeting Guide list for the intergroup's website."""
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.interchange.meeting_guide import feed_data, write_feed

        today = ctx.today
        try:
            data = ctx.read(lambda s: feed_data(s, today))
        except GroupKeeperError as exc:
            ctx.prompts.notify(self.tr("Could not make the meeting list"), exc.message)
            return
        if not data.entries:
            ctx.prompts.notify(
                self.tr("No weekly meetings to list"),
                self.tr("The meeting list holds meetings on a day of the week, and this group "
                        "has none yet.") + "\n\n" + "\n\n".join(data.warnings),
            )  # fmt: skip
            return
        name = f"{self._stem()} meeting list.json"
        out = ctx.prompts.ask_save_path(
            self.tr("Save the meeting list"), paths.documents_dir() / name, "JSON (*.json)"
        )
        if out is None:
            return

        def done(path: object) -> None:
            ctx.saved(path)
            if data.warnings:
                ctx.prompts.notify(
                    self.tr("Saved, with something to check"), "\n\n".join(data.warnings)
                )

        Op(
            lambda _p: write_feed(data.entries, out), done,
            self.tr("Could not save the meeting list"),
            label=self.tr("Saving the meeting list…"),
        ).run(ctx)  # fmt: skip

    def import_meeting_list(self) -> None:
        """Read an intergroup's meeting list (in a worker: it may hold thousands) and let the
        person tick their group's meetings."""
        ctx = self.ctx
        if ctx.gateway is None:
            return
        path = ctx.prompts.ask_import_path(
            self.tr("Import meetings from a meeting list"),
            self.tr("Meeting lists (*.json);;All files (*)"),
        )
        if path is None:
            return
        from groupkeeper.interchange.meeting_guide import read_feed_file

        Op(
            lambda _p: read_feed_file(path), lambda feed: self._choose_meetings(feed, path),
            self.tr("Could not read the meeting list"),
            label=self.tr("Reading {file}…").format(file=path.name),
        ).run(ctx)  # fmt: skip

    # ------------------------------------------------------------------ changes

    def send_changes(self) -> None:
        """Read the intergroup's list (in a worker), find our group in it (asking which one
        when the list names us otherwise) and show what their listing should change."""
        ctx = self.ctx
        if ctx.gateway is None:
            return
        path = ctx.prompts.ask_import_path(
            self.tr("The intergroup's meeting list"),
            self.tr("Meeting lists (*.json);;All files (*)"),
        )
        if path is None:
            return
        from groupkeeper.interchange.meeting_guide import read_feed_file

        Op(
            lambda _p: read_feed_file(path), lambda feed: self._compare(feed, path, None),
            self.tr("Could not read the meeting list"),
            label=self.tr("Reading {file}…").format(file=path.name),
        ).run(ctx)  # fmt: skip

    def _compare(self, feed: object, path: Path, listed_as: str | None) -> None:
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.interchange.changes import change_request
        from groupkeeper.interchange.meeting_guide import Feed
        from groupkeeper.ui.interchange.changes import ChangesDialog

        assert isinstance(feed, Feed)
        today = ctx.today
        try:
            request = ctx.read(lambda s: change_request(s, feed, today, listed_as))
        except GroupKeeperError as exc:
            names = feed.groups()
            if listed_as is not None or not names:
                ctx.prompts.notify(self.tr("Could not compare with the meeting list"), str(exc))
                return
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getItem(
                ctx.parent_widget, self.tr("Which group is ours?"),
                str(exc) + "\n\n" + self.tr("Choose our group as the list names it:"),
                names, 0, False,
            )  # fmt: skip
            if ok and name:
                self._compare(feed, path, name)
            return
        dialog = ChangesDialog(ctx.parent_widget, request, path.name)
        dialog.page.clicked.connect(lambda: self._save_page(request))
        ctx.open_dialog(dialog)

    def _save_page(self, request: object) -> None:
        from groupkeeper.interchange.changes import ChangeRequest

        assert isinstance(request, ChangeRequest)
        ctx = self.ctx
        what = self.tr("meeting list changes")
        name = f"{self._stem()} {what}.pdf"
        out = ctx.prompts.ask_save_path(
            self.tr("Save the page to print"), paths.documents_dir() / name, "PDF (*.pdf)"
        )
        if out is None:
            return

        def draw(_p: object) -> Path:
            from groupkeeper.export.changes import render_changes

            return render_changes(request, out)

        Op(
            draw, lambda saved: ctx.saved(saved), self.tr("Could not save the page"),
            label=self.tr("Saving the page…"),
        ).run(ctx)  # fmt: skip

    def _choose_meetings(self, feed: object, path: Path) -> None:
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.interchange.meeting_guide import Feed, zone_warning
        from groupkeeper.ui.interchange.dialogs import MeetingListDialog

        assert isinstance(feed, Feed)
        if not feed.meetings:
            ctx.prompts.notify(
                self.tr("No meetings in the list"),
                self.tr("{file} holds no meetings.").format(file=path.name),
            )
            return
        group = ctx.data.group()
        notes = [*feed.remarks, *(str(w) for w in feed.warnings)]
        zone = zone_warning(feed, group.timezone) if group else None
        dialog = MeetingListDialog(
            ctx.parent_widget, feed, path.name, group.name if group else "",
            ([zone] if zone else []) + notes,
        )  # fmt: skip
        ctx.dialog = dialog
        dialog.accepted.connect(lambda: self._import_chosen(dialog.chosen(), path))
        dialog.open()

    def _import_chosen(self, chosen: Sequence[object], path: Path) -> None:
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.errors import ValidationError
        from groupkeeper.interchange.meeting_guide import FeedMeeting, apply_import, plan_import

        picked = [m for m in chosen if isinstance(m, FeedMeeting)]
        today = ctx.today
        try:
            plan = ctx.read(lambda s: plan_import(s, picked, today))
            if not plan.inputs:
                ctx.prompts.inform(
                    self.tr("Already in the schedule"),
                    self.tr("The meetings you ticked are already in the schedule:")
                    + "\n\n" + "\n".join(plan.already),
                )  # fmt: skip
                return
            # One step that Ctrl+Z takes back whole, with any group formats the import added.
            label = self.tr("Import {n} meetings from {file}").format(
                n=len(plan.inputs), file=path.name
            )
            gateway = ctx.data
            done = gateway.write(label, lambda s: apply_import(s, plan))
            gateway.changed.emit()
        except ValidationError as exc:
            ctx.prompts.notify(
                self.tr("Nothing was imported"),
                self.tr("These meetings could not be added, so none was:") + "\n\n"
                + "\n".join(exc.problems),
            )  # fmt: skip
            return
        except GroupKeeperError as exc:
            ctx.prompts.notify(self.tr("Nothing was imported"), exc.message)
            return
        n = len(done.series_ids)
        added = self.tr("%n meeting(s)", "", n)
        ctx.status(
            self.tr("Imported {added} from {file}. Ctrl+Z undoes.").format(
                added=added, file=path.name
            ), 8000,
        )  # fmt: skip
        lines = [self.tr("Added {added} to the schedule.").format(added=added)]
        if done.already:
            lines.append(
                self.tr("Already in the schedule, left as they were: ") + "; ".join(done.already)
            )
        if done.new_formats:
            lines.append(
                self.tr(
                    "New group formats (codes GroupKeeper did not know): {codes}. To give one "
                    "a label, use 'Add a group format…' in the meeting editor."
                ).format(codes=", ".join(done.new_formats))
            )
        lines.append(
            self.tr(
                "Check the start date and notes of the %n meeting(s) in the meeting editor.", "", n
            )
        )
        ctx.prompts.inform(self.tr("Meetings imported"), "\n\n".join(lines))
