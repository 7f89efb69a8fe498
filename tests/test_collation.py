"""collation.py: names in the order the language's readers expect."""

from __future__ import annotations

import unicodedata
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from groupkeeper import collation, i18n

NAMES = ["Zoë", "Łukasz", "Đức", "Çağla", "Ærin", "adam", "Bob", "Nora", "Ñoño", "nz", "Lz"]


def test_accented_and_extra_latin_letters_sort_with_their_base_letter() -> None:
    assert collation.sort(NAMES, str, "en") == [
        "adam", "Ærin", "Bob", "Çağla", "Đức", "Łukasz", "Lz", "Ñoño", "Nora", "nz", "Zoë",
    ]  # fmt: skip


def test_spanish_and_polish_letters_of_their_own_come_after_their_base() -> None:
    spanish = collation.sort(NAMES, str, "es")
    assert spanish.index("nz") < spanish.index("Ñoño") < spanish.index("Zoë")
    polish = collation.sort(NAMES, str, "pl")
    assert polish.index("Lz") < polish.index("Łukasz")


def test_cyrillic_sorts_in_its_alphabet_order() -> None:
    names = ["Ольга", "Іван", "Ґалина", "Анна", "Галина", "Игорь"]
    assert collation.sort(names, str, "uk") == [
        "Анна",
        "Галина",
        "Ґалина",
        "Игорь",
        "Іван",
        "Ольга",
    ]


def test_the_locale_in_force_is_used_when_none_is_given() -> None:
    with i18n.speaking("es"):
        assert collation.sort(["Ñoño", "nz"], str) == ["nz", "Ñoño"]
    assert collation.sort(["Ñoño", "nz"], str) == ["Ñoño", "nz"]


@given(st.lists(st.text(max_size=12), max_size=12), st.sampled_from(["en", "es", "pl", "uk"]))
def test_sorting_is_total_and_ignores_the_form_of_normalisation(
    names: list[str], locale: str
) -> None:
    once = [collation.sort_key(n, locale) for n in names]
    assert sorted(once) == sorted(collation.sort_key(n, locale) for n in reversed(names))
    for name in names:
        nfd = unicodedata.normalize("NFD", name)
        assert collation.sort_key(nfd, locale) == collation.sort_key(
            unicodedata.normalize("NFC", name), locale
        )


SIMPLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -',.()&"


@given(st.lists(st.text(alphabet=SIMPLE, max_size=8), max_size=10))
def test_plain_lists_sort_without_the_table_in_the_collation_s_order(names: list[str]) -> None:
    """An all-ASCII list skips loading the table; its order is one the collation agrees with."""
    by = collation.keyer(names, "en")
    assert by is collation._fast
    ordered = sorted(names, key=by)
    for a, b in pairwise(ordered):
        assert by(a) == by(b) or collation.sort_key(a, "en") <= collation.sort_key(b, "en")


def test_one_name_outside_ascii_sorts_the_whole_list_by_the_collation() -> None:
    by = collation.keyer(["Bob", "Ærin"], "en")
    assert by is not collation._fast
    assert sorted(["Bob", "Ærin", "adam"], key=by) == ["adam", "Ærin", "Bob"]
