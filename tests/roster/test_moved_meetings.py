"""A meeting moved any distance (a day, weeks, a year) keeps its roster turns everywhere:
fill, the roster as CSV and PDF, a member's calendar, the packet and Home."""

from __future__ import annotations

import csv
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.export.packet import packet_data
from groupkeeper.interchange import ics
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service as schedule
from groupkeeper.store import open_store
from tests.test_cli import run

ORIGINAL = date(2026, 3, 10)  # a Tuesday Night Discussion
EARLY = time(6, 0)  # the first meeting of its new day, whatever else meets then


@pytest.mark.parametrize("days", [1, 40, 200, 400])
def test_a_moved_meeting_keeps_its_turns_everywhere(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path, days: int
) -> None:
    moved_to = ORIGINAL + timedelta(days=days)
    with open_store(demo_file) as store, store.session() as s, s.begin():
        sid = next(r.id for r in schedule.list_series(s) if r.name == "Tuesday Night Discussion")
        roster.fill_roster(s, date(2026, 3, 1), date(2026, 3, 31), replace=True)
        schedule.move_date(s, sid, ORIGINAL, moved_to, EARLY, "Hall repainted")
        held = {
            k: a.member_id
            for k, a in roster.list_assignments(s).items()
            if (k.series_id, k.original) == (sid, ORIGINAL)
        }
        names = roster.member_names(s)
    assert held, "the meeting had nobody on its roster: the test would prove nothing"

    around = [
        (moved_to - timedelta(days=3)).isoformat(),
        (moved_to + timedelta(days=3)).isoformat(),
    ]
    code, _out, err = run(capsys, "roster", "fill", "--data", str(demo_file),
                          "--from", around[0], "--to", around[1])  # fmt: skip
    assert code == 0, err
    with open_store(demo_file) as store, store.session() as s:
        rows = [
            (k, a.member_id)
            for k, a in roster.list_assignments(s, moved_to, moved_to).items()
            if (k.series_id, k.original) == (sid, ORIGINAL)
        ]
        assert dict(rows) == held  # found, kept, and not filled a second time
        member = next(iter(held.values()))
        turns = ics.service_data(s, member, date(2026, 3, 2)).turns
        assert moved_to in [t.occurrence.day for t in turns]
        [occ] = [o for o in schedule.occurrences(s, moved_to, moved_to) if o.series_id == sid]
        packet = packet_data(s, occ)
        assert {t.name for t in packet.serving} == {names[m] for m in held.values()}
        home = roster.home(s, moved_to)
        assert home.meeting is not None and home.meeting.occurrence.series_id == sid
        assert {n for _role, n in home.serving} == {names[m] for m in held.values()}

    sheet, pdf = tmp_path / "roster.csv", tmp_path / "roster.pdf"
    for out in (sheet, pdf):
        code, _out, err = run(capsys, "export", "roster", "--data", str(demo_file),
                              "--out", str(out), "--from", around[0], "--to", around[1])  # fmt: skip
        assert code == 0, err
    lines = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines()))[1:]
    ours = [r for r in lines if r[0] == moved_to.isoformat() and r[2] == "Tuesday Night Discussion"]
    assert {r[4] for r in ours} == {names[m] for m in held.values()}
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert all(names[m] in text for m in held.values())
