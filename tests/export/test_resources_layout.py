"""The resource handout and the crisis page on paper, read back page by page: an entry is never
cut in two, a reading's title stands with its first lines, large print is large with the
crisis numbers larger still, a time or a phone number is never broken over two lines, and
the crisis page carries nothing meant for the secretary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.export.resources import HandoutData, handout_data, render_handout
from groupkeeper.export.styles import Paper
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import ResourceInput
from groupkeeper.library.starter import add_starter
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY
from tests.export.pdfcheck import Run, runs, sides, smallest

FILLER = (
    "Walk-in counselling and peer support for adults and families, with an interpreter on "
    "request and a quiet room for anyone who needs a moment before they talk to someone."
)

REGIONS = ("Elm Falls", "Maple County", "Northfield", "Riverton")


def _stress(store: GroupStore) -> HandoutData:
    """A library big enough that entries land across every page end: readings of different
    lengths, forty referral contacts in four regions, books with long titles."""
    with store.session() as s, s.begin():
        for i in range(14):
            # One line a paragraph, so a page end can fall after any of them.
            lines = [f"r{i:02d}l{n} is a short line of this reading." for n in range(3 + i % 6)]
            body = "\n\n".join(lines)
            library.create_resource(s, ResourceInput(Kind.READING, f"Reading {i:02d}", body))
        for i in range(40):
            library.create_resource(
                s,
                ResourceInput(
                    Kind.CONTACT,
                    f"Service {i:02d} Outreach",
                    f"n{i:02d}a {FILLER} {FILLER[: 20 + 3 * i]} n{i:02d}z",
                    phone=f"1 800 555 01{i:02d}",
                    # A line end falls somewhere in the times of one or another of them.
                    hours=f"Mon-Fri {'ab ' * i}from 7:00 PM to 9:00 PM h{i:02d}",
                    region=REGIONS[i % 4],
                    website=f"service{i:02d}.example",
                ),
            )
        for i in range(12):
            library.create_resource(
                s,
                ResourceInput(
                    Kind.BOOK,
                    f"b{i:02d}a A Long Title About Finding Your Way Back {FILLER[: 9 * i]} b{i:02d}z",
                    author=f"A. Writer{i:02d}",
                ),
            )
    with store.session() as s:
        return handout_data(s)


def _sides(path: Path, booklet: bool) -> list[str]:
    """The text of each page as a person turns them, spaces of every kind as one."""
    return [" ".join(" ".join(r.text for r in side).split()) for side in sides(path, booklet)]


PRINTS = [
    (Paper.LETTER, False),
    (Paper.A4, False),
    (Paper.BOOKLET, False),
    (Paper.LETTER, True),
    (Paper.BOOKLET, True),
]


def _on_one_side(pages: list[str], *parts: str) -> bool:
    return any(all(p in page for p in parts) for page in pages)


@pytest.mark.parametrize(("paper", "large"), PRINTS)
def test_an_entry_is_never_cut_and_a_title_stands_with_its_first_lines(
    store: GroupStore, tmp_path: Path, paper: Paper, large: bool
) -> None:
    data = _stress(store)
    out = render_handout(data, tmp_path / "handout.pdf", paper, TODAY, large)
    pages = _sides(out, paper.is_booklet)
    for i in range(40):
        whole = (f"Service {i:02d} Outreach", f"n{i:02d}a", f"n{i:02d}z", f"h{i:02d}")
        assert _on_one_side(pages, *whole), f"contact {i} is split between pages"
    for i in range(12):
        assert _on_one_side(pages, f"b{i:02d}a", f"b{i:02d}z", f"Writer{i:02d}"), f"book {i}"
    for i in range(14):
        lines = [f"r{i:02d}l{n}" for n in range(3)]
        assert _on_one_side(pages, f"Reading {i:02d}", *lines), f"reading {i} is stranded"
    # A region's name stands with its first contact, a list's heading with its first item.
    assert _on_one_side(pages, "Where to get help Elm Falls Service 00 Outreach", "n00z")
    for first, region in enumerate(REGIONS):  # contact i is in region i % 4
        assert _on_one_side(pages, f"{region} Service {first:02d} Outreach", f"n{first:02d}z")
    assert _on_one_side(pages, "Books you can borrow", "b00a", "b00z")


def test_the_demo_handouts_referral_entries_are_whole(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = handout_data(s)
    contacts = data.crisis + tuple(data.of(Kind.CONTACT))
    books, documents = data.of(Kind.BOOK), data.of(Kind.DOCUMENT)
    assert len(contacts) > 20 and books and documents
    for paper, large in PRINTS:
        out = render_handout(data, tmp_path / "demo.pdf", paper, TODAY, large)
        pages = _sides(out, paper.is_booklet)
        top = data.crisis[0]  # the page's heading stands with the first line on it
        assert _on_one_side(pages, "in crisis You do not have to wait", f"{top.title} Call")
        for c in contacts:
            parts = [c.title, c.phone, *(" ".join(c.body.split()[-3:]),) * bool(c.body)]
            assert _on_one_side(pages, *parts), (paper, large, c.title)
        for b in books:
            assert _on_one_side(pages, b.title, b.author), (paper, large, b.title)
        for d in documents:
            assert _on_one_side(pages, d.title, " ".join(d.body.split()[-3:])), d.title


def _crisis_sizes(path: Path, data: HandoutData) -> tuple[list[Run], list[Run]]:
    """The crisis page's numbers and its lines of hours, wherever they landed."""
    numbers = {n for c in data.crisis for n in (c.phone, c.text_line) if n}
    hours = {c.hours for c in data.crisis}
    found = runs(path)
    return (
        [r for r in found if r.text.strip() in numbers],
        [r for r in found if any(h in " ".join(r.text.split()) for h in hours)],
    )


