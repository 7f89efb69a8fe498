"""A French or Spanish group's flyer: its days in its own words and order, its dates and
times as its readers write them, a time never broken ("19 h 00" is one piece)."""

from __future__ import annotations

from datetime import date, time, timedelta
from pathlib import Path

import pytest

from groupkeeper.schedule import service
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from tests.conftest import series_input
from tests.export.pdfcheck import runs
from tests.export.test_flyer import draw, group_store, pdf_text, plain, reading_order

MONDAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("language", "country", "days", "dates", "start"),
    [
        ("fr", "", ["Lundi", "Jeudi", "Dimanche"], "5 et 19 mars", "19:00"),  # France: Monday
        ("fr", "CA", ["Dimanche", "Lundi", "Jeudi"], "5 et 19 mars", "19 h 00"),  # Sunday
        ("es", "US", ["Domingo", "Lunes", "Jueves"], "5 y 19 mar", "7:00 p.m."),
        ("es", "", ["Lunes", "Jueves", "Domingo"], "5 y 19 mar", "19:00"),
    ],
)
def test_days_dates_and_times_in_the_group_s_words(
    tmp_path: Path, language: str, country: str, days: list[str], dates: str, start: str
) -> None:
    st = group_store(tmp_path, "Groupe Espoir", language, country)
    with st.session() as s, s.begin():
        for weekday, interval in ((0, 1), (3, 2), (6, 1)):
            service.create_series(
                s,
                series_input(
                    name=f"Réunion {weekday}",
                    repeat=Repeat(RepeatKind.WEEKLY, interval=interval, weekdays=(weekday,)),
                    start_date=MONDAY + timedelta(days=weekday), start_time=time(19, 0),
                ),
            )  # fmt: skip
    out = draw(st, tmp_path / f"{language}.pdf", date(2026, 3, 1), date(2026, 4, 10))
    st.close()
    found = reading_order(runs(out))
    # Headings start with a capital, as CLDR's stand-alone names ("lundi") do not.
    assert [r.text for r in found if r.text in days] == days
    text = pdf_text(out)
    assert dates in text and "Thursday" not in text
    lines = [plain(r.text) for r in found]
    assert start in lines and lines.count(start) == 3
