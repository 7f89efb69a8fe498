"""Roster dialogs: a member, filling the roster, the roles a meeting needs, elected positions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.i18n import day_name
from groupkeeper.roster import service as roster
from groupkeeper.roster.service import (
    MAX_INITIAL,
    MAX_LIMIT,
    MAX_NEED,
    MAX_TERM_MONTHS,
    Blackout,
    MemberInput,
    MemberRecord,
    RoleRecord,
)
from groupkeeper.text import format_date
from groupkeeper.ui.kit.forms import (
    FormDialog,
    RangeDialog,
    button_box,
    date_edit,
    error_label,
    pydate,
    qdate,
    show_problems,
    text_box,
)


def _limit_spin(value: int | None, name: str) -> QSpinBox:
    """0 shows as 'no limit'."""
    spin = QSpinBox()
    spin.setRange(0, MAX_LIMIT)
    spin.setSpecialValueText("no limit")
    spin.setValue(value or 0)
    spin.setAccessibleName(name)
    return spin


class MemberDialog(FormDialog):
    """Add or edit one member: who they are, what they will do, and when they cannot."""

    def __init__(
        self,
        roles: list[RoleRecord],
        others: list[MemberRecord],
        check: Callable[[MemberInput], list[str]],
        initial: MemberInput | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self._check = check
        self.value: MemberInput | None = None
        data = initial or MemberInput("")
        self.setWindowTitle(self.tr("Edit member") if initial else self.tr("Add a member"))
        self.setMinimumSize(620, 520)
        tabs = QTabWidget()

        # -- Details
        self.first = QLineEdit(data.first_name)
        self.first.setAccessibleName(self.tr("First name"))
        self.first.setPlaceholderText(self.tr("First name or nickname"))
        self.initial = QLineEdit(data.last_initial)
        self.initial.setAccessibleName(self.tr("Last initial"))
        self.initial.setMaxLength(MAX_INITIAL)
        self.initial.setMaximumWidth(60)
        self.full = QLineEdit(data.full_name)
        self.full.setAccessibleName(self.tr("Full name"))
        self.full.setPlaceholderText(self.tr("Optional; never printed"))
        self.pronouns = QLineEdit(data.pronouns)
        self.pronouns.setAccessibleName(self.tr("Pronouns"))
        self.pronouns.setPlaceholderText(self.tr("Optional, e.g. she/her"))
        self.phone = QLineEdit(data.phone)
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QLineEdit(data.email)
        self.email.setAccessibleName(self.tr("Email"))
        self.phone_ok = QCheckBox(self.tr("OK to appear on the group phone list"))
        self.phone_ok.setChecked(data.phone_list_ok)
        self.active = QCheckBox(self.tr("Active (untick for someone away or taking a break)"))
        self.active.setChecked(data.active)
        names = QHBoxLayout()
        names.addWidget(self.first, 1)
        names.addWidget(QLabel(self.tr("Last initial:")))
        names.addWidget(self.initial)
        details = QWidget()
        form = QFormLayout(details)
        # A row whose field is a layout gets no buddy, so its "&" would show: give it one.
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.first)
        form.addRow(name_label, names)
        form.addRow(self.tr("F&ull name:"), self.full)
        form.addRow(self.tr("&Pronouns:"), self.pronouns)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow("", self.phone_ok)
        form.addRow("", self.active)
        self.notes = text_box(data.notes)
        self.notes.setAccessibleName(self.tr("Private notes"))
        self.notes.setPlaceholderText(self.tr("Private: never printed"))
        self.notes.setMaximumHeight(70)
        form.addRow(self.tr("N&otes:"), self.notes)
        tabs.addTab(details, self.tr("&Details"))

        # -- Service
        service = QWidget()
        sl = QVBoxLayout(service)
        box = QGroupBox(self.tr("Willing to serve as (and at most how often a month)"))
        grid = QGridLayout(box)
        limits = dict(data.roles)
        self.role_boxes: dict[int, tuple[QCheckBox, QSpinBox]] = {}
        for i, r in enumerate(roles):
            tick = QCheckBox(
                r.name + (self.tr(" (experienced only)") if r.experienced_only else "")
            )
            tick.setChecked(r.id in limits)
            spin = _limit_spin(
                limits.get(r.id), self.tr("{role}: at most a month").format(role=r.name)
            )
            spin.setEnabled(tick.isChecked())
            tick.toggled.connect(spin.setEnabled)
            grid.addWidget(tick, i // 2, (i % 2) * 2)
            grid.addWidget(spin, i // 2, (i % 2) * 2 + 1)
            self.role_boxes[r.id] = (tick, spin)
        sl.addWidget(box)
        self.experienced = QCheckBox(
            self.tr("Counts as experienced (can pair with newer facilitators)")
        )
        self.experienced.setChecked(data.experienced)
        sl.addWidget(self.experienced)
        self.qualifications = QLineEdit(data.qualifications)
        self.qualifications.setAccessibleName(self.tr("Qualifications"))
        self.qualifications.setPlaceholderText(self.tr("e.g. trained facilitator since March 2024"))
        quals = QFormLayout()
        quals.addRow(self.tr("&Qualifications:"), self.qualifications)
        self.monthly = _limit_spin(data.monthly_limit, self.tr("At most, all roles, a month"))
        quals.addRow(self.tr("At &most (all roles):"), self.monthly)
        sl.addLayout(quals)
        sl.addStretch(1)
        tabs.addTab(service, self.tr("&Service"))

        # -- Availability
        avail = QWidget()
        al = QVBoxLayout(avail)
        never = QGroupBox(self.tr("Can never do"))
        nl = QHBoxLayout(never)
        self.never: list[QCheckBox] = []
        for i in range(7):
            tick = QCheckBox(day_name(i, short=True).rstrip("."))
            tick.setAccessibleName(self.tr("Never on {day}").format(day=day_name(i)))
            tick.setChecked(i in data.never_weekdays)
            nl.addWidget(tick)
            self.never.append(tick)
        al.addWidget(never)
        away = QGroupBox(self.tr("Times away (the reason stays private)"))
        awl = QVBoxLayout(away)
        self.blackouts = QListWidget()
        self.blackouts.setAccessibleName(self.tr("Times away"))
        for b in data.blackouts:
            self._add_blackout_item(b)
        add_row = QHBoxLayout()
        self.away_from = date_edit(self.today, self.tr("Away from"))
        self.away_to = date_edit(self.today + timedelta(days=7), self.tr("Away until"))
        self.away_reason = QLineEdit()
        self.away_reason.setPlaceholderText(self.tr("Reason (private, optional)"))
        self.away_reason.setAccessibleName(self.tr("Reason for being away"))
        self._away_idle = self._away_fields()
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_blackout)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove_blackout)
        for w in (QLabel(self.tr("From")), self.away_from, QLabel(self.tr("to")), self.away_to):
            add_row.addWidget(w)
        add_row.addWidget(self.away_reason, 1)
        add_row.addWidget(add)
        awl.addWidget(self.blackouts)
        awl.addLayout(add_row)
        awl.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        al.addWidget(away)
        apart = QGroupBox(self.tr("Not at the same meeting as"))
        apl = QVBoxLayout(apart)
        self.avoid = QListWidget()
        self.avoid.setAccessibleName(self.tr("Not at the same meeting as"))
        for m in others:
            item = QListWidgetItem(m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if m.id in data.avoid else Qt.CheckState.Unchecked
            )
            self.avoid.addItem(item)
        self.avoid.setMaximumHeight(110)
        apl.addWidget(self.avoid)
        al.addWidget(apart)
        tabs.addTab(avail, self.tr("&Availability"))

        self.tabs = tabs
        self.errors = error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.first.setFocus()

    def _add_blackout_item(self, b: Blackout) -> None:
        text = b.describe() + (f" — {b.reason}" if b.reason else "")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, b)
        self.blackouts.addItem(item)

    def add_blackout(self) -> None:
        first, last = pydate(self.away_from.date()), pydate(self.away_to.date())
        if last < first:
            show_problems(
                self.errors,
                [self.tr("The time away ends ({end}) before it starts ({start}).").format(
                    end=format_date(last), start=format_date(first))]
            )  # fmt: skip
            return
        self.errors.setVisible(False)
        self._add_blackout_item(Blackout(first, last, self.away_reason.text().strip()))
        self.away_reason.clear()
        self.away_from.setDate(qdate(last + timedelta(days=1)))
        self._away_idle = self._away_fields()

    def _away_fields(self) -> tuple[date, date, str]:
        return pydate(self.away_from.date()), pydate(self.away_to.date()), self.away_reason.text()

    def away_pending(self) -> bool:
        """Dates or a reason typed for a time away that was not added yet."""
        return self._away_fields() != self._away_idle

    def remove_blackout(self) -> None:
        row = self.blackouts.currentRow()
        if row >= 0:
            self.blackouts.takeItem(row)

    def current(self) -> MemberInput:
        roles = tuple(
            (rid, spin.value() or None)
            for rid, (tick, spin) in self.role_boxes.items()
            if tick.isChecked()
        )
        blackouts = tuple(
            self.blackouts.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.blackouts.count())
        )
        avoid = frozenset(
            self.avoid.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.avoid.count())
            if self.avoid.item(i).checkState() == Qt.CheckState.Checked
        )
        return MemberInput(
            first_name=self.first.text(),
            last_initial=self.initial.text(),
            full_name=self.full.text(),
            pronouns=self.pronouns.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            phone_list_ok=self.phone_ok.isChecked(),
            experienced=self.experienced.isChecked(),
            qualifications=self.qualifications.text(),
            notes=self.notes.toPlainText(),
            active=self.active.isChecked(),
            never_weekdays=frozenset(i for i, t in enumerate(self.never) if t.isChecked()),
            monthly_limit=self.monthly.value() or None,
            roles=roles,
            blackouts=blackouts,
            avoid=avoid,
        )

    def accept(self) -> None:
        if self.away_pending():  # typed but not added: OK adds it, never drops it
            count = self.blackouts.count()
            self.add_blackout()
            if self.blackouts.count() == count:
                return  # it could not be added: the problem is shown
        data = self.current()
        if show_problems(self.errors, self._check(data)):
            return
        self.value = data
        super().accept()


class FillDialog(RangeDialog):
    """Choose the dates to fill and whether to keep what is there."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(
            parent,
            today,
            self.tr("Fill the roster"),
            self.tr(
                "GroupKeeper takes turns fairly: whoever has waited longest and served least "
                "goes first, never on their days away, never past their limits. A turn nobody "
                "can take stays open, with the reason."
            ),
            90,
            self.tr("&Fill"),
        )
        self.keep = QRadioButton(self.tr("&Keep who is already on the roster; fill the gaps"))
        self.keep.setChecked(True)
        self.replace = QRadioButton(self.tr("&Choose everyone again (locked turns stay)"))
        self.extra.addWidget(self.keep)
        self.extra.addWidget(self.replace)

    def choice(self) -> tuple[date, date, bool]:
        first, last = self.span()
        return first, last, self.replace.isChecked()

    def problems(self) -> list[str]:
        return roster.check_fill_range(*self.span())  # core wording (issue 23)


