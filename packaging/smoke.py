"""Smoke test of a built GroupKeeper: what a person downloads, run as they would run it.

    python packaging/smoke.py ARTEFACT

ARTEFACT is what ``python3 dev.py package`` made: the Linux ``.tar.xz`` (unpacked, installed
with its install.sh into a fresh home folder, run through the ``groupkeeper`` launcher, then
uninstalled), the Windows portable ``.zip`` (unpacked elsewhere) or setup ``.exe`` (installed
quietly into a folder, then uninstalled), the macOS ``.dmg`` (attached, the .app copied out),
or a bundle folder (copied elsewhere). So the program always runs from somewhere other than
where it was built, which proves the bundle carries everything and finds it by itself.

Each run of the bundled program gets a clean environment: on Linux exactly ``env -i
HOME=<temporary> PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen``, plus ``PYTHONTZPATH=`` (empty)
so the time zones must come from the bundle, not /usr/share/zoneinfo. It then: writes the demo
group, takes a screenshot of the window, prints the meeting packet and a calendar, protects the
file with a passphrase and checks it, and opens a file made at the oldest schema revision
(made here with this checkout's Python, as GroupKeeper 0.1 would have), which upgrades.
It also checks what the bundle holds: no QtNetwork, QML or other Qt parts the app does not use,
Qt's translations for English, French and Spanish only, the licences; on Linux, with ldd, that
every library the bundle loads from the computer is one a desktop has, and the sizes.

Exits 0 when all is well; otherwise prints what failed, with the program's output, and exits 1.
Standard library only, apart from making the old file (which imports this checkout's
groupkeeper, so run it with the .venv's Python).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import os
import platform
import shutil
import sqlite3
import struct
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
NAME = "GroupKeeper"
PASSPHRASE = "correct horse battery staple"
MB = 1_000_000
# The figures for Linux.
ARCHIVE_LIMIT_MB = 60
INSTALLED_LIMIT_MB = 180
# Names that must never ship, whatever contents.py says: a second, independent look.
FORBIDDEN = ("Qt6Network", "QtNetwork", "Qt6Qml", "QtQml", "Qt6Quick", "QtQuick", "Qt6Pdf",
             "QtPdf", "WebEngine", "Qt6Multimedia", "Qt63D", "tkinter", "libssl",
             "fontTools")  # fmt: skip


# What the bundle must carry, where it keeps its data: the licences, the fonts, the migration
# scripts (as source, for Alembic), the time zones, Qt's French and Spanish, and PDFium (the
# preview and Print… draw pages with it; no headless command does, so it is looked for here).
NEEDED = (
    "LICENSE", "THIRD-PARTY-NOTICES.md", "licenses/Python", "licenses/SQLAlchemy",
    "groupkeeper/resources/fonts/DejaVuSans.ttf", "groupkeeper/store/migrations/env.py",
    "tzdata/zoneinfo/America/Montreal", "{qt}/translations/qtbase_fr.qm",
    "{qt}/translations/qtbase_es.qm", "pypdfium2_raw",
    "groupkeeper/resources/translations/groupkeeper_fr.qm",
    "groupkeeper/resources/locale/fr/LC_MESSAGES/groupkeeper.mo",
    "groupkeeper/resources/locale/es/LC_MESSAGES/groupkeeper.mo",
    "babel/locale-data/fr_CA.dat", "babel/global.dat", "pyuca/allkeys-9.0.0.txt",
)  # fmt: skip


def _contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("contents", HERE / "pyinstaller" / "contents.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class SmokeError(Exception):
    pass


def clean_env(home: Path) -> dict[str, str]:
    """The environment the bundled program runs in: nothing from this shell."""
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONTZPATH": ""}
    if sys.platform == "win32":
        root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env |= {
            "SYSTEMROOT": root, "WINDIR": root, "PATH": rf"{root}\system32;{root}",
            "TEMP": str(home), "TMP": str(home), "USERPROFILE": str(home),
            # platformdirs asks Windows for the data folder, so keep the runner's own clean.
            "GROUPKEEPER_HOME": str(home / "GroupKeeper"),
        }  # fmt: skip
    elif sys.platform == "darwin":
        env |= {"PATH": "/usr/bin:/bin", "TMPDIR": str(home)}
    else:
        env |= {"PATH": "/usr/bin:/bin"}
    return env


def run(exe: Path, args: list[str], env: dict[str, str], extra: dict[str, str] | None = None,
        expect: int = 0) -> subprocess.CompletedProcess[str]:  # fmt: skip
    started = time.perf_counter()
    done = subprocess.run(
        [str(exe), *args], env=env | (extra or {}), capture_output=True, text=True,
        timeout=180, cwd=env["HOME"],
    )  # fmt: skip
    took = time.perf_counter() - started
    shown = " ".join(a if len(a) < 60 else "…" + a[-40:] for a in args)
    print(f"  {took:5.1f}s  groupkeeper {shown}  -> exit {done.returncode}", flush=True)
    if done.returncode != expect:
        raise SmokeError(
            f"groupkeeper {' '.join(args)} exited {done.returncode}, expected {expect}\n"
            f"--- stdout ---\n{done.stdout}\n--- stderr ---\n{done.stderr}"
        )
    return done


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise SmokeError(f"{path.name} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def make_oldest_file(path: Path) -> tuple[str, str]:
    """A group file at the first schema revision, with a group, a series and a cancelled date
    (as tests/store/test_migrations.py makes one). Returns the revisions (oldest, head)."""
    from sqlalchemy import create_engine

    from groupkeeper.store.migrate import upgrade_to_head
    from groupkeeper.store.revisions import APPLICATION_ID, HEAD, KNOWN_REVISIONS

    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade_to_head(engine, KNOWN_REVISIONS[0])
    engine.dispose()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "INSERT INTO group_info VALUES (1, 'Groupe du mardi', 'PEER_SUPPORT', 'fr',"
            " 'America/Montreal', '2024-05-01 10:00:00')"
        )
        conn.execute(
            "INSERT INTO meeting_series (id, name, rrule, start_date, end_date, start_time,"
            " duration_minutes, location_name, address, room, directions, accessibility,"
            " language, notes, created_at) VALUES (7, 'Mardi soir', 'FREQ=WEEKLY;BYDAY=TU',"
            " '2024-05-07', NULL, '19:00:00.000000', 90, 'Salle paroissiale', '', '', '', '',"
            " 'fr', '', '2024-05-01 10:00:00')"
        )
        conn.execute("INSERT INTO series_format VALUES (7, 'O'), (7, 'FR')")
        conn.execute(
            "INSERT INTO meeting_exception (series_id, original_date, kind, new_date, new_time,"
            " note) VALUES (7, '2024-05-14', 'CANCELLED', NULL, NULL, 'Fermé')"
        )
    conn.close()
    return KNOWN_REVISIONS[0], HEAD


def _has_font_for(ch: str) -> bool:
    """Whether fontconfig knows a font with ``ch`` (then the bundle prints it in that font)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, f":charset={ord(ch):x}", "file"], capture_output=True,
                           text=True, check=False)  # fmt: skip
    return bool(found.stdout.strip())


