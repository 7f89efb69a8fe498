"""Qt item models over plain library records: the item list and the loans on the shelf."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from groupkeeper.library.service import Item, Loan
from groupkeeper.schedule.wording import format_date
from groupkeeper.ui.models import MUTED, AnyIndex, RecordRole, RecordTable

OVERDUE_TEXT = QColor("#a3261b")
CRISIS_TEXT = QColor("#8a1f14")


def tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


class LibraryModel(RecordTable[Item]):
    """The library list: best match first while searching, else by kind and title."""

    HEADERS = ("Title", "Kind", "Tags", "Details")
    CONTEXT = "Library"
    TITLE, KIND, TAGS, DETAILS = range(4)

    def set_items(self, rows: list[Item]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_of(self, item_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)

    def _text(self, item: Item, column: int) -> str:
        if column == self.TITLE:
            return item.title + (tr(" (archived)") if item.archived else "")
        if column == self.KIND:
            return tr("Crisis line") if item.crisis else tr(item.kind.label)
        if column == self.TAGS:
            return ", ".join(item.tags)
        return item.summary

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DETAILS:
            return item.summary or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.archived:
                return QBrush(MUTED)
            if item.crisis and index.column() == self.KIND:
                return QBrush(CRISIS_TEXT)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.TITLE:
            font = QFont()
            font.setBold(item.crisis)
            font.setItalic(item.archived)
            return font
        if role == RecordRole:
            return item
        return None


class LoanModel(RecordTable[Loan]):
    """Books out now, soonest due first; overdue ones stand out."""

    HEADERS = ("Book", "Borrower", "Out since", "Due back", "Status")
    CONTEXT = "Library"
    BOOK, BORROWER, OUT, DUE, STATUS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_loans(self, rows: list[Loan], today: date) -> None:
        self.beginResetModel()
        self._rows, self.today = list(rows), today
        self.endResetModel()

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if r.overdue(self.today))

    def _text(self, loan: Loan, column: int) -> str:
        if column == self.BOOK:
            return loan.book
        if column == self.BORROWER:
            return loan.borrower
        if column == self.OUT:
            return format_date(loan.out_on)
        if column == self.DUE:
            return format_date(loan.due_on)
        if loan.overdue(self.today):
            days = (self.today - loan.due_on).days
            return tr("Overdue by {n} days").format(n=days) if days != 1 else tr("Overdue by 1 day")
        return tr("Out")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        loan = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(loan, index.column())
        late = loan.overdue(self.today)
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(OVERDUE_TEXT)
        if role == Qt.ItemDataRole.FontRole and late:
            font = QFont()
            font.setBold(True)
            return font
        if role == RecordRole:
            return loan
        return None
