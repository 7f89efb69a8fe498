"""A busy group's flyer, read back from the PDF: twelve weekly meetings and a 120-character
name on two pages, large print large everywhere in the body, and no time broken across lines."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.export.paper import Paper
from groupkeeper.group.contact import ContactPlace, GroupContact
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Location
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import GroupStore
from tests.conftest import series_input
from tests.export.pdfcheck import MM, outside_margin, runs
from tests.export.test_flyer import draw, group_store, pdf_text, plain

FIRST, LAST = date(2026, 3, 2), date(2026, 6, 1)  # the default range: three months
LONG_NAME = ("Elm Falls and District Hope, Serenity and Fellowship Group of the Lower Valley "
             "Churches and Community Centres Association")  # fmt: skip
HALL = Location(
    "St. Brigid's Church Hall", "412 Maple Street, Elm Falls", "Lower hall", "",
    "Wheelchair access by the ramp at the side door; accessible washroom.",
)  # fmt: skip
LIBRARY = Location(
    "Elm Falls Public Library", "88 Queen Street, Elm Falls", "Community room (2nd floor)", "",
    "Elevator and accessible washroom on every floor.",
)  # fmt: skip
# Twelve weekly meetings: (name, weekday, start, formats, notes).
TWELVE = (
    ("Sunday Serenity Breakfast", 6, time(9, 0), ("O", "D"), "Coffee from 8:30."),
    ("Monday Early Risers", 0, time(7, 0), ("O", "D", "X"), "Doors open at 6:45."),
    ("Monday Noon Speaker", 0, time(12, 0), ("O", "SP"), "Bring your lunch."),
    ("Monday Night Big Book", 0, time(20, 0), ("C", "B"), "We read a chapter a week."),
    ("Tuesday Night Discussion", 1, time(19, 0), ("O", "D", "X"), "Newcomers welcome."),
    ("Wednesday Step Study", 2, time(19, 30), ("C", "ST"), ""),
    ("Wednesday Late Night", 2, time(22, 0), ("O", "D"), "Ends late."),
    ("Thursday Women's Meeting", 3, time(18, 30), ("C", "W", "B", "ST"), ""),
    ("Thursday Men's Meeting", 3, time(19, 0), ("C", "M"), "Use the back door after 7."),
    ("Friday Speaker Night", 4, time(20, 0), ("O", "SP"), "Speaker from out of town."),
    ("Saturday Morning Reflections", 5, time(10, 0), ("O", "D"), ""),
    ("Saturday Candlelight", 5, time(21, 30), ("C", "D"), "Quiet room; arrive early."),
)


CONTACT = GroupContact(
    "+1 (555) 010-0100", "hope@elmfalls.example.org", "elmfalls.example.org",
    frozenset({ContactPlace.SCHEDULE}),
)  # fmt: skip


def busy_group(folder: Path) -> GroupStore:
    """Twelve weekly meetings, a long name, a few cancellations, the contact and its QR code."""
    st = group_store(folder, LONG_NAME, contact=CONTACT)
    with st.session() as s, s.begin():
        for n, (name, weekday, at, formats, notes) in enumerate(TWELVE):
            made = service.create_series(
                s,
                series_input(
                    name=name, repeat=Repeat(RepeatKind.WEEKLY, weekdays=(weekday,)),
                    start_date=date(2026, 1, 4), start_time=at, formats=formats, notes=notes,
                    location=LIBRARY if n % 3 == 0 else HALL,
                ),
            )  # fmt: skip
            if n in (1, 4, 9):  # a holiday or two
                day = service.occurrences(s, FIRST, LAST)
                first = next(o for o in day if o.series_id == made.id)
                service.cancel_date(s, made.id, first.original_date, "Building closed")
    return st


def pages(path: Path) -> int:
    return len(PdfReader(path).pages)


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.A4])
def test_twelve_weekly_meetings_fit_two_pages(tmp_path: Path, paper: Paper) -> None:
    st = busy_group(tmp_path)
    out = draw(st, tmp_path / "busy.pdf", FIRST, LAST, paper)
    st.close()
    assert pages(out) == 2
    text = pdf_text(out)
    for name, *_rest in TWELVE:
        assert name in text
    assert "All are welcome to open meetings" in text and outside_margin(out) == []


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.BOOKLET])
def test_large_print_is_sixteen_point_or_more_in_the_body(tmp_path: Path, paper: Paper) -> None:
    st = busy_group(tmp_path)
    out = draw(st, tmp_path / "large.pdf", FIRST, LAST, paper, large=True)
    st.close()
    found = runs(out)
    body = [r for r in found if r.y > 22 * MM]  # the footer below is the page frame's
    assert {plain(r.text) for r in body} >= {"Monday", "7:00 AM"}
    assert "Monday Early Risers" in pdf_text(out)
    assert min(r.size for r in body) >= 16
    assert outside_margin(out, halves=paper is Paper.BOOKLET) == []


@pytest.mark.parametrize(("paper", "large"), [(Paper.BOOKLET, True), (Paper.LETTER, False)])
def test_no_time_breaks_across_lines(tmp_path: Path, paper: Paper, large: bool) -> None:
    st = busy_group(tmp_path)
    with st.session() as s, s.begin():  # a moved meeting: its new time is in a sentence
        tuesday = next(r for r in service.list_series(s) if r.name.startswith("Tuesday"))
        service.move_date(s, tuesday.id, date(2026, 3, 17), date(2026, 3, 18), time(22, 30))
    out = draw(st, tmp_path / "times.pdf", FIRST, LAST, paper, large)
    st.close()
    lines = [plain(r.text).strip() for r in runs(out)]
    # A time's hour never ends a line without its AM or PM, which never starts one.
    assert not [t for t in lines if t.endswith((":00", ":30")) or t.startswith(("AM", "PM"))]
    for start in ("7:00 AM", "10:00 PM", "9:30 PM", "12:00 PM"):
        assert start in lines  # the start time, whole, on its own line in its column
    assert "– 11:30 PM" in lines  # the end, whole, with its dash
    assert "Moved to Wed 18 Mar 2026 at 10:30 PM" in pdf_text(out)
