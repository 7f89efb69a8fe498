"""Qt item models over plain library records: the item list and the loans on the shelf."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from groupkeeper.library.service import Item, Loan
from groupkeeper.text import format_date
from groupkeeper.ui.kit.colours import Ink, current
from groupkeeper.ui.kit.tables import (
    QT_TRANSLATE_NOOP,
    AnyIndex,
    RecordRole,
    RecordTable,
    TextTable,
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Library", text)


class LibraryModel(RecordTable[Item]):
    """The library list: best match first while searching, else by kind and title."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Library", "Title"),
        QT_TRANSLATE_NOOP("Library", "Kind"),
        QT_TRANSLATE_NOOP("Library", "Tags"),
        QT_TRANSLATE_NOOP("Library", "Details"),
    )
    CONTEXT = "Library"
    TITLE, KIND, TAGS, DETAILS = range(4)
    BATCH = 400  # rows read at a time as the list scrolls

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.total = 0
        self._fetch: Callable[[int, int], list[Item]] | None = None

    def set_items(
        self,
        rows: list[Item],
        total: int | None = None,
        fetch: Callable[[int, int], list[Item]] | None = None,
    ) -> None:
        """Show ``rows``; with ``fetch(offset, count)``, the rest of ``total`` is read a batch
        at a time as the view scrolls to it (so 10,000 items open as fast as 400)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.total = len(rows) if total is None else total
        self._fetch = fetch
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        more = self._fetch(len(self._rows), self.BATCH)[: self.total - len(self._rows)]
        if not more:
            self.total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def row_of(self, item_id: int, *, fetch: bool = False) -> int:
        """The row showing ``item_id`` (-1 if none); ``fetch`` reads on until it is found."""
        while True:
            row = next((i for i, r in enumerate(self._rows) if r.id == item_id), -1)
            if row >= 0 or not fetch or not self.canFetchMore():
                return row
            self.fetchMore()

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
                return QBrush(current().ink(Ink.HINT))
            if item.crisis and index.column() == self.KIND:
                return QBrush(current().ink(Ink.ALERT))
        if role == Qt.ItemDataRole.FontRole and index.column() == self.TITLE:
            font = QFont()
            font.setBold(item.crisis)
            font.setItalic(item.archived)
            return font
        if role == RecordRole:
            return item
        return None


class LoanModel(TextTable[Loan]):
    """Books out now, soonest due first; overdue ones stand out."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Library", "Book"),
        QT_TRANSLATE_NOOP("Library", "Borrower"),
        QT_TRANSLATE_NOOP("Library", "Out since"),
        QT_TRANSLATE_NOOP("Library", "Due back"),
        QT_TRANSLATE_NOOP("Library", "Status"),
    )
    CONTEXT = "Library"

    def texts(self, loan: Loan) -> tuple[str, ...]:
        if loan.overdue(self.today):
            days = (self.today - loan.due_on).days
            status = self.tr("Overdue by %n day(s)", "", days)
        else:
            status = tr("Out")
        return (
            loan.book,
            loan.borrower,
            format_date(loan.out_on),
            format_date(loan.due_on),
            status,
        )

    def alert(self, loan: Loan) -> bool:
        return loan.overdue(self.today)
