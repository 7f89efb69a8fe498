"""i18n.py: whose language the core speaks, and CLDR's dates and times in it."""

from __future__ import annotations

import threading
from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupkeeper import i18n, text
from groupkeeper.group.models import LANGUAGES

DAY = date(2026, 12, 1)  # a Tuesday


@pytest.mark.parametrize(
    ("locale", "short", "long", "clock"),
    [
        ("en", "Tue 1 Dec 2026", "Tuesday, December 1", "7:00 PM"),
        ("en_CA", "Tue 1 Dec 2026", "Tuesday, December 1", "7:00 PM"),
        ("fr", "mar. 1 déc. 2026", "mardi 1 décembre", "19:00"),
        ("fr_CA", "mar. 1 déc. 2026", "mardi 1 décembre", "19 h 00"),
        ("es", "mar, 1 dic 2026", "martes, 1 de diciembre", "19:00"),
        ("uk", "вт, 1 груд. 2026 р.", "вівторок, 1 грудня", "19:00"),
        ("de", "Di., 1. Dez. 2026", "Dienstag, 1. Dezember", "19:00"),
        ("pl", "wt., 1 gru 2026", "wtorek, 1 grudnia", "19:00"),
    ],
)
def test_dates_and_times_come_from_cldr_in_the_locale(
    locale: str, short: str, long: str, clock: str
) -> None:
    assert i18n.format_date(DAY, locale=locale) == short
    assert i18n.format_date(DAY, long=True, year=False, locale=locale) == long
    assert i18n.format_time(time(19), locale=locale) == clock


def test_cree_and_ojibwe_which_cldr_lacks_print_canadian_english_dates() -> None:
    for language in ("cr", "oj"):
        assert not i18n.has_cldr(language)
        assert i18n.format_date(DAY, locale=language) == "Tue 1 Dec 2026"
        assert i18n.babel_locale(language).territory == "CA"
        note = i18n.fallback_note(language)
        assert note is not None and "Canadian English" in note


def test_every_language_offered_prints_dates_in_its_own_words() -> None:
    english = i18n.format_date(DAY, long=True, locale="en")
    for code, _name in LANGUAGES:
        if code in ("en", "cr", "oj"):
            continue
        assert i18n.format_date(DAY, long=True, locale=code) != english, code


def test_the_note_says_where_labels_fall_back_to_english() -> None:
    assert i18n.fallback_note("fr") is None and i18n.fallback_note("es") is None
    note = i18n.fallback_note("uk")
    assert note is not None and "Ukrainian" in note and "English" in note


def test_paper_speaks_the_group_s_locale_whatever_the_person_s() -> None:
    i18n.use("fr_CA.UTF-8")
    try:
        assert i18n.current() == "fr_CA"
        with i18n.speaking("es"):
            assert text.format_date(DAY) == "mar, 1 dic 2026"
            assert text.format_time(time(19), "es") == "19:00"
        assert text.format_date(DAY) == "mar. 1 déc. 2026"
    finally:
        i18n.use("en")
    assert text.format_date(DAY) == "Tue 1 Dec 2026"


def test_a_group_s_locale_is_its_language_in_its_country_where_cldr_has_it() -> None:
    assert i18n.group_locale("fr", "CA") == "fr_CA"
    assert i18n.group_locale("es", "US") == "es_US"
    assert i18n.group_locale("uk", "CA") == "uk"  # CLDR has no uk_CA
    assert i18n.group_locale("en", "") == "en"


def test_speaking_is_for_this_thread_only() -> None:
    seen: list[str] = []
    with i18n.speaking("fr"):
        worker = threading.Thread(target=lambda: seen.append(i18n.current()))
        worker.start()
        worker.join()
    assert seen == [i18n.person()]


@given(st.text(max_size=30))
def test_any_tag_normalises_without_error(tag: str) -> None:
    out = i18n.normalise(tag)
    assert out == out.strip()


@pytest.mark.parametrize(
    ("tag", "out"),
    [("fr-ca", "fr_CA"), ("fr_CA.UTF-8", "fr_CA"), ("C", "en"), ("POSIX", "en"), ("", "")],
)
def test_locale_tags_normalise(tag: str, out: str) -> None:
    assert i18n.normalise(tag) == out
