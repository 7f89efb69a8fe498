"""The core's words, plurals and dates in a reader's language.

The window's own words are Qt's (``ui/i18n.py`` and the ``.ts`` files). Everything outside
``ui/`` that a person reads (errors, labels, the starter library, and every word on paper)
goes through here: gettext catalogues in ``resources/locale/<lang>/LC_MESSAGES/``, whose
``.po`` sources are in the repository and whose ``.mo`` files are compiled with Babel when the
app is set up or packaged (``python3 dev.py translations`` refreshes the sources), and CLDR's
dates and times through Babel.

**Whose language.** Two people read the core's words: the person at the computer (an error,
a label in the window) and the group (the paper). ``_()`` speaks the language in force: the
person's, set once at start by :func:`use` (the window's chosen language, the command line's
``LANG``), unless a :func:`speaking` block says otherwise. Every document is read and drawn
inside ``speaking(<the group's locale>)``, so a French group's flyer is French from the command
line and from the window, on an English computer or any other.

**Marking words.** ``_("Every week")`` where the words are used; ``N_("...")`` marks a constant
made at import time (a table of labels) whose translation happens where it is used,
``_(CONSTANT)``; ``ngettext`` for a count ("1 member", "2 members"); ``pgettext`` where one
English word has two senses. Named fields, never positional: ``_("{n} members").format(n=n)``
lets a translator move them.

**Languages without a catalogue or without CLDR data.** A language the welcome offers with no
catalogue (Ukrainian, Portuguese, German, Polish, Russian for now) prints its dates and times in
its own words from CLDR and its labels in English; :func:`fallback_note` says so in words the
window shows. CLDR has no Cree or Ojibwe: their groups get Canadian English dates
(``FALLBACK_LOCALES``), the choice Cree and Ojibwe communities' own bilingual print uses, and
English labels; the note says so too.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date, time
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from babel import Locale

DOMAIN = "groupkeeper"

# The languages whose catalogues are complete (a test holds them to it).
CATALOGUED = ("en", "fr", "es")

# Languages CLDR does not know, and the locale their dates are printed in instead.
FALLBACK_LOCALES = {"cr": "en_CA", "oj": "en_CA"}

_person = "en"
_speaking: ContextVar[str | None] = ContextVar("groupkeeper_speaking", default=None)


def use(language: str) -> None:
    """Set the person's language: the core's words outside a :func:`speaking` block."""
    global _person
    _person = normalise(language) or "en"


def person() -> str:
    return _person


def current() -> str:
    """The locale in force: ``fr_CA``, ``es``, ``en``."""
    return _speaking.get() or _person


@contextmanager
def speaking(locale: str) -> Iterator[None]:
    """Speak ``locale`` (a group's, say) in this block, on this thread only."""
    token = _speaking.set(normalise(locale) or "en")
    try:
        yield
    finally:
        _speaking.reset(token)


def normalise(tag: str) -> str:
    """``fr-CA``, ``fr_CA.UTF-8`` and ``fr_ca`` are ``fr_CA``; ``C`` and ``POSIX`` are ``en``."""
    tag = tag.split(".")[0].split("@")[0].replace("-", "_").strip()
    if not tag or tag in ("C", "POSIX"):
        return "en" if tag else ""
    lang, _sep, region = tag.partition("_")
    return f"{lang.lower()}_{region.upper()}" if region else lang.lower()


def group_locale(language: str, country: str) -> str:
    """The locale a group's paper is printed in: its language, in its country when CLDR knows
    that pair (``fr`` in ``CA`` is ``fr_CA``: "19 h 00")."""
    lang = normalise(language) or "en"
    if country and "_" not in lang:
        candidate = f"{lang}_{country.upper()}"
        from babel import localedata

        if localedata.exists(candidate):
            return candidate
    return lang


def _language(locale: str) -> str:
    return locale.split("_")[0]


@lru_cache(maxsize=16)
def catalogue(language: str) -> gettext.NullTranslations:
    """The compiled catalogue for ``language``, or English's (the words as written)."""
    from importlib import resources

    # As paths.resource_dir finds it; read here without it, since paths' messages use this.
    folder = Path(str(resources.files("groupkeeper"))) / "resources" / "locale"
    try:
        return gettext.translation(DOMAIN, str(folder), languages=[language])
    except OSError:
        return gettext.NullTranslations()


def has_catalogue(language: str) -> bool:
    lang = _language(normalise(language))
    return lang == "en" or type(catalogue(lang)) is not gettext.NullTranslations


def _(message: str) -> str:
    """``message`` in the language in force."""
    return catalogue(_language(current())).gettext(message)


def N_(message: str) -> str:
    """Marks ``message`` for the catalogue; it is translated where it is used, ``_(message)``."""
    return message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted phrase the language's plural rules choose for ``n``."""
    return catalogue(_language(current())).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    return catalogue(_language(current())).pgettext(context, message)


# ---------------------------------------------------------------------- dates, from CLDR


@lru_cache(maxsize=32)
def babel_locale(locale: str) -> Locale:
    """Babel's Locale for ``locale``; Cree and Ojibwe, and anything CLDR lacks, fall back
    (``FALLBACK_LOCALES``, else the language alone, else English)."""
    from babel import Locale, UnknownLocaleError

    loc = normalise(locale) or "en"
    for tag in (FALLBACK_LOCALES.get(_language(loc), loc), _language(loc), "en"):
        try:
            return Locale.parse(tag)
        except (UnknownLocaleError, ValueError):
            continue
    raise AssertionError("CLDR has no English")  # pragma: no cover


def has_cldr(language: str) -> bool:
    from babel import localedata

    return localedata.exists(normalise(language) or "en")


def uses_12_hour(locale: str | None = None) -> bool:
    """Whether the locale's clock reads "7:00 PM" rather than "19:00"."""
    pattern = babel_locale(locale or current()).time_formats["short"].pattern
    pattern = re.sub(r"'[^']*'", "", pattern)  # quoted words: "HH 'h' mm" is 24-hour
    return "h" in pattern or "K" in pattern


def _plain(text: str) -> str:
    # CLDR puts narrow and ordinary no-break spaces in some formats ("7:00\u202fPM"); a PDF
    # reader's search and copy want plain spaces, and the bundled font has no U+202F.
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def format_time(t: time, locale: str | None = None) -> str:
    """ "7:00 PM" (en), "19:00" (fr), "19 h 00" (fr_CA)."""
    from babel import dates

    loc = babel_locale(locale or current())
    # The house style in English, on both sides of the border: "7:00 PM".
    form = "h:mm a" if loc.language == "en" else "short"
    return _plain(dates.format_time(t, form, locale=babel_locale("en") if form != "short" else loc))


def format_date(d: date, *, year: bool = True, weekday: bool = True, long: bool = False,
                locale: str | None = None) -> str:  # fmt: skip
    """A date in the locale's words: "Tue 1 Dec 2026", "mar. 1 déc. 2026", "mar, 1 dic 2026";
    ``long`` spells it out: "Tuesday 1 December", "martes, 1 de diciembre"."""
    from babel import dates

    loc = babel_locale(locale or current())
    if loc.language == "en" and not long:
        # The house style in English: unambiguous on both sides of the border.
        text = dates.format_date(d, "EEE d MMM" if weekday else "d MMM", locale=loc)
        return _plain(f"{text} {d.year}" if year else text)
    skeleton = ("yMMMM" if year else "MMMM") if long else ("yMMM" if year else "MMM")
    skeleton = "E" * weekday + skeleton + "d"
    pattern = loc.datetime_skeletons[dates.match_skeleton(skeleton, loc.datetime_skeletons)]
    text = str(pattern.pattern)
    if long:  # CLDR's skeletons abbreviate the weekday; spelt out, it is "EEEE"
        text = re.sub(r"E+|c+", "EEEE", text)
    return _plain(dates.format_date(d, text, locale=loc))


def format_month(d: date, locale: str | None = None) -> str:
    """ "December 2026", "décembre 2026", "diciembre de 2026"."""
    from babel import dates

    return _plain(dates.format_skeleton("yMMMM", d, locale=babel_locale(locale or current())))


def day_name(weekday: int, locale: str | None = None, *, short: bool = False) -> str:
    """Monday is 0, as in ``date.weekday()``; the name stand-alone ("lundi", "Montag");
    ``short``: "Tue", "mar."."""
    loc = babel_locale(locale or current())
    return str(loc.days["stand-alone"]["abbreviated" if short else "wide"][weekday])


def language_name(language: str, locale: str | None = None) -> str:
    """``fr`` in the reader's words: "French", "français"."""
    loc = babel_locale(locale or current())
    return str(loc.languages.get(_language(language), language))


def fallback_note(language: str) -> str | None:
    """What printing in ``language`` will look like where it is not complete, or None."""
    lang = _language(normalise(language) or "en")
    if has_catalogue(lang):
        return None
    if lang in FALLBACK_LOCALES:
        return _(
            "Printed dates for this language are in Canadian English, since the common "
            "locale data has no {language} yet; printed labels are in English."
        ).format(language=language_name(lang))
    return _(
        "Printed dates and times will be in {language}; printed labels (headings, notices) "
        "will be in English until GroupKeeper has a {language} translation."
    ).format(language=language_name(lang))
