"""The phone list and the sign-in sheet laid out on paper, read back by position: two columns
where they fit, no entry split between columns or pages, no last page with a stray line."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pypdfium2
import pypdfium2.raw as pdfium_c
import pytest
from pypdf import PdfReader

from groupkeeper.export.booklet import booklet_order
from groupkeeper.export.paper import Paper
from groupkeeper.export.sheets import (
    PhoneEntry,
    PhoneList,
    SignInData,
    render_phone_list,
    render_sign_in,
)
from tests.conftest import TODAY
from tests.export.pdfcheck import Run, outside_margin, runs

GROUP = "Elm Falls Hope Group"
LONG_GROUP = ("Elm Falls Tuesday Night Peer Support and Recovery Discussion Group " * 3)[:120]
FIRST = ["Ana", "Bartholomew", "Carmen", "Dev", "Guadalupe", "Jo", "Maximiliano", "Wilhelmina"]
PRONOUNS = ["she/her", "he/him", "they/them", ""]
FEWEST_LAST = 6  # the phone list's last page holds at least this many (or is the only page)
FEWEST_ROWS = 5  # the sign-in sheet's last page, in rows


def people(n: int) -> PhoneList:
    """``n`` members as a busy group's phone list has them: names of every length, most with
    pronouns, numbers with the area code. Entry ``i`` is the one whose number ends ``i``."""
    entries = [
        PhoneEntry(f"{FIRST[i % len(FIRST)]} {chr(65 + i // len(FIRST) % 26)}.",
                   PRONOUNS[i % len(PRONOUNS)], f"(555) 201-{i:04d}")
        for i in range(n)
    ]  # fmt: skip
    return PhoneList(GROUP, tuple(sorted(entries, key=lambda e: e.name)))


def phone_runs(out: Path, data: PhoneList) -> dict[str, Run]:
    """Each entry's number as it was printed, by number (each is printed once)."""
    phones = {e.phone for e in data.entries}
    found = [r for r in runs(out) if r.text.strip() in phones]
    assert sorted(r.text.strip() for r in found) == sorted(phones)
    return {r.text.strip(): r for r in found}


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.A4])
@pytest.mark.parametrize("group", [GROUP, LONG_GROUP])
def test_sixty_members_fit_one_page_in_two_columns_read_down_each(
    paper: Paper, group: str, tmp_path: Path
) -> None:
    data = PhoneList(group, people(60).entries)
    out = render_phone_list(data, tmp_path / "phones.pdf", paper, TODAY)
    assert len(PdfReader(out).pages) == 1
    everything = runs(out)
    names = {e.name for e in data.entries}
    by_name = {r.text.strip(): r for r in everything if r.text.strip() in names}
    assert set(by_name) == names
    # Two columns: the names start at one of two x positions, and the columns end level
    # (within two lines: some entries take two, their pronouns wrapped).
    starts = Counter(round(r.x) for r in by_name.values())
    assert len(starts) == 2
    left, right = sorted(starts)
    assert right - left > by_name[data.entries[0].name].page_width / 3
    ends = [min(r.y for r in by_name.values() if round(r.x) == x) for x in (left, right)]
    assert abs(ends[0] - ends[1]) < 2 * 11 * 1.5
    # Read down the first column, then down the second: the list's own order.
    reading = sorted(by_name.values(), key=lambda r: (round(r.x), -r.y))
    assert [r.text.strip() for r in reading] == [e.name for e in data.entries]
    # Each number on its name's line, in its name's column.
    phones = phone_runs(out, data)
    for e in data.entries:
        name, phone = by_name[e.name], phones[e.phone]
        assert abs(phone.y - name.y) < 1
        assert name.x < phone.x < (right if round(name.x) == left else name.page_width)
    # At least 11 pt: the names, numbers, pronouns and the words above them.
    top, bottom = max(r.y for r in by_name.values()), min(r.y for r in by_name.values())
    mine = [r for r in everything if bottom - 1 <= r.y <= top + 1 or "Call when" in r.text]
    assert len(mine) > 120 and min(r.size for r in mine) >= 11
    assert not outside_margin(out)


def test_the_demo_group_fits_two_columns_in_large_print_and_a_long_list_takes_one(
    tmp_path: Path,
) -> None:
    short = PhoneList(GROUP, tuple(PhoneEntry(f"{n} R.", "she/her", f"555-01{i:02d}")
                                   for i, n in enumerate(FIRST[:6])))  # fmt: skip
    out = render_phone_list(short, tmp_path / "short.pdf", Paper.LETTER, TODAY, large=True)
    assert len({round(r.x) for r in phone_runs(out, short).values()}) == 2
    assert min(r.size for r in runs(out)) >= 16
    # Names and numbers too long to sit side by side twice across a large-print page.
    wide = PhoneList(GROUP, tuple(
        PhoneEntry(f"Maximiliano-Alejandro {chr(65 + i)}.", "they/them", f"+1 (555) 201-{i:04d}")
        for i in range(20)
    ))  # fmt: skip
    out = render_phone_list(wide, tmp_path / "wide.pdf", Paper.LETTER, TODAY, large=True)
    assert len({round(r.x) for r in phone_runs(out, wide).values()}) == 1
    assert min(r.size for r in runs(out)) >= 16
    assert not outside_margin(out)


