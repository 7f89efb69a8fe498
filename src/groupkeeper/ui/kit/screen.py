"""Windows that fit the screen they are on: a 1024×768 church-basement laptop, or a 1366×768
one at 150 %, leaves 910×470 points for a dialog.

Every dialog derives from :class:`Dialog`. The first time it is shown its body (all but the
row of buttons at the foot) moves into a scroll area, so it can be made as small as the screen
needs without hiding a field, its minimum size is capped to the screen, and it opens at the
size it asked for or the screen's size, whichever is smaller. Pages get the same scroll area
from the window (:func:`scrolling`).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FRAME = QSize(16, 40)
"""What a window's frame and title bar take beyond its contents (a generous guess: the frame
is not known before the window is shown)."""


def available(widget: QWidget | None) -> QRect:
    """The part of the screen ``widget`` is on (else the main screen) that windows may use:
    without the task bar or dock."""
    screen = None
    while widget is not None and screen is None:
        screen = widget.screen() if widget.isVisible() or widget.isWindow() else None
        widget = widget.parentWidget()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 728)


def room(widget: QWidget | None) -> QSize:
    """The largest size a window's contents can have on ``widget``'s screen."""
    area = available(widget).size()
    return QSize(max(200, area.width() - FRAME.width()), max(150, area.height() - FRAME.height()))


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that gives it all the room there is and scrolls
    only when there is less than it needs."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the area
    return area


def _move_items(source: QBoxLayout, target: QBoxLayout, count: int) -> None:
    for _ in range(count):
        stretch = source.stretch(0)
        item = source.takeAt(0)
        if item is None:
            return
        widget, layout = item.widget(), item.layout()
        if widget is not None:
            target.addWidget(widget, stretch, item.alignment())
        elif layout is not None:
            target.addLayout(layout, stretch)
        else:
            target.addItem(item)


def scroll_body(dialog: QWidget) -> QScrollArea | None:
    """Move everything in ``dialog``'s layout but a closing button row into a scroll area.
    Nothing happens to a dialog whose layout is not a box (it has no body to scroll)."""
    top = dialog.layout()
    if not isinstance(top, QBoxLayout) or top.count() == 0:
        return None
    last = top.itemAt(top.count() - 1)
    keep = 1 if last is not None and isinstance(last.widget(), QDialogButtonBox) else 0
    body = QWidget()
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    inner.setSpacing(top.spacing())
    _move_items(top, inner, top.count() - keep)
    area = scrolling(body)
    top.insertWidget(0, area, 1)
    return area


def fit(window: QWidget, wanted: QSize) -> None:
    """Size ``window`` to ``wanted``, within the screen; never let its minimum exceed it."""
    space = room(window.parentWidget() or window)
    least = window.minimumSize()
    window.setMinimumSize(least.boundedTo(space))
    window.resize(wanted.boundedTo(space).expandedTo(window.minimumSizeHint().boundedTo(space)))


WINDOW = QSize(1180, 760)
"""The main window's size on a screen with room for it."""


def place_window(window: QWidget, saved: bytes | None) -> None:
    """Put the main window where it was when it last closed, if that is still on a screen
    (a projector unplugged since is not), else at its usual size in the middle of the screen;
    either way inside the screen's free area."""
    if saved and window.restoreGeometry(QByteArray(saved)):
        area = available(window)
        frame = window.geometry()
        if area.intersects(frame) and frame.width() <= area.width():
            fitted = frame.intersected(area)
            if fitted.size() != frame.size():
                window.setGeometry(fitted)
            return
    space = room(window)
    size = WINDOW.boundedTo(space)
    window.resize(size)
    area = available(window)
    window.move(
        area.x() + (area.width() - size.width() - FRAME.width()) // 2,
        area.y() + (area.height() - size.height() - FRAME.height()) // 2,
    )


class Dialog(QDialog):
    """A dialog that fits the screen it opens on (see the module's note)."""

    _fitted = False

    def setVisible(self, visible: bool) -> None:
        if visible and not self._fitted:
            self._fitted = True
            wanted = (
                self.size()
                if self.testAttribute(Qt.WidgetAttribute.WA_Resized)
                else self.sizeHint()
            )
            # Never narrower than its fields need where the screen has the room (a longer
            # language's words): scrolling is for small screens.
            wanted = wanted.expandedTo(self.minimumSizeHint())
            area = scroll_body(self)
            if area is not None:
                # Room for a vertical scroll bar: a body that grows (a note shown, a longer
                # list) scrolls down, never sideways.
                wanted.setWidth(wanted.width() + area.verticalScrollBar().sizeHint().width())
                layout = self.layout()
                if layout is not None:
                    # The top layout would pin the dialog to its old minimum otherwise.
                    layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
            fit(self, wanted)
        super().setVisible(visible)
