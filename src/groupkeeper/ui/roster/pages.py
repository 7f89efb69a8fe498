"""The Members and Roster pages.

Each page is given the context (for the open file, the date and the prompts, which tests
replace) and reads through plain service calls; no ORM object outlives a call.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from groupkeeper.roster import service as roster
from groupkeeper.roster.rotation import SlotKey
from groupkeeper.roster.service import MemberInput
from groupkeeper.schedule import service as schedule
from groupkeeper.text import format_date
from groupkeeper.ui.kit.fonts import heading
from groupkeeper.ui.kit.forms import date_edit, pydate
from groupkeeper.ui.kit.page import Page
from groupkeeper.ui.kit.tables import setup_table
from groupkeeper.ui.roster.flows import RosterFlows
from groupkeeper.ui.roster.models import MemberFilter, MemberTableModel, RosterMatrixModel
from groupkeeper.ui.work.ops import Op, Progress

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext


# ---------------------------------------------------------------------------- members


class MembersPage(Page):
    SECTION = "members"
    """Everyone in the group, searchable as you type, with add, edit, delete and import."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = MemberTableModel(self)
        self.proxy = MemberFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search members (name, role, status)…"))
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda _t: self._say_when_empty())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(self.tr("What to do"))
        self.empty.setVisible(False)
        self.view = setup_table(QTableView(), self.proxy, self.tr("Members"), (190, 330, 260, 90))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit_member())
        buttons = QHBoxLayout()
        for text, action in (
            (self.tr("Add…"), "add_member"),
            (self.tr("Edit…"), "edit_member"),
            (self.tr("Delete…"), "delete_member"),
            (self.tr("Import from CSV…"), "import_members"),
        ):
            buttons.addWidget(ctx.actions.button(text, action))
        buttons.addStretch(1)
        self.count = QLabel()
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("Members"))
        heading(caption)
        layout.addWidget(caption)
        layout.addWidget(self.search)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: ctx.sync_actions())

    def refresh(self) -> None:
        selected = self.selected_id()
        members = self.read(roster.list_members)
        names = self.read(roster.role_names)
        self.model.set_members(members, names)
        active = sum(1 for m in members if m.data.active)
        self.count.setText(self.tr("{n} members, {a} active").format(n=len(members), a=active))
        self._say_when_empty()
        if selected is not None:
            self.select(selected)

    def _say_when_empty(self) -> None:
        """With nobody yet, or nobody matching the search, say what to do instead of an
        empty table."""
        typed = self.search.text().strip()
        if self.model.rowCount() == 0:
            text = self.tr(
                "No members yet. Add them one by one (Add…), or import a list saved from a "
                "spreadsheet as CSV (Import from CSV…)."
            )
        elif typed and self.proxy.rowCount() == 0:
            text = self.tr("Nobody matches “{words}”.").format(words=typed)
        else:
            text = ""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def select(self, member_id: int) -> None:
        row = self.model.row_of(member_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.view.selectRow(index.row())

    def selected_id(self) -> int | None:
        if not self.view.selectionModel().hasSelection():
            return None
        index = self.proxy.mapToSource(self.view.currentIndex())
        rec = self.model.record(index.row())
        return rec.id if rec else None

    def _dialog(self, member_id: int | None) -> None:
        from groupkeeper.ui.roster.dialogs import MemberDialog

        roles = self.read(roster.list_roles)
        everyone = self.read(roster.list_members)
        others = [m for m in everyone if m.id != member_id]
        initial = next((m.data for m in everyone if m.id == member_id), None)
        dialog = MemberDialog(
            roles,
            others,
            lambda data: self.read(lambda s: roster.check_member(s, data, member_id)),
            initial,
            self,
            self.ctx.today,
        )
        self.ctx.dialog = dialog

        def save() -> None:
            value = dialog.value
            assert value is not None
            if member_id is None:
                label = self.tr("Add member {name}").format(name=value.display_name)
                rec = self.write(label, lambda s: roster.create_member(s, value))
            else:
                label = self.tr("Edit member {name}").format(name=value.display_name)
                rec = self.write(label, lambda s: roster.update_member(s, member_id, value))
            if rec is not None:
                self.select(rec.id)
                self.ctx.flow(RosterFlows).offer_replacements(rec)

        dialog.accepted.connect(save)
        dialog.open()

    def add_member(self) -> None:
        self._dialog(None)

    def edit_member(self) -> None:
        member_id = self.selected_id()
        if member_id is not None:
            self._dialog(member_id)

    def delete_member(self) -> None:
        member_id = self.selected_id()
        if member_id is None:
            return
        today = self.ctx.today
        rec = self.read(lambda s: roster.get_member(s, member_id))
        future = self.read(lambda s: roster.future_assignments(s, member_id, today))
        text = self.tr(
            "Delete {name} and their history of service? You can undo this with Ctrl+Z.\n\n"
            "If they have moved away or are taking a break, you can untick 'Active' "
            "instead and keep their history."
        ).format(name=rec.name)
        label = self.tr("Delete member {name}").format(name=rec.name)
        if not future:
            if self.ctx.prompts.confirm(self.tr("Delete member?"), text, self.tr("Delete")):
                self.write(label, lambda s: roster.delete_member(s, member_id, today))
            return
        text += "\n\n" + self.tr(
            "{name} is on the roster {n} times from today. Leave those turns open, or fill "
            "them with others?"
        ).format(name=rec.name, n=len(future))
        choice = self.ctx.prompts.ask_choice(
            self.tr("Delete member?"),
            text,
            [self.tr("Delete and leave open"), self.tr("Delete and refill")],
        )
        if choice is not None:
            refill = choice == 1
            self.write(label, lambda s: roster.delete_member(s, member_id, today, refill=refill))

    def import_csv(self) -> None:
        """Ask for a member list and import it as an op: reading and checking a list of up
        to two thousand can take a while, so it runs off the window's thread with Cancel;
        adding everyone is one undo step."""
        from groupkeeper.roster import importing
        from groupkeeper.roster.rotation import Stopped

        path = self.ctx.prompts.ask_import_path(
            self.tr("Import members from a CSV file"), "CSV (*.csv *.txt);;All files (*)"
        )
        ctl = self.ctx.gateway
        if path is None or ctl is None:
            return
        store = ctl.store
        label = self.tr("Import members from {file}").format(file=path.name)

        def work(progress: Progress) -> importing.Imported | None:
            try:
                return importing.import_members_file(
                    store, path, label=label, section=self.SECTION, stop=progress.stop
                )
            except Stopped:
                return None

        def done(result: importing.Imported | None) -> None:
            if self.ctx.gateway is not ctl:  # the file was closed meanwhile
                return
            if result is None:
                self.ctx.status(self.tr("Nothing was imported: you pressed Cancel."), 8000)
                return
            if result.problems:
                self.ctx.prompts.notify(
                    self.tr("Nothing was imported"),
                    self.tr("{file} has problems, so no member was added:").format(file=path.name)
                    + "\n\n" + "\n".join(result.problems)
                    + "\n\n"
                    + self.tr("Fix these rows in the spreadsheet, save as CSV and try again."),
                )  # fmt: skip
                return
            ctl.history_changed.emit()  # the step was recorded on the worker's thread
            ctl.changed.emit()
            self.ctx.prompts.inform(
                self.tr("Members imported"),
                self.tr("Added {n} members from {file}.").format(n=result.added, file=path.name),
            )

        Op(
            work,
            done,
            self.tr("Could not read the file"),
            label=self.tr("Importing members from {file}…").format(file=path.name),
            progress=True,
            cancellable=True,
        ).run(self.ctx)


# ---------------------------------------------------------------------------- roster


class RosterPage(Page):
    """The roster matrix: dates down, roles across. Click a cell to choose, lock, explain."""

    SECTION = "roster"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = RosterMatrixModel(self)
        self.menu: QMenu | None = None  # the cell menu now open
        self.first = date_edit(ctx.today, self.tr("Show from"))
        self.first.dateChanged.connect(lambda _d: self.refresh())
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 156)
        self.weeks.setValue(12)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("How many weeks to show"))
        self.weeks.valueChanged.connect(lambda _v: self.refresh())
        self.pairing = QCheckBox(self.tr("Newer facilitators get an experienced co-facilitator"))
        self.pairing.setToolTip(
            self.tr("When on, a facilitator who is not marked experienced is always paired "
                    "with an experienced co-facilitator.")
        )  # fmt: skip
        self.pairing.toggled.connect(self._pairing_changed)
        self.series = QComboBox()
        self.series.setAccessibleName(self.tr("Meeting"))
        needs = QPushButton(self.tr("Roles it needs…"))
        needs.clicked.connect(self.edit_needs)
        needs.setToolTip(self.tr("Choose which roles this meeting needs and how many of each"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Roster"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(44)
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu_at)
        self.view.activated.connect(self._cell_menu)
        self.view.clicked.connect(self._cell_menu)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Roster summary"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.first)
        top.addWidget(self.weeks)
        top.addSpacing(12)
        top.addWidget(ctx.actions.button(self.tr("Fill roster…"), "fill"))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Roles for:")))
        top.addWidget(self.series)
        top.addWidget(needs)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pairing)
        bottom.addStretch(1)
        bottom.addWidget(self.status)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("Service roster"))
        heading(caption)
        layout.addWidget(caption)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def span(self) -> tuple[date, date]:
        first = pydate(self.first.date())
        return first, first + timedelta(weeks=self.weeks.value()) - timedelta(days=1)

    def refresh(self) -> None:
        if self.ctx.gateway is None:
            return
        first, last = self.span()

        def load(s: Session) -> tuple[object, ...]:
            meetings = roster.roster_meetings(s, first, last)
            assigned = roster.list_assignments(s, first, last)
            return (
                meetings,
                roster.list_roles(s),
                assigned,
                roster.member_names(s),
                roster.conflicts_in(s, meetings, assigned),
                roster.pair_new_facilitators(s),
            )

        meetings, roles, assigned, names, conflicts, pairing = self.read(load)
        self.model.language = self.ctx.language
        self.model.set_roster(meetings, roles, assigned, names, conflicts)  # type: ignore[arg-type]
        self.view.setColumnWidth(0, 230)
        self.pairing.blockSignals(True)
        self.pairing.setChecked(bool(pairing))
        self.pairing.blockSignals(False)
        current = self.series.currentData()
        self.series.clear()
        for rec in self.read(schedule.list_series):
            self.series.addItem(rec.name, rec.id)
        if current is not None and (i := self.series.findData(current)) >= 0:
            self.series.setCurrentIndex(i)
        opened = self.model.open_count()
        text = self.tr("{m} meetings · {o} open turns").format(m=self.model.rowCount(), o=opened)
        if self.model.conflicts:
            text += self.tr(" · {c} need attention").format(c=len(self.model.conflicts))
        if not meetings and self.series.count() == 0:
            text = self.tr(
                "The group has no meetings yet: add them in Schedule (Meetings > New meeting…), "
                "then choose the roles each needs here."
            )
        elif not meetings:
            text = self.tr("No meeting in these weeks needs people yet: choose 'Roles it needs…'.")
        self.status.setText(text)

    def _pairing_changed(self, on: bool) -> None:
        label = (
            self.tr("Newer facilitators get an experienced co-facilitator")
            if on
            else self.tr("Newer facilitators need no experienced co-facilitator")
        )
        self.write(label, lambda s: roster.set_pair_new_facilitators(s, on))

    def edit_needs(self) -> None:
        from groupkeeper.ui.roster.dialogs import NeedsDialog

        series_id = self.series.currentData()
        if series_id is None:
            return
        roles = self.read(roster.list_roles)
        needs = dict(self.read(lambda s: roster.series_needs(s, series_id)))

        def add_role(name: str, experienced: bool) -> roster.RoleRecord | None:
            return self.write(
                self.tr("Add role {name}").format(name=name),
                lambda s: roster.save_role(s, name, experienced_only=experienced),
            )

        dialog = NeedsDialog(self.series.currentText(), roles, needs, add_role, self)
        self.ctx.dialog = dialog
        label = self.tr("Roles {meeting} needs").format(meeting=self.series.currentText())
        dialog.accepted.connect(
            lambda: self.write(
                label, lambda s: roster.set_series_needs(s, series_id, dialog.needs())
            )
        )
        dialog.open()

    # -- cells ------------------------------------------------------------------

    def _menu_at(self, at: QPoint) -> None:
        self._cell_menu(self.view.indexAt(at))

    def cell_actions(self, slot: SlotKey) -> QMenu:
        """The menu for one cell: who could take it (with warnings), lock, clear, explain."""
        menu = QMenu(self)
        current = self.model.assigned.get(slot)
        names = self.model.names
        if current is not None:
            who = names.get(current.member_id, "?")
            menu.addAction(self.tr("Why {name}?").format(name=who), partial(self.explain, slot))
            if current.locked:
                menu.addAction(self.tr("Unlock"), partial(self.set_locked, slot, False))
            else:
                menu.addAction(
                    self.tr("Lock (keep when the roster is filled again)"),
                    partial(self.set_locked, slot, True),
                )
            menu.addAction(self.tr("Leave open"), partial(self.assign, slot, None))
        else:
            menu.addAction(self.tr("Why is this open?"), partial(self.explain, slot))
        menu.addSection(self.tr("Choose someone"))
        for cand in self.read(lambda s: roster.candidates(s, slot)):
            if current is not None and cand.member.id == current.member_id:
                continue
            text = cand.member.name
            if cand.problems:
                text = "⚠ " + text + " — " + "; ".join(cand.problems)
            elif cand.notes:
                text += " — " + "; ".join(cand.notes)
            menu.addAction(text, partial(self.assign, slot, cand.member.id))
        return menu

    def _cell_menu(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        slot = self.model.slot_at(index.row(), index.column())
        # A double-click is a click and an activation: one menu, not two.
        if slot is None or (self.menu is not None and self.menu.isVisible()):
            return
        self.menu = self.cell_actions(slot)
        self.ctx.dialog = None
        self.menu.popup(self.view.viewport().mapToGlobal(self.view.visualRect(index).center()))

    def assign(self, slot: SlotKey, member_id: int | None) -> None:
        """Put someone in a cell by hand (locked, so a refill keeps it). If they already
        serve at this meeting, the two swap."""
        meeting = (slot.series_id, slot.original)
        here = next(
            (
                k
                for k, a in self.model.assigned.items()
                if a.member_id == member_id and (k.series_id, k.original) == meeting
            ),
            None,
        )
        turn = self._turn(slot)
        if here is not None and member_id is not None:
            label = self.tr("Swap {turn} with {other}").format(turn=turn, other=self._turn(here))
            self.write(label, lambda s: roster.swap(s, slot, here))
            return
        if member_id is None:
            label = self.tr("Leave {turn} open").format(turn=turn)
        else:
            name = self.model.names.get(member_id, "?")
            label = self.tr("Choose {name} as {turn}").format(name=name, turn=turn)
        self.write(label, lambda s: roster.put_assignment(s, slot, member_id, locked=True))

    def _turn(self, slot: SlotKey) -> str:
        """A turn in words: "Reader on Tue 3 Mar 2026"."""
        role = self.model.roles.get(slot.role)
        return self.tr("{role} on {day}").format(
            role=role.name if role else "?", day=format_date(slot.original)
        )

    def set_locked(self, slot: SlotKey, locked: bool) -> None:
        text = self.tr("Lock {turn}") if locked else self.tr("Unlock {turn}")
        self.write(text.format(turn=self._turn(slot)), lambda s: roster.set_locked(s, slot, locked))

    def explain(self, slot: SlotKey) -> None:
        lines = self.read(lambda s: roster.explain(s, slot))
        self.ctx.prompts.inform(self.tr("Why"), "\n".join(lines))


__all__ = ["MemberInput", "MembersPage", "RosterPage"]
