"""The window in French and Spanish holds no English of ours: every page and the main dialogs
are built in English and in the other language, and a text shown the same in both must be the
group's own data or a word the catalogues say is the same in that language ("Format", "Date").

This finds what the catalogue tests cannot: words the code passes to tr() as a variable, which
lupdate never sees (a tuple of column headers, a table of hints), and so never translated."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
import zoneinfo
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)  # fmt: skip

from groupkeeper.group.models import LANGUAGES
from groupkeeper.store import open_store
from groupkeeper.ui import i18n
from groupkeeper.ui.shell.window import MainWindow
from tests.dump import own_words

ROOT = Path(__file__).resolve().parents[2]
LANGUAGE_NAMES = {name for _code, name in LANGUAGES}
ZONES = zoneinfo.available_timezones() | {"localtime"}
SECTIONS = ("home", "upcoming", "month", "members", "roster", "library", "pairings")
DIALOGS = ("add", "print", "add_member", "formats", "group_settings")


def _texts(widget: QWidget) -> Iterator[str]:
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            yield child.text()
        elif isinstance(child, QGroupBox):
            yield child.title()
        elif isinstance(child, QLineEdit):
            yield child.placeholderText()
        elif isinstance(child, QComboBox):
            yield from (child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTabWidget):
            yield from (child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QTableView) and child.model() is not None:
            model, header = child.model(), child.horizontalHeader()
            for column in range(header.count()):
                yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")


def _shown(window: MainWindow) -> set[str]:
    seen: set[str] = set()
    for section in SECTIONS:
        window.show_view(section)
        QApplication.processEvents()
        seen |= set(_texts(window))
    for key in DIALOGS:
        window.registry[key].trigger()
        QApplication.processEvents()
        dialog = window.ctx.dialog
        assert isinstance(dialog, QDialog), key
        seen |= set(_texts(dialog))
        dialog.done(QDialog.DialogCode.Rejected)
    return {" ".join(t.replace("&", "").split()) for t in seen if t and t.strip()}


def _same_in(language: str) -> set[str]:
    """Words our catalogues translate as themselves in ``language`` ("Date", "Score")."""
    same: set[str] = set()
    ts = ROOT / "resources" / "translations" / f"groupkeeper_{language}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        if translation is not None and (translation.text or "") == source:
            same.add(source.replace("&", ""))
    with (ROOT / "resources" / "locale" / f"{language}.po").open("rb") as f:
        for m in read_po(f):
            if m.id and m.string == m.id:
                same.add(str(m.id).replace("&", ""))
    return same


def _words(text: str) -> bool:
    """Whether ``text`` holds words of ours: not only digits, a date or punctuation, nor a
    time zone's id ("America/Toronto") or a language's own name ("Français (French)")."""
    if text in ZONES or text in LANGUAGE_NAMES:
        return False
    return sum(ch.isalpha() for ch in text) >= 3


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_english_of_ours_is_left_in_the_window(
    make_window: Any, demo_file: Path, language: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    english = _shown(make_window(open_store(demo_file)))
    try:
        assert i18n.install(app, language) == language
        twin = shutil.copy(demo_file, demo_file.with_name("twin.groupkeeper"))
        other = _shown(make_window(open_store(Path(twin))))
    finally:
        i18n.install(app, "en")
    data, same = own_words(demo_file), _same_in(language)
    theirs = set(re.findall(r"\w+", data))  # the group's own words: names, roles, places
    left = sorted(
        text
        for text in english & other
        if _words(text) and text not in same and not set(re.findall(r"\w+", text)) <= theirs
    )  # fmt: skip
    assert left == [], "\n".join(left)