def exercise(exe: Path, work: Path) -> None:
    """The person's first hour, headless."""
    home = work / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = clean_env(home)
    demo = work / "demo.groupkeeper"
    run(exe, ["demo", "--data", str(demo)], env)

    shot = work / "window.png"
    run(exe, ["--data", str(demo), "--screenshot", str(shot)], env)
    width, height = png_size(shot)
    if width < 640 or height < 400 or shot.stat().st_size < 20_000:
        raise SmokeError(f"the screenshot is {width}x{height}, {shot.stat().st_size} bytes")

    packet = work / "packet.pdf"
    run(exe, ["export", "packet", "--data", str(demo), "--out", str(packet)], env)
    pdf = packet.read_bytes()
    if not pdf.startswith(b"%PDF-") or b"DejaVuSans" not in pdf:
        raise SmokeError("the packet is not a PDF with GroupKeeper's fonts embedded")

    # In French: the core's catalogue, CLDR's dates (Babel's data), collation and the
    # right-to-left and Arabic shaping libraries, all from the bundle.
    # With the group's website chosen for the flyer, so it draws a QR code (reportlab's
    # barcode package, which loads its kinds by name).
    run(exe, ["settings", "--data", str(demo), "--language", "fr", "--website",
              "elmfallshope.example", "--print-contact", "schedule"], env)  # fmt: skip
    flyer = work / "flyer-fr.pdf"
    run(exe, ["export", "schedule", "--data", str(demo), "--out", str(flyer)], env)
    names = work / "names.csv"  # Hebrew in visual order, Arabic joined, Chinese reported
    names.write_text("first_name,phone,phone_list\nשרה,555-0101,yes\nمريم,555-0102,yes\n"
                     "李明,555-0103,yes\n", encoding="utf-8")  # fmt: skip
    run(exe, ["import", "members", "--data", str(demo), str(names)], env)
    out = ["--out", str(work / "phones.pdf")]
    phones = run(exe, ["export", "phone-list", "--data", str(demo), *out], env)
    if "U+674E" not in phones.stderr and not _has_font_for("李"):
        raise SmokeError(f"the phone list did not name 李, which no font here has: "
                         f"{phones.stderr!r}")  # fmt: skip
    said = run(exe, ["check", "--data", str(demo)], env, {"LANGUAGE": "fr"})
    if "No damage found" in said.stdout or not said.stdout.strip():
        raise SmokeError(f"check in French said: {said.stdout!r}")
    run(exe, ["settings", "--data", str(demo), "--language", "en"], env)

    calendar = work / "meetings.ics"  # the VTIMEZONE comes from the bundled time zones
    run(exe, ["export", "ics", "--data", str(demo), "--out", str(calendar)], env)
    if "BEGIN:VTIMEZONE" not in calendar.read_text(encoding="utf-8"):
        raise SmokeError("the calendar has no time zone")

    run(exe, ["passphrase", "set", "--data", str(demo)], env,
        {"GROUPKEEPER_NEW_PASSPHRASE": PASSPHRASE})  # fmt: skip
    if demo.read_bytes()[:16] == b"SQLite format 3\0":
        raise SmokeError("the protected file is still plain SQLite")
    run(exe, ["check", "--data", str(demo)], env, {"GROUPKEEPER_PASSPHRASE": PASSPHRASE})
    run(exe, ["check", "--data", str(demo)], env, {"GROUPKEEPER_PASSPHRASE": "wrong"}, expect=1)

    old = work / "oldest.groupkeeper"
    oldest, head = make_oldest_file(old)
    done = run(exe, ["settings", "--data", str(old)], env)
    if "Groupe du mardi" not in done.stdout and sys.platform != "win32":
        raise SmokeError(f"settings of the upgraded file said: {done.stdout!r}")
    conn = sqlite3.connect(old)
    version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    kept = conn.execute("SELECT name FROM meeting_series").fetchall()
    conn.close()
    if version != (head,) or kept != [("Mardi soir",)]:
        raise SmokeError(f"the {oldest} file is at {version} with {kept} after opening")
    print(f"  the {oldest} file opened, upgraded to {head}, its meetings intact")


