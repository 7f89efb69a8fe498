"""The first-run welcome: the group and its usual meeting, in one short form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.group.service import GroupInfo, validate_group
from groupkeeper.i18n import day_name
from groupkeeper.schedule.occurrences import Location
from groupkeeper.schedule.recurrence import (
    Repeat,
    RepeatKind,
)
from groupkeeper.schedule.service import SeriesInput
from groupkeeper.ui.group.fields import GroupFields
from groupkeeper.ui.kit.forms import (
    Button,
    FormDialog,
    button_box,
    error_label,
    pytime,
    show_problems,
    time_edit,
)


class WelcomeDialog(FormDialog):
    """First run: the group and its usual meeting, in one short form, or the group file
    someone already has (from a USB stick or the last secretary)."""

    OPEN_EXISTING = 2
    """The dialog's result when the person chose a file they already have (``chosen``)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        ask_open_path: Callable[[], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ask_open_path = ask_open_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Welcome to GroupKeeper"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "<b>Let's set up your group.</b><br>Everything stays on this computer. "
                "You can change any of this later."
            )
        )
        intro.setWordWrap(True)
        self.fields = GroupFields()
        f = self.fields
        self.name, self.kind, self.language = f.name, f.kind, f.language
        self.timezone, self.country = f.timezone, f.country
        self.starter = QCheckBox(
            self.tr("Start the library with GroupKeeper's readings and crisis lines")
        )
        self.starter.setChecked(True)
        self.starter.setToolTip(
            self.tr("A welcome for newcomers, group guidelines, 'When peer support is not "
                    "enough' and crisis lines: written for GroupKeeper, yours to edit or delete.")
        )  # fmt: skip

        self.day = QComboBox()
        for i in range(7):
            self.day.addItem(day_name(i), i)  # CLDR's names, in the window's language
        self.day.setCurrentIndex(1)
        self.day.setAccessibleName(self.tr("Usual meeting day"))
        self.start = time_edit(time(19, 0), self.tr("Usual start time"))
        self.length = QSpinBox()
        self.length.setRange(15, 720)
        self.length.setSingleStep(15)
        self.length.setValue(90)
        self.length.setSuffix(self.tr(" min"))
        self.length.setAccessibleName(self.tr("Meeting length in minutes"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. St. Brigid's Church Hall"))
        self.place.setAccessibleName(self.tr("Usual place"))
        self.address = QLineEdit()
        self.address.setAccessibleName(self.tr("Address"))

        form = QFormLayout()
        self.fields.add_rows(form)
        usual = QGroupBox(self.tr("Your usual meeting"))
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(QLabel(self.tr("at")))
        when.addWidget(self.start)
        when.addWidget(QLabel(self.tr("for")))
        when.addWidget(self.length)
        when.addStretch(1)
        uform = QFormLayout(usual)
        uform.addRow(self.tr("Every:"), when)
        uform.addRow(self.tr("&Place:"), self.place)
        uform.addRow(self.tr("&Address:"), self.address)
        self.errors = error_label()
        buttons = button_box(self, text=self.tr("&Start"))
        self.start_button = buttons.button(Button.Ok)
        # A second laptop: the group exists, its file came on a stick or from the last
        # secretary. Said first, so nobody makes a throw-away group to get to File > Open.
        self.have_file = QPushButton(self.tr("Open &it…"))
        self.have_file.setToolTip(
            self.tr("Open the group's file from a USB stick or from the last secretary")
        )
        self.have_file.clicked.connect(self.open_existing)
        have = QWidget()
        have_row = QHBoxLayout(have)
        have_row.setContentsMargins(0, 0, 0, 0)
        asked = QLabel(
            self.tr("Already have your group's file, from a USB stick or the last secretary?")
        )
        asked.setWordWrap(True)
        have_row.addWidget(asked, 1)
        have_row.addWidget(self.have_file)
        have.setVisible(ask_open_path is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(have)
        layout.addLayout(form)
        layout.addWidget(usual)
        layout.addWidget(self.starter)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def group_info(self) -> GroupInfo:
        return self.fields.info()

    def first_series(self, today: date | None = None) -> SeriesInput:
        weekday = int(self.day.currentData())
        start = today or date.today()
        start += timedelta(days=(weekday - start.weekday()) % 7)
        return SeriesInput(
            name=self.tr("{day} meeting").format(day=day_name(weekday)),
            repeat=Repeat(RepeatKind.WEEKLY, weekdays=(weekday,)),
            start_date=start,
            start_time=pytime(self.start.time()),
            duration_minutes=self.length.value(),
            location=Location(name=self.place.text().strip(), address=self.address.text().strip()),
            language=self.language.currentData(),
        )

    def open_existing(self) -> None:
        """Choose a group file the person already has; the dialog closes with
        :data:`OPEN_EXISTING` and nothing is created."""
        assert self.ask_open_path is not None
        path = self.ask_open_path()
        if path is None:
            return
        self.chosen = path
        self.done(self.OPEN_EXISTING)

    def accept(self) -> None:
        if show_problems(self.errors, validate_group(self.group_info())):
            self.name.setFocus()
            return
        super().accept()
