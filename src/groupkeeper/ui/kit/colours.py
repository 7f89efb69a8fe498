"""Colours with a meaning (a hint, a warning, an open turn, a locked one), worked out from the
palette in use, so light, dark and high-contrast themes all keep words readable.

Every text colour here stands at least 4.5:1 (WCAG 2's contrast for text) against what it is
drawn on. A colour that would not is blended toward the palette's own text colour, only as far
as it must: it keeps its hue where the theme allows and becomes plain text where it does not.
Backgrounds are the palette's base tinted with a hue, kept light enough (or dark enough) for
the palette's text to stay readable on them.

Models ask :func:`current` at paint time, so a palette change shows at the next paint;
:func:`ink` and :func:`fill` colour a widget and follow palette changes themselves.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

TEXT_CONTRAST = 4.5
"""WCAG 2 (1.4.3, level AA): words against what they are drawn on."""
HIGH_CONTRAST = 7.0
"""WCAG 2 (1.4.6, level AAA): words, when the computer is set to high contrast."""
SHAPE_CONTRAST = 3.0
"""WCAG 2 (1.4.11): what is not words, such as a focus outline, against what is around it."""

Role = QPalette.ColorRole
_STEPS = 40
_BLACK, _WHITE = QColor("#000000"), QColor("#ffffff")


class Ink(Enum):
    """What words in a colour mean. The value is the colour on a light theme."""

    HINT = "#5b6572"  # said in passing: hints under forms, archived rows, other months' days
    WARNING = "#8a4b00"  # needs attention soon: a term ending, a turn that breaks a rule
    ALERT = "#a3261b"  # needs attention now: an open turn, something overdue, a form's problem
    MOVED = "#275d8f"  # a meeting moved to another day


class Fill(Enum):
    """A background with a meaning: the hue it is tinted with (or the palette role whose colour
    it takes), how strongly on a light background, and whether it sits on the palette's base
    (a table's cells) or its window (a bar, a panel). The notice takes the theme's own
    highlight and highlighted text as they are when that pair is readable (a high-contrast
    theme's is), and a tint of the highlight when not (Qt's light palette's is 3.7:1)."""

    OPEN = ("#d93025", 0.12, Role.Base)  # a turn nobody has taken yet
    CONFLICT = ("#f2b600", 0.26, Role.Base)  # a turn that breaks a rule now
    LOCKED = ("#1a73e8", 0.11, Role.Base)  # a turn fixed by hand
    UNUSED = (Role.Text, 0.05, Role.Base)  # a role this meeting does not need
    TODAY = ("#f2b600", 0.17, Role.Base)  # today, in the month's calendar
    NOTICE = (Role.Highlight, 0.45, Role.Window)  # the notice across the top of the window
    SURROUND = (Role.WindowText, 0.08, Role.Window)  # around the preview of a page


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance: 0 for black, 1 for white."""
    return (
        0.2126 * _linear(colour.redF())
        + 0.7152 * _linear(colour.greenF())
        + 0.0722 * _linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    la, lb = luminance(a), luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` blended ``amount`` (0 to 1) of the way to ``b``, in whole 8-bit steps, as it is
    painted (so a ratio checked here is the ratio on screen)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def _worst(colour: QColor, backgrounds: Sequence[QColor]) -> float:
    return min(contrast(colour, b) for b in backgrounds)


def strongest(
    candidates: Sequence[QColor], backgrounds: Sequence[QColor], minimum: float = TEXT_CONTRAST
) -> QColor:
    """The first of ``candidates`` readable on every one of ``backgrounds``; failing that, black
    or white, whichever stands out more (a theme whose own text fails its own background)."""
    for colour in candidates:
        if _worst(colour, backgrounds) >= minimum:
            return colour
    return max((*candidates, _BLACK, _WHITE), key=lambda c: _worst(c, backgrounds))


def readable(
    colour: QColor,
    backgrounds: Sequence[QColor],
    toward: QColor,
    minimum: float = TEXT_CONTRAST,
) -> QColor:
    """``colour``, blended toward ``toward`` only as far as it takes to stand ``minimum``:1
    against every one of ``backgrounds`` (or as near as blending can get)."""
    best, best_ratio = colour, -1.0
    for step in range(_STEPS + 1):
        tried = mix(colour, toward, step / _STEPS)
        ratio = _worst(tried, backgrounds)
        if ratio >= minimum:
            return tried
        if ratio > best_ratio:
            best, best_ratio = tried, ratio
    return best


def focus_colour(palette: QPalette, around: Sequence[QColor] = ()) -> QColor:
    """The outline around what has the keyboard's focus: the palette's highlight, made to stand
    out 3:1 from the window, the base and ``around`` (a selected row, say)."""
    backgrounds = [palette.color(r) for r in (Role.Window, Role.Base, Role.Button)]
    backgrounds += around
    toward = strongest(
        [palette.color(r) for r in (Role.WindowText, Role.HighlightedText, Role.Text)], backgrounds
    )
    return readable(palette.color(Role.Highlight), backgrounds, toward, SHAPE_CONTRAST)


class Colours:
    """Every meaningful colour for one palette, each standing ``minimum``:1 against what it is
    drawn on. Worked out when first asked for, then kept."""

    def __init__(self, palette: QPalette, minimum: float = TEXT_CONTRAST) -> None:
        self.palette = QPalette(palette)
        self.minimum = minimum
        self.text = palette.color(Role.Text)
        self._backgrounds = [palette.color(r) for r in (Role.Window, Role.Base, Role.AlternateBase)]
        self._toward = strongest(
            [self.text, palette.color(Role.WindowText)], self._backgrounds, minimum
        )
        self._inks: dict[Ink, QColor] = {}
        self._fills: dict[Fill, tuple[QColor, QColor]] = {}
        self._on: dict[tuple[Fill, Ink], QColor] = {}
        self._focus: QColor | None = None

    def ink(self, which: Ink) -> QColor:
        """Words that mean ``which``, on the window, a table's rows or its alternate rows."""
        if which not in self._inks:
            colour = QColor(which.value)
            self._inks[which] = readable(colour, self._backgrounds, self._toward, self.minimum)
        return self._inks[which]

    def css(self, which: Ink) -> str:
        """``which`` as a style for rich text: ``color:#rrggbb``."""
        return "color:" + self.ink(which).name()

    def fill(self, which: Fill) -> QColor:
        """The background that means ``which``."""
        return self._fill(which)[0]

    def text_on(self, which: Fill, ink: Ink | None = None) -> QColor:
        """Words on the ``which`` background: the palette's text, or words that mean ``ink``."""
        background, text = self._fill(which)
        if ink is None:
            return text
        if (which, ink) not in self._on:
            self._on[which, ink] = readable(QColor(ink.value), [background], text, self.minimum)
        return self._on[which, ink]

    @property
    def focus(self) -> QColor:
        if self._focus is None:
            self._focus = focus_colour(self.palette)
        return self._focus

    def _fill(self, which: Fill) -> tuple[QColor, QColor]:
        """(background, words) for ``which``."""
        if which not in self._fills:
            own = [self.palette.color(r) for r in (Role.Highlight, Role.HighlightedText)]
            if which is Fill.NOTICE and contrast(*own) >= self.minimum:
                self._fills[which] = (own[0], own[1])
            else:
                self._fills[which] = self._tint(which)
        return self._fills[which]

    def _tint(self, which: Fill) -> tuple[QColor, QColor]:
        hue, strength, under = which.value
        base = self.palette.color(under)
        tint = self.palette.color(hue) if isinstance(hue, Role) else QColor(hue)
        text_role = Role.Text if under == Role.Base else Role.WindowText
        text = strongest([self.palette.color(text_role)], [base], self.minimum)
        if luminance(base) < 0.2:
            strength *= 2  # a tint on a dark background needs more to be seen
        background = base
        for step in range(_STEPS, -1, -1):  # as strong as the words on it allow
            background = mix(base, tint, strength * step / _STEPS)
            if contrast(text, background) >= self.minimum:
                break
        return background, text


def wants_high_contrast() -> bool:
    """Whether the computer is set to high contrast (Qt 6.10 and later can tell)."""
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


_current: list[tuple[tuple[int, float], Colours]] = []


def current() -> Colours:
    """The colours of the application's palette as it is now: at least 4.5:1, or 7:1 when the
    computer is set to high contrast (someone who asked for more is given more)."""
    palette = QGuiApplication.palette()
    key = (palette.cacheKey(), HIGH_CONTRAST if wants_high_contrast() else TEXT_CONTRAST)
    if not _current or _current[0][0] != key:
        _current[:] = [(key, Colours(palette, key[1]))]
    return _current[0][1]


# ---------------------------------------------------------------------------------- widgets

_PROPERTY = "groupkeeper_colour"  # "ink:ALERT", "fill:NOTICE": what a widget is coloured as
_SHOWN = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)  # disabled stays greyed


class _Follow(QObject):
    """Colours its widget again whenever the palette changes (a theme switched while the
    window is open)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            _paint(watched)
        return False


def ink(widget: QWidget, which: Ink, *, bold: bool = False) -> QWidget:
    """Show ``widget``'s words in the colour that means ``which``; ``bold`` ones too."""
    if bold:
        font = QFont(widget.font())
        font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
    return _colour(widget, f"ink:{which.name}")


def fill(widget: QWidget, which: Fill) -> QWidget:
    """Paint ``widget``'s background in the colour that means ``which``, words readable on it."""
    widget.setAutoFillBackground(True)
    return _colour(widget, f"fill:{which.name}")


def _colour(widget: QWidget, what: str) -> QWidget:
    followed = bool(widget.property(_PROPERTY))
    widget.setProperty(_PROPERTY, what)
    _paint(widget)
    if not followed:
        widget.installEventFilter(_Follow(widget))
    return widget


def _paint(widget: QWidget) -> None:
    kind, _, name = str(widget.property(_PROPERTY)).partition(":")
    colours = current()
    palette = widget.palette()
    if kind == "ink":
        roles = {Role.WindowText: colours.ink(Ink[name]), Role.Text: colours.ink(Ink[name])}
    else:
        which = Fill[name]
        text = colours.text_on(which)
        roles = {Role.Window: colours.fill(which), Role.WindowText: text, Role.Text: text}
    for group in _SHOWN:
        for role, colour in roles.items():
            palette.setColor(group, role, colour)
    widget.setPalette(palette)  # the same palette again changes nothing and sends nothing
