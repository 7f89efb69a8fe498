"""Colours with a meaning, worked out from the palette: WCAG's arithmetic, and every role at
4.5:1 (7:1 when asked) under light, dark and high-contrast palettes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from groupkeeper.ui.kit import colours
from groupkeeper.ui.kit.colours import Colours, Fill, Ink, contrast, readable
from tests.ui import palettes

Role = QPalette.ColorRole
BACKGROUNDS = (Role.Window, Role.Base, Role.AlternateBase)
use_palette = palettes.use_palette


def test_contrast_is_wcag_s_ratio() -> None:
    black, white = QColor("#000000"), QColor("#ffffff")
    assert contrast(black, white) == pytest.approx(21.0)
    assert contrast(white, white) == pytest.approx(1.0)
    # WCAG's own examples: #767676 is the lightest grey that passes on white, #777777 fails.
    assert contrast(QColor("#767676"), white) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#777777"), white) < 4.5
    assert contrast(QColor("#a3261b"), white) == contrast(white, QColor("#a3261b"))


def test_readable_blends_only_as_far_as_it_must() -> None:
    white, dark = QColor("#ffffff"), QColor("#2a2a2a")
    kept = readable(QColor("#5b6572"), [white], QColor("#000000"))
    assert kept.name() == "#5b6572"  # readable already: unchanged
    moved = readable(QColor("#5b6572"), [dark], white)
    assert contrast(moved, dark) >= 4.5
    assert moved.name() not in ("#5b6572", "#ffffff")  # lighter, not simply white
    assert contrast(moved, dark) < 5.5  # no further than it takes


@pytest.mark.parametrize("name", list(palettes.PALETTES))
@pytest.mark.parametrize("minimum", [4.5, 7.0])
def test_every_role_is_readable_under_every_palette(name: str, minimum: float) -> None:
    palette = palettes.PALETTES[name]()
    c = Colours(palette, minimum)
    for ink in Ink:
        for role in BACKGROUNDS:
            assert contrast(c.ink(ink), palette.color(role)) >= minimum, (ink, role)
    for fill in Fill:
        assert contrast(c.text_on(fill), c.fill(fill)) >= minimum, fill
        for ink in Ink:
            assert contrast(c.text_on(fill, ink), c.fill(fill)) >= minimum, (fill, ink)
    for role in (Role.Window, Role.Base):
        assert contrast(c.focus, palette.color(role)) >= colours.SHAPE_CONTRAST


def test_the_light_palette_keeps_the_designed_colours() -> None:
    c = Colours(palettes.light())
    assert [c.ink(i).name() for i in Ink] == [i.value for i in Ink]
    assert c.fill(Fill.LOCKED) != c.fill(Fill.OPEN) != c.palette.color(Role.Base)


def test_fills_stand_apart_from_the_base_under_dark_and_high_contrast() -> None:
    for name in ("dark", "high contrast black"):
        c = Colours(palettes.PALETTES[name]())
        base = c.palette.color(Role.Base)
        tints = {c.fill(f).name() for f in (Fill.OPEN, Fill.CONFLICT, Fill.LOCKED, Fill.UNUSED)}
        assert len(tints) == 4 and base.name() not in tints


def test_current_follows_the_app_palette(use_palette: Callable[[str], QPalette]) -> None:
    use_palette("dark")
    dark = colours.current().ink(Ink.ALERT)
    assert colours.current() is colours.current()  # kept, not worked out per paint
    use_palette("high contrast white")
    assert colours.current().ink(Ink.ALERT) != dark
    assert colours.current().palette.color(Role.Base) == QColor("#ffffff")


def _sits_on(widget: QWidget) -> QColor:
    return widget.palette().color(Role.Window)


def test_a_coloured_label_follows_a_theme_change(
    qtbot: QtBot, use_palette: Callable[[str], QPalette]
) -> None:
    use_palette("light")
    holder = QWidget()
    label = QLabel("A term ends soon", holder)
    colours.ink(label, Ink.WARNING, bold=True)
    colours.ink(label, Ink.WARNING, bold=True)  # again: one follower, no loop
    qtbot.addWidget(holder)
    holder.show()
    assert label.palette().color(Role.WindowText).name() == Ink.WARNING.value
    assert label.font().bold()
    for name in palettes.PALETTES:
        use_palette(name)
        shown = label.palette().color(Role.WindowText)
        assert contrast(shown, _sits_on(holder)) >= 4.5, name
        assert shown == colours.current().ink(Ink.WARNING)


def test_a_filled_panel_follows_a_theme_change(
    qtbot: QtBot, use_palette: Callable[[str], QPalette]
) -> None:
    panel = QLabel("Nothing to preview yet.")
    colours.fill(panel, Fill.SURROUND)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.autoFillBackground()
    for name in palettes.PALETTES:
        use_palette(name)
        p = panel.palette()
        assert p.color(Role.Window) == colours.current().fill(Fill.SURROUND), name
        assert contrast(p.color(Role.WindowText), p.color(Role.Window)) >= 4.5, name
