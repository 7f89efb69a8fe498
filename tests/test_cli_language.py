"""The command line speaks the person's language: the one chosen in GroupKeeper, else the
computer's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else English."""

from __future__ import annotations

from pathlib import Path

import pytest

from groupkeeper import i18n, preferences
from groupkeeper.__main__ import main
from groupkeeper.startup import LANGUAGE_VARIABLES, person_language


def _computer(monkeypatch: pytest.MonkeyPatch, **values: str) -> None:
    for name in LANGUAGE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(name, value)


def _check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> int:
    code = main(["check", "--data", str(tmp_path / "nowhere.groupkeeper")])
    capsys.readouterr()
    return code


def test_the_command_line_speaks_the_computer_s_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _computer(monkeypatch, LANGUAGE="fr", LANG="es_MX.UTF-8")
    assert _check(tmp_path, capsys) == 1
    assert i18n.person() == "fr"


def test_a_c_locale_is_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    i18n.use("fr")
    _computer(monkeypatch, LANGUAGE="", LC_ALL="C", LANG="fr_FR.UTF-8")
    _check(tmp_path, capsys)
    assert i18n.person() == "en"
    _computer(monkeypatch, LANG="C.UTF-8")
    i18n.use("fr")
    _check(tmp_path, capsys)
    assert i18n.person() == "en"


def test_nothing_said_is_english_and_the_first_variable_set_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _computer(monkeypatch)
    assert person_language() == "en"
    _computer(monkeypatch, LC_MESSAGES="es_MX.UTF-8", LANG="fr_CA.UTF-8")
    assert person_language() == "es_MX.UTF-8"
    _computer(monkeypatch, LANGUAGE="fr_CA:en", LANG="es")
    assert person_language() == "fr_CA"
    _computer(monkeypatch, LANG="fr_CA.UTF-8")
    i18n.use(person_language())
    assert i18n.person() == "fr_CA"


def test_the_language_chosen_in_groupkeeper_comes_first(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    preferences.set_ui_language("es")
    _computer(monkeypatch, LANGUAGE="fr")
    _check(tmp_path, capsys)
    assert i18n.person() == "es"


def test_the_tests_read_english() -> None:
    assert i18n.person() == "en"
    assert person_language() == "en"