def bundle_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() or path.is_symlink():
            yield path


def check_contents(folder: Path) -> None:
    """What the bundle holds, against contents.py's rules and the forbidden names."""
    contents = _contents()
    problems: list[str] = []
    names = [p.relative_to(folder).as_posix() for p in bundle_files(folder)]
    for name in names:
        if any(word.lower() in name.lower() for word in FORBIDDEN):
            problems.append(f"ships {name}")
        library = contents.qt_library(name)
        if library is not None and library not in contents.QT_LIBRARIES:
            problems.append(f"ships Qt{library}: {name}")
        if name.endswith(".qm") and "PySide6" in name:
            language = name.rsplit("_", 1)[-1].removesuffix(".qm")
            if language not in contents.LANGUAGES:
                problems.append(f"ships Qt's {language} translation: {name}")
        if "/qml/" in f"/{name}":
            problems.append(f"ships QML: {name}")
    # Where the bundle keeps its data: _internal/, or Contents/Resources/ in a macOS .app.
    roots = (folder / "_internal", folder / "Contents" / "Resources")
    root = next((r for r in roots if r.is_dir()), folder)
    qt = "PySide6/Qt" if (root / "PySide6" / "Qt").is_dir() else "PySide6"  # Windows: no Qt/
    for needed in NEEDED:
        path = root / needed.format(qt=qt)
        if not path.exists() or (path.is_dir() and not any(path.iterdir())):
            problems.append(f"lacks {path.relative_to(folder).as_posix()}")
    if problems:
        raise SmokeError("the bundle's contents:\n  " + "\n  ".join(problems))
    print(f"  contents: {len(names)} files; no QtNetwork, QML or Qt PDF; translations en/fr/es")


