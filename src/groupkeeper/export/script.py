"""Text onto paper in any script: right to left in visual order, Arabic joined, and characters
the bundled font lacks drawn in a font found on the computer, or else reported.

reportlab lays text out left to right, a character to a glyph. So before text is drawn:

- a run with Hebrew or Arabic letters is put into visual order by the Unicode bidirectional
  algorithm (python-bidi), after Arabic letters are joined into their contextual forms
  (arabic-reshaper: the presentation forms DejaVu Sans carries);
- each character the bundled DejaVu Sans lacks (Chinese, Japanese, Korean, many emoji) is drawn
  in the first font on the computer that has it: Windows' and macOS's font folders, and on
  Linux whatever fontconfig lists, each read once and embedded as a subset like DejaVu. A
  TrueType font is needed (reportlab cannot embed PostScript-outline OpenType);
- a character no font has is left as the font's empty box, and :func:`watching` collects it,
  with the text it was in, so the export can say what could not be printed and where.

A paragraph that wraps onto several lines is reordered as one line, which puts a long
right-to-left paragraph's lines in the wrong order; names, titles and short notes, which is
what a group writes in these scripts, fit on a line.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from string import Formatter
from xml.sax.saxutils import escape

from groupkeeper import paths
from groupkeeper.i18n import _

FONT = "GKSans"
FONT_BOLD = "GKSans-Bold"
_registered = False

_RTL = {"R", "AL"}
FONT_SUFFIXES = (".ttf", ".ttc", ".otf")
# Folders looked in first, before the platform's: GROUPKEEPER_FONT_DIRS, os.pathsep-separated.
FONT_DIRS_ENV = "GROUPKEEPER_FONT_DIRS"
# A missing character is reported with at most this much of the text it was in.
WHERE_CHARS = 40


def register_fonts() -> None:
    """Register the bundled DejaVu Sans faces once; reportlab embeds a subset in each PDF."""
    global _registered
    if _registered:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = paths.resource_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    _registered = True


# ---------------------------------------------------------------------- right to left


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def visual(text: str) -> str:
    """``text`` in the order its characters are drawn, left to right; Arabic joined."""
    if not has_rtl(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


# ---------------------------------------------------------------------- fonts


@dataclass
class Missing:
    """What :func:`watching` saw: each character no font could draw, and where it was."""

    chars: dict[str, list[str]] = field(default_factory=dict)

    def add(self, ch: str, where: str) -> None:
        places = self.chars.setdefault(ch, [])
        if where not in places and len(places) < 3:
            places.append(where)

    def report(self) -> str | None:
        """The words the export shows, or None when everything printed."""
        if not self.chars:
            return None
        shown = " ".join(
            f"{ch} (U+{ord(ch):04X})" if ch.isprintable() else f"U+{ord(ch):04X}"
            for ch in sorted(self.chars)
        )
        places = []
        for where in (w for ws in self.chars.values() for w in ws):
            if where not in places:
                places.append(where)
        return _(
            "Some characters could not be printed, since no font on this computer has them, "
            "and show as empty boxes: {chars}. They are in: {places}. Installing a font for "
            "that script (such as Noto Sans) lets GroupKeeper print them."
        ).format(chars=shown, places="; ".join(f"“{p}”" for p in places[:6]))


_watch: ContextVar[Missing | None] = ContextVar("groupkeeper_missing", default=None)


@contextmanager
def watching() -> Iterator[Missing]:
    """Collect, in this block, the characters that could not be printed."""
    missing = Missing()
    token = _watch.set(missing)
    try:
        yield missing
    finally:
        _watch.reset(token)


def font_dirs() -> list[Path]:
    """Where fonts are looked for: GROUPKEEPER_FONT_DIRS, then the platform's folders."""
    dirs = [Path(d) for d in os.environ.get(FONT_DIRS_ENV, "").split(os.pathsep) if d]
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        dirs += [windir / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    elif sys.platform == "darwin":
        dirs += [
            Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"), home / "Library" / "Fonts",
        ]  # fmt: skip
    return dirs


def _fontconfig(ch: str) -> list[Path]:
    """The font files fontconfig says have ``ch`` (Linux and BSD); [] without fontconfig."""
    fc_list = shutil.which("fc-list")
    if not fc_list or sys.platform in ("win32", "darwin"):
        return []
    try:
        found = subprocess.run(
            [fc_list, f":charset={ord(ch):x}", "file"],
            capture_output=True, text=True, timeout=10, check=False,
        )  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(Path(line.strip().rstrip(":")) for line in found.stdout.splitlines() if line)


_numbers = itertools.count()


@dataclass
class _Face:
    name: str  # as registered with reportlab
    chars: frozenset[int]


class Fonts:
    """The bundled font's characters, and fallback faces found as they are needed."""

    def __init__(self, base: str) -> None:
        from reportlab.pdfbase import pdfmetrics

        register_fonts()
        self.base = base
        self.base_chars = frozenset(pdfmetrics.getFont(base).face.charToGlyph)
        self.faces: list[_Face] = []
        self.tried: set[Path] = set()
        self.none: set[str] = set()  # characters no font has

    def _load(self, path: Path) -> list[_Face]:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        self.tried.add(path)
        faces: list[_Face] = []
        for index in range(8 if path.suffix.lower() == ".ttc" else 1):
            name = f"GKFallback{next(_numbers)}"  # unique across the regular and bold faces
            try:
                font = TTFont(name, str(path), subfontIndex=index)
            except Exception:  # not TrueType, damaged, or no such face
                break
            pdfmetrics.registerFont(font)
            faces.append(_Face(name, frozenset(font.face.charToGlyph)))
        self.faces += faces
        return faces

    def _candidates(self, ch: str) -> Iterable[Path]:
        for folder in font_dirs():
            try:
                files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
            except OSError:
                continue
            yield from files
        yield from _fontconfig(ch)

    def face_for(self, ch: str) -> str | None:
        """The registered font to draw ``ch`` in, or None when no font has it."""
        code = ord(ch)
        if code in self.base_chars:
            return self.base
        for face in self.faces:
            if code in face.chars:
                return face.name
        if ch in self.none:
            return None
        for path in self._candidates(ch):
            if path in self.tried:
                continue
            for face in self._load(path):
                if code in face.chars:
                    return face.name
        self.none.add(ch)
        return None


@lru_cache(maxsize=4)
def fonts(base: str) -> Fonts:
    return Fonts(base)


def _skip(ch: str) -> bool:
    """Characters nobody needs a glyph for: controls, joiners, marks of direction."""
    return unicodedata.category(ch) in ("Cc", "Cf") or ch in "\n\t"


def runs(text: str, base: str) -> list[tuple[str, str]]:
    """``text`` (already in visual order) cut into runs of (font name, text); characters no
    font has stay in ``base`` and are noted with :func:`watching`'s collector."""
    found = fonts(base)
    watch = _watch.get()
    out: list[tuple[str, str]] = []
    for ch in text:
        if _skip(ch):
            continue
        name = found.face_for(ch)
        if name is None:
            if watch is not None:
                watch.add(ch, text if len(text) <= WHERE_CHARS else text[:WHERE_CHARS] + "…")
            name = base
        if out and out[-1][0] == name:
            out[-1] = (name, out[-1][1] + ch)
        else:
            out.append((name, ch))
    return out


def markup(text: str, base: str | None = None) -> str:
    """``text`` as Paragraph markup: in visual order, escaped, and with any run the bundled
    font lacks set in a fallback font."""
    base = base or FONT
    if all(ord(ch) < 0x250 for ch in text):  # Latin: DejaVu has it all
        return escape(text)
    parts = []
    for name, run in runs(visual(text), base):
        parts.append(escape(run) if name == base else f'<font face="{name}">{escape(run)}</font>')
    return "".join(parts)


def filled(template: str, **values: str) -> str:
    """A translated ``template`` as Paragraph markup, its words put through ``markup`` and its
    ``{fields}`` replaced by ``values``, which are markup already: "Call <b>988</b>" from
    "Call {number}". (The template is never put through ``markup`` whole: right-to-left
    reordering would turn its braces around.)"""
    out = []
    for words, name, _spec, _conversion in Formatter().parse(template):
        out.append(markup(words))
        if name is not None:
            out.append(values[name])
    return "".join(out)


def draw(canvas: object, x: float, y: float, text: str, font: str, size: float,
         align: str = "left") -> None:  # fmt: skip
    """Draw one line on a canvas, as :func:`markup` does for a Paragraph; ``align`` is
    "left", "centre" or "right" about ``x``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pieces = runs(visual(text), font)
    width = sum(stringWidth(run, name, size) for name, run in pieces)
    left = x - width if align == "right" else x - width / 2 if align == "centre" else x
    for name, run in pieces:
        canvas.setFont(name, size)  # type: ignore[attr-defined]
        canvas.drawString(left, y, run)  # type: ignore[attr-defined]
        left += stringWidth(run, name, size)
