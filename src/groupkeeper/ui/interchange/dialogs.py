"""Dialogs for the files the schedule shares with others: a calendar (.ics) for phones, and
a Meeting Guide meeting list (.json) from or for the intergroup."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.interchange.meeting_guide import Feed, FeedMeeting
from groupkeeper.ui.kit.forms import Button, button_box, hint_label, text_box
from groupkeeper.ui.kit.screen import Dialog
from groupkeeper.ui.kit.tables import QT_TRANSLATE_NOOP, setup_table

Index = QModelIndex | QPersistentModelIndex


class CalendarDialog(Dialog):
    """Which calendar to save: every meeting, or one member's service dates."""

    def __init__(self, parent: QWidget | None, members: list[tuple[int, str]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Save a calendar (.ics)"))
        self.setMinimumWidth(500)
        self.everything = QRadioButton(self.tr("&Every meeting of the group"))
        self.mine = QRadioButton(self.tr("&One member's service dates (their roster turns):"))
        self.everything.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.mine)
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Member"))
        for member_id, name in members:
            self.member.addItem(name, member_id)
        self.member.setEnabled(False)
        self.mine.setEnabled(bool(members))
        self.mine.toggled.connect(self.member.setEnabled)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.member, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("What should the calendar file hold?")))
        layout.addWidget(self.everything)
        layout.addWidget(self.mine)
        layout.addLayout(row)
        layout.addWidget(
            hint_label(
                self.tr(
                    "Open the saved file on a phone or computer to add it to its calendar. "
                    "Cancelled dates are left out and moved dates are shown on their new day. "
                    "Saving again later and opening the new file updates the same events "
                    "instead of adding them twice."
                )
            )
        )
        layout.addWidget(button_box(self, Button.Save, self.tr("&Save calendar…")))

    def member_id(self) -> int | None:
        """The member chosen, or None for the whole schedule."""
        if not self.mine.isChecked():
            return None
        value = self.member.currentData()
        return int(value) if value is not None else None


class FeedModel(QAbstractTableModel):
    """A feed's meetings, those matching the filter shown, each with a tick box."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Schedule", "Meeting"),
        QT_TRANSLATE_NOOP("Schedule", "When"),
        QT_TRANSLATE_NOOP("Schedule", "Group"),
        QT_TRANSLATE_NOOP("Schedule", "Place"),
        QT_TRANSLATE_NOOP("Schedule", "Types"),
    )

    def __init__(self, feed: Feed, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meetings = feed.meetings
        self.shown: list[int] = list(range(len(self.meetings)))
        self.chosen: set[int] = set()

    def set_filter(self, words: str) -> None:
        self.beginResetModel()
        if words.strip():
            self.shown = [i for i, m in enumerate(self.meetings) if m.matches(words)]
        else:
            self.shown = list(range(len(self.meetings)))
        self.endResetModel()

    def meeting(self, row: int) -> FeedMeeting:
        return self.meetings[self.shown[row]]

    def chosen_meetings(self) -> list[FeedMeeting]:
        return [self.meetings[i] for i in sorted(self.chosen)]

    def choose_shown(self, on: bool) -> None:
        if on:
            self.chosen |= set(self.shown)
        else:
            self.chosen -= set(self.shown)
        if self.shown:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.shown) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        m = self.meeting(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            on = self.shown[index.row()] in self.chosen
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            place = ", ".join(p for p in (m.location.name, m.location.address) if p)
            values = (m.name, m.when, m.group, place, " ".join(m.types))
            return values[column]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        which = self.shown[index.row()]
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        if on:
            self.chosen.add(which)
        else:
            self.chosen.discard(which)
        self.dataChanged.emit(index, index, [role])
        return True


class MeetingListDialog(Dialog):
    """Pick the group's meetings out of an intergroup's whole meeting list."""

    def __init__(
        self,
        parent: QWidget | None,
        feed: Feed,
        file_name: str,
        group_name: str,
        notes: list[str],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import meetings from {file}").format(file=file_name))
        self.resize(900, 560)
        self.model = FeedModel(feed, self)
        intro = QLabel(
            self.tr(
                "{file} lists {n} meetings. Find your group's by its name or its place, tick "
                "them and import them as meetings of this group."
            ).format(file=file_name, n=f"{len(feed.meetings):,}")
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Group name, meeting name, place or address"))
        self.search.setAccessibleName(self.tr("Find meetings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = setup_table(
            QTableView(), self.model, self.tr("Meetings in the list"), (230, 110, 170, 230)
        )
        self.count = QLabel()
        self.tick_all = QPushButton(self.tr("&Tick all shown"))
        self.tick_all.clicked.connect(lambda: self._choose(True))
        self.untick_all = QPushButton(self.tr("&Untick all shown"))
        self.untick_all.clicked.connect(lambda: self._choose(False))
        self.model.dataChanged.connect(lambda *_: self._sync())
        self.model.modelReset.connect(self._sync)

        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search)
        find = QHBoxLayout()
        find.addWidget(find_label)
        find.addWidget(self.search, 1)
        under = QHBoxLayout()
        under.addWidget(self.count, 1)
        under.addWidget(self.tick_all)
        under.addWidget(self.untick_all)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(find)
        layout.addWidget(self.table, 1)
        layout.addLayout(under)
        self.notes = text_box("\n".join(notes))
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("What could not be read"))
        self.notes.setMaximumHeight(90)
        self.notes.setVisible(bool(notes))
        if notes:
            layout.addWidget(
                hint_label(
                    self.tr("Some entries of the list needed care ({n}):").format(n=len(notes))
                )
            )
            layout.addWidget(self.notes)
        self.buttons = button_box(self, Button.Ok)
        layout.addWidget(self.buttons)
        # Start with the group's own meetings found, when the list names the group.
        if group_name and any(m.matches(group_name) for m in feed.meetings):
            self.search.setText(group_name)
        self._sync()

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)

    def _choose(self, on: bool) -> None:
        self.model.choose_shown(on)
        self._sync()

    def _sync(self) -> None:
        shown, total = len(self.model.shown), len(self.model.meetings)
        chosen = len(self.model.chosen)
        self.count.setText(
            self.tr("Showing {shown} of {total} · {chosen} ticked").format(
                shown=f"{shown:,}", total=f"{total:,}", chosen=chosen
            )
        )
        ok = self.buttons.button(Button.Ok)
        ok.setEnabled(chosen > 0)
        ok.setText(
            self.tr("&Import {n} meetings").format(n=chosen)
            if chosen != 1
            else self.tr("&Import 1 meeting")
        )

    def chosen(self) -> list[FeedMeeting]:
        return self.model.chosen_meetings()