SPLIT_CASES = [
    (n, paper, large)
    for n, paper, large in [
        (61, Paper.LETTER, False), (75, Paper.LETTER, False), (150, Paper.LETTER, False),
        (150, Paper.A4, False), (90, Paper.BOOKLET, False), (40, Paper.LETTER, True),
        (90, Paper.A4, True), (60, Paper.BOOKLET, True),
    ]
]  # fmt: skip


@pytest.mark.parametrize(("n", "paper", "large"), SPLIT_CASES)
def test_no_entry_is_split_and_no_last_page_holds_a_stray_few(
    n: int, paper: Paper, large: bool, tmp_path: Path
) -> None:
    """Some names here are long enough to wrap: every line of a name, and its number, stay on
    one page in one column."""
    entries = list(people(n).entries)
    for i in range(0, n, 7):
        entries[i] = PhoneEntry(f"Wrapping{i:03d} Many{i:03d} Words{i:03d} Along{i:03d} Z.",
                                "they/them", entries[i].phone)  # fmt: skip
    data = PhoneList(GROUP, tuple(entries))
    out = render_phone_list(data, tmp_path / "phones.pdf", paper, TODAY, large)
    everything = runs(out)
    phones = phone_runs(out, data)
    half = everything[0].page_width / 2

    sides = len(PdfReader(out).pages)
    order = booklet_order(sides * 2) if paper.is_booklet else []

    def where(r: Run) -> int:  # the page, a booklet's half-pages in reading order
        return order[r.page][r.x >= half] if paper.is_booklet else r.page

    for i in range(0, n, 7):
        pieces = [r for r in everything if re.search(rf"[a-z]{i:03d}\b", r.text)]
        assert len(pieces) >= 2, pieces  # it did wrap
        phone = phones[entries[i].phone]
        assert {where(r) for r in pieces} == {where(phone)}
        assert len({round(r.x) for r in pieces}) == 1  # one column
        tops = sorted((r.y for r in pieces), reverse=True)
        assert abs(tops[0] - phone.y) < 1  # the number on the name's first line
        gaps = [a - b for a, b in pairwise(tops)]
        assert all(0 < g < pieces[0].size * 1.5 for g in gaps)  # line after line
    pages = Counter(where(r) for r in phones.values())
    assert len(pages) == 1 or pages[max(pages)] >= FEWEST_LAST, pages
    assert not outside_margin(out, halves=paper.is_booklet)
    if large:
        assert min(r.size for r in everything) >= 16


@pytest.mark.parametrize(("paper", "large"), [(Paper.LETTER, False), (Paper.A4, True)])
def test_the_phone_list_last_page_never_holds_a_stray_few(
    paper: Paper, large: bool, tmp_path: Path
) -> None:
    for n in range(14, 60, 3) if large else range(50, 150, 6):
        out = render_phone_list(people(n), tmp_path / "phones.pdf", paper, TODAY, large)
        pages = numbers_per_page(out)
        assert sum(pages) == n
        assert len(pages) == 1 or pages[-1] >= FEWEST_LAST, (n, pages)


def numbers_per_page(out: Path) -> list[int]:
    """How many of :func:`people`'s numbers each page holds."""
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        return [page.get_textpage().get_text_range().count("(555) 201-") for page in pdf]
    finally:
        pdf.close()


def rows(out: Path) -> list[int]:
    """Each page's sign-in rows, header row included: one divider before "Here" per row."""
    found = []
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        for page in pdf:
            count = 0
            for thing in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH]):
                left, bottom, right, top = thing.get_bounds()
                count += right - left < 2 and top - bottom > 8  # a vertical line
            found.append(count)
    finally:
        pdf.close()
    return found


@pytest.mark.parametrize(("paper", "large"), [(Paper.LETTER, False), (Paper.A4, True)])
def test_the_sign_in_sheet_prints_every_line_and_never_one_alone_on_the_last_page(
    paper: Paper, large: bool, tmp_path: Path
) -> None:
    first = [f"{FIRST[i % len(FIRST)]} {chr(65 + i // len(FIRST))}." for i in range(40)]
    for total in range(1, 50 if large else 75):  # rows; a mixture of names and blank lines
        named = (0, 1, 25, 40)[total % 4] if total % 4 else 0
        named = min(named, total)
        blank = total - named
        if blank or named:
            data = SignInData(GROUP, "Tuesday Night Discussion", tuple(first[:named]), blank)
            out = render_sign_in(data, tmp_path / "sheet.pdf", paper, TODAY, large)
            each = rows(out)
            assert sum(each) - len(each) == named + blank, (named, blank, each)  # a header each
            assert len(each) == 1 or each[-1] - 1 >= FEWEST_ROWS, (named, blank, each)
    data = SignInData(GROUP, "", tuple(first), 20)
    text = " ".join(r.text for r in runs(render_sign_in(data, tmp_path / "all.pdf", paper)))
    assert all(name in text for name in first)
