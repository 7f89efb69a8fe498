"""The Pairings page: who is waiting for a sponsor or mentor and the candidates for them with
reasons, active pairings and their check-ins (overdue ones stand out), ended pairings and the
people willing to help.

A person decides every pairing: the candidates and "Suggest for everyone waiting" only
propose. Everything on this page is confidential; only File > Export > Pairing list prints it.
Private notes (a request's note, check-in notes, why a pairing ended) stay hidden until someone
chooses "Show private notes", and hide again when another row is chosen, the page is left or
the window locks: the laptop is often shared.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.errors import GroupKeeperError
from groupkeeper.group.models import GroupKind
from groupkeeper.pairing import service as pairing
from groupkeeper.pairing.matching import Candidate, Excluded
from groupkeeper.pairing.models import Status
from groupkeeper.pairing.service import MentorRow, Pairing
from groupkeeper.text import format_date
from groupkeeper.ui.kit import colours
from groupkeeper.ui.kit.colours import Ink
from groupkeeper.ui.kit.fonts import heading
from groupkeeper.ui.kit.page import Page
from groupkeeper.ui.kit.tables import RecordRole, TextTable, setup_table
from groupkeeper.ui.pairing.flows import ACTIVE, ENDED, MENTORS, WAITING, PairingFlows
from groupkeeper.ui.pairing.models import (
    ActiveModel,
    CandidateModel,
    CheckinModel,
    EndedModel,
    MentorModel,
    WaitingModel,
)

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext

T = TypeVar("T")


class PairingsPage(Page):
    SECTION = "pairings"
    WAITING, ACTIVE, ENDED, MENTORS = WAITING, ACTIVE, ENDED, MENTORS

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.roles = pairing.role_words(GroupKind.TWELVE_STEP)  # the group's, once refreshed
        self.sponsor, self.sponsee = self.roles.sponsor, self.roles.sponsee
        self.blocked: set[int] = set()  # who is never suggested for the chosen request
        # Whose private notes are on show, as (file, pairing id): one at a time, only if asked.
        self.revealed: tuple[str, int] | None = None
        self.public_lines: list[str] = []
        self.private_lines: list[str] = []
        self.waiting = WaitingModel(self)
        self.active = ActiveModel(self)
        self.ended = EndedModel(self)
        self.mentors = MentorModel(self)
        self.candidates = CandidateModel(self)
        self.flows = PairingFlows(self, self)
        self.checkins = CheckinModel(self)

        self.heading = QLabel()
        heading(self.heading)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Pairings summary"))
        self.summary.setWordWrap(True)  # on a small screen, under the heading, not past it
        self.new_button = QPushButton(self.tr("New request…"))
        self.new_button.clicked.connect(self.flows.new_request)
        self.suggest_button = QPushButton(self.tr("Suggest for everyone waiting…"))
        self.suggest_button.clicked.connect(self.flows.suggest_all)
        rules = QPushButton(self.tr("Conventions…"))
        rules.clicked.connect(self.flows.edit_conventions)
        printing = QPushButton(self.tr("Print list…"))
        printing.clicked.connect(ctx.actions["export_pairings"].trigger)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        top.addLayout(titles, 1)
        for b in (self.new_button, self.suggest_button, rules, printing):
            b.setMinimumHeight(32)
            top.addWidget(b)

        self.tabs = QTabWidget()
        self.views: list[QTableView] = []
        for model, name, widths in (
            (self.waiting, self.tr("Waiting"), (100, 130, 70)),
            (self.active, self.tr("Active pairings"), (110, 110, 110, 110)),
            (self.ended, self.tr("Ended pairings"), (120, 120, 110)),
            (self.mentors, self.tr("People willing to help"), (100, 64, 128, 110)),
        ):
            view = setup_table(QTableView(), model, name, widths)
            view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_current())
            self.views.append(view)
            self.tabs.addTab(view, name)
        self.views[self.WAITING].doubleClicked.connect(lambda _i: self.flows.edit_request())
        self.views[self.MENTORS].doubleClicked.connect(lambda _i: self.flows.edit_profile())
        self.tabs.currentChanged.connect(lambda _i: self.show_current())
        add_mentor = QPushButton(self.tr("Add someone willing…"))
        add_mentor.clicked.connect(self.flows.add_profile)
        self.add_mentor = add_mentor
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tabs, 1)
        ll.addWidget(add_mentor, 0, Qt.AlignmentFlag.AlignLeft)

        # Right: the detail of what is chosen, which depends on the tab.
        self.title = QLabel()
        heading(self.title, bold=True)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Chosen"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.setAccessibleName(self.tr("Details"))
        self.private_button = QPushButton(self.tr("Show private notes"))
        self.private_button.setCheckable(True)
        self.private_button.setToolTip(
            self.tr(
                "Private notes stay hidden until asked for, so that nobody reads them over "
                "your shoulder"
            )
        )
        self.private_button.toggled.connect(self._reveal)
        ctx.locked_changed.connect(lambda _locked: self.hide_private())
        self.stack = QStackedWidget()
        self.stack.addWidget(QWidget())  # nothing chosen
        self.stack.addWidget(self._request_pane())
        self.stack.addWidget(self._active_pane())
        self.stack.addWidget(self._mentor_pane())
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 0, 0, 0)
        rl.addWidget(self.title)
        rl.addWidget(self.info)
        rl.addWidget(self.private_button, 0, Qt.AlignmentFlag.AlignLeft)
        rl.addWidget(self.stack, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 6)
        split.setSizes([520, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # ------------------------------------------------------------------ panes

    def _request_pane(self) -> QWidget:
        pane = QWidget()
        self.candidate_view = setup_table(
            QTableView(), self.candidates, self.tr("Candidates"), (110, 50)
        )
        # Reasons wrap onto as many lines as they need: every word of a score is shown.
        self.candidate_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.candidate_view.doubleClicked.connect(lambda _i: self.flows.pair_with_selected())
        self.candidate_view.selectionModel().currentRowChanged.connect(lambda *_a: self._sync())
        self.pair_button = QPushButton(self.tr("Pair with the chosen candidate…"))
        self.pair_button.clicked.connect(self.flows.pair_with_selected)
        edit = QPushButton(self.tr("Edit request…"))
        edit.clicked.connect(self.flows.edit_request)
        withdraw = QPushButton(self.tr("Withdraw…"))
        withdraw.clicked.connect(self.flows.withdraw_request)
        self.block_button = QPushButton(self.tr("Never suggest this pair…"))
        self.block_button.setToolTip(
            self.tr("Keep the chosen person from ever being suggested for this one")
        )
        self.block_button.clicked.connect(self.flows.toggle_block)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pair_button)
        buttons.addWidget(self.block_button)
        buttons.addStretch(1)
        request = QHBoxLayout()  # about the request, under it: one row of four was too wide
        request.addWidget(edit)
        request.addWidget(withdraw)
        request.addStretch(1)
        self.candidate_heading = QLabel()
        heading(self.candidate_heading, 1.0)  # not a style sheet: it would keep old colours
        self.candidate_heading.setWordWrap(True)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(request)
        layout.addWidget(self.candidate_heading)
        layout.addWidget(self.candidate_view, 1)
        layout.addLayout(buttons)
        return pane

    def _active_pane(self) -> QWidget:
        pane = QWidget()
        self.checkin_view = setup_table(QTableView(), self.checkins, self.tr("Check-ins"), (130,))
        self.checkin_button = QPushButton(self.tr("Log a check-in…"))
        self.checkin_button.clicked.connect(self.flows.log_checkin)
        self.end_button = QPushButton(self.tr("End pairing…"))
        self.end_button.clicked.connect(self.flows.end_pairing)
        buttons = QHBoxLayout()
        buttons.addWidget(self.checkin_button)
        buttons.addStretch(1)
        buttons.addWidget(self.end_button)
        caption = QLabel(self.tr("Check-ins"))
        heading(caption, 1.0)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.checkin_view, 1)
        layout.addLayout(buttons)
        return pane

    def _mentor_pane(self) -> QWidget:
        pane = QWidget()
        edit = QPushButton(self.tr("Edit profile…"))
        edit.clicked.connect(self.flows.edit_profile)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(edit, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return pane

    # ------------------------------------------------------------------ reading

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.ctx.gateway is not None:
            self.refresh()  # its rich text, coloured for the new theme

    def refresh(self) -> None:
        today = self.ctx.today
        self.roles = self.read(pairing.group_role_words)
        self.sponsor, self.sponsee = self.roles.sponsor, self.roles.sponsee
        everything = self.read(pairing.list_pairings)
        by = {s: [p for p in everything if p.status is s] for s in Status}
        keep = self._current()
        self.waiting.set_rows(sorted(by[Status.REQUESTED], key=lambda p: (p.asked_on, p.id)), today)
        active = sorted(by[Status.ACTIVE], key=lambda p: (p.next_due or today, p.id))
        self.active.set_rows(active, today)
        self.ended.set_rows(
            sorted(by[Status.ENDED], key=lambda p: (p.ended or today, p.id), reverse=True), today
        )
        self.mentors.set_rows(self.read(pairing.list_mentors))
        late = self.active.alert_count()
        self.heading.setText(
            self.tr("{Sponsors} and {sponsees}").format(
                Sponsors=self.roles.Sponsors, sponsees=self.roles.sponsees
            )
        )
        waiting = len(by[Status.REQUESTED])
        parts = [
            self.tr("{n} waiting").format(n=waiting),
            self.tr("{n} active").format(n=len(active)),
        ]
        if late:
            parts.append(
                self.tr("<b style='{alert}'>{n} overdue for a check-in</b>").format(
                    n=late, alert=colours.current().css(Ink.ALERT)
                )
            )
        self.summary.setText(" · ".join(parts))
        self.tabs.setTabText(self.WAITING, self.tr("Waiting ({n})").format(n=waiting))
        active_text = self.tr("Active ({n})").format(n=len(active))
        if late:
            active_text = self.tr("Active ({n}, {late} overdue)").format(n=len(active), late=late)
        self.tabs.setTabText(self.ACTIVE, active_text)
        self.tabs.setTabText(self.ENDED, self.tr("Ended ({n})").format(n=len(by[Status.ENDED])))
        willing = self.mentors.rowCount()
        self.tabs.setTabText(
            self.MENTORS,
            self.tr("Willing to {s} ({n})").format(s=self.roles.to_sponsor, n=willing),
        )
        self.new_button.setText(self.tr("New request for a {s}…").format(s=self.sponsor))
        self.suggest_button.setEnabled(waiting > 0)
        self.suggest_button.setToolTip(
            self.tr(
                "Propose the best overall set of pairings for everyone waiting; you "
                "confirm or decline each one."
            )
        )
        if keep is not None:
            self.select(*keep)
        elif self.views[self.tabs.currentIndex()].model().rowCount() > 0:
            self.views[self.tabs.currentIndex()].selectRow(0)
        self.show_current()

    def _current(self) -> tuple[int, int] | None:
        """(tab, id) of what is chosen now."""
        record = self.current_record()
        if isinstance(record, Pairing):
            return self.tabs.currentIndex(), record.id
        if isinstance(record, MentorRow):
            return self.MENTORS, record.member_id
        return None

    def current_record(self) -> Any:
        view = self.views[self.tabs.currentIndex()]
        index = view.currentIndex()
        return view.model().data(index, RecordRole) if index.isValid() else None

    def select(self, tab: int, record_id: int) -> None:
        """Show tab ``tab`` with the pairing (or, on the last tab, the member) chosen."""
        self.tabs.setCurrentIndex(tab)
        model: TextTable[Any] = self.views[tab].model()  # type: ignore[assignment]
        for row, rec in enumerate(model.records()):
            rid = rec.member_id if isinstance(rec, MentorRow) else rec.id
            if rid == record_id:
                self.views[tab].selectRow(row)
                break
        self.show_current()

    def show_current(self) -> None:
        record = self.current_record()
        today = self.ctx.today
        if self._private_key(record) != self.revealed:
            self.hide_private()  # another row chosen: its notes wait to be asked for too
        self.private_lines = []
        self.private_button.setVisible(False)
        if isinstance(record, MentorRow):
            self._show_mentor(record)
        elif isinstance(record, Pairing) and record.status is Status.REQUESTED:
            self._show_request(record)
        elif isinstance(record, Pairing):
            self._show_pairing(record, today)
        else:
            empty = {
                self.WAITING: self.tr(
                    "Nobody is waiting. When someone asks for a {s}, choose “New request”."
                ).format(s=self.sponsor),
                self.ACTIVE: self.tr("No active pairings yet."),
                self.ENDED: self.tr("No pairings have ended."),
                self.MENTORS: self.tr(
                    "Nobody has a {s} profile yet. Choose “Add someone willing…”."
                ).format(s=self.sponsor),
            }
            self.title.setText("")
            self.public_lines = [empty[self.tabs.currentIndex()]]
            self._show_info()
            self.stack.setCurrentIndex(0)
        self.add_mentor.setVisible(self.tabs.currentIndex() == self.MENTORS)
        self._sync()

    def _show_request(self, p: Pairing) -> None:
        today = self.ctx.today
        self.title.setText(
            self.tr("{who} is waiting for a {s}").format(who=p.seeker, s=self.sponsor)
        )
        lines = [
            self.tr("Asked on {day} ({n} days ago).").format(
                day=format_date(p.asked_on), n=(today - p.asked_on).days
            )
        ]
        if p.wants():
            lines.append(self.tr("Would like: {wants}.").format(wants=html.escape(p.wants())))
        private = []
        if p.note:
            private.append(
                self.tr("<span style='{m}'>Private note: {note}</span>").format(
                    m=colours.current().css(Ink.HINT), note=html.escape(p.note)
                )
            )
        self._set_info(lines, private)
        try:
            ranking = self.read(lambda s: pairing.candidates(s, p.id, today))
        except GroupKeeperError as exc:
            self._set_info([exc.message], [])
            return
        self.blocked = self.read(lambda s: pairing.blocked_with(s, p.seeker_id))
        self.candidates.set_rows([*ranking.candidates, *ranking.excluded], today)
        good = len(ranking.candidates)
        self.candidate_heading.setText(
            self.tr("Candidates, best first ({n})").format(n=good)
            if good
            else self.tr("Nobody can be suggested under the group's rules; see why below.")
            if ranking.excluded
            else self.tr(
                "No one has said they are willing to {s} yet. Add someone willing on the "
                "“Willing to {s}” tab (Add someone willing…)."
            ).format(s=self.roles.to_sponsor)
        )
        if good:
            self.candidate_view.selectRow(0)
        self.stack.setCurrentIndex(1)

    def _show_pairing(self, p: Pairing, today: Any) -> None:
        self.title.setText(
            self.tr("{who} with {mentor}").format(
                who=p.seeker, mentor=p.mentor or self.tr("nobody (request withdrawn)")
            )
        )
        lines = []
        if p.started:
            lines.append(self.tr("Since {day}.").format(day=format_date(p.started)))
        if p.status is Status.ACTIVE and p.next_due is not None:
            due = self.tr("Next check-in due {day} (every {n} days).").format(
                day=format_date(p.next_due), n=p.checkin_days
            )
            if p.overdue(today):
                due = (
                    f"<span style='{colours.current().css(Ink.ALERT)};font-weight:600'>"
                    + self.tr("Check-in overdue since {day}.").format(day=format_date(p.next_due))
                    + "</span>"
                )
            lines.append(due)
        if p.ended:
            lines.append(self.tr("Ended {day}.").format(day=format_date(p.ended)))
        private = []
        if p.end_reason:
            private.append(
                f"<span style='{colours.current().css(Ink.HINT)}'>"
                + self.tr("Private reason: {r}").format(r=html.escape(p.end_reason))
                + "</span>"
            )
        checkins = self.read(lambda s: pairing.list_checkins(s, p.id))
        self.checkins.set_rows(checkins, today)
        self._set_info(lines, private, any(c.note for c in checkins))
        self.checkin_button.setVisible(p.status is Status.ACTIVE)
        self.end_button.setVisible(p.status is Status.ACTIVE)
        self.stack.setCurrentIndex(2)

    def _show_mentor(self, m: MentorRow) -> None:
        pr = m.profile
        self.title.setText(m.name)
        if pr.willing:
            room = self.tr("Willing to {s}: helping {n} of {cap}, room for {room} more.").format(
                s=self.roles.to_sponsor, n=m.taking, cap=pr.capacity, room=m.room
            )
        else:
            room = self.tr("Not taking anyone at the moment.")
        lines = [room]
        if pr.since:
            lines.append(self.tr("Experience since {day}.").format(day=format_date(pr.since)))
        for label, value in (
            (self.tr("Languages"), ", ".join(pr.languages)),
            (self.tr("Focus"), ", ".join(pr.focus)),
            (self.tr("Gender"), pr.gender),
            (self.tr("Availability"), pr.availability),
        ):
            if value:
                lines.append(f"{label}: {html.escape(value)}")
        self._set_info(lines, [])
        self.stack.setCurrentIndex(3)

    # ------------------------------------------------------------------ private notes

    def _private_key(self, record: object) -> tuple[str, int] | None:
        ctl = self.ctx.gateway
        if not isinstance(record, Pairing) or ctl is None:
            return None
        return str(ctl.store.path), record.id

    def _set_info(self, public: list[str], private: list[str], notes: bool = False) -> None:
        """Show ``public``; ``private`` (and check-in notes, when there are ``notes``) wait for
        "Show private notes"."""
        self.public_lines, self.private_lines = public, private
        self.private_button.setVisible(bool(private) or notes)
        self._show_info()

    def _show_info(self) -> None:
        shown = self.revealed is not None
        self.info.setText("<br>".join([*self.public_lines, *(self.private_lines if shown else [])]))
        self.checkin_view.setColumnHidden(1, not shown)

    def _reveal(self, on: bool) -> None:
        self.revealed = self._private_key(self.current_record()) if on else None
        self.private_button.setText(
            self.tr("Hide private notes") if on else self.tr("Show private notes")
        )
        self._show_info()

    def hide_private(self) -> None:
        """Put the private notes away (another row, another page, the window locked)."""
        self.private_button.setChecked(False)  # (already unchecked: still hidden below)
        self.revealed = None
        self._show_info()

    def hideEvent(self, event: QHideEvent) -> None:
        self.hide_private()
        super().hideEvent(event)

    def chosen_candidate(self) -> Candidate | Excluded | None:
        index = self.candidate_view.currentIndex()
        chosen = self.candidates.data(index, RecordRole) if index.isValid() else None
        return chosen if isinstance(chosen, Candidate | Excluded) else None

    def _sync(self) -> None:
        chosen = self.chosen_candidate()
        self.pair_button.setEnabled(isinstance(chosen, Candidate))
        self.block_button.setEnabled(chosen is not None)
        blocked = chosen is not None and chosen.mentor.id in self.blocked
        self.block_button.setText(
            self.tr("Allow this pair again") if blocked else self.tr("Never suggest this pair…")
        )
