"""The schedule flyer, read back from the PDF: text, embedded fonts, paper size, file size."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.flyer import flyer_data, render_flyer
from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document, Request, prepare, render
from groupkeeper.group.contact import GroupContact
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo, save_group
from groupkeeper.schedule import service
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY, series_input
from tests.export.pdfcheck import Run, runs


def pdf_text(path: Path) -> str:
    """All pages' text with line breaks and runs of spaces folded (table cells wrap)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def fonts(path: Path) -> tuple[set[str], set[str]]:
    """(every font the pages use, the ones whose TrueType program is embedded)."""
    used, embedded = set(), set()
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            used.add(name)
            for desc in font.get("/DescendantFonts", [font]):
                descriptor = desc.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    embedded.add(name)
    return used, embedded


def export(
    store: GroupStore, out: Path, first: date, last: date, paper: Paper = Paper.LETTER
) -> Path:
    with store.session() as s:
        data = flyer_data(s, first, last)
    return render_flyer(data, out, paper, printed=TODAY)


def group_store(
    folder: Path,
    name: str = "Tuesday Hope Group",
    language: str = "en",
    country: str = "CA",
    contact: GroupContact | None = None,
) -> GroupStore:
    """A new group file in ``folder``; the caller closes it."""
    st = open_store(folder / f"{language}.groupkeeper", create=True)
    info = GroupInfo(name, GroupKind.TWELVE_STEP, language, "America/Toronto", country)
    with st.session() as s, s.begin():
        save_group(s, info if contact is None else replace(info, contact=contact))
    return st


def draw(
    store: GroupStore,
    out: Path,
    first: date,
    last: date,
    paper: Paper = Paper.LETTER,
    large: bool = False,
) -> Path:
    """The flyer as the window and the command line print it: in the group's language."""
    req = Request(Document.FLYER, paper, large, first=first, last=last)
    with store.session() as s:
        prepared = prepare(s, req, TODAY)
    return render(prepared, req, out, printed=TODAY)


def reading_order(found: list[Run]) -> list[Run]:
    """Runs as a person reads them: page by page, top to bottom, left to right."""
    return sorted(found, key=lambda r: (r.page, -round(r.y, 1), r.x))


