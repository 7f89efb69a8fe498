"""Booklets as the printer gets them: double-sided on the short edge at actual size, on
letter or A4, and a document of one or two half pages two-up instead of folded."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.export.paper import MM, Paper
from groupkeeper.export.registry import Document, Request, prepare, render
from groupkeeper.store import open_store
from tests.conftest import TODAY
from tests.export.pdfcheck import language_of, outside_margin, runs


def _print(file: Path, req: Request, out: Path) -> Path:
    with open_store(file) as store, store.session() as s:
        data = prepare(s, req, TODAY)
    return render(data, req, out, printed=TODAY)


@pytest.mark.parametrize(
    ("paper", "sheet"), [(Paper.BOOKLET, (792.0, 612.0)), (Paper.BOOKLET_A4, (297 * MM, 210 * MM))]
)
def test_a_folded_booklet_asks_for_short_edge_duplex_at_actual_size(
    paper: Paper, sheet: tuple[float, float], demo_file: Path, tmp_path: Path
) -> None:
    out = _print(demo_file, Request(Document.HANDOUT, paper), tmp_path / "handout.pdf")
    reader = PdfReader(out)
    prefs = reader.trailer["/Root"]["/ViewerPreferences"]  # type: ignore[index]
    assert (prefs["/Duplex"], prefs["/PrintScaling"]) == ("/DuplexFlipShortEdge", "/None")
    for page in reader.pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(sheet, abs=0.5)
    assert len(reader.pages) % 2 == 0  # each sheet printed on both sides
    assert language_of(out) == "en-CA"  # kept through the imposition
    assert outside_margin(out, 6.0, halves=True) == []


def test_one_half_page_prints_two_up_on_one_side_not_folded(
    demo_file: Path, tmp_path: Path
) -> None:
    out = _print(demo_file, Request(Document.PHONE_LIST, Paper.BOOKLET_A4), tmp_path / "p.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) == 1  # one side of one sheet, nothing blank
    assert "/Duplex" not in reader.trailer["/Root"]["/ViewerPreferences"]  # type: ignore[index]
    titles = [r for r in runs(out) if r.text.startswith("Elm Falls Hope Group") and r.size > 12]
    halves = {r.x < r.page_width / 2 for r in titles}
    assert halves == {True, False}  # the same page on the left half and the right
