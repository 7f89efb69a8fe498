"""Headless check, backup / hand-over and passphrase commands, and their plain refusals."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from groupkeeper.store import backups, open_store
from groupkeeper.store.sqlitefile import is_encrypted
from tests.conftest import PASSPHRASE
from tests.test_cli import run

NEW = "next secretary's phrase"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    monkeypatch.delenv("GROUPKEEPER_PASSPHRASE", raising=False)
    monkeypatch.delenv("GROUPKEEPER_NEW_PASSPHRASE", raising=False)


def test_check_passes_a_good_file_and_fails_a_damaged_one(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    assert run(capsys, "check", "--data", str(demo_file))[:2] == (
        0,
        f"No damage found in {demo_file}.\n",
    )
    cut = tmp_path / "cut.groupkeeper"
    data = demo_file.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    code, out, err = run(capsys, "check", "--data", str(cut))
    assert (code, out) == (1, "")
    assert err.startswith("groupkeeper: The group file cut.groupkeeper is damaged")
    assert len(err.strip().splitlines()) == 1


def test_passphrase_set_change_remove_from_the_environment(
    capsys: pytest.CaptureFixture[str],
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_terminal: None,
) -> None:
    data = str(demo_file)
    monkeypatch.setenv("GROUPKEEPER_NEW_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "passphrase", "set", "--data", data)
    assert code == 0 and "is now protected with a passphrase" in out
    assert is_encrypted(demo_file)
    # A command on the protected file without the passphrase says how to give it.
    code, _, err = run(capsys, "check", "--data", data)
    assert code == 1 and "set GROUPKEEPER_PASSPHRASE" in err
    monkeypatch.setenv("GROUPKEEPER_PASSPHRASE", "not the phrase")
    before = digest(demo_file)
    code, _, err = run(capsys, "passphrase", "change", "--data", data)
    assert code == 1 and "That passphrase does not open demo.groupkeeper" in err
    assert digest(demo_file) == before
    monkeypatch.setenv("GROUPKEEPER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("GROUPKEEPER_NEW_PASSPHRASE", NEW)
    assert run(capsys, "passphrase", "change", "--data", data)[0] == 0
    open_store(demo_file, passphrase=NEW).close()
    monkeypatch.setenv("GROUPKEEPER_PASSPHRASE", NEW)
    code, out, _ = run(capsys, "passphrase", "remove", "--data", data)
    assert code == 0 and "is no longer encrypted" in out
    assert not is_encrypted(demo_file)
    code, _, err = run(capsys, "passphrase", "remove", "--data", data)
    assert code == 1 and "has no passphrase" in err


def test_a_too_short_new_passphrase_is_refused(
    capsys: pytest.CaptureFixture[str],
    demo_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_terminal: None,
) -> None:
    monkeypatch.setenv("GROUPKEEPER_NEW_PASSPHRASE", "abc")
    code, _, err = run(capsys, "passphrase", "set", "--data", str(demo_file))
    assert code == 1 and "at least 8 characters" in err
    assert not is_encrypted(demo_file)


def test_backup_writes_a_hand_over_copy_with_its_own_passphrase(
    capsys: pytest.CaptureFixture[str],
    encrypted_demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_terminal: None,
) -> None:
    out = tmp_path / "usb" / "for-sam.groupkeeper"
    out.parent.mkdir()
    monkeypatch.setenv("GROUPKEEPER_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("GROUPKEEPER_NEW_PASSPHRASE", NEW)
    args = ["backup", "--data", str(encrypted_demo), "--out", str(out)]
    code, stdout, _ = run(capsys, *args, "--new-passphrase")
    assert code == 0 and "protected with a passphrase" in stdout
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]
    assert backups.summary(out, NEW)["meetings"] >= 3
    open_store(encrypted_demo, passphrase=PASSPHRASE).close()  # the original keeps its own


def test_backup_without_a_passphrase_where_one_is_needed(
    capsys: pytest.CaptureFixture[str], encrypted_demo: Path, tmp_path: Path, no_terminal: None
) -> None:
    code, _, err = run(
        capsys, "backup", "--data", str(encrypted_demo), "--out", str(tmp_path / "x")
    )
    assert code == 1 and "GROUPKEEPER_PASSPHRASE" in err
    assert not (tmp_path / "x").exists()
