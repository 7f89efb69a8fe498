"""The parts of packaging/smoke.py and the bundle's launch.py that can be tried without a
bundle (the smoke test itself runs on the built bundle at the end of `dev.py check`)."""

from __future__ import annotations

import sqlite3
import struct
import sys
import zlib
from pathlib import Path

import pytest

from groupkeeper.group.service import get_group
from groupkeeper.schedule import service
from groupkeeper.store import open_store
from groupkeeper.store.revisions import HEAD, KNOWN_REVISIONS
from tests.packaging.scripts import launch, smoke


def test_the_bundle_runs_with_nothing_from_the_shell(tmp_path: Path) -> None:
    env = smoke.clean_env(tmp_path)
    if sys.platform.startswith("linux"):
        # `env -i HOME=... PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen`, and no system zones.
        assert env == {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin",
                       "QT_QPA_PLATFORM": "offscreen", "PYTHONTZPATH": ""}  # fmt: skip
    assert env["PYTHONTZPATH"] == ""


def test_the_oldest_file_the_smoke_test_opens_is_at_the_first_revision_and_upgrades(
    tmp_path: Path,
) -> None:
    path = tmp_path / "oldest.groupkeeper"
    assert smoke.make_oldest_file(path) == (KNOWN_REVISIONS[0], HEAD)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
        KNOWN_REVISIONS[0],
    )
    conn.close()
    with open_store(path) as store, store.session() as s:
        group = get_group(s)
        [series] = service.list_series(s)
        [change] = service.list_changes(s)
    assert group is not None and (group.name, group.timezone) == (
        "Groupe du mardi",
        "America/Montreal",
    )
    assert (series.name, series.data.formats) == ("Mardi soir", ("O", "FR"))
    assert change.note == "Fermé"


def png(width: int, height: int) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    return (
        b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk))
    )


def test_png_size_reads_the_header_and_refuses_anything_else(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png(1280, 800))
    assert smoke.png_size(tmp_path / "a.png") == (1280, 800)
    (tmp_path / "b.png").write_bytes(b"GIF89a" + b"\0" * 30)
    with pytest.raises(smoke.SmokeError):
        smoke.png_size(tmp_path / "b.png")


def fake_bundle(folder: Path) -> Path:
    internal = folder / "_internal"
    for name in ("LICENSE", "THIRD-PARTY-NOTICES.md", "licenses/Python/LICENSE.txt",
                 "licenses/SQLAlchemy/LICENSE", "groupkeeper/resources/fonts/DejaVuSans.ttf",
                 "groupkeeper/store/migrations/env.py", "tzdata/zoneinfo/America/Montreal",
                 "PySide6/Qt/translations/qtbase_fr.qm", "PySide6/Qt/translations/qtbase_es.qm",
                 "PySide6/Qt/lib/libQt6Core.so.6", "pypdfium2_raw/libpdfium.so",
                 "groupkeeper/resources/translations/groupkeeper_fr.qm",
                 "groupkeeper/resources/locale/fr/LC_MESSAGES/groupkeeper.mo",
                 "groupkeeper/resources/locale/es/LC_MESSAGES/groupkeeper.mo",
                 "babel/locale-data/fr_CA.dat", "babel/global.dat",
                 "pyuca/allkeys-9.0.0.txt"):  # fmt: skip
        (internal / name).parent.mkdir(parents=True, exist_ok=True)
        (internal / name).write_bytes(b"")
    return internal


def test_check_contents_finds_what_must_not_ship_and_what_is_missing(tmp_path: Path) -> None:
    internal = fake_bundle(tmp_path)
    smoke.check_contents(tmp_path)

    (internal / "PySide6/Qt/lib/libQt6Network.so.6").write_bytes(b"")
    (internal / "PySide6/Qt/translations/qtbase_de.qm").write_bytes(b"")
    (internal / "LICENSE").unlink()
    with pytest.raises(smoke.SmokeError) as raised:
        smoke.check_contents(tmp_path)
    said = str(raised.value)
    assert "ships PySide6/Qt/lib/libQt6Network.so.6" in said.replace("_internal/", "")
    assert "de translation" in said
    assert "lacks _internal/LICENSE" in said


def test_children_of_the_bundle_get_the_sessions_environment_back() -> None:
    env = {"LD_LIBRARY_PATH": "/opt/GroupKeeper/_internal", "LD_LIBRARY_PATH_ORIG": "/mine",
           "QT_PLUGIN_PATH": "/opt/GroupKeeper/_internal/PySide6/Qt/plugins", "HOME": "/h"}  # fmt: skip
    launch.restore_environment(env, "linux")
    assert env == {"LD_LIBRARY_PATH": "/mine", "HOME": "/h"}
    env = {"LD_LIBRARY_PATH": "/opt/GroupKeeper/_internal", "QML2_IMPORT_PATH": "/x"}
    launch.restore_environment(env, "linux")
    assert env == {}
    env = {"QT_PLUGIN_PATH": r"C:\GroupKeeper\_internal\PySide6\plugins"}
    launch.restore_environment(env, "win32")  # Windows and macOS keep PyInstaller's settings
    assert env == {"QT_PLUGIN_PATH": r"C:\GroupKeeper\_internal\PySide6\plugins"}