class NeedsDialog(FormDialog):
    """How many people each role a meeting series needs, and new roles for the group."""

    def __init__(
        self,
        series_name: str,
        roles: list[RoleRecord],
        needs: dict[int, int],
        add_role: Callable[[str, bool], RoleRecord | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Roles for {name}").format(name=series_name))
        self._add_role = add_role
        self.spins: dict[int, QSpinBox] = {}
        self.form = QFormLayout()
        for r in roles:
            self._add_row(r, needs.get(r.id, 0))
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("A new role, e.g. Chip presenter"))
        self.new_name.setAccessibleName(self.tr("New role name"))
        self.new_experienced = QCheckBox(self.tr("experienced members only"))
        add = QPushButton(self.tr("&Add role"))
        add.clicked.connect(self.add_role)
        row = QHBoxLayout()
        row.addWidget(self.new_name, 1)
        row.addWidget(self.new_experienced)
        row.addWidget(add)
        self.errors = error_label()
        intro = QLabel(self.tr("How many people does this meeting need in each role? 0 = none."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addLayout(row)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))
        self.setMinimumWidth(460)

    def _add_row(self, r: RoleRecord, value: int) -> None:
        spin = QSpinBox()
        spin.setRange(0, MAX_NEED)
        spin.setValue(value)
        spin.setAccessibleName(r.name)
        self.spins[r.id] = spin
        self.form.addRow(r.name + ":", spin)

    def add_role(self) -> None:
        made = self._add_role(self.new_name.text(), self.new_experienced.isChecked())
        if made is not None:
            self._add_row(made, 1)
            self.new_name.clear()

    def needs(self) -> list[tuple[int, int]]:
        return [(rid, spin.value()) for rid, spin in self.spins.items()]


class TermDialog(FormDialog):
    """Someone takes up an elected position (the previous holder's term ends that day)."""

    def __init__(
        self,
        titles: list[str],
        members: list[MemberRecord],
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Elected position"))
        self.title = QComboBox()
        self.title.setEditable(True)
        self.title.addItems(titles)
        self.title.setAccessibleName(self.tr("Position"))
        self.member = QComboBox()
        for m in members:
            self.member.addItem(m.name, m.id)
        self.member.setAccessibleName(self.tr("Held by"))
        self.started = date_edit(today or date.today(), self.tr("Since"))
        self.months = QSpinBox()
        self.months.setRange(1, MAX_TERM_MONTHS)
        self.months.setValue(6)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Term length"))
        self.errors = error_label()
        form = QFormLayout()
        form.addRow(self.tr("&Position:"), self.title)
        form.addRow(self.tr("&Held by:"), self.member)
        form.addRow(self.tr("&Since:"), self.started)
        form.addRow(self.tr("&Term:"), self.months)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(button_box(self))

    def choice(self) -> tuple[str, int, date, int]:
        return (
            self.title.currentText(),
            self.member.currentData(),
            pydate(self.started.date()),
            self.months.value(),
        )

    def accept(self) -> None:
        if not self.title.currentText().strip() or self.member.currentData() is None:
            self.errors.setText(self.tr("Choose the position and who holds it."))
            self.errors.setVisible(True)
            return
        super().accept()
