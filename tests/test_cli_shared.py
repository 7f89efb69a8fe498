"""The command line on a group file in a shared folder: it publishes when done, and says so
plainly when someone else published first (nothing overwritten)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from groupkeeper.roster import service as roster
from groupkeeper.roster.service import MemberInput
from groupkeeper.store import StoreError, open_store
from tests.store.test_shared import _member_names
from tests.test_cli import run


def test_a_command_publishes_and_a_conflict_is_said(
    tmp_path: Path, demo_file: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    shared = folder / "hope.groupkeeper"
    shutil.copyfile(demo_file, shared)
    sheet = tmp_path / "new.csv"
    sheet.write_text("first_name,full_name\nCasey,Casey M\n", encoding="utf-8")
    # Computer B changes its copy while the folder is away: the change waits there.
    monkeypatch.setenv("GROUPKEEPER_HOME", str(tmp_path / "b"))
    store = open_store(shared)
    with store.session() as s, s.begin():
        roster.create_member(s, MemberInput(first_name="Bea", full_name="Bea B"))
    folder.rename(tmp_path / "away")
    with pytest.raises(StoreError):
        store.close()
    (tmp_path / "away").rename(folder)
    # Computer A imports members from the command line: published at once.
    monkeypatch.setenv("GROUPKEEPER_HOME", str(tmp_path / "a"))
    code, _out, err = run(capsys, "import", "members", "--data", str(shared), str(sheet))
    assert code == 0, err
    assert "Casey M" in _member_names(shared)
    # B's next command works on its own copy and is told, without a traceback.
    monkeypatch.setenv("GROUPKEEPER_HOME", str(tmp_path / "b"))
    code, _out, err = run(capsys, "import", "members", "--data", str(shared), str(sheet))
    assert code != 0 and "Traceback" not in err
    assert "after you took your copy" in err and "Nothing was overwritten" in err
    names = _member_names(shared)
    assert "Bea B" not in names and "Casey M" in names
