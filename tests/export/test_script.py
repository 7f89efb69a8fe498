"""export/script.py: right-to-left names in visual order and joined, characters DejaVu lacks
printed in a font from the computer, and those no font has named in the export's warnings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from groupkeeper.export import script
from groupkeeper.export.registry import Document, Request, prepare, render, warnings
from groupkeeper.schedule.models import MeetingSeries
from groupkeeper.store import open_store
from tests.conftest import TODAY

HEBREW = "קבוצת שלום"  # "Shalom group": ק is the first letter, read rightmost
ARABIC = "مجموعة الأمل"  # "Hope group"
CJK = "中文小组"  # "Chinese group"


def glyphs(pdf_path: Path) -> list[tuple[str, float, float]]:
    """Every character drawn on the first page, with the left and bottom of its box."""
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        text = pdf[0].get_textpage()
        found = []
        for i in range(text.count_chars()):
            left, bottom, _right, _top = text.get_charbox(i, loose=True)
            found.append((text.get_text_range(i, 1), left, bottom))
        return found
    finally:
        pdf.close()


def line_with(found: list[tuple[str, float, float]], chars: set[str]) -> str:
    """The characters of the line holding ``chars``, left to right as drawn."""
    bottoms = {round(b) for ch, _x, b in found if ch in chars}
    assert bottoms, "not printed"
    row = min(bottoms)
    return "".join(ch for ch, _x, b in sorted(found, key=lambda g: g[1]) if round(b) == row)


@pytest.fixture
def no_system_fonts(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Only the fonts a test provides: none from fontconfig or the platform's folders."""
    monkeypatch.setattr(script, "_fontconfig", lambda ch: [])
    monkeypatch.delenv(script.FONT_DIRS_ENV, raising=False)
    script.fonts.cache_clear()
    yield
    script.fonts.cache_clear()


def flyer_named(demo_file: Path, name: str, out: Path) -> tuple[Path, tuple[str, ...]]:
    store = open_store(demo_file)
    with store.session() as s:
        series = s.scalars(select(MeetingSeries)).first()
        assert series is not None
        series.name = name
        s.commit()
        req = Request(Document.FLYER, first=TODAY, last=TODAY.replace(month=4))
        prepared = prepare(s, req, TODAY)
    store.close()
    drawn = render(prepared, req, out, printed=TODAY)
    return drawn, warnings(prepared)


def test_hebrew_prints_in_visual_order(demo_file: Path, tmp_path: Path) -> None:
    out, said = flyer_named(demo_file, HEBREW, tmp_path / "he.pdf")
    line = line_with(glyphs(out), set(HEBREW) - {" "})
    # Drawn left to right, the last word comes first and each word's letters are reversed.
    assert "םולש תצובק" in line
    assert not any("could not be printed" in w for w in said)


def test_arabic_prints_joined_and_in_visual_order(demo_file: Path, tmp_path: Path) -> None:
    out, said = flyer_named(demo_file, ARABIC, tmp_path / "ar.pdf")
    # Where each letter is drawn (PDFium reads the joined forms back as the letters they are):
    # read from the right, the line says the name in the order it is written.
    found = glyphs(out)
    line = line_with(found, set(ARABIC) - {" "})
    arabic = "".join(ch for ch in line if "\u0600" <= ch <= "\u06ff")
    assert arabic[::-1].startswith("مجموعة")  # the first word, rightmost
    assert arabic[::-1].endswith("مل")  # the last letters, leftmost
    # What is drawn: each letter in its joined (contextual) form from Arabic Presentation
    # Forms-B, as the font's ToUnicode map records them: meem at the start of a word in its
    # initial form (U+FEE3), teh marbuta at the end of one in its final form (U+FE94), and no
    # letter of the name left unjoined.
    drawn = next(
        line for line in PdfReader(out).pages[0].extract_text().splitlines() if "\ufee3" in line
    )
    assert {"\ufee3", "\ufe94", "\ufea0"} <= set(drawn)
    assert not set(ARABIC) - {" "} & set(drawn)
    assert not any("could not be printed" in w for w in said)


def make_cjk_font(path: Path, chars: str) -> Path:
    """A TrueType font with a square glyph for each of ``chars``: the test's own CJK font."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    names = [".notdef"] + [f"uni{ord(ch):04X}" for ch in chars]
    fb = FontBuilder(1000, isTTF=True)
    fb.setupGlyphOrder(names)
    fb.setupCharacterMap({ord(ch): f"uni{ord(ch):04X}" for ch in chars})
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 800))
        pen.lineTo((900, 800))
        pen.lineTo((900, 0))
        pen.closePath()
        glyphs[name] = pen.glyph()
    fb.setupGlyf(glyphs)
    fb.setupHorizontalMetrics({name: (1000, 100) for name in names})
    fb.setupHorizontalHeader(ascent=880, descent=-120)
    fb.setupNameTable({"familyName": "Test CJK", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
    fb.setupPost()
    fb.save(str(path))
    return path


def test_cjk_prints_in_a_fallback_font_found_on_the_computer(
    demo_file: Path, tmp_path: Path, no_system_fonts: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    make_cjk_font(fonts / "TestCJK.ttf", CJK)
    (fonts / "broken.ttf").write_bytes(b"not a font")  # skipped, not a failure
    monkeypatch.setenv(script.FONT_DIRS_ENV, str(fonts))
    out, said = flyer_named(demo_file, f"{CJK} 🙂", tmp_path / "zh.pdf")
    assert CJK in line_with(glyphs(out), set(CJK))
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        embedded = out.read_bytes()
    finally:
        pdf.close()
    assert b"TestCJK" in embedded or b"Test" in embedded  # the fallback's name, as a subset
    # The emoji is in no font here: the export names it, and where it was.
    (warning,) = [w for w in said if "could not be printed" in w]
    assert "🙂 (U+1F642)" in warning and CJK in warning
    assert "中" not in warning.split(":")[1].split(".")[0]  # the CJK letters printed


def test_with_no_font_for_them_the_export_names_the_characters_and_where(
    demo_file: Path, tmp_path: Path, no_system_fonts: None
) -> None:
    out, said = flyer_named(demo_file, CJK, tmp_path / "none.pdf")
    assert out.exists()
    (warning,) = [w for w in said if "could not be printed" in w]
    assert "中 (U+4E2D)" in warning and "组 (U+7EC4)" in warning
    assert f"“{CJK}”" in warning


def test_latin_text_is_only_escaped() -> None:
    assert script.markup("Tom & Jerry <b>") == "Tom &amp; Jerry &lt;b&gt;"
    assert script.visual("Élan 12") == "Élan 12"
