"""export/frame.py: the notice, the group's name and "page N of M" on every page, never
clipped, never nearer the paper's edge than 6 mm, and large in large print."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import update

from groupkeeper.export.frame import EDGE, fit
from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document, Request, prepare, render
from groupkeeper.export.script import FONT, register_fonts
from groupkeeper.group.models import Group
from groupkeeper.materials.service import upcoming
from groupkeeper.store import open_store
from tests.conftest import TODAY
from tests.export.pdfcheck import MM, language_of, outside_margin, runs

LONG_NAME = ("Elm Falls Tuesday and Thursday Evening Hope, Recovery and Fellowship Group "
             "of the United Church Basement, Lower Hall, Rooms A and B")  # fmt: skip


def _print(file: Path, doc: Document, out: Path, paper: Paper = Paper.LETTER,
           large: bool = False) -> Path:  # fmt: skip
    store = open_store(file)
    with store.session() as s:
        meeting = upcoming(s, TODAY)[0]
        req = Request(doc, paper, large, meeting=meeting, names=True, notes=True)
        data = prepare(s, req, TODAY)
    store.close()
    return render(data, req, out, printed=TODAY)


@pytest.mark.parametrize("doc", list(Document))
def test_every_page_says_page_n_of_m_and_the_document_its_language(
    doc: Document, demo_file: Path, tmp_path: Path
) -> None:
    out = _print(demo_file, doc, tmp_path / f"{doc.name}.pdf", Paper.A4)
    pages = [p.extract_text() or "" for p in PdfReader(out).pages]
    for number, text in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in " ".join(text.split())
    assert language_of(out) == "en-CA"  # the demo group: English, in Canada


def test_a_french_group_s_paper_declares_french(demo_file: Path, tmp_path: Path) -> None:
    store = open_store(demo_file)
    with store.session() as s, s.begin():
        s.execute(update(Group).values(language="fr", country="CA"))
    store.close()
    out = _print(demo_file, Document.FLYER, tmp_path / "fr.pdf")
    assert language_of(out) == "fr-CA"
    assert "page 1 sur" in (PdfReader(out).pages[0].extract_text() or "")


@pytest.mark.parametrize(
    ("doc", "paper", "large"),
    [
        (Document.PHONE_LIST, Paper.BOOKLET, True),  # the "E KEEP PRIVATE … do not post or"
        (Document.PHONE_LIST, Paper.LETTER, False),
        (Document.PAIRINGS, Paper.LETTER, True),
        (Document.PACKET, Paper.A4, True),
        (Document.FLYER, Paper.BOOKLET, False),
    ],
)
def test_a_long_name_and_the_notice_fit_and_keep_6_mm_from_every_edge(
    doc: Document, paper: Paper, large: bool, demo_file: Path, tmp_path: Path
) -> None:
    store = open_store(demo_file)
    with store.session() as s, s.begin():
        s.execute(update(Group).values(name=LONG_NAME))
    store.close()
    out = _print(demo_file, doc, tmp_path / "long.pdf", paper, large)
    near = outside_margin(out, 6.0, halves=paper.is_booklet)
    assert [(r.page, r.text[:40], round(r.x), round(r.y)) for r in near] == []
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    for word in LONG_NAME.split():  # the whole name, wrapped rather than cut
        assert word in text
    if doc in (Document.PHONE_LIST, Document.PAIRINGS):
        notice = "PLEASE KEEP PRIVATE" if doc is Document.PHONE_LIST else "CONFIDENTIAL"
        framed = len(re.findall(r"page \d+ of \d+", text))  # each page with content (a booklet's
        assert text.count(notice) >= 2 * framed  # padding pages are blank): top and bottom
    if doc is Document.PHONE_LIST:
        assert "do not post or share" in text  # the whole notice, wrapped rather than cut
    if large:  # the frame itself is large print: the footer and the notice
        frame = [r for r in runs(out) if r.y < 40 * MM or r.y > r.page_height - 25 * MM]
        assert frame and min(r.size for r in frame) >= 16


@given(st.text(alphabet="abc defghij klmnop", min_size=1, max_size=120))
def test_fitting_keeps_every_word_and_every_line_within_its_width(text: str) -> None:
    register_fonts()
    width = 120.0
    set_ = fit(text, FONT, 11, 7, width)
    assert all(stringWidth(line, FONT, set_.size) <= width + 0.01 for line in set_.lines)
    assert "".join(set_.lines).replace(" ", "") == text.replace(" ", "")
    assert 7 <= set_.size <= 11


def test_the_edge_is_six_millimetres() -> None:
    assert round(EDGE / MM, 3) == 6.0


@given(st.text(max_size=40), st.floats(min_value=-500, max_value=50))
def test_fitting_ends_whatever_the_width_even_none(text: str, width: float) -> None:
    """A French large-print booklet's stamp left the name no room at all (a negative width),
    and the wrapping never ended."""
    register_fonts()
    set_ = fit(text, FONT, 16, 16, width)
    assert "".join("".join(set_.lines).split()) == "".join(text.split())


def test_a_french_large_print_booklet_is_drawn(demo_file: Path, tmp_path: Path) -> None:
    store = open_store(demo_file)
    with store.session() as s, s.begin():
        s.execute(update(Group).values(language="fr", country="CA"))
    store.close()
    out = _print(demo_file, Document.PACKET, tmp_path / "fr.pdf", Paper.BOOKLET, large=True)
    assert outside_margin(out, 6.0, halves=True) == []
