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
