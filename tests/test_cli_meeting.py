"""Choosing the meeting on the command line: `--date`, and `--series NAME` or `--time HH:MM`
beside it when a day has more than one meeting (the packet and the sign-in sheet)."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from groupkeeper.schedule import service
from groupkeeper.store import open_store
from tests.conftest import series_input
from tests.export.test_flyer import pdf_text
from tests.test_cli import run

TWO = (
    "There are 2 meetings on Tuesday 2026-03-03: Tuesday Night Discussion at 7:00 PM; "
    "Newcomers Step Study at 8:30 PM. Choose one with --series NAME or --time HH:MM."
)


@pytest.fixture
def two_on_tuesday(demo_file: Path) -> Path:
    """The demo group with a second meeting on Tuesday evenings, after the first."""
    with open_store(demo_file) as st, st.session() as s, s.begin():
        service.create_series(
            s,
            series_input(
                name="Newcomers Step Study", start_date=date(2026, 3, 3),
                start_time=time(20, 30), duration_minutes=60,
            ),
        )  # fmt: skip
    return demo_file


def _export(
    capsys: pytest.CaptureFixture[str], data: Path, what: str, out: Path, *args: str
) -> tuple[int, str, str]:
    return run(capsys, "export", what, "--data", str(data), "--out", str(out), *args)


@pytest.mark.parametrize("what", ["packet", "sign-in"])
def test_a_date_with_two_meetings_and_no_choice_names_both(
    capsys: pytest.CaptureFixture[str], two_on_tuesday: Path, tmp_path: Path, what: str
) -> None:
    out = tmp_path / "x.pdf"
    code, _said, err = _export(capsys, two_on_tuesday, what, out, "--date", "2026-03-03")
    assert code == 1 and err == f"groupkeeper: {TWO}\n"
    assert not out.exists()


def test_the_second_meeting_of_a_day_by_series_or_time(
    capsys: pytest.CaptureFixture[str], two_on_tuesday: Path, tmp_path: Path
) -> None:
    out = tmp_path / "second.pdf"
    code, said, err = _export(
        capsys, two_on_tuesday, "packet", out, "--date", "2026-03-03", "--series", "newcomers"
    )
    assert code == 0, err
    assert said.startswith("Saved the packet for Newcomers Step Study on Tue 2026-03-03")
    text = pdf_text(out)
    assert "Meeting packet · Newcomers Step Study" in text and "8:30 PM – 9:30 PM" in text
    code, said, err = _export(
        capsys, two_on_tuesday, "packet", out, "--date", "2026-03-03", "--time", "19:00"
    )
    assert code == 0, err
    assert said.startswith("Saved the packet for Tuesday Night Discussion on Tue 2026-03-03")
    sheet = tmp_path / "sign-in.pdf"
    code, said, err = _export(
        capsys, two_on_tuesday, "sign-in", sheet, "--date", "2026-03-03", "--time", "20:30"
    )
    assert code == 0, err
    assert "Newcomers Step Study" in pdf_text(sheet)


def test_a_series_or_time_without_a_date_is_its_next_meeting(
    capsys: pytest.CaptureFixture[str], two_on_tuesday: Path, tmp_path: Path
) -> None:
    out = tmp_path / "next.pdf"
    code, said, err = _export(capsys, two_on_tuesday, "packet", out, "--series", "Newcomers")
    assert code == 0, err
    assert said.startswith("Saved the packet for Newcomers Step Study on Tue ")
    # The sign-in sheet is undated unless a meeting is chosen; choosing one by time dates it.
    sheet = tmp_path / "sign-in.pdf"
    code, said, err = _export(capsys, two_on_tuesday, "sign-in", sheet, "--time", "20:30")
    assert code == 0, err
    assert "Newcomers Step Study" in pdf_text(sheet)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--time", "25:00"], "'25:00' is not a time; write it as HH:MM"),
        (["--time", "evening"], "'evening' is not a time; write it as HH:MM"),
        (
            ["--date", "2026-03-03", "--series", "Women"],
            "There is no meeting called “Women” on Tuesday 2026-03-03. Meetings that day: "
            "Tuesday Night Discussion at 7:00 PM; Newcomers Step Study at 8:30 PM.",
        ),
        (["--date", "2026-03-03", "--time", "18:00"], "There is no meeting at 6:00 PM on"),
        (["--series", "Saturday"], "There is no meeting called “Saturday” in the next eight"),
    ],
)
def test_a_choice_that_fits_no_meeting_is_explained(
    capsys: pytest.CaptureFixture[str],
    two_on_tuesday: Path,
    tmp_path: Path,
    args: list[str],
    words: str,
) -> None:
    out = tmp_path / "x.pdf"
    code, _said, err = _export(capsys, two_on_tuesday, "packet", out, *args)
    assert code != 0 and words in err and "Traceback" not in err
    assert not out.exists()


def test_the_packet_warns_on_the_command_line_when_its_script_runs_late(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "women.pdf"
    code, said, err = _export(capsys, demo_file, "packet", out, "--series", "Women's Big Book")
    assert code == 0 and said.startswith("Saved the packet for Women's Big Book Study")
    assert err == (
        "Warning: The meeting's script runs 30 minutes past its end (8:00 PM; the meeting ends "
        "at 7:30 PM). Shorten the parts of “Tuesday discussion (90 minutes)” in Meetings > "
        "Meeting formats, or choose a shorter format for this meeting.\n"
    )
