"""Hostile files, through every door: the store, the command line and the window.

Each gets one plain message; none is modified (bytes compared) and nothing crashes.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from groupkeeper.store import GroupStore, StoreError, open_store
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import PASSPHRASE, Notes
from tests.test_cli import run


def _random(path: Path, demo: Path) -> None:
    path.write_bytes(os.urandom(5000))


def _truncated(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _zero(path: Path, demo: Path) -> None:
    path.write_bytes(b"")


def _foreign(path: Path, demo: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


def _newer(path: Path, demo: Path) -> None:
    path.write_bytes(demo.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()


def _encrypted(path: Path, demo: Path) -> None:
    from groupkeeper.store.protection import change_passphrase

    path.write_bytes(demo.read_bytes())
    change_passphrase(path, None, PASSPHRASE)


def _planted(*statements: str) -> Callable[[Path, Path], None]:
    """The demo file with ``statements`` run on it, as someone altering a file would."""

    def make(path: Path, demo: Path) -> None:
        path.write_bytes(demo.read_bytes())
        conn = sqlite3.connect(path)
        conn.executescript("BEGIN;" + ";".join(statements) + ";COMMIT;")
        conn.close()

    return make


_ALTERED = "holds things GroupKeeper never puts in a group file"

HOSTILE: dict[str, tuple[Callable[[Path, Path], None], str]] = {
    "trigger that wipes members": (
        _planted("CREATE TRIGGER wipe AFTER INSERT ON member BEGIN DELETE FROM member; END"),
        _ALTERED,
    ),
    "trigger that copies phones": (
        _planted(
            "CREATE TABLE loot (name TEXT, phone TEXT)",
            "CREATE TRIGGER copy AFTER UPDATE ON member "
            "BEGIN INSERT INTO loot VALUES (new.full_name, new.phone); END",
        ),
        _ALTERED,
    ),
    "recursive view": (
        _planted(
            "CREATE VIEW forever AS WITH RECURSIVE c(x) AS "
            "(SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
        ),
        _ALTERED,
    ),
    "a date that is not a date": (
        _planted("UPDATE member SET created_at = 'last Tuesday' WHERE id = 1"),
        "values GroupKeeper cannot have written (in member.created_at)",
    ),
    "an impossible day": (
        _planted("UPDATE meeting_series SET start_date = '2026-02-30'"),
        "(in meeting_series.start_date)",
    ),
    "a kind no version knows": (
        _planted("UPDATE resource SET kind = 'MALWARE' WHERE id = 1"),
        "(in resource.kind)",
    ),
    "text where a number goes": (
        _planted("UPDATE meeting_series SET duration_minutes = 'long'"),
        "(in meeting_series.duration_minutes)",
    ),
    "a place off the globe": (
        _planted("UPDATE meeting_series SET latitude = 1e308, longitude = 2 WHERE id = 1"),
        "(in meeting_series.latitude)",
    ),
    "text where degrees go": (
        _planted("UPDATE meeting_series SET longitude = 'east' WHERE id = 1"),
        "(in meeting_series.longitude)",
    ),
    "a 2 MB group name": (
        _planted("UPDATE group_info SET name = printf('%.*c', 2000000, 'x')"),
        "(in group_info.name)",
    ),
    "a time zone that does not exist": (
        _planted("UPDATE group_info SET timezone = 'Mars/Olympus_Mons'"),
        "(in group_info.timezone)",
    ),
    "a column taken away": (_planted("ALTER TABLE member DROP COLUMN notes"), "is damaged"),
    "hidden index": (_planted("CREATE INDEX ix_spy ON member (full_name)"), _ALTERED),
    "5,000 tables": (
        _planted("".join(f"CREATE TABLE t{i} (x);" for i in range(5_000))),
        _ALTERED,
    ),
    "random bytes": (_random, "is not a GroupKeeper group file"),
    "truncated": (_truncated, "is damaged"),
    "zero length": (_zero, "is not a GroupKeeper group file"),
    "foreign tables": (_foreign, "is not a GroupKeeper group file"),
    "newer version": (_newer, "saved by a newer version"),
    "wrong passphrase": (_encrypted, "That passphrase does not open"),
}


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    make, words = HOSTILE[request.param]
    path = tmp_path / "hostile" / "file.groupkeeper"
    path.parent.mkdir()
    if request.param in _MADE:  # made once per run: the demo alone takes most of a second
        path.write_bytes(_MADE[request.param])
    else:
        make(path, request.getfixturevalue("demo_file"))
        _MADE[request.param] = path.read_bytes()
    return path, words


_MADE: dict[str, bytes] = {}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _untouched(path: Path, before: str) -> None:
    assert _digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_the_store_refuses_each_plainly(hostile: tuple[Path, str]) -> None:
    path, words = hostile
    before = _digest(path)
    with pytest.raises(StoreError, match=re.escape(words)):
        open_store(path, passphrase="not the passphrase")
    _untouched(path, before)


@pytest.mark.parametrize("command", ["check", "export", "backup"])
def test_the_command_line_refuses_each_in_one_line(
    hostile: tuple[Path, str],
    command: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path, words = hostile
    monkeypatch.setenv("GROUPKEEPER_PASSPHRASE", "not the passphrase")
    before = _digest(path)
    args = {
        "check": ["check"],
        "export": ["export", "schedule", "--out", str(tmp_path / "x.pdf")],
        "backup": ["backup", "--out", str(tmp_path / "x.groupkeeper")],
    }[command]
    code, out, err = run(capsys, *args, "--data", str(path))
    if command != "export" and words == "saved by a newer version":
        # Reading a newer file is harmless: it can be checked and copied, not changed.
        assert code == 0, err
        assert _digest(path) == before
        return
    assert code == 1 and out == ""
    assert err.startswith("groupkeeper: ") and words in err and err.count("\n") == 1
    _untouched(path, before)
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.groupkeeper").exists()


def test_the_window_refuses_each_and_stays_usable(
    hostile: tuple[Path, str],
    make_window: Callable[[GroupStore | None], MainWindow],
    notes: Notes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, words = hostile
    before = _digest(path)
    window = make_window(None)
    monkeypatch.setattr(
        window.prompts, "ask_passphrase", lambda p, wrong: None if wrong else "nope nope"
    )
    monkeypatch.setattr(window.prompts, "confirm", lambda *a: False)  # decline any offered restore
    assert not window.open_file(path)
    if words != "That passphrase does not open" and words != "is damaged":
        assert notes and words in notes[-1][1]
    assert window.controller is None and window.registry["open"].isEnabled()
    _untouched(path, before)


def test_every_other_command_refuses_each_quickly_and_writes_nothing_elsewhere(
    hostile: tuple[Path, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """The rest of the commands that take a group file, in one pass per hostile file: one
    plain line each, at most 10 s, the file's bytes as they were, and nothing written outside
    GroupKeeper's own folders (here: anything new under the test's folder but its home)."""
    import time

    path, words = hostile
    monkeypatch.setenv("GROUPKEEPER_PASSPHRASE", "not the passphrase")
    members = tmp_path / "members.csv"
    members.write_text("first_name\nAna\n")
    before = _digest(path)
    home = tmp_path / "home"

    def outside() -> set[Path]:
        return {p for p in tmp_path.rglob("*") if home not in p.parents and p != home}

    files = outside()
    for args in (
        ["export", "ics", "--out", str(tmp_path / "x.ics")],
        ["export", "meeting-guide", "--out", str(tmp_path / "x.json")],
        ["export", "phone-list", "--out", str(tmp_path / "x.pdf")],
        ["library", "search", "hope"],
        ["pairings", "suggest"],
        ["roster", "fill", "--from", "2026-12-01", "--to", "2026-12-31"],
        ["import", "members", str(members)],
    ):
        start = time.monotonic()
        code, out, err = run(capsys, *args, "--data", str(path))
        assert time.monotonic() - start < 10, args
        if words == "saved by a newer version" and args[0] != "export":
            assert code == 1 and "newer version" in err, args
        else:
            assert code == 1 and out == "", (args, out)
            assert err.startswith("groupkeeper: ") and words in err, (args, err)
        assert err.count("\n") <= 3 and "Traceback" not in err, args
        assert _digest(path) == before, args
    assert outside() == files  # no export, copy or sidecar left behind


@pytest.mark.parametrize("case", ["5,000 tables", "a 2 MB group name", "recursive view"])
def test_the_heaviest_cases_stay_under_200_mb_and_10_s(
    case: str, tmp_path: Path, demo_file: Path
) -> None:
    import subprocess
    import sys
    import time

    make, words = HOSTILE[case]
    path = tmp_path / "heavy.groupkeeper"
    make(path, demo_file)
    env = {**os.environ, "GROUPKEEPER_HOME": str(tmp_path / "home")}
    start = time.monotonic()
    # The child's own peak (VmHWM starts again at exec; ru_maxrss would include the pages of
    # this large test process it was forked from).
    child = (
        "import sys\nfrom groupkeeper.cli import main\ncode = main(sys.argv[1:])\n"
        "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0]\n"
        "print(int(peak.split()[1]) // 1024)\nsys.exit(code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", child, "check", "--data", str(path)],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    elapsed = time.monotonic() - start
    assert done.returncode == 1 and words in done.stderr
    peak_mb = int(done.stdout.split()[-1])
    assert elapsed < 10 and peak_mb < 200, (elapsed, peak_mb)
