"""Where files go on this computer."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from groupkeeper import paths


def test_dialogs_start_in_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(documents))
    assert paths.documents_dir() == documents


def test_without_a_documents_folder_dialogs_start_at_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Documents"))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "me"))
    assert paths.documents_dir() == tmp_path / "me"
    assert not (tmp_path / "Documents").exists()  # nothing made behind the user's back


def test_the_portable_copy_keeps_everything_beside_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The zip for a USB stick: a laptop it is plugged into keeps no copy of the group."""
    import sys

    stick = tmp_path / "stick" / "GroupKeeper"
    stick.mkdir(parents=True)
    monkeypatch.delenv("GROUPKEEPER_HOME", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(stick / "GroupKeeper.exe"))
    laptop = tmp_path / "laptop"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_a: str(laptop / "data"))
    monkeypatch.setattr(platformdirs, "user_config_dir", lambda *_a: str(laptop / "config"))
    assert paths.data_dir() == laptop / "data"  # an installed copy: the usual folders
    (stick / paths.PORTABLE_MARK).write_text("portable")
    assert paths.data_dir() == stick / paths.PORTABLE_HOME / "data"
    assert paths.config_dir() == stick / paths.PORTABLE_HOME / "config"
    assert paths.default_group_file().parent == stick / paths.PORTABLE_HOME / "data"


def test_a_mark_beside_python_itself_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.delenv("GROUPKEEPER_HOME", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    (tmp_path / paths.PORTABLE_MARK).write_text("portable")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *_a: str(tmp_path / "usual"))
    assert not getattr(sys, "frozen", False)
    assert paths.data_dir() == tmp_path / "usual"
