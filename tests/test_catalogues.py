"""The core's gettext catalogues (resources/locale): every word the code marks is in the
template, and French and Spanish translate every one of them, placeholders intact."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from groupkeeper import i18n

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "resources" / "locale"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def _marked() -> set[tuple[str | None, str]]:
    """(context, message) for every string the code outside ui/ marks."""
    found: set[tuple[str | None, str]] = set()
    package = ROOT / "src" / "groupkeeper"

    def outside_ui(folder: str) -> bool:
        name = Path(folder).name
        return name not in ("ui", "migrations") and not name.startswith((".", "_"))

    for _file, _line, message, _comments, context in extract_from_dir(
        str(package), keywords=KEYWORDS, comment_tags=(), directory_filter=outside_ui
    ):
        singular = message[0] if isinstance(message, tuple) else message
        found.add((context, singular))
    return found


def _catalogue(language: str):  # type: ignore[no-untyped-def]
    with (SOURCES / f"{language}.po").open("rb") as f:
        return read_po(f, locale=language)


def test_the_template_holds_every_marked_word() -> None:
    with (SOURCES / "groupkeeper.pot").open("rb") as f:
        template = read_po(f)
    held = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in template if m.id}
    missing = _marked() - held
    assert not missing, f"run `python3 dev.py translations`: {sorted(missing, key=str)[:5]}"


@pytest.mark.parametrize("language", i18n.CATALOGUED[1:])
def test_every_core_string_is_translated(language: str) -> None:
    catalogue = _catalogue(language)
    held = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in catalogue if m.id}
    assert not _marked() - held, "run `python3 dev.py translations`, then translate"
    untranslated, broken = [], []
    for message in catalogue:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(forms):
            untranslated.append(ids[0])
            continue
        wanted = set(PLACEHOLDER.findall(ids[-1])) | set(PLACEHOLDER.findall(ids[0]))
        for form in forms:
            if set(PLACEHOLDER.findall(form)) - wanted or (
                len(ids) == 1 and set(PLACEHOLDER.findall(form)) != wanted
            ):
                broken.append((ids[0], form))
    assert untranslated == []
    assert broken == []


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [("en", "1 meeting", "2 meetings"), ("fr", "1 réunion", "2 réunions"),
     ("es", "1 reunión", "2 reuniones")],
)  # fmt: skip
def test_counts_take_the_language_s_plural_forms(language: str, one: str, many: str) -> None:
    with i18n.speaking(language):
        say = [i18n.ngettext("{n} meeting", "{n} meetings", n).format(n=n) for n in (1, 2)]
    assert say == [one, many]


def test_french_says_zero_in_the_singular_and_english_in_the_plural() -> None:
    with i18n.speaking("fr"):
        assert i18n.ngettext("{n} meeting", "{n} meetings", 0).format(n=0) == "0 réunion"
    assert i18n.ngettext("{n} meeting", "{n} meetings", 0).format(n=0) == "0 meetings"
