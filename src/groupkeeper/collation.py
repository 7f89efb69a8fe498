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

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

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
    if table:  # the tailored letters as one character each, however the text was typed
        text = unicodedata.normalize("NFC", text).translate(table)
    return tuple(_collator().sort_key(text))


# Text of only these characters sorts by casefold() as the collation sorts it, once the
# punctuation is put in the collation's order (tests/test_collation.py holds them to it).
_SIMPLE = re.compile(r"[A-Za-z0-9 \-,.'()&]*\Z")
_FAST = str.maketrans({" ": "\x01", "-": "\x02", ",": "\x03", ".": "\x04", "'": "\x05",
                       "(": "\x06", ")": "\x07", "&": "\x08"})  # fmt: skip


def _fast(text: str) -> str:
    return text.casefold().translate(_FAST)


def keyer(texts: Iterable[str], locale: str | None = None) -> Callable[[str], Any]:
    """A sort key for these ``texts``: the collation's, or where every one of them is plain
    ASCII letters, digits and common punctuation, the same order without loading its table
    (a tenth of a second, which a window's start need not pay for an English list)."""
    if all(_SIMPLE.match(text) for text in texts):
        return _fast
    here = locale or i18n.current()
    return lambda text: sort_key(text, here)


def sort(items: Iterable[T], key: Callable[[T], str], locale: str | None = None) -> list[T]:
    """``items`` sorted by the words ``key`` gives, as the locale's readers expect."""
    listed = list(items)
    by = keyer((key(item) for item in listed), locale)
    return sorted(listed, key=lambda item: by(key(item)))
