"""The roster calendar, read back from the PDF: cancelled and moved dates in their cells, the
month on every page, sizes a person can read, and no page spent on a stray meeting."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from groupkeeper import i18n
from groupkeeper.export import registry
from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import SPAN_DAYS, Document, Request, prepare, render
from groupkeeper.export.roster import render_roster, roster_data, write_csv
from groupkeeper.export.styles import LARGE_MIN
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo, get_group, save_group
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY, series_input
from tests.export.pdfcheck import MM, Run, runs

LAST = TODAY + timedelta(days=SPAN_DAYS)  # the default range: 2 March to 1 June 2026
# The demo's changed dates in that range (demo.py lays them out from TODAY).
CANCELLED = date(2026, 3, 17)  # a Tuesday: "Building closed for the holiday"
MOVED_FROM, MOVED_TO = date(2026, 4, 7), date(2026, 4, 8)  # Tuesday to Wednesday
FOOTER_BAND = 14 * MM  # the shared footer (group name, page number) sits below this
LONG_NAME = ("Elm Falls Thursday and Saturday Evening Hope, Serenity and Recovery Fellowship "
             "Group of the Lower Maple St. Church Halls")  # fmt: skip


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of white space folded (cells wrap)."""
    return [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]


def draw(
    file: Path, out: Path, *, large: bool = False, first: date = TODAY, last: date = LAST,
    paper: Paper = Paper.LETTER,
) -> Path:  # fmt: skip
    """The roster through the registry, as the Export dialog and the command line print it."""
    req = Request(Document.ROSTER, paper, large=large, first=first, last=last)
    with open_store(file) as st, st.session() as s:
        data = prepare(s, req, TODAY)
    return render(data, req, out, printed=TODAY)


def label(found: list[Run], page: int, text: str) -> Run:
    """The grid's number for a day: alone, or starting its cell's first line."""
    hits = [r for r in found if r.page == page and r.text.split()[:1] == [text]]
    assert len(hits) == 1, (text, [r.text for r in found if r.page == page])
    return hits[0]


def starting(found: list[Run], page: int, text: str) -> list[Run]:
    return [r for r in found if r.page == page and r.text.strip().startswith(text)]


def in_cell(run: Run, day: Run, below: Run) -> bool:
    """Whether ``run`` is in the cell whose day number is ``day``: its column, under its
    number and above the next week's (``below``)."""
    return day.x - 1 <= run.x < day.x + 60 and below.y < run.y < day.y


# ---------------------------------------------------------------- standard print


def test_a_cancelled_meeting_says_cancelled_in_its_cell(demo_file: Path, tmp_path: Path) -> None:
    out = draw(demo_file, tmp_path / "roster.pdf")
    found = runs(out)
    march = 0
    day, below = label(found, march, "17"), label(found, march, "24")
    said = [r for r in starting(found, march, "Cancelled") if in_cell(r, day, below)]
    assert said, [r.text for r in found if r.page == march]
    text = pages_text(out)[march]
    assert "Cancelled Building closed for the holiday" in text
    # May's cancellation too, and the meeting's name with it.
    may = next(i for i, t in enumerate(pages_text(out)) if "May 2026" in t)
    assert "Church fundraiser in the hall" in pages_text(out)[may]


def test_a_long_reason_is_left_out_of_the_cell_but_cancelled_stays(
    store: GroupStore, tmp_path: Path
) -> None:
    reason = "The hall is closed while the floor is refinished, so please check the notice " * 2
    with store.session() as s, s.begin():
        tuesday = service.create_series(s, series_input())
        needs = [(r.id, 1) for r in roster.list_roles(s)[:2]]
        roster.set_series_needs(s, tuesday.id, needs)
        service.cancel_date(s, tuesday.id, date(2026, 3, 10), reason)
        data = roster_data(s, date(2026, 3, 1), date(2026, 3, 31))
    out = render_roster(data, tmp_path / "roster.pdf", printed=TODAY)
    text = pages_text(out)[0]
    assert "Cancelled" in text
    assert "floor is refinished" not in text
    large = render_roster(data, tmp_path / "large.pdf", printed=TODAY, large=True)
    assert "floor is refinished" in " ".join(pages_text(large))


def test_a_moved_meeting_says_where_it_moved_from_in_its_new_cell(
    demo_file: Path, tmp_path: Path
) -> None:
    out = draw(demo_file, tmp_path / "roster.pdf")
    found = runs(out)
    april = next(i for i, t in enumerate(pages_text(out)) if "April 2026" in t)
    day, below = label(found, april, "8"), label(found, april, "15")
    moved = [r for r in starting(found, april, "Moved from") if in_cell(r, day, below)]
    assert [r.text.strip() for r in moved] == ["Moved from Tue 7 Apr"]
    # The day it left says where it went.
    day, below = label(found, april, "7"), label(found, april, "14")
    assert [r for r in starting(found, april, "Moved to") if in_cell(r, day, below)]
    assert "Moved to Wed 8 Apr at 7:00 PM" in pages_text(out)[april]


