"""A focus outline anyone can see: two pixels in the palette's highlight colour around what the
keyboard is on, whatever style the computer draws the window in.

Styles draw focus their own way, often as a one-pixel or dotted line (Fusion's is faint, and
a button's shows only after Tab). :class:`FocusStyle` wraps the style in use and, after it has
drawn a focused widget, draws the outline just inside the widget's own rectangle: no widget
changes size and no neighbour clips it. Buttons and check boxes show it when the keyboard
brought the focus there (as the styles themselves do, so a click leaves no ring); fields,
lists and tables whenever they have the focus, since typing goes there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QPlainTextEdit,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionComboBox,
    QStyleOptionComplex,
    QStyleOptionFocusRect,
    QStyleOptionFrame,
    QStyleOptionSpinBox,
    QTextEdit,
    QWidget,
)

from groupkeeper.ui.kit.colours import focus_colour

WIDTH = 2
"""The outline's width in pixels (WCAG 2.2's focus appearance asks for at least two)."""

State = QStyle.StateFlag
Element = QStyle.PrimitiveElement
Control = QStyle.ControlElement
Complex = QStyle.ComplexControl
Metric = QStyle.PixelMetric
Sub = QStyle.SubElement

NATIVE_RINGS = frozenset({"macos"})
"""Styles whose own focus ring is already wide (drawn outside the widget): left as they are."""

_BUTTONS = (QPushButton, QCheckBox, QRadioButton)
_FRAMED = (QAbstractItemView, QPlainTextEdit, QTextEdit)  # lists, tables, notes boxes
_LABEL_AREA = {  # a check box's outline goes round its words, as the styles' own does
    Control.CE_CheckBox: Sub.SE_CheckBoxFocusRect,
    Control.CE_RadioButton: Sub.SE_RadioButtonFocusRect,
}


class FocusStyle(QProxyStyle):
    """The style named ``base`` (the computer's), with a two-pixel focus outline."""

    def pixelMetric(
        self, metric: Metric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == Metric.PM_DefaultFrameWidth and isinstance(widget, _FRAMED):
            # Room in a list's, a table's or a notes box's frame for the whole outline: what
            # scrolls inside would cover any of it drawn further in.
            return max(value, WIDTH)
        return value

    def drawPrimitive(
        self,
        element: Element,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == Element.PE_FrameFocusRect and _by_keyboard(option):
            if isinstance(widget, _BUTTONS):
                return  # drawn round the whole button once it is drawn (drawControl)
            # A tab, a tool button, the current cell of a list or a table. A selected cell is
            # painted in the highlight colour: there the outline stands out from that instead.
            around = []
            if isinstance(option, QStyleOptionFocusRect) and option.backgroundColor.isValid():
                around.append(option.backgroundColor)
            outline(painter, option.rect, focus_colour(option.palette, around))
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == Element.PE_PanelLineEdit and _focused(option):
            outline(painter, option.rect, focus_colour(option.palette))

    def drawControl(
        self,
        element: Control,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == Control.CE_PushButton and _focused(option) and _by_keyboard(option):
            outline(painter, option.rect, focus_colour(option.palette))
        elif element in _LABEL_AREA and widget and _focused(option) and _by_keyboard(option):
            area = self.subElementRect(_LABEL_AREA[element], option, widget)
            outline(painter, area, focus_colour(option.palette))
        elif element == Control.CE_ShapedFrame and isinstance(widget, _FRAMED):
            self._scroll_frame(option, painter, widget)

    def drawComplexControl(
        self,
        control: Complex,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (Complex.CC_ComboBox, Complex.CC_SpinBox) and _focused(option):
            outline(painter, option.rect, focus_colour(option.palette))

    def _scroll_frame(self, option: QStyleOption, painter: QPainter, widget: QWidget) -> None:
        """The frame of a list, a table or a notes box: outlined when focused; otherwise the
        room :meth:`pixelMetric` made is the colour of what it frames, so it looks as before."""
        if (
            not isinstance(option, QStyleOptionFrame)
            or option.frameShape == option.frameShape.NoFrame
        ):
            return
        if _focused(option):
            outline(painter, option.rect, focus_colour(option.palette))
            return
        own = self.baseStyle().pixelMetric(Metric.PM_DefaultFrameWidth, option, widget)
        if 0 < own < WIDTH:
            band = option.rect.adjusted(own, own, -own, -own)
            outline(painter, band, option.palette.color(option.palette.ColorRole.Base), WIDTH - own)


def _focused(option: QStyleOption) -> bool:
    """Enabled, focused and framed: the field inside a spin box or an editable combo box has no
    frame of its own, and the box around it draws the outline."""
    if not (option.state & State.State_HasFocus and option.state & State.State_Enabled):
        return False
    if isinstance(option, QStyleOptionFrame):
        return option.lineWidth > 0
    if isinstance(option, QStyleOptionSpinBox | QStyleOptionComboBox):
        return bool(option.frame)
    return True


def _by_keyboard(option: QStyleOption) -> bool:
    """The focus came by the keyboard (Tab, a shortcut), or it is a list's current cell."""
    return bool(option.state & (State.State_KeyboardFocusChange | State.State_Item))


def outline(painter: QPainter, rect: QRect, colour: QColor, width: int = WIDTH) -> None:
    """A ``width``-pixel outline just inside ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(colour, width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRect(QRectF(rect).adjusted(half, half, -half, -half))
    painter.restore()


def apply(app: QApplication) -> None:
    """Give the whole app the focus outline, over the style the computer chose."""
    name = app.style().name()
    if name.lower() not in NATIVE_RINGS and not isinstance(app.style(), FocusStyle):
        app.setStyle(FocusStyle(name))
