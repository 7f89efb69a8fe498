"""Table models and table set-up shared by every page: records in, cached rows out, no query per
paint."""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableView

from groupkeeper.ui.kit.colours import Ink, current

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RecordRole = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Schedule", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Marks a column header for lupdate under ``context``; headerData translates it."""
    return text


class RecordTable(QAbstractTableModel, Generic[R]):
    """A flat table of plain records with fixed, translated column headers."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = "Schedule"  # the translation context of the headers

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def row_record(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None


class TextTable(RecordTable[R], Generic[R]):
    """A table whose cells are worked out once per load (``texts``); rows for which ``alert``
    is true are bold and red, ``muted`` ones grey."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text: list[tuple[str, ...]] = []
        self.today = date.today()

    def set_rows(self, rows: list[R], today: date | None = None) -> None:
        self.beginResetModel()
        self.today = today or self.today
        self._rows = list(rows)
        self._text = [self.texts(r) for r in self._rows]
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._rows)

    def texts(self, record: R) -> tuple[str, ...]:
        """The cells of one row; every subclass says what its columns show."""
        return ("",) * len(self.HEADERS)

    def alert(self, record: R) -> bool:
        return False

    def muted(self, record: R) -> bool:
        return False

    def alert_count(self) -> int:
        return sum(1 for r in self._rows if self.alert(r))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._text[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.alert(rec):  # overdue: a loan, a check-in
                return QBrush(current().ink(Ink.ALERT))
            if self.muted(rec):
                return QBrush(current().ink(Ink.HINT))
        if role == Qt.ItemDataRole.FontRole and self.alert(rec):
            font = QFont()
            font.setBold(True)
            return font
        if role == RecordRole:
            return rec
        return None


def setup_table(
    view: QTableView,
    model: Any,
    name: str,
    widths: tuple[int, ...],
    *,
    many: bool = False,
    wrap: bool = True,
) -> QTableView:
    """The look every record table shares: whole rows selected (one, or ``many``), no row
    numbers, alternating rows, these column widths and the last column stretched."""
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if many
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(wrap)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    for col, width in enumerate(widths):
        header.resizeSection(col, width)
    return view
