"""Dialogs of the Pairings page: a sponsor/mentor profile, a request, pairing two people,
a check-in, ending a pairing, the group's conventions, the proposals for everyone waiting
and printing the confidential list.

Each form dialog saves through a ``save`` callback that returns a problem in words or None:
on a problem the dialog stays open with the message under the form and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.pairing.conventions import Conventions, SameGender
from groupkeeper.pairing.matching import Plan, Proposal
from groupkeeper.pairing.service import (
    MAX_CAPACITY,
    MAX_CHECKIN_DAYS,
    MAX_MONTHS,
    Pairing,
    Profile,
    RequestInput,
    RoleWords,
)
from groupkeeper.ui.kit.forms import (
    SavingDialog,
    date_edit,
    error_label,
    hint_label,
    pydate,
    qdate,
    text_box,
)
from groupkeeper.ui.kit.screen import Dialog


class FocusList(QWidget):
    """The group's focus areas as ticks, with a line to add one of the group's own."""

    def __init__(self, names: list[str], chosen: tuple[str, ...]) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Focus areas"))
        self.list.setMaximumHeight(118)
        for name in dict.fromkeys([*names, *chosen]):
            self._add(name, name in chosen)
        self.new = QLineEdit()
        self.new.setPlaceholderText(self.tr("Add the group's own, such as “Parents”"))
        self.new.setAccessibleName(self.tr("New focus area"))
        self.new.returnPressed.connect(self.add_new)
        add = QPushButton(self.tr("Add"))
        add.setAutoDefault(False)
        add.clicked.connect(self.add_new)
        row = QHBoxLayout()
        row.addWidget(self.new, 1)
        row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _add(self, name: str, on: bool) -> None:
        item = QListWidgetItem(name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def add_new(self) -> None:
        name = " ".join(self.new.text().split())
        if not name:
            return
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.text().casefold() == name.casefold():
                item.setCheckState(Qt.CheckState.Checked)
                break
        else:
            self._add(name, True)
        self.new.clear()

    def chosen(self) -> tuple[str, ...]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)


class ProfileDialog(SavingDialog):
    """Whether and how someone can sponsor or mentor; also where their gender is recorded."""

    def __init__(
        self,
        parent: QWidget | None,
        roles: RoleWords,
        focus: list[str],
        today: date,
        profile: Profile,
        name: str = "",
        members: list[tuple[int, str]] | None = None,
        load: Callable[[int], Profile] | None = None,
    ) -> None:
        super().__init__(parent, self.tr("{Sponsor} profile").format(Sponsor=roles.Sponsor))
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        for mid, mname in members or []:
            self.member.addItem(mname, mid)
        self.willing = QCheckBox(
            self.tr("&Willing to {sponsor} someone").format(sponsor=roles.to_sponsor)
        )
        self.willing.setChecked(profile.willing)
        self.capacity = QSpinBox()
        self.capacity.setRange(0, MAX_CAPACITY)
        self.capacity.setValue(profile.capacity)
        self.capacity.setSuffix(self.tr(" people at a time"))
        self.capacity.setAccessibleName(self.tr("Can take"))
        self.known = QCheckBox(self.tr("Recovery or experience since:"))
        self.known.setChecked(profile.since is not None)
        self.since = date_edit(profile.since or today, self.tr("Experience since"))
        self.since.setEnabled(profile.since is not None)
        self.known.toggled.connect(self.since.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.known)
        since_row.addWidget(self.since, 1)
        self.languages = QLineEdit(", ".join(profile.languages))
        self.languages.setPlaceholderText(self.tr("such as English, Spanish"))
        self.languages.setAccessibleName(self.tr("Languages"))
        self.focus = FocusList(focus, profile.focus)
        self.gender = QLineEdit(profile.gender)
        self.gender.setPlaceholderText(self.tr("as they describe it; optional"))
        self.gender.setAccessibleName(self.tr("Gender"))
        self.availability = text_box(profile.availability)
        self.availability.setPlaceholderText(self.tr("When they can talk or meet"))
        self.availability.setAccessibleName(self.tr("Availability"))
        self.availability.setMaximumHeight(64)
        if members is not None and load is not None:
            # Adding someone: start from what is already known about them (their gender).
            def chosen(_index: int) -> None:
                mid = self.member_id()
                if mid is not None:
                    self._fill(load(mid), today)

            self.member.currentIndexChanged.connect(chosen)
            chosen(0)
        if members is not None:
            self.form.addRow(self.tr("&Member:"), self.member)
        else:
            self.form.addRow(self.tr("Member:"), QLabel(f"<b>{name}</b>"))
        self.form.addRow("", self.willing)
        self.form.addRow(self.tr("&Can take:"), self.capacity)
        self.form.addRow(since_row)
        self.form.addRow(self.tr("&Languages:"), self.languages)
        self.form.addRow(self.tr("&Focus:"), self.focus)
        self.form.addRow(self.tr("&Gender:"), self.gender)
        self.form.addRow(self.tr("&Availability:"), self.availability)
        self.form.addRow(
            hint_label(
                self.tr(
                    "Everything here is confidential and never printed, "
                    "except the languages and focus on the pairing list."
                )
            )
        )
        self.finish()

    def _fill(self, p: Profile, today: date) -> None:
        self.willing.setChecked(True)
        self.capacity.setValue(max(p.capacity, 1))
        self.known.setChecked(p.since is not None)
        self.since.setDate(qdate(p.since or today))
        self.languages.setText(", ".join(p.languages))
        self.gender.setText(p.gender)
        self.availability.setPlainText(p.availability)
        for i in range(self.focus.list.count()):
            item = self.focus.list.item(i)
            on = item.text() in p.focus
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def member_id(self) -> int | None:
        data = self.member.currentData()
        return int(data) if data is not None else None

    def profile(self) -> Profile:
        from groupkeeper.pairing.service import parse_languages

        return Profile(
            self.willing.isChecked(),
            self.capacity.value(),
            pydate(self.since.date()) if self.known.isChecked() else None,
            self.focus.chosen(),
            parse_languages(self.languages.text()),
            self.gender.text(),
            self.availability.toPlainText(),
        )


class RequestDialog(SavingDialog):
    """Someone asks for a sponsor or mentor."""

    def __init__(
        self,
        parent: QWidget | None,
        sponsor: str,
        members: list[tuple[int, str]],
        focus: list[str],
        languages: list[str],
        today: date,
        init: Pairing | None = None,
        gender: Callable[[int], str] = lambda _m: "",
    ) -> None:
        super().__init__(
            parent,
            self.tr("Edit request")
            if init
            else self.tr("Someone asks for a {s}").format(s=sponsor),
        )
        self._gender_of = gender
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Who is asking"))
        for mid, name in members:
            self.member.addItem(name, mid)
        self.asked = date_edit(init.asked_on if init else today, self.tr("Asked on"))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItems(languages)
        self.focus = FocusList(focus, init.focus if init else ())
        self.own_gender = QLineEdit()
        self.own_gender.setPlaceholderText(self.tr("as they describe it; optional"))
        self.own_gender.setAccessibleName(self.tr("Their gender"))
        self.wants = QLineEdit(init.wants_gender if init else "")
        self.wants.setPlaceholderText(self.tr("leave blank for no preference"))
        self.wants.setAccessibleName(self.tr("Would like someone who is"))
        self.note = text_box(init.note if init else "")
        self.note.setAccessibleName(self.tr("Private note"))
        self.note.setMaximumHeight(64)
        if init is not None:
            self.member.setCurrentIndex(max(self.member.findData(init.seeker_id), 0))
            self.member.setEnabled(False)
            self.language.setCurrentText(init.language)
        self.member.currentIndexChanged.connect(lambda _i: self._member_changed())
        self._member_changed()
        self.form.addRow(self.tr("&Who is asking:"), self.member)
        self.form.addRow(self.tr("&Asked on:"), self.asked)
        self.form.addRow(self.tr("&Language:"), self.language)
        self.form.addRow(self.tr("&Focus:"), self.focus)
        self.form.addRow(self.tr("&Their gender:"), self.own_gender)
        self.form.addRow(self.tr("&Would like a {s} who is:").format(s=sponsor), self.wants)
        self.form.addRow(self.tr("&Private note:"), self.note)
        self.finish(self.tr("Save request"))

    def _member_changed(self) -> None:
        mid = self.member.currentData()
        self.own_gender.setText(self._gender_of(int(mid)) if mid is not None else "")

    def data(self) -> RequestInput:
        return RequestInput(
            int(self.member.currentData()),
            pydate(self.asked.date()),
            self.language.currentText(),
            self.focus.chosen(),
            self.wants.text(),
            self.note.toPlainText(),
            gender=self.own_gender.text(),
        )


class PairDialog(SavingDialog):
    """Confirm a pairing: when it starts and how often the two check in."""

    def __init__(
        self, parent: QWidget | None, seeker: str, mentor: str, reasons: str, today: date, days: int
    ) -> None:
        super().__init__(parent, self.tr("Confirm the pairing"))
        intro = QLabel(
            self.tr("Pair <b>{seeker}</b> with <b>{mentor}</b>?").format(
                seeker=seeker, mentor=mentor
            )
        )
        self.start = date_edit(today, self.tr("Starts on"))
        self.every = QSpinBox()
        self.every.setRange(1, MAX_CHECKIN_DAYS)
        self.every.setValue(days)
        self.every.setSuffix(self.tr(" days"))
        self.every.setAccessibleName(self.tr("Check in every"))
        self.layout_.addWidget(intro)
        if reasons:
            self.layout_.addWidget(hint_label(reasons))
        self.form.addRow(self.tr("&Starts on:"), self.start)
        self.form.addRow(self.tr("&Check in every:"), self.every)
        self.form.addRow(hint_label(self.tr("Only confirm once both have agreed.")))
        self.finish(self.tr("Confirm pairing"))

    def choice(self) -> tuple[date, int]:
        return pydate(self.start.date()), self.every.value()


class CheckinDialog(SavingDialog):
    def __init__(self, parent: QWidget | None, who: str, today: date) -> None:
        super().__init__(parent, self.tr("Log a check-in"))
        self.layout_.addWidget(QLabel(who))
        self.day = date_edit(today, self.tr("Check-in date"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("a few private words; optional"))
        self.note.setAccessibleName(self.tr("Private note"))
        self.form.addRow(self.tr("&Date:"), self.day)
        self.form.addRow(self.tr("&Note:"), self.note)
        self.finish(self.tr("Log check-in"))

    def choice(self) -> tuple[date, str]:
        return pydate(self.day.date()), self.note.text()


class EndDialog(SavingDialog):
    def __init__(self, parent: QWidget | None, who: str, today: date, withdraw: bool) -> None:
        super().__init__(
            parent, self.tr("Withdraw the request") if withdraw else self.tr("End the pairing")
        )
        self.layout_.addWidget(QLabel(who))
        self.day = date_edit(today, self.tr("Ended on"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("private; never printed unless chosen"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.never = QCheckBox(self.tr("Do &not suggest these two to each other again"))
        self.form.addRow(self.tr("&On:"), self.day)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        if not withdraw:
            self.form.addRow("", self.never)
        self.finish(self.tr("Withdraw") if withdraw else self.tr("End pairing"))

    def choice(self) -> tuple[date, str, bool]:
        return pydate(self.day.date()), self.reason.text(), self.never.isChecked()


class ConventionsDialog(SavingDialog):
    """The group's own practice; the suggestions follow it, the software imposes none."""

    def __init__(self, parent: QWidget | None, sponsor: str, rules: Conventions) -> None:
        super().__init__(parent, self.tr("Pairing conventions"))
        self.setMinimumWidth(560)
        self.layout_.addWidget(
            hint_label(
                self.tr(
                    "How your group pairs people. Suggestions follow these; nothing here "
                    "is decided for you."
                )
            )
        )
        self.same = QComboBox()
        self.same.setAccessibleName(self.tr("Same gender"))
        for option in SameGender:
            self.same.addItem(self.tr(option.label), option)
        self.same.setCurrentIndex(self.same.findData(rules.same_gender))
        self.months = QSpinBox()
        self.months.setRange(0, MAX_MONTHS)
        self.months.setValue(rules.min_months)
        self.months.setSuffix(self.tr(" months"))
        self.months.setSpecialValueText(self.tr("No minimum"))
        self.months.setAccessibleName(self.tr("Minimum experience"))
        self.language = QCheckBox(self.tr("Only suggest someone who speaks the language asked for"))
        self.language.setChecked(rules.shared_language)
        self.every = QSpinBox()
        self.every.setRange(1, MAX_CHECKIN_DAYS)
        self.every.setValue(rules.checkin_days)
        self.every.setSuffix(self.tr(" days"))
        self.every.setAccessibleName(self.tr("Check in every"))
        self.form.addRow(self.tr("&Same gender:"), self.same)
        self.form.addRow(self.tr("&Minimum experience for a {s}:").format(s=sponsor), self.months)
        self.form.addRow(self.language)  # the whole width: the sentence is long
        self.form.addRow(self.tr("&Check in every:"), self.every)
        self.finish()

    def rules(self) -> Conventions:
        return Conventions(
            self.same.currentData(),
            self.months.value(),
            self.language.isChecked(),
            self.every.value(),
        )


