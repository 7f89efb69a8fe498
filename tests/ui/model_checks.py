"""What a record table promises beyond pytest-qt's model tester, and people with odd names.

The tester reads ``data()`` only at row 0, column 0 and never calls ``headerData()``, so
:func:`assert_cells_and_headers` walks every cell and every header section, in range and just
outside it. Like the tester, it asks the model's own ``data()``; then one read per cell goes
through ``QModelIndex.data()``, as a view reads it. That order matters with PySide6 6.12: an
error raised in ``data()`` fails the test when Python asks, and crashes the run when C++ does."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QImage, QPixmap
from sqlalchemy.orm import Session

from groupkeeper.roster import service as roster

Role = Qt.ItemDataRole
TEXT = (str,)
# Every role a view asks for, and what a model may answer with (None is always allowed).
ROLE_TYPES: dict[Role, tuple[type, ...]] = {
    Role.DisplayRole: TEXT,
    Role.ToolTipRole: TEXT,
    Role.StatusTipRole: TEXT,
    Role.WhatsThisRole: TEXT,
    Role.AccessibleTextRole: TEXT,
    Role.AccessibleDescriptionRole: TEXT,
    Role.SizeHintRole: (QSize,),
    Role.FontRole: (QFont,),
    Role.ForegroundRole: (QBrush, QColor),
    Role.BackgroundRole: (QBrush, QColor),
    Role.DecorationRole: (QPixmap, QImage, QIcon, QColor, QBrush),
    Role.CheckStateRole: (Qt.CheckState,),
    Role.TextAlignmentRole: (int, Qt.AlignmentFlag),
}

# (first name, last initial) as a member is saved: the longest first name the roster takes,
# right-to-left scripts, CJK, syllabics with no initial, and both directions in one name.
ODD_PEOPLE = (
    (
        "María de los Ángeles Guadalupe Concepción Fernández-Villaverde y Santa Cruz de la Sierra",
        "A",
    ),
    ("محمد", "ع"),
    ("שרה", "ל"),
    ("山田", "太"),
    ("ᓀᐦᐃᔭᐍᐏᐣ", ""),
    ("Ana (آنا)", "K"),
)


def add_odd_members(s: Session) -> list[roster.MemberRecord]:
    """Save :data:`ODD_PEOPLE` as active members, through the roster's own checks."""
    return [roster.create_member(s, roster.MemberInput(*person)) for person in ODD_PEOPLE]


def assert_cells_and_headers(model: QAbstractItemModel) -> None:
    """Every cell answers every role with None or its documented type, and text where it is
    shown; an invalid index and header sections out of range answer None (not an error,
    not another section's title); each column has a title."""
    rows, columns = model.rowCount(), model.columnCount()
    for role in ROLE_TYPES:
        assert model.data(QModelIndex(), role) is None, role
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            assert index.isValid(), (row, column)
            for role, kinds in ROLE_TYPES.items():
                value = model.data(index, role)
                assert value is None or isinstance(value, kinds), (row, column, role, value)
            text = model.data(index, Role.DisplayRole)
            assert isinstance(text, str) and index.data() == text, (row, column)  # as a view
    assert not model.index(rows, 0).isValid()
    assert not model.index(0, columns).isValid()
    for column in range(columns):
        title = model.headerData(column, Qt.Orientation.Horizontal, Role.DisplayRole)
        assert isinstance(title, str) and title, column
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, rows),
    ):
        for section in (-1, count, count + 1):
            for role in (Role.DisplayRole, Role.ToolTipRole):
                assert model.headerData(section, orientation, role) is None, (
                    orientation,
                    section,
                )
