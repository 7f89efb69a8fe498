"""The Home page: the next meeting, who serves at it, what is open, whose term ends soon.

Kept apart from the Members and Roster pages, and light on imports, because it is the first
thing the window shows.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from groupkeeper.roster import service as roster
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.text import format_date, format_time
from groupkeeper.ui.kit.colours import Ink, ink
from groupkeeper.ui.kit.fonts import BIG, TITLE, heading
from groupkeeper.ui.kit.page import Page

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext

T = TypeVar("T")


class HomePage(Page):
    """The next meeting, who serves at it, what is open, whose term ends soon."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.next_title = QLabel()
        heading(self.next_title, BIG, bold=True)
        self.next_title.setWordWrap(True)
        self.next_title.setAccessibleName(self.tr("Next meeting"))
        self.next_place = QLabel()
        self.next_place.setWordWrap(True)
        self.next_topic = QLabel()
        self.next_topic.setWordWrap(True)
        self.next_topic.setAccessibleName(self.tr("Topic"))
        self.next_meeting: Occurrence | None = None
        self._secondary: tuple[Occurrence | None, date] | None = None
        self.packet_button = QPushButton(self.tr("Print this week's packet…"))
        self.packet_button.setToolTip(
            self.tr("Who serves, the topic, the format with its readings, the weeks ahead")
        )
        self.packet_button.clicked.connect(self.print_packet)
        self.note_button = QPushButton(self.tr("Topic and notes…"))
        self.note_button.clicked.connect(self.edit_note)
        self.serving = QGridLayout()
        self.serving.setHorizontalSpacing(24)
        self.open_label = QLabel()
        self.open_label.setAccessibleName(self.tr("Open turns"))
        self.conflict_label = QLabel()
        ink(self.conflict_label, Ink.WARNING, bold=True)
        self.terms_label = QLabel()
        self.terms_label.setWordWrap(True)
        self.terms_label.setAccessibleName(self.tr("Elected positions"))
        self.warn_label = QLabel()
        ink(self.warn_label, Ink.WARNING, bold=True)
        self.warn_label.setWordWrap(True)
        self.warn_label.setAccessibleName(self.tr("Terms ending soon"))
        to_roster = QPushButton(self.tr("Open the roster"))
        to_roster.clicked.connect(lambda: ctx.show("roster"))
        positions = QPushButton(self.tr("Change who holds a position…"))
        positions.clicked.connect(self.change_term)
        self.pairs_label = QLabel()
        self.pairs_label.setAccessibleName(self.tr("Pairings"))
        self.overdue_label = QLabel()
        ink(self.overdue_label, Ink.WARNING, bold=True)
        self.overdue_label.setWordWrap(True)
        self.overdue_label.setAccessibleName(self.tr("Check-ins overdue"))
        to_pairings = QPushButton(self.tr("Open Pairings"))
        to_pairings.clicked.connect(lambda: ctx.show("pairings"))
        self.pairs_heading = QLabel()
        heading(self.pairs_heading)
        # The secretary's task for the starter crisis lines: on the screen, never on paper.
        self.crisis_task = QWidget()
        self.crisis_label = QLabel()
        ink(self.crisis_label, Ink.WARNING, bold=True)
        self.crisis_label.setWordWrap(True)
        self.crisis_label.setAccessibleName(self.tr("Crisis lines to check"))
        to_library = QPushButton(self.tr("Open the library"))
        to_library.clicked.connect(lambda: ctx.show("library"))
        self.crisis_done = QPushButton(self.tr("The numbers are right"))
        self.crisis_done.clicked.connect(self.crisis_checked)
        task = QVBoxLayout(self.crisis_task)
        task.setContentsMargins(0, 0, 0, 8)
        task.addWidget(self.crisis_label)
        crisis_row = QHBoxLayout()
        crisis_row.addWidget(to_library)
        crisis_row.addWidget(self.crisis_done)
        crisis_row.addStretch(1)
        task.addLayout(crisis_row)
        self.crisis_task.setVisible(False)
        self.serving.setColumnStretch(4, 1)
        self.group_name = QLabel()
        heading(self.group_name, TITLE, bold=True)
        # Margins, not a style sheet: a widget with one keeps the colours of the palette it
        # was first shown with when the theme changes.
        self.group_name.setContentsMargins(0, 4, 0, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.group_name)
        layout.addWidget(self.crisis_task)
        caption = QLabel(self.tr("Next meeting"))
        heading(caption)
        layout.addWidget(caption)
        layout.addWidget(self.next_title)
        layout.addWidget(self.next_place)
        layout.addWidget(self.next_topic)
        actions = QHBoxLayout()
        actions.addWidget(self.packet_button)
        actions.addWidget(self.note_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        layout.addSpacing(6)
        layout.addLayout(self.serving)
        layout.addSpacing(12)
        row = QHBoxLayout()
        row.addWidget(self.open_label)
        row.addWidget(to_roster)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.conflict_label)
        layout.addSpacing(12)
        terms = QLabel(self.tr("Elected positions"))
        heading(terms)
        layout.addWidget(terms)
        layout.addWidget(self.warn_label)
        layout.addWidget(self.terms_label)
        layout.addWidget(positions, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(self.pairs_heading)
        layout.addWidget(self.overdue_label)
        pairs_row = QHBoxLayout()
        pairs_row.addWidget(self.pairs_label)
        pairs_row.addWidget(to_pairings)
        pairs_row.addStretch(1)
        layout.addLayout(pairs_row)
        layout.addStretch(1)

    def print_packet(self) -> None:
        from groupkeeper.export.registry import Document
        from groupkeeper.ui.export.flows import ExportFlow

        self.ctx.flow(ExportFlow).export(Document.PACKET, self.next_meeting)

    def edit_note(self) -> None:
        from groupkeeper.ui.materials.flows import MaterialsFlows

        self.ctx.flow(MaterialsFlows).edit_meeting_note(self.next_meeting)

    def refresh(self) -> None:
        today = self.ctx.today
        home = self.read(lambda s: roster.home(s, today))
        language = self.ctx.language
        self.group_name.setText(self.ctx.title)
        while self.serving.count():
            item = self.serving.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.next_meeting = home.meeting.occurrence if home.meeting else None
        self.packet_button.setEnabled(home.meeting is not None)
        self.note_button.setEnabled(home.meeting is not None)
        self.next_topic.clear()
        if home.meeting is None:
            self.next_title.setText(self.tr("No meetings in the next two months."))
            self.next_place.clear()
        else:
            o = home.meeting.occurrence
            self.next_title.setText(
                f"{format_date(o.day)}, {format_time(o.start, language)} — {o.series_name}"
            )
            self.next_place.setText(o.location.one_line())
            if not home.serving:
                self.serving.addWidget(
                    QLabel(self.tr("This meeting has no service roles yet (see Roster).")), 0, 0
                )
            for i, (role_name, who) in enumerate(home.serving):
                name = QLabel(role_name + ":")
                person = QLabel(who or self.tr("open — nobody yet"))
                bold = QFont(person.font())
                bold.setWeight(QFont.Weight.DemiBold)
                person.setFont(bold)
                if not who:
                    ink(person, Ink.ALERT)
                person.setAccessibleName(role_name)
                self.serving.addWidget(name, i // 2, (i % 2) * 2)
                self.serving.addWidget(person, i // 2, (i % 2) * 2 + 1)
        self.open_label.setText(
            self.tr("Open turns in the next four weeks: {n}").format(n=home.open_soon)
        )
        self.conflict_label.setText(
            self.tr(
                "{n} turns in the next four weeks break a rule now (someone away, or inactive)."
            ).format(n=home.conflicts)
            if home.conflicts
            else ""
        )
        self.conflict_label.setVisible(bool(home.conflicts))
        self.warn_label.setText(
            "\n".join(
                self.tr("{title}: {name}'s term ends {day}. Time to hold an election.").format(
                    title=t.title, name=t.member_name, day=format_date(t.ends)
                )
                for t in home.terms_ending
            )
        )
        self.warn_label.setVisible(bool(home.terms_ending))
        self.terms_label.setText(
            "\n".join(
                self.tr("{title}: {name}, since {since} (term ends {ends})").format(
                    title=t.title,
                    name=t.member_name,
                    since=format_date(t.started),
                    ends=format_date(t.ends),
                )
                for t in home.terms
            )
            or self.tr("Nobody is recorded in an elected position yet.")
        )

        # The topic and the pairing counts come after the first paint: what is on screen
        # first is the meeting and who serves at it.
        self._secondary = (home.meeting.occurrence if home.meeting else None, today)
        QTimer.singleShot(0, self._show_secondary)

    def _show_secondary(self) -> None:
        if self._secondary is None or self.ctx.gateway is None:
            return
        meeting, today = self._secondary
        self._secondary = None
        if meeting is not None:
            self._show_topic(meeting)
        self._show_pairings(today)
        self._show_crisis_check()

    def _show_crisis_check(self) -> None:
        from groupkeeper.library.starter import check_due

        due = self.read(check_due)
        self.crisis_label.setText(
            self.tr(
                "Check the crisis lines the library started with before anyone relies on them: "
                "{names}. Make sure each number is right for your area, and add your local "
                "crisis and support lines."
            ).format(names=", ".join(due))
        )
        self.crisis_task.setVisible(bool(due))

    def crisis_checked(self) -> None:
        """The person has checked the numbers: the task goes (one step Edit > Undo takes back)."""
        from groupkeeper.library.starter import confirm_checked

        self.write(self.tr("Crisis lines checked"), confirm_checked)
        self._show_crisis_check()

    def _show_topic(self, o: Occurrence) -> None:
        from groupkeeper.materials import service as materials

        note = self.read(lambda s: materials.get_note(s, o.series_id, o.original_date))
        self.next_topic.setText(
            self.tr("Topic: {topic}").format(topic=note.topic)
            if note.topic
            else self.tr("No topic set yet.")
        )

    def _show_pairings(self, today: date) -> None:
        from groupkeeper.pairing import service as pairing

        # Counts only: Home is on screen for whoever sits down at a shared laptop, and who is
        # paired with whom is confidential (the Pairings page shows it to those who open it).
        counts = self.read(lambda s: pairing.home_counts(s, today))
        roles = self.read(pairing.group_role_words)
        self.pairs_heading.setText(roles.Sponsors)
        self.pairs_label.setText(
            self.tr("Nobody is waiting for a {s}.").format(s=roles.sponsor)
            if not counts.waiting
            else self.tr("%n people are waiting for a {s}.", "", counts.waiting).format(
                s=roles.sponsor
            )
        )
        self.overdue_label.setText(
            self.tr("Check-ins overdue: %n. Open Pairings to see which.", "", counts.overdue)
        )
        self.overdue_label.setVisible(bool(counts.overdue))

    def change_term(self) -> None:
        from groupkeeper.ui.roster.dialogs import TermDialog

        titles = self.read(roster.position_titles)
        members = self.read(lambda s: roster.list_members(s, active_only=True))
        if not members:
            self.ctx.prompts.notify(
                self.tr("No members yet"), self.tr("Add the group's members first (Members).")
            )
            return
        dialog = TermDialog(titles, members, self, self.ctx.today)
        self.ctx.dialog = dialog

        def save() -> None:
            title, member_id, started, months = dialog.choice()
            name = next((m.name for m in members if m.id == member_id), "")
            self.write(
                self.tr("{name} becomes {title}").format(name=name, title=title),
                lambda s: roster.start_term(s, title, member_id, started, months),
            )

        dialog.accepted.connect(save)
        dialog.open()