class ProposalsDialog(Dialog):
    """The best overall set for everyone waiting, as proposals: a person confirms or declines
    each one; nothing becomes a pairing on its own."""

    WHO, MENTOR, SCORE, WHY, STATE = range(5)

    def __init__(
        self,
        parent: QWidget | None,
        roles: RoleWords,
        plan: Plan,
        confirm: Callable[[Proposal], str | None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggestions for everyone waiting"))
        self.resize(900, 420)
        self.plan = plan
        self._confirm = confirm
        self.state: dict[int, str] = {}
        intro = hint_label(
            self.tr(
                "The set that pairs the most people and, of those, fits best overall "
                "(total score {total}). Confirm or decline each one; only confirmed "
                "pairings are saved."
            ).format(total=plan.total)
        )
        self.table = QTableWidget(len(plan.proposals), 5)
        self.table.setAccessibleName(self.tr("Proposed pairings"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Who"),
                roles.Sponsor,
                self.tr("Score"),
                self.tr("Why"),
                self.tr("Decision"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        for row, p in enumerate(plan.proposals):
            cells = (
                p.request.name,
                p.candidate.mentor.name,
                str(p.candidate.score),
                p.candidate.describe(),
                self.tr("proposed"),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        for col, width in ((self.WHO, 120), (self.MENTOR, 120), (self.SCORE, 54), (self.WHY, 470)):
            header.resizeSection(col, width)
        header.setStretchLastSection(True)
        self.table.resizeRowsToContents()
        if plan.proposals:
            self.table.selectRow(0)
        left = ""
        if plan.unmatched:
            left = self.tr(
                "Nobody can be suggested for: {names}. See each request's list for why."
            ).format(names=", ".join(r.name for r in plan.unmatched))
        self.left = hint_label(left)
        self.left.setVisible(bool(left))
        self.errors = error_label()
        self.confirm_button = QPushButton(self.tr("&Confirm"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.decline_button = QPushButton(self.tr("&Decline"))
        self.decline_button.clicked.connect(self.decline_selected)
        done = QPushButton(self.tr("Close"))
        done.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.decline_button)
        buttons.addStretch(1)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.left)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._sync)
        self._sync()

    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _sync(self) -> None:
        row = self._row()
        open_ = row >= 0 and row not in self.state
        self.confirm_button.setEnabled(open_)
        self.decline_button.setEnabled(open_)

    def _decide(self, row: int, text: str) -> None:
        self.state[row] = text
        item = self.table.item(row, self.STATE)
        if item is not None:
            item.setText(text)
        for col in range(5):
            cell = self.table.item(row, col)
            if cell is not None:
                font = cell.font()
                font.setItalic(True)
                cell.setFont(font)
        nxt = next((r for r in range(self.table.rowCount()) if r not in self.state), -1)
        if nxt >= 0:
            self.table.selectRow(nxt)
        self._sync()

    def confirm_selected(self) -> None:
        row = self._row()
        if row < 0 or row in self.state:
            return
        problem = self._confirm(self.plan.proposals[row])
        if problem:
            self.errors.setText(problem)
            self.errors.setVisible(True)
            return
        self.errors.setVisible(False)
        self._decide(row, self.tr("confirmed"))

    def decline_selected(self) -> None:
        row = self._row()
        if row >= 0 and row not in self.state:
            self._decide(row, self.tr("declined"))
