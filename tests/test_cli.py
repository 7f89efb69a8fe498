"""Headless commands: success paths write real files; every user error is one plain line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def run_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    cmd = [sys.executable, "-m", "groupkeeper", *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=False, env=env)


def test_demo_then_export_schedule_as_a_real_process(tmp_path: Path) -> None:
    data, pdf = tmp_path / "demo.groupkeeper", tmp_path / "flyer.pdf"
    demo = run_app("demo", "--data", str(data))
    assert demo.returncode == 0, demo.stderr
    export = run_app("export", "schedule", "--data", str(data), "--out", str(pdf), "--paper", "a4")
    assert export.returncode == 0, export.stderr
    assert "Saved the schedule flyer" in export.stdout
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Elm Falls Hope Group" in text and "Tuesday Night Discussion" in text


def test_export_with_dates(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "f.pdf"
    code, _stdout, err = run(
        capsys,
        "export",
        "schedule",
        "--data",
        str(demo_file),
        "--out",
        str(out),
        "--from",
        "2026-03-01",
        "--to",
        "2026-04-30",
    )
    assert (code, err) == (0, "")
    assert (
        "Meeting schedule · Sun 1 Mar 2026 to Thu 30 Apr 2026"
        in PdfReader(out).pages[0].extract_text()
    )


def one_plain_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("groupkeeper: ")
    return lines[0]


# The schedule export of the demo file to tmp/x.pdf, which each bad-input row extends.
EXPORT = ["export", "schedule", "--data", "{demo}", "--out", "{tmp}/x.pdf"]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["demo"], "Say which group file to use with --data PATH."),
        (
            [
                *EXPORT,
                "--from",
                "31/12/2026",
            ],
            "is not a date; write it as YYYY-MM-DD",
        ),
        (
            [
                *EXPORT,
                "--from",
                "2026-05-01",
                "--to",
                "2026-04-01",
            ],
            "before its start",
        ),
        (
            ["export", "schedule", "--data", "{tmp}/nope.groupkeeper", "--out", "{tmp}/x.pdf"],
            "There is no group file",
        ),
        (
            ["export", "schedule", "--data", "{text}", "--out", "{tmp}/x.pdf"],
            "is not a GroupKeeper group file",
        ),
        (
            ["export", "schedule", "--data", "{demo}", "--out", "{tmp}/no/dir/x.pdf"],
            "does not exist",
        ),
        (
            [
                *EXPORT,
                "--paper",
                "tabloid",
            ],
            "invalid choice",
        ),
        (["demo", "--data", "{demo}"], "already exists, so the demo was not written"),
        (["export", "pamphlet"], "invalid choice"),
    ],
)
def test_user_errors_are_one_plain_line(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a group file")
    before = demo_file.read_bytes()
    filled = [a.format(demo=demo_file, tmp=tmp_path, text=text) for a in args]
    code, _out, err = run(capsys, *filled)
    assert code != 0
    assert words in one_plain_line(err)
    assert demo_file.read_bytes() == before
    assert not (tmp_path / "x.pdf").exists()


def test_newer_file_is_refused_by_the_command(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE alembic_version SET version_num = '0042_future'")
    conn.commit()
    conn.close()
    code, _out, err = run(
        capsys, "export", "schedule", "--data", str(demo_file), "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1
    assert "newer version of GroupKeeper" in one_plain_line(err)


def test_screenshot_command_writes_a_1280x800_png(demo_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "month.png"
    result = run_app("--data", str(demo_file), "--screenshot", str(shot), "--view", "month")
    assert result.returncode == 0, result.stderr
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert (int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")) == (
        1280,
        800,
    )


def test_screenshot_of_a_bad_file_is_one_plain_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.groupkeeper"
    bad.write_bytes(b"\x00" * 300)
    result = run_app("--data", str(bad), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 1
    lines = [ln for ln in result.stderr.splitlines() if "propagateSizeHints" not in ln]
    assert lines == [
        f"groupkeeper: {bad.name} is not a GroupKeeper group file, so it was not opened or changed. Choose a file ending in .groupkeeper."
    ]
    assert not (tmp_path / "x.png").exists()


def test_screenshot_leaves_the_recent_files_list_alone(
    demo_file: Path, tmp_path: Path, gk_home: Path
) -> None:
    result = run_app("--data", str(demo_file), "--screenshot", str(tmp_path / "s.png"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "s.png").exists()
    assert not (gk_home / "config" / "recent.json").exists()


def test_a_full_disk_mid_command_is_one_plain_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo_file: Path,
    tmp_path: Path,
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from groupkeeper.library import service as library

    def full(*_a: object, **_k: object) -> int:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(library, "attach", full)
    note = tmp_path / "note.txt"
    note.write_text("words")
    code, out, err = run(capsys, "library", "add", str(note), "--data", str(demo_file))
    assert code == 1 and out == ""
    assert err.startswith("groupkeeper: the group file could not be read or written (the disk")
    assert err.count("\n") == 1 and "Traceback" not in err