@pytest.mark.parametrize("large", [False, True])
def test_crisis_numbers_are_larger_and_bolder_than_the_text(
    demo_file: Path, tmp_path: Path, large: bool
) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = handout_data(s)
    out = render_handout(data, tmp_path / "handout.pdf", Paper.LETTER, TODAY, large)
    numbers, hours = _crisis_sizes(out, data)
    assert {"988", "911"} <= {r.text.strip() for r in numbers} and hours
    body = max(r.size for r in hours)
    for number in numbers:
        assert number.bold, number
        assert number.size >= body * 1.3, (number, body)
        if large:
            assert number.size >= 22, number


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.A4, Paper.BOOKLET])
def test_large_print_has_no_text_under_16_pt(
    store: GroupStore, demo_file: Path, tmp_path: Path, paper: Paper
) -> None:
    with open_store(demo_file) as st, st.session() as s:
        demo = handout_data(s)
    for name, data in (("demo", demo), ("stress", _stress(store))):
        out = render_handout(data, tmp_path / f"{name}.pdf", paper, TODAY, large=True)
        assert smallest(out) >= 16, name
        numbers, hours = _crisis_sizes(out, data)
        if name == "demo":
            assert min(r.size for r in numbers) >= 22 and min(r.size for r in hours) >= 16


def test_a_time_or_a_phone_number_never_breaks_over_two_lines(
    store: GroupStore, tmp_path: Path
) -> None:
    data = _stress(store)
    for paper, large in PRINTS:
        out = render_handout(data, tmp_path / "handout.pdf", paper, TODAY, large)
        text = "\n".join(p.extract_text() or "" for p in PdfReader(out).pages)
        assert not re.search(r"\d:\d\d\s*\n\s*[AP]M", text), (paper, large)
        flat = text.replace("\xa0", " ")
        for i in range(40):
            assert f"1 800 555 01{i:02d}" in flat, (paper, large, i)


def _new_group_handouts(data: HandoutData, tmp_path: Path) -> str:
    texts: list[str] = []
    for paper, large in PRINTS:
        out = render_handout(data, tmp_path / "new.pdf", paper, TODAY, large)
        texts.extend(p.extract_text() or "" for p in PdfReader(out).pages)
    return " ".join(" ".join(texts).split())


@pytest.mark.parametrize("country", ["CA", "US", ""])
def test_a_new_groups_crisis_page_has_no_note_for_the_secretary(
    store: GroupStore, tmp_path: Path, country: str
) -> None:
    with store.session() as s, s.begin():
        add_starter(s, country)
    with store.session() as s:
        data = handout_data(s)
    text = _new_group_handouts(data, tmp_path)
    if country:  # elsewhere, the group adds its own lines
        assert "If you or someone you know is in crisis" in text and "Call 911" in text
    assert "Check this number" not in text


def test_the_demo_groups_crisis_page_has_no_note_for_the_secretary(
    demo_file: Path, tmp_path: Path
) -> None:
    with open_store(demo_file) as st, st.session() as s:  # as write_demo makes it
        data = handout_data(s)
    text = _new_group_handouts(data, tmp_path)
    assert "Call 911" in text
    assert "Check this number" not in text