def check_libraries(folder: Path) -> None:
    """Linux: ldd every library and program in the bundle, with the library path the
    bootloader sets. Whatever resolves outside the bundle, or not at all, must be a library a
    desktop has (contents.SYSTEM_LIBRARIES)."""
    contents = _contents()
    internal = folder / "_internal"
    env = {"LD_LIBRARY_PATH": str(internal), "PATH": "/usr/bin:/bin"}
    outside: dict[str, set[str]] = {}
    checked = 0
    for path in bundle_files(folder):
        if path.is_symlink() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        checked += 1
        out = subprocess.run(["ldd", str(path)], env=env, capture_output=True, text=True).stdout
        for line in out.splitlines():
            name, _, where = line.strip().partition(" => ")
            where = where.split(" (")[0].strip()
            if not where or where.startswith(str(folder)) or name.startswith("linux-vdso"):
                continue
            outside.setdefault(name, set()).add(path.relative_to(folder).as_posix())
    unexpected = sorted(n for n in outside if not contents.SYSTEM_LIBRARIES.match(n))
    if unexpected:
        lines = [f"{n} (for {sorted(outside[n])[0]})" for n in unexpected]
        raise SmokeError("the bundle needs libraries a desktop may lack:\n  " + "\n  ".join(lines))
    print(f"  ldd: {checked} libraries; from the computer only: {' '.join(sorted(outside))}")


def size_of(folder: Path) -> int:
    return sum(p.lstat().st_size for p in bundle_files(folder))


def check_sizes(folder: Path, archive: Path | None) -> None:
    installed = size_of(folder) / MB
    line = f"  installed bundle {installed:.1f} MB"
    problems = []
    if installed > INSTALLED_LIMIT_MB:
        problems.append(f"installed {installed:.1f} MB > {INSTALLED_LIMIT_MB} MB")
    if archive is not None:
        packed = archive.stat().st_size / MB
        line += f", {archive.name} {packed:.1f} MB"
        if packed > ARCHIVE_LIMIT_MB:
            problems.append(f"archive {packed:.1f} MB > {ARCHIVE_LIMIT_MB} MB")
    print(line)
    if problems and sys.platform.startswith("linux"):
        raise SmokeError("too big: " + "; ".join(problems))


# Where each kind of artefact puts the program -------------------------------------------------


def _from_linux_archive(archive: Path, work: Path) -> Iterator[tuple[Path, Path]]:
    unpacked = work / "download"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="tar")
    [top] = list(unpacked.iterdir())
    home = work / "home"
    home.mkdir()
    env = clean_env(home)
    print(f"  unpacked {archive.name}; install.sh into a fresh home", flush=True)
    subprocess.run(["sh", str(top / "install.sh")], env=env, check=True, timeout=300)
    launcher = home / ".local" / "bin" / "groupkeeper"
    installed = home / ".local" / "opt" / NAME
    data = home / ".local" / "share"
    entry = data / "applications" / "org.groupkeeper.GroupKeeper.desktop"
    for needed in (launcher, installed / NAME, entry):
        if not needed.exists():
            raise SmokeError(f"install.sh did not make {needed}")
    shutil.rmtree(unpacked)  # the download is gone: the installed copy stands alone
    yield launcher, installed
    subprocess.run(["sh", str(installed / "uninstall.sh")], env=env, check=True, timeout=300)
    left = [p for p in (launcher, installed) if p.exists() or p.is_symlink()]
    left += [p for p in data.rglob("*org.groupkeeper.GroupKeeper*")]
    if left:
        raise SmokeError(f"uninstall.sh left {[str(p) for p in left]}")
    print("  uninstall.sh removed the program, launcher, menu entry, icons and file type")


