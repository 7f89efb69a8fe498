"""Qt item models over plain roster records: the members list and the roster matrix."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from groupkeeper.collation import keyer
from groupkeeper.i18n import day_name
from groupkeeper.roster.rotation import SlotKey
from groupkeeper.roster.service import Assignment, MemberRecord, RoleRecord, RosterMeeting
from groupkeeper.schedule.occurrences import Status
from groupkeeper.text import format_date, format_time
from groupkeeper.ui.kit.colours import Fill, Ink, current
from groupkeeper.ui.kit.marks import lock_icon
from groupkeeper.ui.kit.tables import QT_TRANSLATE_NOOP, AnyIndex, RecordRole, RecordTable


def tr(text: str) -> str:
    return QCoreApplication.translate("Roster", text)


class MemberTableModel(RecordTable[MemberRecord]):
    """Every member: name, roles, availability summary, phone list consent, active."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Roster", "Name"),
        QT_TRANSLATE_NOOP("Roster", "Roles"),
        QT_TRANSLATE_NOOP("Roster", "Availability"),
        QT_TRANSLATE_NOOP("Roster", "Phone list"),
        QT_TRANSLATE_NOOP("Roster", "Status"),
    )
    CONTEXT = "Roster"
    NAME, ROLES, AVAILABILITY, PHONE, STATUS = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.roles: dict[int, str] = {}
        self._texts: list[list[str]] = []
        self._order = (self.NAME, Qt.SortOrder.AscendingOrder)

    def set_members(self, rows: list[MemberRecord], roles: dict[int, str]) -> None:
        """Every cell's words are worked out here, once, and the rows put in the order the
        view asked for: with two thousand members, a view sorting through ``data()`` would
        make tens of thousands of calls into Python (a quarter of a second)."""
        self.beginResetModel()
        self.roles = dict(roles)
        self._rows = list(rows)
        self._texts = [[self._text(r, c) for c in range(len(self.HEADERS))] for r in self._rows]
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in before]
        self._order = (column, order)
        self._arrange()
        where = {r.id: row for row, r in enumerate(self._rows)}
        after = [
            self.index(where[i], old.column()) if i in where else QModelIndex()
            for i, old in zip(ids, before, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _arrange(self) -> None:
        column, order = self._order
        by = keyer(texts[column] for texts in self._texts)
        pairs = sorted(
            zip(self._rows, self._texts, strict=True),
            key=lambda pair: (by(pair[1][column]), pair[0].id),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [r for r, _ in pairs]
        self._texts = [t for _, t in pairs]

    def record(self, row: int) -> MemberRecord | None:
        return self.row_record(row)

    def row_of(self, member_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)

    def _text(self, rec: MemberRecord, column: int) -> str:
        d = rec.data
        if column == self.NAME:
            extra = f" ({d.pronouns})" if d.pronouns else ""
            return rec.name + extra
        if column == self.ROLES:
            return ", ".join(self.roles.get(r, "?") for r, _ in d.roles) or tr("(none yet)")
        if column == self.AVAILABILITY:
            parts = []
            if d.never_weekdays:
                days = ", ".join(day_name(w, short=True) for w in sorted(d.never_weekdays))
                parts.append(tr("never {days}").format(days=days))
            if d.monthly_limit:
                parts.append(tr("at most {n}/month").format(n=d.monthly_limit))
            if d.blackouts:
                n = len(d.blackouts)
                parts.append(self.tr("away %n time(s)", "", n))
            return "; ".join(parts)
        if column == self.PHONE:
            return tr("Yes") if d.phone_list_ok else tr("No")
        return tr("Active") if d.active else tr("Inactive")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        rec = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            d = rec.data
            return "\n".join(x for x in (rec.name, d.qualifications) if x)
        if role == Qt.ItemDataRole.ForegroundRole and not rec.data.active:
            return QBrush(current().ink(Ink.HINT))
        if role == RecordRole:
            return rec
        return None


class MemberFilter(QSortFilterProxyModel):
    """Search as you type across every column; case and accents as typed. Sorting is the
    members model's own (see :meth:`MemberTableModel.set_members`): the filter keeps its
    order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class RosterMatrixModel(QAbstractTableModel):
    """Dates down, roles across. Column 0 is the meeting; then one column per role place
    (Reader 1, Reader 2...) any meeting in view needs. A cell a meeting does not need is
    greyed; an open cell stands out; a locked one shows a lock; a turn that now breaks a
    rule is marked with the reason in its tooltip."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.meetings: list[RosterMeeting] = []
        self.columns: list[tuple[int, int]] = []  # (role id, index)
        self.roles: dict[int, RoleRecord] = {}
        self.assigned: dict[SlotKey, Assignment] = {}
        self.names: dict[int, str] = {}
        self.conflicts: dict[SlotKey, list[str]] = {}
        self.language = "en"

    def set_roster(
        self,
        meetings: list[RosterMeeting],
        roles: list[RoleRecord],
        assigned: dict[SlotKey, Assignment],
        names: dict[int, str],
        conflicts: dict[SlotKey, list[str]],
    ) -> None:
        self.beginResetModel()
        self.meetings = list(meetings)
        self.roles = {r.id: r for r in roles}
        order = {r.id: i for i, r in enumerate(roles)}
        needed: dict[int, int] = {}
        for m in meetings:
            for rid, n in m.needs:
                needed[rid] = max(needed.get(rid, 0), n)
        self.columns = sorted(
            ((rid, i) for rid, n in needed.items() for i in range(n)),
            key=lambda c: (order.get(c[0], 99), c[1]),
        )
        self.assigned, self.names, self.conflicts = dict(assigned), dict(names), dict(conflicts)
        self.endResetModel()

    def slot_at(self, row: int, column: int) -> SlotKey | None:
        """The place a cell stands for, or None (the meeting column, or a role it lacks)."""
        if not 0 <= row < len(self.meetings) or not 1 <= column <= len(self.columns):
            return None
        meeting = self.meetings[row]
        rid, i = self.columns[column - 1]
        if i >= dict(meeting.needs).get(rid, 0):
            return None
        return SlotKey(meeting.occurrence.series_id, meeting.occurrence.original_date, rid, i)

    def open_count(self) -> int:
        return sum(1 for m in self.meetings for s in m.slots() if s not in self.assigned)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.meetings)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return tr("Meeting")
        if not 1 <= section <= len(self.columns):
            return None
        rid, i = self.columns[section - 1]
        name = self.roles[rid].name if rid in self.roles else "?"
        many = sum(1 for c in self.columns if c[0] == rid) > 1
        return f"{name} {i + 1}" if many else name

    def _meeting_text(self, m: RosterMeeting) -> str:
        o = m.occurrence
        text = f"{format_date(o.day)}  {format_time(o.start, self.language)}\n{o.series_name}"
        if o.status is Status.MOVED:
            text += tr(" (moved)")
        return text

    @staticmethod
    def _fill(a: Assignment | None, problems: list[str] | None) -> Fill | None:
        """A cell's tint: open, breaking a rule, locked by hand; none for a plain turn."""
        if a is None:
            return Fill.OPEN
        if problems:
            return Fill.CONFLICT
        return Fill.LOCKED if a.locked else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.meetings):
            return None
        m = self.meetings[index.row()]
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._meeting_text(m)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        slot = self.slot_at(index.row(), index.column())
        if slot is None:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(current().fill(Fill.UNUSED))
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("This meeting does not need this role.")
            return None
        a = self.assigned.get(slot)
        problems = self.conflicts.get(slot)
        if role == Qt.ItemDataRole.DisplayRole:
            if a is None:
                return tr("— open —")
            name = self.names.get(a.member_id, "?")
            return f"{'⚠ ' if problems else ''}{name}"
        if role == Qt.ItemDataRole.DecorationRole:
            # Drawn, not 🔒: without an emoji font that is an empty box.
            if a is None or not a.locked:
                return None
            fill = self._fill(a, problems)  # a locked turn always has one
            return lock_icon(current().text_on(fill)) if fill is not None else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if a is None:
                return tr("open")
            text = self.names.get(a.member_id, "?") + (tr(", locked") if a.locked else "")
            return text + (tr(", breaks a rule") if problems else "")
        fill = self._fill(a, problems)
        if role == Qt.ItemDataRole.BackgroundRole and fill is not None:
            return QBrush(current().fill(fill))
        if role == Qt.ItemDataRole.ForegroundRole and fill is not None:
            # Words readable on that tint under any theme: a light tint, dark words, and the other
            # way round; an open turn's in the alert colour.
            return QBrush(current().text_on(fill, Ink.ALERT if fill is Fill.OPEN else None))
        if role == Qt.ItemDataRole.ToolTipRole:
            if problems:
                return tr("Breaks a rule now: ") + "; ".join(problems)
            if a is None:
                return tr("Open: click to choose someone")
            return tr("Locked by hand") if a.locked else tr("Click to change, lock or explain")
        if role == RecordRole:
            return slot
        return None
