"""Names in the order a reader of the language expects, not by code point.

The Unicode Collation Algorithm with its default table (DUCET, through pyuca) puts Ærin with
the A's, Çağla with the C's, Đức with the D's, Łukasz with the L's and Cyrillic and Greek in
their own alphabets' order, for every language at once. A few languages we offer treat a
letter the table reads as an accented one as a letter of its own, sorted after its base:
Spanish ñ, Polish ą ć ę ł ń ó ś ź ż. ``TAILORINGS`` moves those, by spelling each as its base
letter followed by a private-use character the table sorts after every letter.

pyuca was chosen for its size: one 1.8 MB text table (about 0.3 MB in the installer, the only
one of its five tables the bundle carries), read once, in a tenth of a second, the first time
something is sorted. ICU does this fully but has no wheels (PyICU) or comes inside Qt, which
the core does not import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, TypeVar

from groupkeeper import i18n

if TYPE_CHECKING:
    from pyuca import Collator

T = TypeVar("T")

# Letters sorted as letters of their own after their base letter: language -> alphabet order.
TAILORINGS: dict[str, tuple[tuple[str, str], ...]] = {
    "es": (("ñ", "n"),),
    "pl": (
        ("ą", "a"), ("ć", "c"), ("ę", "e"), ("ł", "l"), ("ń", "n"), ("ó", "o"), ("ś", "s"),
        ("ź", "z"), ("ż", "z"),
    ),
}  # fmt: skip
_AFTER = 0xF0000  # Supplementary Private Use Area-A: after every letter in DUCET


@lru_cache(maxsize=1)
def _collator() -> Collator:
    from pyuca import Collator

    return Collator()


@lru_cache(maxsize=8)
def _table(language: str) -> dict[int, str]:
    table: dict[int, str] = {}
    for n, (letter, base) in enumerate(TAILORINGS.get(language, ())):
        spelt = base + chr(_AFTER + n)
        table[ord(letter)] = spelt
        table[ord(letter.upper())] = base.upper() + chr(_AFTER + n)
    return table


def sort_key(text: str, locale: str | None = None) -> tuple[int, ...]:
    """A key that sorts ``text`` as the locale's readers expect (the locale in force unless
    given)."""
    language = (locale or i18n.current()).split("_")[0]
    table = _table(language)
    if table:
        text = text.translate(table)
    return tuple(_collator().sort_key(text))


def sort(items: Iterable[T], key: Callable[[T], str], locale: str | None = None) -> list[T]:
    """``items`` sorted by the words ``key`` gives, as the locale's readers expect."""
    return sorted(items, key=lambda item: sort_key(key(item), locale))
