"""What GroupKeeper writes is safe whatever a file put in it: a spreadsheet never runs a name
as a formula, a calendar's text is escaped as RFC 5545 says, and a terminal shows a file's
name rather than obeying the escape sequences in it."""

from __future__ import annotations

import csv
import io
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest

from groupkeeper.export.roster import RosterData, RosterEntry, Turn, write_csv
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo
from groupkeeper.interchange import ics
from groupkeeper.schedule.service import SeriesRecord
from groupkeeper.untrusted import csv_cell
from tests.conftest import series_input
from tests.test_cli import run

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)

# ---------------------------------------------------------------- spreadsheets

FORMULAS = [
    '=HYPERLINK("http://x")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tx",
    "\rx",
    "=cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("value", FORMULAS)
def test_a_cell_that_a_spreadsheet_would_run_is_neutralised(value: str) -> None:
    assert csv_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["", "Ana R.", "19:00", "2026-03-03", "'quoted", "a=b", "Zoë"])
def test_ordinary_cells_are_left_alone(value: str) -> None:
    assert csv_cell(value) == value


def test_the_roster_csv_neutralises_every_cell_from_the_file(tmp_path: Path) -> None:
    turns = (*(Turn(f"role {v}", v) for v in FORMULAS), Turn("=Reader", ""))
    entry = RosterEntry(date(2026, 3, 3), "-7:00", "=1+2 Meeting", turns)
    data = RosterData("@Group", date(2026, 3, 1), date(2026, 3, 31), (entry,))
    out = write_csv(data, tmp_path / "roster.csv")
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows[0] == ["date", "time", "meeting", "role", "member"]
    cells = [cell for row in rows[1:] for cell in row]
    assert all(not c or c[0] not in "=+-@\t\r" for c in cells), cells
    assert rows[1][1:4] == ["'-7:00", "'=1+2 Meeting", 'role =HYPERLINK("http://x")']
    assert [row[4] for row in rows[1:]] == ["'" + v for v in FORMULAS] + [""]
    assert rows[-1][3] == "'=Reader"


# ---------------------------------------------------------------- calendars

HOSTILE = "Hope; Group, A\rB\nC\r\nD\x1b[31mE\x00F\x7f"
CLEAN = "Hope; Group, AB\nC\nD[31mEF"  # line breaks kept as text, control characters gone
ESCAPED = "Hope\\; Group\\, AB\\nC\\nD[31mEF"


def _lines(raw: bytes) -> list[str]:
    """The file's content lines, unfolded (RFC 5545 3.1)."""
    text = raw.decode("utf-8")
    assert text.endswith("\r\n")
    body = text[:-2].replace("\r\n ", "").replace("\r\n\t", "")
    lines = body.split("\r\n")
    for line in lines:
        assert "\r" not in line and "\n" not in line, repr(line)
        assert not any(ch != "\t" and (ord(ch) < 32 or ord(ch) == 127) for ch in line), line
    return lines


def _group(name: str) -> GroupInfo:
    return GroupInfo(name, GroupKind.TWELVE_STEP, "en", "America/Toronto", "CA", "u1")


def test_a_calendar_escapes_every_text_value_and_drops_control_characters() -> None:
    record = SeriesRecord(
        7,
        series_input(name=HOSTILE, notes=HOSTILE),
        "FREQ=WEEKLY;BYDAY=TU",
        NOW.replace(tzinfo=None),
    )
    data = ics.CalendarData(_group(HOSTILE), (record,), (), {"O": "Open"})
    raw = ics.calendar_bytes(data, NOW)
    lines = _lines(raw)
    assert f"X-WR-CALNAME:{ESCAPED}" in lines
    assert f"SUMMARY:{ESCAPED}" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert description.endswith(f"Notes: {ESCAPED}")
    (event,) = icalendar.Calendar.from_ical(raw).walk("VEVENT")
    assert str(event["SUMMARY"]) == CLEAN  # what a calendar shows: the text, line breaks kept


def test_a_member_calendar_name_never_carries_a_bare_carriage_return() -> None:
    turns = ics.ServiceData(_group("Tuesday; Hope,\rGroup"), "Sam\rK.", ())
    lines = _lines(ics.service_bytes(turns, NOW))
    assert "X-WR-CALNAME:SamK.: service at Tuesday\\; Hope\\,Group" in lines


# ---------------------------------------------------------------- the terminal

ESC_NAME = "a\x1b[31mb"


def test_a_file_name_with_escape_sequences_is_printed_literally(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    data = tmp_path / f"{ESC_NAME}.groupkeeper"
    shutil.copy(demo_file, data)
    code, out, err = run(capsys, "check", "--data", str(data))
    assert code == 0, err
    assert "\x1b" not in out and "a\\x1b[31mb.groupkeeper" in out


def test_an_error_about_a_file_with_escape_sequences_is_printed_literally(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    feed = tmp_path / f"{ESC_NAME}\r\x07.json"
    feed.write_text('[{"name": "x",')
    code, _out, err = run(capsys, "import", "meeting-guide", "--data", str(demo_file), str(feed))
    assert code == 1
    assert not any(ch in err for ch in "\x1b\x07\r") and err.count("\n") == 1
    assert "a\\x1b[31mb\\r\\x07.json is not a readable meeting list" in err


def test_names_from_the_group_file_are_printed_literally(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from groupkeeper.group.service import save_group
    from groupkeeper.library.models import Kind
    from groupkeeper.library.service import ResourceInput, create_resource
    from groupkeeper.store import open_store

    path = tmp_path / "g.groupkeeper"
    with open_store(path, create=True) as st, st.session() as s, s.begin():
        save_group(s, _group("Hope"))
        create_resource(
            s, ResourceInput(Kind.READING, "Serenity\x1b]0;owned\x07 prayer", "Grant me\x1b[2J")
        )
    code, out, err = run(capsys, "library", "search", "--data", str(path), "serenity")
    assert code == 0, err
    assert "\x1b" not in out and "\x07" not in out
    assert "Serenity\\x1b]0;owned\\x07 prayer" in out
