"""Palettes the window must stay readable under: Qt's own light one, the dark one Fusion apps
commonly ship, and high-contrast themes as Windows offers them (black with white or yellow
words, and white). ``use(app, name)`` puts one on the app; tests put the old one back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def light() -> QPalette:
    style = QStyleFactory.create("Fusion")
    assert style is not None
    return style.standardPalette()


def dark() -> QPalette:
    return _palette(
        {
            Role.Window: "#353535",
            Role.WindowText: "#ffffff",
            Role.Base: "#2a2a2a",
            Role.AlternateBase: "#353535",
            Role.ToolTipBase: "#000000",
            Role.ToolTipText: "#ffffff",
            Role.Text: "#ffffff",
            Role.PlaceholderText: "#9a9a9a",
            Role.Button: "#353535",
            Role.ButtonText: "#ffffff",
            Role.BrightText: "#ff0000",
            Role.Link: "#2a82da",
            Role.Highlight: "#2a82da",
            Role.HighlightedText: "#000000",
            Role.Light: "#505050",
            Role.Midlight: "#424242",
            Role.Mid: "#2a2a2a",
            Role.Dark: "#202020",
            Role.Shadow: "#141414",
        },
        "#7f7f7f",
    )


def _high_contrast(
    background: str, text: str, highlight: str, selected: str, link: str
) -> QPalette:
    roles = {
        Role.Window: background,
        Role.Base: background,
        Role.AlternateBase: background,
        Role.Button: background,
        Role.ToolTipBase: background,
        Role.WindowText: text,
        Role.Text: text,
        Role.ButtonText: text,
        Role.ToolTipText: text,
        Role.PlaceholderText: text,
        Role.BrightText: text,
        Role.Highlight: highlight,
        Role.HighlightedText: selected,
        Role.Link: link,
        Role.Light: text,
        Role.Midlight: background,
        Role.Mid: text,
        Role.Dark: text,
        Role.Shadow: text,
    }
    return _palette(roles, "#3ff23f" if background == "#000000" else "#600000")


def high_contrast_black() -> QPalette:
    """Windows' High Contrast Black ("Night sky")."""
    return _high_contrast("#000000", "#ffffff", "#1aebff", "#000000", "#ffff00")


def high_contrast_yellow() -> QPalette:
    """The older High Contrast #1: yellow words on black."""
    return _high_contrast("#000000", "#ffff00", "#00ffff", "#000000", "#00ff00")


def high_contrast_white() -> QPalette:
    """Windows' High Contrast White ("Desert")."""
    return _high_contrast("#ffffff", "#000000", "#37006e", "#ffffff", "#00009f")


PALETTES = {
    "light": light,
    "dark": dark,
    "high contrast black": high_contrast_black,
    "high contrast yellow": high_contrast_yellow,
    "high contrast white": high_contrast_white,
}


def use(app: QApplication, name: str) -> QPalette:
    """Put the palette ``name`` on ``app`` and let every widget hear of it (Qt tells them in
    posted events); returns it."""
    palette = PALETTES[name]()
    app.setPalette(palette)
    app.processEvents()
    return palette


@pytest.fixture
def use_palette(qapp: QApplication) -> Iterator[Callable[[str], QPalette]]:
    """``use_palette(name)`` puts a palette on the app; the one before comes back after the
    test, so no other test sees it. (A test module takes it with ``use_palette =
    palettes.use_palette``.)"""
    before = QPalette(qapp.palette())
    yield lambda name: use(qapp, name)
    qapp.setPalette(before)
    qapp.processEvents()
