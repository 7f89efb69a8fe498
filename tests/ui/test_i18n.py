"""The window's language (ui/i18n.py) and the translations it ships (resources/translations)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from groupkeeper import preferences
from groupkeeper.ui import i18n

SOURCES = Path(__file__).resolve().parents[2] / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d")


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    i18n.install(qapp, "en")  # the other tests read English
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_language_is_the_one_chosen_else_the_computer_s_else_english() -> None:
    assert i18n.chosen_language("es", system="fr") == "es"
    assert i18n.chosen_language("", system="fr") == "fr"
    assert i18n.chosen_language("", system="de") == "en"  # a language we do not ship yet
    assert i18n.chosen_language("xx", system="es") == "es"


def test_the_choice_is_remembered_and_a_bad_one_ignored() -> None:
    preferences.set_ui_language("fr")
    assert preferences.ui_language() == "fr"
    preferences.set_ui_language("../../etc")
    assert preferences.ui_language() == ""


@pytest.mark.parametrize(("language", "file_menu"), [("fr", "&Fichier"), ("es", "&Archivo")])
def test_the_window_is_built_in_the_language_installed(
    english_after: QApplication, make_window: Any, language: str, file_menu: str
) -> None:
    assert i18n.install(english_after, language) == language
    window = make_window(None)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == file_menu
    assert "&File" not in titles


def test_a_right_to_left_language_lays_the_window_out_right_to_left(
    english_after: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert i18n.install(english_after, "ar") == "en"  # no catalogue: English, left to right
    assert english_after.layoutDirection() == Qt.LayoutDirection.LeftToRight
    spanish = i18n._ours("es")
    ours = i18n._ours
    # As if Arabic shipped (as Spanish's words); every other language as it is.
    monkeypatch.setattr(
        i18n, "_ours", lambda language: spanish if language == "ar" else ours(language)
    )
    assert i18n.install(english_after, "ar") == "ar"
    assert english_after.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install(english_after, "en")
    assert english_after.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_settings_language_asks_remembers_and_says_when(
    demo_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []

    def answer(_title: str, _text: str, options: list[str]) -> int:
        asked.append(options)
        return options.index("Español")

    monkeypatch.setattr(demo_window.prompts, "ask_choice", answer)
    demo_window.registry["language"].trigger()
    assert asked and asked[0][1:] == ["English", "Français", "Español"]
    assert preferences.ui_language() == "es"
    assert "Español the next time it starts" in demo_window.notice.label.text()


def _messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


@pytest.mark.parametrize("language", ["fr", "es", "en"])
def test_every_window_string_is_translated(language: str) -> None:
    """French and Spanish whole; English's catalogue holds the plural forms of "%n"."""
    missing, broken = [], []
    for message in _messages(SOURCES / f"groupkeeper_{language}.ts"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [n.text or "" for n in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            missing.append(source)
            continue
        for form in forms:
            if message.get("numerus") == "yes" and "%n" not in form:
                form = f"%n {form}"  # a form may say the count in words: "away once"
            if sorted(PLACEHOLDER.findall(form)) != sorted(set(PLACEHOLDER.findall(source))) and (
                set(PLACEHOLDER.findall(form)) != set(PLACEHOLDER.findall(source))
            ):
                broken.append((source, form))
            if source.count("&") != form.count("&"):
                broken.append((source, form))
    assert missing == []
    assert broken == []


def test_strings_reached_through_a_helper_are_translated_too(english_after: QApplication) -> None:
    """lupdate files ``tr = ctx.tr`` and a module's own ``tr()`` under no context; at run
    time they come with one ("Roster", "AppContext")."""
    i18n.install(english_after, "fr")
    translate = QCoreApplication.translate
    assert translate("Roster", "Open: click to choose someone").startswith("Libre")
    assert translate("AppContext", "&Print or export…") == "&Imprimer ou exporter…"
    assert translate("Roster", "Not a string we have") == "Not a string we have"
    assert translate("MainWindow", "&File") == "&Fichier"


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("en", "1 meeting", "2 meetings"), ("fr", "1 réunion", "2 réunions"),
     ("es", "1 reunión", "2 reuniones")],
)  # fmt: skip
def test_counts_take_the_language_s_plural_forms(
    english_after: QApplication, language: str, one: str, two: str
) -> None:
    i18n.install(english_after, language)
    say = QCoreApplication.translate
    assert say("InterchangeFlows", "%n meeting(s)", "", 1) == one
    assert say("InterchangeFlows", "%n meeting(s)", "", 2) == two


def test_date_fields_speak_the_window_s_language(qapp: object) -> None:
    """A French window's date fields read "mar. 2 sept. 2025", not "Tue 2 Sep 2025"."""
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from groupkeeper.ui import i18n as window
    from groupkeeper.ui.kit.forms import date_edit

    app = QCoreApplication.instance()
    assert app is not None
    try:
        window.install(app, "fr")
        edit = date_edit(date(2025, 9, 2), "First date")
        assert edit.text() == "mar. 2 sept. 2025"
    finally:
        window.install(app, "en")
    assert date_edit(date(2025, 9, 2), "First date").text() == "Tue 2 Sep 2025"
