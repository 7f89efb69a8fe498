"""Every document, on every paper it takes, in standard and large print, read back page by
page: no text nearer the paper's edge than 6 mm (a booklet's half pages each), nothing under
16 pt in large print, "page N of M" and the group's language declared, and no note meant for
the secretary on anything members hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document, Request, prepare, render
from groupkeeper.materials.service import upcoming
from groupkeeper.store import open_store
from tests.conftest import TODAY
from tests.export.pdfcheck import language_of, outside_margin, smallest

# A note for whoever keeps the library, never for the person holding the page.
SECRETARY = ("Check this number", "add local crisis and support lines")


def _cases() -> list[tuple[Document, Paper, bool]]:
    cases = []
    for doc in Document:
        papers = [Paper.LETTER, Paper.A4] + (
            [Paper.BOOKLET, Paper.BOOKLET_A4] if doc.booklet else []
        )
        for paper in papers:
            for large in (False, True) if doc.large_print else (False,):
                cases.append((doc, paper, large))
    return cases


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from groupkeeper.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("every") / "demo.groupkeeper", TODAY)


@pytest.mark.parametrize(("doc", "paper", "large"), _cases())
def test_every_page_of_every_document_is_right_for_the_person_holding_it(
    doc: Document, paper: Paper, large: bool, demo: Path, tmp_path: Path
) -> None:
    with open_store(demo) as store, store.session() as s:
        meeting = upcoming(s, TODAY)[0]
        req = Request(
            doc, paper, large, meeting=meeting, names=True,
            first=TODAY, last=TODAY.replace(month=TODAY.month + 2),
        )  # fmt: skip
        data = prepare(s, req, TODAY)
    out = render(data, req, tmp_path / "doc.pdf", printed=TODAY)
    near = outside_margin(out, 6.0, halves=paper.is_booklet)
    assert [(r.page, r.text[:30], round(r.x), round(r.y), r.size) for r in near] == []
    if large:
        assert smallest(out) >= 16
    text = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    whole = " ".join(text)
    found = re.findall(r"page (\d+) of (\d+)", whole)
    numbers, of = [int(n) for n, _m in found], {int(m) for _n, m in found}
    assert len(of) == 1
    pages = list(range(1, of.pop() + 1))
    assert sorted(set(numbers)) == pages  # every page there (two-up prints one twice)
    if not paper.is_booklet:  # a booklet's sheets hold its pages in folding order
        assert numbers == pages
    assert language_of(out) == "en-CA"
    assert not any(note in whole for note in SECRETARY)
