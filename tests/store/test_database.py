"""Opening group files: new, existing, and every kind of file that must be refused untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from groupkeeper.group.service import get_group
from groupkeeper.store import (
    DamagedFileError,
    FileMissingError,
    FileNotWritableError,
    GroupStore,
    NewerFileError,
    NotAGroupFileError,
    open_store,
)
from groupkeeper.store.revisions import APPLICATION_ID, HEAD


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_stamped_at_head_with_wal_and_foreign_keys(store: GroupStore) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD


def test_reopening_keeps_the_group(store: GroupStore) -> None:
    path = store.path
    store.close()
    with open_store(path) as again, again.session() as s:
        group = get_group(s)
    assert group is not None and group.name == "Tuesday Hope Group"


def test_opening_a_file_at_head_does_not_import_alembic(demo_file: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from groupkeeper.store import open_store;"
        f"open_store(Path({str(demo_file)!r})).close();"
        "sys.exit(1 if 'alembic' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()


BAD_FILES = {
    "text": (
        lambda p: p.write_text("Meeting list\nTuesday 7pm\n"),
        NotAGroupFileError,
        "is not a GroupKeeper group file",
    ),
    "random": (
        lambda p: p.write_bytes(os.urandom(5000)),
        NotAGroupFileError,
        "is not a GroupKeeper group file",
    ),
    "empty": (lambda p: p.write_bytes(b""), NotAGroupFileError, "is not a GroupKeeper group file"),
    "foreign_sqlite": (_foreign_sqlite, NotAGroupFileError, "is not a GroupKeeper group file"),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_files_that_are_not_group_files_are_refused_unchanged(tmp_path: Path, kind: str) -> None:
    make, error, words = BAD_FILES[kind]
    path = tmp_path / f"{kind}.groupkeeper"
    make(path)
    before = digest(path)
    with pytest.raises(error, match=words):
        open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_truncated_file_is_reported_as_damaged_and_left_alone(
    demo_file: Path, tmp_path: Path
) -> None:
    data = demo_file.read_bytes()
    cut = tmp_path / "cut.groupkeeper"
    cut.write_bytes(data[: len(data) // 2])
    before = digest(cut)
    with pytest.raises(DamagedFileError, match="is damaged"):
        open_store(cut)
    assert digest(cut) == before


def test_file_from_a_newer_version_is_refused(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    conn.close()
    before = digest(demo_file)
    with pytest.raises(NewerFileError, match="saved by a newer version of GroupKeeper"):
        open_store(demo_file)
    assert digest(demo_file) == before


def test_missing_file_and_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError, match="There is no group file"):
        open_store(tmp_path / "nope.groupkeeper")
    with pytest.raises(FileNotWritableError, match="the folder does not exist"):
        open_store(tmp_path / "no" / "such" / "dir.groupkeeper", create=True)


def test_read_only_file_is_refused(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access

    def access(path: object, mode: int) -> bool:
        if Path(str(path)) == demo_file and mode == os.W_OK:
            return False
        return real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    before = digest(demo_file)
    with pytest.raises(FileNotWritableError, match="the file is read-only"):
        open_store(demo_file)
    assert digest(demo_file) == before


def test_a_folder_is_not_a_group_file(tmp_path: Path) -> None:
    with pytest.raises(NotAGroupFileError):
        open_store(tmp_path)
