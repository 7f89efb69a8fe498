"""The preview draws only what it shows: the first page of a long document, not all of it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from groupkeeper.export import styles
from groupkeeper.export.paper import Paper
from groupkeeper.export.preview import preview
from groupkeeper.export.registry import Document, Request, prepare, render
from groupkeeper.export.styles import PageLimit, make_styles, write_pdf
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import ResourceInput
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY

WIDTH = 360


@pytest.fixture
def long_handout(store: GroupStore) -> Request:
    """A library whose handout runs to dozens of pages."""
    words = "Keep coming back; it works if you work it, and you are worth it. " * 30
    with store.session() as s, s.begin():
        for n in range(120):
            library.create_resource(s, ResourceInput(Kind.READING, f"Reading {n}", words))
    return Request(Document.HANDOUT)


@pytest.fixture
def pages_built(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many pages reportlab finishes, counted as it finishes each."""
    built: list[int] = []
    show = Canvas.showPage

    def counted(canvas: Canvas) -> None:
        built.append(canvas.getPageNumber())
        show(canvas)

    monkeypatch.setattr(Canvas, "showPage", counted)
    return built


def _first_page(pdf_path: Path) -> bytes:
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        page = pdf[0]
        return bytes(page.render(scale=WIDTH / page.get_width()).buffer)
    finally:
        pdf.close()


def test_a_long_document_s_preview_builds_one_page_of_many(
    store: GroupStore, long_handout: Request, tmp_path: Path, pages_built: list[int]
) -> None:
    with store.session() as s:
        data = prepare(s, long_handout, TODAY)
    whole = render(data, long_handout, tmp_path / "whole.pdf")
    total = len(PdfReader(whole).pages)
    assert total >= 30 and len(pages_built) == total  # the counter sees every page drawn
    pages_built.clear()
    shown = preview(data, long_handout, tmp_path, WIDTH)
    assert len(pages_built) <= 2  # not the other pages of the whole document
    assert (shown.known, shown.pages, shown.sheet) == (False, 2, False)  # "Page 1 of at least 2"
    # And it is the page the saved PDF starts with, but for the footer: cut short, the preview
    # cannot know the number of pages ("page 1", where the saved file says "page 1 of 34").
    above = shown.stride * int(shown.height * 0.92)
    assert shown.pixels[:above] == _first_page(whole)[:above]
    assert shown.pixels != _first_page(whole)


def test_a_long_booklet_s_preview_is_its_first_page_unfolded(
    store: GroupStore, long_handout: Request, tmp_path: Path, pages_built: list[int]
) -> None:
    req = Request(Document.HANDOUT, Paper.BOOKLET)
    with store.session() as s:
        data = prepare(s, req, TODAY)
    shown = preview(data, req, tmp_path, WIDTH)
    assert len(pages_built) <= 4  # one folded sheet's pages at the most
    assert (shown.known, shown.pages, shown.sheet) == (False, 5, False)
    assert shown.height > shown.width  # a half-letter page, not a landscape sheet


def test_a_short_document_s_preview_counts_its_pages(demo_file: Path, tmp_path: Path) -> None:
    phones = Request(Document.PHONE_LIST)
    with open_store(demo_file) as store, store.session() as s:
        data = prepare(s, phones, TODAY)
    one = preview(data, phones, tmp_path, WIDTH)
    assert (one.known, one.pages, one.sheet) == (True, 1, False)  # "Page 1 of 1"
    # One half page is not folded into a booklet: it prints two-up on one side of a sheet.
    sheet = preview(data, Request(Document.PHONE_LIST, Paper.BOOKLET), tmp_path, WIDTH)
    assert (sheet.known, sheet.pages, sheet.sheet) == (True, 1, False)
    assert sheet.width > sheet.height
    # Three or four half pages fold: the preview counts sheets of paper (two sides each),
    # not sides. (The crisis page and the crisis lines: one folded sheet.)
    req = Request(Document.HANDOUT, Paper.BOOKLET, tag="crisis")
    with open_store(demo_file) as store, store.session() as s:
        handout = prepare(s, req, TODAY)
    folded = preview(handout, req, tmp_path, WIDTH)
    sides = len(PdfReader(render(handout, req, tmp_path / "handout.pdf")).pages)
    assert (folded.known, folded.sheet, folded.pages) == (True, True, 1) and sides == 2


def test_a_limited_story_is_made_only_as_far_as_the_page_needs(tmp_path: Path) -> None:
    st = make_styles()
    made: list[int] = []

    def story(_width: float) -> Iterator[object]:
        for n in range(10_000):
            made.append(n)
            yield Paragraph(f"Line {n}", st.body)

    limit = PageLimit(1)
    out = write_pdf(tmp_path / "cut.pdf", group_name="G", title="t", subject="s", story=story,
                    paper=Paper.LETTER, limit=limit)  # fmt: skip
    assert len(PdfReader(out).pages) == 1 and limit.more
    assert len(made) <= 60 + styles.AHEAD  # a page's lines and the look-ahead, of 10,000

    short = PageLimit(1)
    out = write_pdf(tmp_path / "short.pdf", group_name="G", title="t", subject="s",
                    story=lambda _w: [Paragraph("Only line", st.body)], paper=Paper.LETTER,
                    limit=short)  # fmt: skip
    assert len(PdfReader(out).pages) == 1 and not short.more