def test_every_page_names_its_month_and_a_busy_month_goes_on(
    stress_file: Path, tmp_path: Path
) -> None:
    out = draw(stress_file, tmp_path / "roster.pdf")
    texts = pages_text(out)
    months = [i18n.format_month(date(2026, m, 1)) for m in (3, 4, 5)]
    assert len(texts) > len(months)  # continuation pages: what this test is about
    for n, text in enumerate(texts):
        assert any(m in text for m in months), (n, text[:200])
    # Each month's pages follow one another, in order.
    named = [next(m for m in months if m in t) for t in texts]
    assert named == sorted(named, key=months.index)


def test_the_calendar_text_is_at_least_9_points(
    demo_file: Path, stress_file: Path, tmp_path: Path
) -> None:
    drawn = [(demo_file, Paper.LETTER), (demo_file, Paper.A4), (stress_file, Paper.A4)]
    for n, (file, paper) in enumerate(drawn):
        out = draw(file, tmp_path / f"{n}.pdf", paper=paper)
        body = [r for r in runs(out) if r.y > FOOTER_BAND]
        small = sorted({(r.size, r.text) for r in body if r.size < 9 - 0.01})
        assert not small, small[:5]


def test_the_default_three_months_take_three_pages(demo_file: Path, tmp_path: Path) -> None:
    """2 March to 1 June: a page each for March, April and May; 1 June is in May's last row,
    not on a page of its own."""
    out = draw(demo_file, tmp_path / "roster.pdf")
    texts = pages_text(out)
    assert len(texts) == 3
    for text, month in zip(texts, ("March 2026", "April 2026", "May 2026"), strict=True):
        assert month in text
    assert not any("June 2026" in t for t in texts)


def test_a_few_days_of_a_last_month_join_the_month_before(
    store: GroupStore, tmp_path: Path
) -> None:
    with store.session() as s, s.begin():
        tuesday = service.create_series(s, series_input())
        roster.set_series_needs(s, tuesday.id, [(roster.list_roles(s)[0].id, 1)])
        # May 2026 ends on a Sunday: its grid's last row runs to Saturday 6 June; one more
        # row holds the week after.
        short = roster_data(s, date(2026, 5, 1), date(2026, 6, 9))
        longer = roster_data(s, date(2026, 5, 1), date(2026, 6, 16))
    out = render_roster(short, tmp_path / "short.pdf", printed=TODAY)
    texts = pages_text(out)
    assert len(texts) == 1
    assert "2 Jun" in texts[0] and "9 Jun" in texts[0]  # labelled with their month
    assert "June 2026" not in texts[0]
    texts = pages_text(render_roster(longer, tmp_path / "longer.pdf", printed=TODAY))
    assert len(texts) == 2 and "June 2026" in texts[1]


def test_a_range_starting_in_a_month_s_last_days_joins_the_next(
    store: GroupStore, tmp_path: Path
) -> None:
    with store.session() as s, s.begin():
        tuesday = service.create_series(s, series_input())
        roster.set_series_needs(s, tuesday.id, [(roster.list_roles(s)[0].id, 1)])
        data = roster_data(s, date(2026, 3, 29), date(2026, 4, 30))  # 31 March is a Tuesday
    texts = pages_text(render_roster(data, tmp_path / "roster.pdf", printed=TODAY))
    assert len(texts) == 1
    assert "April 2026" in texts[0] and "31 Mar" in texts[0]


# ---------------------------------------------------------------- large print


def test_the_roster_offers_large_print(demo_file: Path, tmp_path: Path) -> None:
    assert Document.ROSTER.large_print
    out = draw(demo_file, tmp_path / "large.pdf", large=True)
    text = " ".join(pages_text(out))
    assert re.search(r"Tuesday March 17 .{0,80}Cancelled Building closed for the holiday", text)
    assert re.search(r"Wednesday April 8 .{0,80}Moved from Tue 7 Apr", text)
    assert "Uriel Z." in text  # who serves


def test_large_print_has_no_text_under_16_points(
    demo_file: Path, stress_file: Path, tmp_path: Path
) -> None:
    drawn = [(demo_file, Paper.LETTER), (demo_file, Paper.A4), (stress_file, Paper.LETTER)]
    for n, (file, paper) in enumerate(drawn):
        out = draw(file, tmp_path / f"{n}.pdf", large=True, paper=paper)
        small = sorted({(r.size, r.text) for r in runs(out) if r.size < LARGE_MIN - 0.01})
        assert not small, small[:5]