def _from_folder(bundle: Path, work: Path) -> Iterator[tuple[Path, Path]]:
    moved = work / "moved" / bundle.name
    shutil.copytree(bundle, moved, symlinks=True)
    if bundle.suffix == ".app":
        yield moved / "Contents" / "MacOS" / NAME, moved
    else:
        yield moved / (f"{NAME}.exe" if sys.platform == "win32" else NAME), moved


def _from_zip(archive: Path, work: Path) -> Iterator[tuple[Path, Path]]:
    with zipfile.ZipFile(archive) as z:
        z.extractall(work / "stick")
    folder = work / "stick" / NAME
    yield folder / f"{NAME}.exe", folder


def _from_setup(setup: Path, work: Path) -> Iterator[tuple[Path, Path]]:
    target = work / "Programs" / NAME
    subprocess.run(
        [str(setup), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART",
         f"/DIR={target}", f"/LOG={work / 'setup.log'}"],
        check=True, timeout=600,
    )  # fmt: skip
    yield target / f"{NAME}.exe", target
    uninstallers = sorted(target.glob("unins*.exe"))
    if uninstallers:
        subprocess.run([str(uninstallers[0]), "/VERYSILENT", "/SUPPRESSMSGBOXES"], check=True)


def _from_dmg(dmg: Path, work: Path) -> Iterator[tuple[Path, Path]]:
    mount = work / "volume"
    subprocess.run(["hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", str(mount),
                    str(dmg)], check=True)  # fmt: skip
    try:
        app = work / "Applications" / f"{NAME}.app"
        app.parent.mkdir()
        subprocess.run(["ditto", str(mount / f"{NAME}.app"), str(app)], check=True)
    finally:
        subprocess.run(["hdiutil", "detach", str(mount)], check=False)
    yield app / "Contents" / "MacOS" / NAME, app


def place(artefact: Path, work: Path) -> contextlib.AbstractContextManager[tuple[Path, Path]]:
    """Put the artefact where a person would; yields (the program, its folder)."""
    name = artefact.name
    maker: Callable[[Path, Path], Iterator[tuple[Path, Path]]]
    if artefact.is_dir():
        maker = _from_folder
    elif name.endswith(".tar.xz"):
        maker = _from_linux_archive
    elif name.endswith(".zip"):
        maker = _from_zip
    elif name.endswith(".exe"):
        maker = _from_setup
    elif name.endswith(".dmg"):
        maker = _from_dmg
    else:
        raise SmokeError(f"do not know how to try {name}")
    return contextlib.contextmanager(maker)(artefact, work)


def smoke(artefact: Path, keep: Path | None = None) -> None:
    print(f"Smoke test of {artefact.name} on {platform.system()} {platform.machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="gk-smoke-") as tmp:
        work = Path(tmp)
        try:
            with place(artefact.resolve(), work) as (exe, folder):
                print(f"  running {exe}", flush=True)
                check_contents(folder)
                if sys.platform.startswith("linux"):
                    check_libraries(folder)
                check_sizes(folder, artefact if artefact.is_file() else None)
                exercise(exe, work / "run")
        finally:
            if keep is not None:  # what it made, to look at
                keep.mkdir(parents=True, exist_ok=True)
                for made in ("window.png", "packet.pdf", "meetings.ics"):
                    if (work / "run" / made).exists():
                        shutil.copy2(work / "run" / made, keep / made)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("artefact", type=Path, help="the .tar.xz, .zip, setup .exe, .dmg or folder")
    parser.add_argument(
        "--keep", type=Path, metavar="DIR", help="copy the screenshot, packet and calendar into DIR"
    )
    args = parser.parse_args(argv)
    try:
        smoke(args.artefact, args.keep)
    except (SmokeError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as e:
        print(f"SMOKE TEST FAILED: {e}", file=sys.stderr)
        return 1
    print("Smoke test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
