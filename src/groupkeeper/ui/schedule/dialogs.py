"""Schedule dialogs: a meeting series, one changed date, the flyer's dates and paper."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.paper import Paper
from groupkeeper.i18n import day_name
from groupkeeper.schedule.occurrences import Attendance, Occurrence
from groupkeeper.schedule.recurrence import (
    Repeat,
    RepeatKind,
    describe,
    first_meeting,
    next_dates,
    ordinal,
    to_rrule,
)
from groupkeeper.schedule.service import Check, SeriesInput
from groupkeeper.text import format_date
from groupkeeper.ui.kit.forms import (
    Button,
    FormDialog,
    RangeDialog,
    button_box,
    date_edit,
    error_label,
    hint_label,
    language_combo,
    narrow_combo,
    paper_combo,
    pydate,
    pytime,
    text_box,
    time_edit,
)
from groupkeeper.ui.kit.tables import QT_TRANSLATE_NOOP
from groupkeeper.ui.schedule.online import AttendanceChoice, OnlineFields

# Rules that say which day(s) of the week they fall on.
DAY_KINDS = (RepeatKind.WEEKLY, RepeatKind.MONTHLY_NTH, RepeatKind.MONTHLY_LAST)
REPEAT_CHOICES = (
    (RepeatKind.WEEKLY, QT_TRANSLATE_NOOP("SeriesDialog", "Weekly (or every few weeks)")),
    (
        RepeatKind.MONTHLY_NTH,
        QT_TRANSLATE_NOOP("SeriesDialog", "Monthly, on the first/second/... weekday"),
    ),
    (RepeatKind.MONTHLY_LAST, QT_TRANSLATE_NOOP("SeriesDialog", "Monthly, on the last weekday")),
    (RepeatKind.MONTHLY_DAY, QT_TRANSLATE_NOOP("SeriesDialog", "Monthly, on the same date")),
    (RepeatKind.ONCE, QT_TRANSLATE_NOOP("SeriesDialog", "Once (a single date)")),
)


class SeriesDialog(FormDialog):
    """Create or edit a meeting series. ``checker`` validates against the open file."""

    def __init__(
        self,
        labels: dict[str, str],
        checker: Callable[[SeriesInput], Check],
        add_format: Callable[[str, str], None],
        initial: SeriesInput | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
        scripts: Sequence[tuple[int, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.checker = checker
        self.add_format = add_format
        self.value: SeriesInput | None = None
        today = today or date.today()
        self.today = today
        self.setWindowTitle(self.tr("Edit meeting") if initial else self.tr("New meeting"))
        init = initial or SeriesInput(
            name="", repeat=Repeat(RepeatKind.WEEKLY, weekdays=(today.weekday(),)),
            start_date=today, start_time=time(19, 0), duration_minutes=90,
        )  # fmt: skip
        # Kept whole: what the dialog does not show (an imported meeting's slugs and map
        # position) is saved as it came.
        self.init = init

        self.name = QLineEdit(init.name)
        self.name.setPlaceholderText(self.tr("e.g. Tuesday Night Discussion"))
        self.name.setAccessibleName(self.tr("Meeting name"))

        # --- when
        self.kind = QComboBox()
        for kind, label in REPEAT_CHOICES:
            self.kind.addItem(self.tr(label), kind)
        self.kind.setCurrentIndex(self.kind.findData(init.repeat.kind))
        self.kind.setAccessibleName(self.tr("How it repeats"))
        self.interval = QSpinBox()
        self.interval.setRange(1, 52)
        self.interval.setValue(init.repeat.interval)
        self.interval.setAccessibleName(self.tr("Repeat interval"))
        self.interval_unit = QLabel()
        self.day_boxes: list[QCheckBox] = []
        days = QHBoxLayout()
        days.setSpacing(4)  # seven days and their names fit a 1024-pixel screen in French
        for i in range(7):
            box = QCheckBox(day_name(i, short=True).rstrip("."))  # "lun", as calendars say it
            box.setChecked(i in init.repeat.weekdays)
            box.setToolTip(day_name(i))
            box.setAccessibleName(day_name(i))
            days.addWidget(box)
            self.day_boxes.append(box)
        self.days_row = QWidget()
        self.days_row.setLayout(days)
        days.setContentsMargins(0, 0, 0, 0)
        self.nth_boxes: list[QCheckBox] = []
        nths = QHBoxLayout()
        nths.setContentsMargins(0, 0, 0, 0)
        short = (
            "", self.tr("1st"), self.tr("2nd"), self.tr("3rd"), self.tr("4th"), self.tr("5th"),
        )  # fmt: skip
        for n in range(1, 6):
            box = QCheckBox(short[n])  # short, so five fit beside the days in any language
            box.setToolTip(ordinal(n))
            box.setChecked(n in init.repeat.nths)
            box.setAccessibleName(self.tr("{nth} week of the month").format(nth=ordinal(n)))
            nths.addWidget(box)
            self.nth_boxes.append(box)
        self.nths_row = QWidget()
        self.nths_row.setLayout(nths)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        self.month_day.setValue(init.repeat.month_day or init.start_date.day)
        self.month_day.setAccessibleName(self.tr("Day of the month"))
        self.start_date = date_edit(init.start_date, self.tr("First date"))
        self.has_end = QCheckBox(self.tr("Ends on"))
        self.has_end.setChecked(init.end_date is not None)
        last = init.end_date or init.start_date + timedelta(days=365)
        self.end_date = date_edit(last, self.tr("Last date"))
        self.start_time = time_edit(init.start_time, self.tr("Start time"))
        self.length = QSpinBox()
        self.length.setRange(5, 720)
        self.length.setSingleStep(15)
        self.length.setValue(init.duration_minutes)
        self.length.setSuffix(self.tr(" min"))
        self.length.setAccessibleName(self.tr("Length in minutes"))
        self.summary = hint_label()
        self.summary.setAccessibleName(self.tr("Summary of dates"))
        # Room for the rule, the next dates and a skipped-months warning without clipping.
        self.summary.setMinimumHeight(self.summary.fontMetrics().lineSpacing() * 3 + 6)

        when = QGroupBox(self.tr("When"))
        wf = QFormLayout(when)
        wf.addRow(self.tr("&Repeats:"), self.kind)
        every = QHBoxLayout()
        every.addWidget(self.interval)
        every.addWidget(self.interval_unit)
        every.addStretch(1)
        self.every_label = QLabel(self.tr("Every:"))
        wf.addRow(self.every_label, every)
        self.days_label = QLabel(self.tr("On:"))
        wf.addRow(self.days_label, self.days_row)
        self.nths_label = QLabel(self.tr("Weeks:"))
        wf.addRow(self.nths_label, self.nths_row)
        self.month_day_label = QLabel(self.tr("Day of month:"))
        wf.addRow(self.month_day_label, self.month_day)
        self.start_label = QLabel(self.tr("&First date:"))
        self.start_label.setBuddy(self.start_date)
        wf.addRow(self.start_label, self.start_date)
        ends = QHBoxLayout()
        ends.addWidget(self.has_end)
        ends.addWidget(self.end_date)
        ends.addStretch(1)
        wf.addRow("", ends)
        times = QHBoxLayout()
        times.addWidget(self.start_time)
        times.addWidget(QLabel(self.tr("for")))
        times.addWidget(self.length)
        times.addStretch(1)
        time_label = QLabel(self.tr("&Time:"))
        time_label.setBuddy(self.start_time)
        wf.addRow(time_label, times)
        wf.addRow(self.summary)

        # --- where
        loc = init.location
        self.place = QLineEdit(loc.name)
        self.room = QLineEdit(loc.room)
        self.address = QLineEdit(loc.address)
        self.directions = text_box(loc.directions)
        self.accessibility = text_box(loc.accessibility)
        self.place.setPlaceholderText(self.tr("e.g. St. Brigid's Church Hall"))
        self.directions.setPlaceholderText(
            self.tr("e.g. Side door off the parking lot, downstairs")
        )
        self.accessibility.setPlaceholderText(self.tr("e.g. Wheelchair ramp at the side door"))
        for widget, name in (
            (self.place, "Place name"), (self.room, "Room"), (self.address, "Address"),
            (self.directions, "Directions"), (self.accessibility, "Accessibility notes"),
        ):  # fmt: skip
            widget.setAccessibleName(self.tr(name))
        for edit in (self.directions, self.accessibility):
            edit.setFixedHeight(52)
        self.address_hint = hint_label(
            self.tr(
                "For an online meeting, the town or city it meets from: meeting apps list "
                "meetings near a place."
            )
        )
        where = QGroupBox(self.tr("Where"))
        self.where_form = pf = QFormLayout(where)
        pf.addRow(self.tr("&Place:"), self.place)
        pf.addRow(self.tr("R&oom:"), self.room)
        pf.addRow(self.tr("A&ddress:"), self.address)
        pf.addRow("", self.address_hint)
        pf.addRow(self.tr("Directions:"), self.directions)
        pf.addRow(self.tr("Accessibility:"), self.accessibility)

        # --- how people attend
        self.attendance = AttendanceChoice(init.online.attendance)
        self.attendance.setAccessibleName(self.tr("How people attend"))
        self.online = OnlineFields(init.online)

        # --- format
        self.formats = QStandardItemModel(self)
        self.format_list = QListView()
        self.format_list.setModel(self.formats)
        self.format_list.setAccessibleName(self.tr("Format codes"))
        self.format_list.setMinimumHeight(150)
        self.labels = dict(labels)
        self._fill_formats(self.labels, set(init.formats))
        add_code = QPushButton(self.tr("Add a group format…"))
        add_code.setToolTip(self.tr("Add a code of your own, such as GC for group conscience"))
        add_code.clicked.connect(self._add_format)
        self.language = language_combo(init.language or "en")
        self.language.insertItem(0, self.tr("(not set)"), "")
        if not init.language:
            self.language.setCurrentIndex(0)
        self.language.setAccessibleName(self.tr("Language"))
        self.notes = text_box(init.notes)
        self.notes.setFixedHeight(52)
        self.notes.setPlaceholderText(self.tr("e.g. Coffee from 6:30. Newcomers welcome."))
        self.notes.setAccessibleName(self.tr("Notes"))
        fmt = QGroupBox(self.tr("Format"))
        ff = QVBoxLayout(fmt)
        ff.addWidget(self.format_list, 1)
        ff.addWidget(add_code, 0, Qt.AlignmentFlag.AlignLeft)
        # The meeting format it follows (the script the packet prints).
        self.script = narrow_combo()
        self.script.setAccessibleName(self.tr("Meeting format"))
        usual = scripts[0][1] if scripts else self.tr("none yet")
        self.script.addItem(self.tr("The group's usual ({name})").format(name=usual), None)
        for script_id, script_name in scripts[1:]:
            self.script.addItem(script_name, script_id)
        self.script.setCurrentIndex(max(self.script.findData(init.format_id), 0))
        lf = QFormLayout()
        lf.addRow(self.tr("Lan&guage:"), self.language)
        lf.addRow(self.tr("Meeting &script:"), self.script)
        lf.addRow(self.tr("N&otes:"), self.notes)
        ff.addLayout(lf)

        self.errors = error_label()
        buttons = button_box(self, Button.Save)

        left = QVBoxLayout()
        left.addWidget(when)
        left.addWidget(where)
        left.addStretch(1)  # room to spare goes below the place, not into its box
        right = QVBoxLayout()
        right.addWidget(fmt, 1)
        right.addWidget(self.online)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        # How people attend sits beside the name, above both what it changes: the place
        # (left) and the link (right).
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        top = QHBoxLayout()
        top.addWidget(name_label)
        top.addWidget(self.name, 1)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("How people attend:")))
        top.addWidget(self.attendance)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(columns, 1)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

        for signal in (
            self.kind.currentIndexChanged, self.interval.valueChanged, self.month_day.valueChanged,
            self.start_date.dateChanged, self.end_date.dateChanged, self.has_end.toggled,
        ):  # fmt: skip
            signal.connect(self._refresh)
        for box in (*self.day_boxes, *self.nth_boxes):
            box.toggled.connect(self._refresh)
        self._refresh()
        self.attendance.changed.connect(self._attendance_changed)
        self._attendance_changed()
        self.resize(980, 660)

    def _fill_formats(self, labels: dict[str, str], checked: set[str]) -> None:
        self.formats.clear()
        for code, label in labels.items():
            item = QStandardItem(f"{code} — {label}")
            item.setData(code, Qt.ItemDataRole.UserRole)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
            )
            self.formats.appendRow(item)

    def checked_formats(self) -> tuple[str, ...]:
        out = []
        for row in range(self.formats.rowCount()):
            item = self.formats.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(out)

    def set_format_checked(self, code: str, checked: bool = True) -> None:
        for row in range(self.formats.rowCount()):
            item = self.formats.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == code:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _add_format(self) -> None:
        code, ok = QInputDialog.getText(
            self, self.tr("Add a group format"), self.tr("Code (e.g. GC):")
        )
        if not ok or not code.strip():
            return
        label, ok = QInputDialog.getText(
            self, self.tr("Add a group format"), self.tr("What it means (e.g. Group conscience):")
        )
        if not ok:
            return
        try:
            self.add_format(code.strip(), label.strip())
        except GroupKeeperError as exc:
            QMessageBox.warning(self, self.tr("Format not added"), exc.message)
            return
        checked = set(self.checked_formats()) | {code.strip()}
        self.labels[code.strip()] = label.strip()
        self._fill_formats(self.labels, checked)

    def chosen_end(self) -> date | None:
        """The end date, if one is ticked and the meeting repeats."""
        ends = self.has_end.isChecked() and self.kind.currentData() is not RepeatKind.ONCE
        return pydate(self.end_date.date()) if ends else None

    def repeat(self) -> Repeat:
        kind: RepeatKind = self.kind.currentData()
        return Repeat(
            kind,
            interval=self.interval.value() if kind is not RepeatKind.ONCE else 1,
            weekdays=tuple(i for i, b in enumerate(self.day_boxes) if b.isChecked())
            if kind in DAY_KINDS
            else (),
            nths=tuple(n for n, b in enumerate(self.nth_boxes, start=1) if b.isChecked())
            if kind is RepeatKind.MONTHLY_NTH
            else (),
            month_day=self.month_day.value() if kind is RepeatKind.MONTHLY_DAY else None,
        )

    def _attendance_changed(self) -> None:
        """The room's fields for meetings in a room, the link's for those joined online."""
        attendance = self.attendance.value()
        online_only = attendance is Attendance.ONLINE
        for field in (self.place, self.room, self.directions, self.accessibility):
            self.where_form.setRowVisible(field, not online_only)
        self.where_form.setRowVisible(self.address_hint, online_only)
        self.address.setPlaceholderText(self.tr("e.g. Elm Falls, ON") if online_only else "")
        self.online.setVisible(attendance is not Attendance.IN_PERSON)

    def current(self) -> SeriesInput:
        """The meeting as the dialog shows it. Fields a choice hides (the room of an online
        meeting, the link of one in person) keep what the meeting had when the dialog
        opened: switching back finds them, and nothing typed out of sight is saved."""
        init = self.init
        attendance = self.attendance.value()
        location = replace(init.location, address=self.address.text().strip())
        if attendance is not Attendance.ONLINE:
            location = replace(
                location,
                name=self.place.text().strip(),
                room=self.room.text().strip(),
                directions=self.directions.toPlainText().strip(),
                accessibility=self.accessibility.toPlainText().strip(),
            )
        if attendance is Attendance.IN_PERSON:
            online = replace(init.online, attendance=attendance)
        else:
            online = self.online.value(attendance)
        return replace(
            init,
            name=self.name.text().strip(),
            repeat=self.repeat(),
            start_date=pydate(self.start_date.date()),
            start_time=pytime(self.start_time.time()),
            duration_minutes=self.length.value(),
            end_date=self.chosen_end(),
            location=location,
            formats=self.checked_formats(),
            language=str(self.language.currentData() or ""),
            notes=self.notes.toPlainText().strip(),
            format_id=self.script.currentData(),
            online=online,
        )

    def _refresh(self) -> None:
        kind: RepeatKind = self.kind.currentData()
        weekly = kind is RepeatKind.WEEKLY
        once = kind is RepeatKind.ONCE
        self.interval_unit.setText(self.tr("week(s)") if weekly else self.tr("month(s)"))
        by_day = kind in DAY_KINDS
        nth = kind is RepeatKind.MONTHLY_NTH
        month_day = kind is RepeatKind.MONTHLY_DAY
        shown = [
            (self.every_label, not once),
            (self.interval, not once),
            (self.interval_unit, not once),
            (self.days_label, by_day),
            (self.days_row, by_day),
            (self.nths_label, nth),
            (self.nths_row, nth),
            (self.month_day_label, month_day),
            (self.month_day, month_day),
            (self.has_end, not once),
            (self.end_date, not once and self.has_end.isChecked()),
        ]
        for widget, show in shown:
            widget.setVisible(show)
        self.start_label.setText(self.tr("&Date:") if once else self.tr("&First date:"))
        repeat = self.repeat()
        problems = repeat.problems()
        if problems:
            self.summary.setText(" ".join(problems))
            return
        start = pydate(self.start_date.date())
        end = self.chosen_end()
        rule = to_rrule(repeat)
        upcoming = next_dates(rule, start, end, max(start, self.today), 4)
        lines = [describe(repeat, start)]
        if rule and repeat.interval > 1 and (first := first_meeting(rule, start)) != start:
            # "Every other Monday" from a Wednesday: say which Monday the count starts on.
            lines.append(
                self.tr("Counting from the first meeting, {day}.").format(day=format_date(first))
            )
        if upcoming:
            lines.append(
                self.tr("Next: ") + ", ".join(format_date(d, year=False) for d in upcoming)
            )
        elif not once:
            lines.append(self.tr("No dates coming up with these settings."))
        warning = repeat.skip_warning()
        if warning:
            lines.append("⚠ " + warning)
        self.summary.setText("\n".join(lines))

    def accept(self) -> None:
        data = self.current()
        check = self.checker(data)
        if check.errors:
            self.errors.setText("\n".join(check.errors))
            self.errors.setVisible(True)
            return
        if check.warnings:
            answer = QMessageBox.question(
                self,
                self.tr("Save this meeting?"),
                "\n\n".join(check.warnings) + "\n\n" + self.tr("Save it anyway?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save:
                return
        self.value = data
        super().accept()


class ChangeDateDialog(FormDialog):
    """Cancel or move one date of a series, with a note for the members."""

    def __init__(self, occ: Occurrence, parent: QWidget | None = None, move: bool = False) -> None:
        super().__init__(parent)
        self.occ = occ
        self.setWindowTitle(self.tr("Change one date"))
        heading = QLabel(f"<b>{occ.series_name}</b><br>{format_date(occ.original_date)}")
        self.cancel_choice = QRadioButton(self.tr("&Cancel this meeting"))
        self.move_choice = QRadioButton(self.tr("&Move it to:"))
        group = QButtonGroup(self)
        group.addButton(self.cancel_choice)
        group.addButton(self.move_choice)
        (self.move_choice if move else self.cancel_choice).setChecked(True)
        # Suggest the next day: the meeting's own date and time could not be saved as a move.
        self.new_date = date_edit(occ.day + timedelta(days=1), self.tr("New date"))
        self.new_time = time_edit(occ.start, self.tr("New time"))
        self.note = QLineEdit(occ.note)
        self.note.setPlaceholderText(self.tr("e.g. Building closed for Thanksgiving"))
        self.note.setAccessibleName(self.tr("Note for members"))
        self.errors = error_label()
        moveline = QHBoxLayout()
        moveline.addWidget(self.move_choice)
        moveline.addWidget(self.new_date)
        moveline.addWidget(QLabel(self.tr("at")))
        moveline.addWidget(self.new_time)
        moveline.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Note:"), self.note)
        buttons = button_box(self, Button.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.cancel_choice)
        layout.addLayout(moveline)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("The note is printed on the schedule flyer.")))
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.move_choice.toggled.connect(self._sync)
        self._sync()
        self.setMinimumWidth(480)

    def _sync(self) -> None:
        self.new_date.setEnabled(self.move_choice.isChecked())
        self.new_time.setEnabled(self.move_choice.isChecked())

    @property
    def is_move(self) -> bool:
        return self.move_choice.isChecked()

    def accept(self) -> None:
        if self.is_move:
            same = pydate(self.new_date.date()) == self.occ.original_date
            if same and pytime(self.new_time.time()) == self.occ.start:
                self.errors.setText(
                    self.tr("Choose a different date or time to move the meeting to.")
                )
                self.errors.setVisible(True)
                return
        super().accept()


class FlyerDialog(RangeDialog):
    """Choose the dates (and, for a PDF, the paper) of something to print."""

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        title: str = "",
        intro: str = "",
        paper: bool = True,
        ok_text: str = "",
    ) -> None:
        super().__init__(
            parent,
            today,
            title or self.tr("Print the schedule flyer"),
            intro
            or self.tr(
                "The flyer lists every meeting in these dates, the cancelled and moved "
                "dates, and what the format codes mean."
            ),
            91,
            ok_text or self.tr("&Save PDF…"),
        )
        self.paper: QComboBox | None = None
        if paper:
            self.paper = paper_combo()
            self.form.addRow(self.tr("&Paper:"), self.paper)

    def choice(self) -> tuple[date, date, Paper]:
        first, last = self.span()
        return first, last, self.paper.currentData() if self.paper else Paper.LETTER
