"""The group's contact and its QR code on the flyer: printed only when the group chose to print
its contact there, the code only for a website, and the code read back module by module."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.graphics.barcode import qrencoder

from groupkeeper.export.paper import Paper
from groupkeeper.group.contact import ContactPlace, GroupContact
from groupkeeper.schedule import service
from tests.conftest import series_input
from tests.export.test_flyer import draw, group_store, pdf_text

FIRST, LAST = date(2026, 3, 1), date(2026, 5, 31)
WEBSITE = "https://elmfalls.example.org"
PHONE = "+1 (555) 010-0100"
ON_FLYER = frozenset({ContactPlace.SCHEDULE})


def filled_rects(path: Path) -> list[tuple[int, float, float, float, float]]:
    """Every filled rectangle drawn, as (page, x, y, width, height) on the paper."""
    found: list[tuple[int, float, float, float, float]] = []
    for n, page in enumerate(PdfReader(path).pages):
        ops = ContentStream(page.get_contents(), page.pdf).operations
        ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        saved: list[list[float]] = []
        pending: list[tuple[float, float, float, float]] = []
        for operands, op in ops:
            if op == b"q":
                saved.append(ctm)
            elif op == b"Q":
                ctm = saved.pop()
            elif op == b"cm":
                a, b, c, d, e, f = (float(v) for v in operands)
                m = ctm
                ctm = [
                    a * m[0] + b * m[2], a * m[1] + b * m[3],
                    c * m[0] + d * m[2], c * m[1] + d * m[3],
                    e * m[0] + f * m[2] + m[4], e * m[1] + f * m[3] + m[5],
                ]  # fmt: skip
            elif op == b"re":
                x, y, w, h = (float(v) for v in operands)
                pending.append((
                    ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5],
                    w * ctm[0], h * ctm[3],
                ))  # fmt: skip
            elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
                found.extend((n, *r) for r in pending)
                pending = []
            elif op in (b"n", b"S", b"s"):
                pending = []
    return found


def qr_codes(path: Path) -> list[set[tuple[int, int]]]:
    """The QR codes drawn, each as its dark modules, (row, column) from its top-left dark
    module. A QR code is drawn as runs of dark modules one module high, each a filled
    rectangle: the rectangles of the most common height, in clusters with more than a quiet
    zone (four modules) of paper between them (a booklet may print a page twice on a sheet)."""
    by_height: dict[tuple[int, float], list[tuple[float, float, float, float]]] = {}
    for page, x, y, w, h in filled_rects(path):
        by_height.setdefault((page, round(h, 2)), []).append((x, y, w, h))
    rects = max(by_height.values(), key=len, default=[])
    if len(rects) < 21:  # the smallest code has 21 rows of modules, each with a dark run
        return []
    size = min(w for _x, _y, w, _h in rects)  # some run is one module long
    clusters: list[list[tuple[float, float, float, float]]] = []
    for rect in sorted(rects):  # by left edge
        last = clusters[-1] if clusters else None
        if last is not None and rect[0] <= max(x + w for x, _y, w, _h in last) + 4 * size:
            last.append(rect)
        else:
            clusters.append([rect])
    codes = []
    for cluster in clusters:
        left, top = min(x for x, *_ in cluster), max(y for _x, y, *_ in cluster)
        dark: set[tuple[int, int]] = set()
        for x, y, w, _h in cluster:
            row, col = round((top - y) / size), round((x - left) / size)
            dark.update((row, col + i) for i in range(round(w / size)))
        codes.append(dark)
    return codes


def encoded(text: str) -> list[set[tuple[int, int]]]:
    """The dark modules of ``text`` as a QR code, at each error-correction level."""
    out = []
    for level in ("L", "M", "Q", "H"):
        qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
        qr.addData(text)
        qr.make()
        out.append({(r, c) for r, row in enumerate(qr.modules) for c, v in enumerate(row) if v})
    return out


def _flyer(tmp_path: Path, contact: GroupContact, paper: Paper = Paper.LETTER, **kw: Any) -> Path:
    st = group_store(tmp_path, contact=contact)
    with st.session() as s, s.begin():
        service.create_series(s, series_input())
    out = draw(st, tmp_path / f"{paper.value}.pdf", FIRST, LAST, paper, **kw)
    st.close()
    return out


@pytest.mark.parametrize(
    ("paper", "large"), [(Paper.LETTER, False), (Paper.BOOKLET, False), (Paper.A4, True)]
)
def test_a_website_printed_on_the_flyer_has_a_qr_code_that_reads_as_it(
    tmp_path: Path, paper: Paper, large: bool
) -> None:
    out = _flyer(tmp_path, GroupContact(PHONE, "", WEBSITE, ON_FLYER), paper, large=large)
    text = pdf_text(out)
    assert "Contact the group" in text and "elmfalls.example.org" in text
    assert "Scan with a phone's camera to open the group's website." in text
    codes = qr_codes(out)
    assert codes and all(code in encoded(WEBSITE) for code in codes)


def test_no_website_no_qr_code(tmp_path: Path) -> None:
    out = _flyer(tmp_path, GroupContact(PHONE, "hope@example.org", "", ON_FLYER))
    text = pdf_text(out)
    assert PHONE in text and "hope@example.org" in text  # the contact prints
    assert qr_codes(out) == [] and "Scan" not in text


@pytest.mark.parametrize(
    "places", [frozenset(), frozenset({ContactPlace.RESOURCES, ContactPlace.PACKET})]
)
def test_a_contact_not_chosen_for_the_flyer_prints_nothing_there(
    tmp_path: Path, places: frozenset[ContactPlace]
) -> None:
    out = _flyer(tmp_path, GroupContact(PHONE, "hope@example.org", WEBSITE, places))
    text = pdf_text(out)
    assert "Contact the group" not in text and PHONE not in text
    assert "elmfalls" not in text and "Scan" not in text
    assert qr_codes(out) == []