def test_every_large_print_page_names_its_month(
    demo_file: Path, stress_file: Path, tmp_path: Path
) -> None:
    months = [i18n.format_month(date(2026, m, d)) for m, d in ((3, 1), (4, 1), (5, 1), (6, 1))]
    for n, file in enumerate((demo_file, stress_file)):
        texts = pages_text(draw(file, tmp_path / f"{n}.pdf", large=True))
        assert len(texts) > 3
        for page, text in enumerate(texts):
            assert any(m in text for m in months), (n, page, text[:200])


def test_a_french_group_s_roster_speaks_french(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s, s.begin():
        group = get_group(s)
        assert group is not None
        save_group(s, GroupInfo(group.name, group.kind, "fr", group.timezone, "FR"))
    for large in (False, True):
        text = " ".join(pages_text(draw(demo_file, tmp_path / f"{large}.pdf", large=large)))
        for words in ("mars 2026", "avril 2026", "Annulée", "Déplacée du mar. 7 avr."):
            assert words in text, (large, words)
        assert "Cancelled" not in text and "Moved" not in text


def test_only_the_bundled_fonts_are_used(demo_file: Path, tmp_path: Path) -> None:
    for large in (False, True):
        reader = PdfReader(draw(demo_file, tmp_path / f"{large}.pdf", large=large))
        fonts = set()
        for page in reader.pages:
            resources: Any = page["/Resources"]
            fonts |= {str(f["/BaseFont"]) for f in resources["/Font"].values()}
        assert fonts and all("DejaVuSans" in f for f in fonts), fonts


# ---------------------------------------------------------------- the rest stays


def test_the_csv_keeps_its_columns_and_only_meetings_held(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = roster_data(s, TODAY, LAST)
    out = write_csv(data, tmp_path / "roster.csv")
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == ["date", "time", "meeting", "role", "member"]
    days = {r[0] for r in rows[1:]}
    assert CANCELLED.isoformat() not in days
    assert MOVED_TO.isoformat() in days and MOVED_FROM.isoformat() not in days
    assert all(len(r) == 5 for r in rows)


@pytest.mark.parametrize("large", [False, True], ids=["standard", "large"])
def test_the_roster_is_small(demo_file: Path, tmp_path: Path, large: bool) -> None:
    """Small enough to e-mail; its speed is bench_packet.py's (a timed test fails on a busy
    machine, not on slow code)."""
    req = Request(Document.ROSTER, large=large, first=TODAY, last=LAST)
    with open_store(demo_file) as st, st.session() as s:
        data = prepare(s, req, TODAY)
    out = render(data, req, tmp_path / "roster.pdf", printed=TODAY)
    assert out.stat().st_size <= 150_000


def test_the_registry_passes_large_print_through(demo_file: Path, tmp_path: Path) -> None:
    standard = draw(demo_file, tmp_path / "standard.pdf")
    large = draw(demo_file, tmp_path / "large.pdf", large=True)
    assert max(r.size for r in runs(standard)) < max(r.size for r in runs(large))
    assert registry.Document.ROSTER.spec.large_print


# ---------------------------------------------------------------- a busy group


_STRESS: list[bytes] = []


@pytest.fixture
def stress_file(tmp_path: Path) -> Path:
    """60 members, 12 weekly meetings each needing four to seven people, and a 120-character
    group name. Made once per run and copied."""
    path = tmp_path / "stress.groupkeeper"
    if not _STRESS:
        _STRESS.append(_make_stress(tmp_path / "made.groupkeeper").read_bytes())
    path.write_bytes(_STRESS[0])
    return path


def _make_stress(path: Path) -> Path:
    st = open_store(path, create=True)
    assert len(LONG_NAME) == 120
    with st.session() as s, s.begin():
        save_group(s, GroupInfo(LONG_NAME, GroupKind.TWELVE_STEP, "en", "America/Toronto"))
        roles = [r.id for r in roster.list_roles(s)][:7]
        for i in range(12):
            series = service.create_series(
                s,
                series_input(
                    name=f"Meeting {i + 1} Step and Tradition Study",
                    repeat=Repeat(RepeatKind.WEEKLY, weekdays=(i % 7,)),
                    start_time=time(10 + i, 0) if i < 7 else time(19, 30),
                ),
            )
            roster.set_series_needs(s, series.id, [(r, 1) for r in roles[: 4 + i % 4]])
        for i in range(60):
            roster.create_member(
                s, roster.MemberInput(f"Member{i:02d}", "Q", roles=tuple((r, None) for r in roles))
            )
        roster.fill_roster(s, TODAY - timedelta(days=7), LAST + timedelta(days=30))
    st.close()
    return path