def plain(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_demo_flyer_has_group_meetings_changes_and_legend(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st:
        out = export(st, tmp_path / "flyer.pdf", TODAY, date(2027, 3, 1))
    text = pdf_text(out)
    for words in (
        "Elm Falls Hope Group",
        "Tuesday Night Discussion",
        "Every Tuesday",
        "7:00 PM – 8:30 PM",
        "Women's Big Book Study",
        "Every other Thursday: 5 Mar 2026; 2, 16 and 30 Apr; 14 and 28 May; 11 and 25 Jun;",
        "First Sunday of the month",
        "St. Brigid's Church Hall",
        "Wheelchair access by the ramp",
        "Changes to the usual schedule",
        "Cancelled: Building closed for the holiday",
        "Hall booked for a funeral",
        "What the format codes mean",
        "Open (anyone may attend)",
        "Group conscience (business meeting)",
    ):
        assert words in text, words
    used, embedded = fonts(out)
    assert used == embedded == {"DejaVuSans", "DejaVuSans-Bold"}
    assert out.stat().st_size < 100_000


def test_legend_lists_only_codes_in_use(store: GroupStore, tmp_path: Path) -> None:
    with store.session() as s, s.begin():
        service.create_series(s, series_input(formats=("C", "ST")))
    text = pdf_text(export(store, tmp_path / "f.pdf", date(2026, 1, 1), date(2026, 3, 31)))
    assert "Step study" in text and "Closed" in text
    assert "Speaker" not in text and "Wheelchair access" not in text.replace(
        "Ramp at side door", ""
    )


def test_accented_cyrillic_and_syllabics_print(tmp_path: Path) -> None:
    st = open_store(tmp_path / "multi.groupkeeper", create=True)
    with st.session() as s, s.begin():
        save_group(
            s,
            GroupInfo(
                "Groupe d'entraide Sainte-Thérèse", GroupKind.PEER_SUPPORT, "fr", "America/Montreal"
            ),
        )
        service.create_series(s, series_input(name="Réunion en français — ¿Español?"))
        service.create_series(s, series_input(name="Група підтримки", start_time=time(18, 0)))
        service.create_series(s, series_input(name="ᓀᐦᐃᔭᐍᐏᐣ ᐊᔭᒥᐦᐁᐤ", start_time=time(17, 0)))
    out = export(st, tmp_path / "multi.pdf", date(2026, 1, 1), date(2026, 1, 31), Paper.A4)
    st.close()
    text = pdf_text(out)
    for words in (
        "Groupe d'entraide Sainte-Thérèse",
        "Réunion en français — ¿Español?",
        "Група підтримки",
        "ᓀᐦᐃᔭᐍᐏᐣ ᐊᔭᒥᐦᐁᐤ",
    ):
        assert words in text, words
    assert "19:00 – 20:30" in text  # a French group reads the 24-hour clock
    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)


def test_letter_is_letter_sized(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st:
        out = export(st, tmp_path / "f.pdf", TODAY, date(2026, 6, 1))
    assert [round(float(v)) for v in PdfReader(out).pages[0].mediabox.upper_right] == [612, 792]


def test_range_ending_before_it_starts_is_refused(store: GroupStore) -> None:
    with pytest.raises(GroupKeeperError, match="before its start"), store.session() as s:
        flyer_data(s, date(2026, 5, 1), date(2026, 4, 1))


def test_unwritable_target_leaves_nothing_behind(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = flyer_data(s, TODAY, date(2026, 6, 1))
    with pytest.raises(GroupKeeperError, match="does not exist"):
        render_flyer(data, tmp_path / "missing" / "f.pdf")
    blocker = tmp_path / "taken.pdf"
    blocker.mkdir()  # a folder where the PDF should go: the rename fails
    with pytest.raises(GroupKeeperError, match="Could not save the PDF"):
        render_flyer(data, blocker)
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "home")
    assert left == ["demo.groupkeeper", "taken.pdf"]  # no half-written .part file


def _weekly(name: str, weekday: int, at: time, **more: Any) -> service.SeriesInput:
    return series_input(
        name=name, repeat=Repeat(RepeatKind.WEEKLY, weekdays=(weekday,)), start_time=at, **more
    )


def test_meetings_are_listed_by_day_then_time_under_day_headings(tmp_path: Path) -> None:
    st = group_store(tmp_path)  # an English group in Canada: the week starts on Sunday
    with st.session() as s, s.begin():
        for made in (
            _weekly("Aardvark Speaker Night", 3, time(19, 30)),
            _weekly("Bluebird Noon", 0, time(12, 0)),
            _weekly("Cedar Early Risers", 0, time(7, 0)),
            _weekly("Dogwood Night Owls", 0, time(22, 0)),
            _weekly("Elm Sunday Morning", 6, time(10, 0)),
            _weekly("Fir Step Study", 0, time(12, 0)),  # the same time: by name
        ):
            service.create_series(s, made)
    out = draw(st, tmp_path / "order.pdf", date(2026, 3, 1), date(2026, 3, 31))
    st.close()
    found = reading_order(runs(out))
    wanted = [
        "Sunday", "Elm Sunday Morning",
        "Monday", "Cedar Early Risers", "Bluebird Noon", "Fir Step Study", "Dogwood Night Owls",
        "Thursday", "Aardvark Speaker Night",
    ]  # fmt: skip
    assert [r.text for r in found if r.text in wanted] == wanted
    headings = [r for r in found if r.text in ("Sunday", "Monday", "Thursday")]
    assert all(h.bold and h.size > 11 for h in headings)
    # The start time is on the name's line, as large and as bold as the name.
    for name, start in (("Cedar Early Risers", "7:00 AM"), ("Dogwood Night Owls", "10:00 PM")):
        [title] = [r for r in found if r.text == name]
        [at] = [r for r in found if plain(r.text) == start]
        assert (at.page, round(at.y, 1), at.size, at.bold) == (title.page, round(title.y, 1),
                                                               title.size, title.bold)  # fmt: skip
        assert at.bold and at.size >= 10.5 and at.x < title.x


def test_a_series_that_skips_weeks_says_which_dates_it_meets(tmp_path: Path) -> None:
    st = group_store(tmp_path)
    with st.session() as s, s.begin():
        other = service.create_series(
            s,
            series_input(
                name="Women's Big Book Study",
                repeat=Repeat(RepeatKind.WEEKLY, interval=2, weekdays=(3,)),
                start_date=date(2026, 3, 5),
            ),
        )
        service.create_series(
            s,
            series_input(
                name="Group Conscience",
                repeat=Repeat(RepeatKind.MONTHLY_NTH, weekdays=(6,), nths=(1,)),
                start_date=date(2026, 1, 1),
            ),
        )
        service.create_series(s, _weekly("Tuesday Night Discussion", 1, time(19, 0)))
    first, last = date(2026, 3, 1), date(2026, 4, 10)
    text = pdf_text(draw(st, tmp_path / "dates.pdf", first, last))
    assert "Every other Thursday: 5 and 19 Mar; 2 Apr" in text
    assert "First Sunday of the month: 1 Mar; 5 Apr" in text
    assert "Every Tuesday" in text and "Every Tuesday:" not in text  # every week: no list
    # A cancelled date is not one it meets; the changes say why.
    with st.session() as s, s.begin():
        service.cancel_date(s, other.id, date(2026, 3, 19), "Library closed")
    text = pdf_text(draw(st, tmp_path / "cancelled.pdf", first, last))
    st.close()
    assert "Every other Thursday: 5 Mar; 2 Apr" in text
    assert "Cancelled: Library closed" in text


def test_series_on_two_days_or_a_day_of_the_month_are_placed_and_dated(tmp_path: Path) -> None:
    st = group_store(tmp_path)
    with st.session() as s, s.begin():
        service.create_series(
            s,
            series_input(
                name="Step Study", start_date=date(2026, 3, 2),
                repeat=Repeat(RepeatKind.WEEKLY, interval=2, weekdays=(0, 3)),
            ),
        )  # fmt: skip
        service.create_series(
            s,
            series_input(
                name="Business Meeting", start_date=date(2026, 1, 15),
                repeat=Repeat(RepeatKind.MONTHLY_DAY, month_day=15),
            ),
        )  # fmt: skip
    out = draw(st, tmp_path / "days.pdf", date(2026, 3, 1), date(2026, 4, 20))
    st.close()
    found = reading_order(runs(out))
    wanted = ["Monday", "Step Study", "Thursday", "Step Study",
              "On the same date each month", "Business Meeting"]  # fmt: skip
    assert [r.text for r in found if r.text in wanted] == wanted
    text = pdf_text(out)
    # Under each day, that day's dates.
    assert "Every other Monday and Thursday: 2, 16 and 30 Mar; 13 Apr" in text
    assert "Every other Monday and Thursday: 5 and 19 Mar; 2 and 16 Apr" in text
    assert "Day 15 of each month: 15 Mar; 15 Apr" in text


def test_a_range_over_a_year_names_the_year_where_it_starts_and_changes(tmp_path: Path) -> None:
    st = group_store(tmp_path)
    with st.session() as s, s.begin():
        service.create_series(
            s,
            series_input(
                name="Group Conscience", start_date=date(2026, 1, 1),
                repeat=Repeat(RepeatKind.MONTHLY_NTH, weekdays=(6,), nths=(1,)),
            ),
        )  # fmt: skip
    text = pdf_text(draw(st, tmp_path / "year.pdf", date(2026, 11, 1), date(2027, 12, 1)))
    st.close()
    assert "First Sunday of the month: 1 Nov 2026; 6 Dec; 3 Jan 2027; 7 Feb;" in text
    assert "; 7 Nov" in text  # November again, a year on: the year was named in January
