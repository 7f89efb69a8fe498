"""Developer entry point: ``python3 dev.py run``, ``check``, ``bench``, ``package`` or ``smoke``.

Each command first makes (or refreshes) a private virtual environment in ``.venv`` with
everything GroupKeeper needs, so a fresh machine needs nothing but Python 3.11+.
Standard library only, so it runs before anything is installed.

``package`` builds the installable program for this computer with PyInstaller (see
packaging/pyinstaller/groupkeeper.spec) and wraps it as this platform's download in ``dist/``;
``smoke`` tries what it made (packaging/smoke.py). ``check`` builds and smoke-tests the bundle
too: the build starts first, in a process of its own, and uses the second core while ruff, mypy
and pytest run on the first.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import signal
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
import venv
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"

NAME = "GroupKeeper"
APP_ID = "org.groupkeeper.GroupKeeper"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "package"
SPEC = ROOT / "packaging" / "pyinstaller" / "groupkeeper.spec"
SMOKE = ROOT / "packaging" / "smoke.py"
BUILD_LOG = ROOT / "build" / "package.log"
BUILD_TIMEOUT = 20 * 60  # seconds check waits for the bundle after pytest
LINUX, WINDOWS, MACOS = (
    sys.platform.startswith("linux"),
    sys.platform == "win32",
    sys.platform == "darwin",
)
USAGE = (
    "usage: python3 dev.py run [APP ARGS] | check [PYTEST ARGS] | bench | package"
    " | smoke [--keep DIR] [FILE...] | translations"
)


def ensure_venv(*extras: str) -> None:
    """Create .venv and install the project when pyproject changed or an extra is missing: only
    what the app needs for ``run``; the tools (tests, linters, type checker: ``dev``) for
    ``check`` and ``bench``; PyInstaller (``package``) for ``package`` and ``check``. Extras
    once installed stay, so the commands never undo each other's set-up."""
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = STAMP.read_text().split(":") if STAMP.exists() else []
    have = {e for e in (stamp[1].split(",") if len(stamp) > 1 else []) if e}
    if PY.exists() and stamp[:1] == [want] and set(extras) <= have:
        return
    if not PY.exists():
        print("Setting up .venv (first run only)...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = sorted(have | set(extras))
    pip = [str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "-e", f"{ROOT}[{','.join(wanted)}]" if wanted else str(ROOT)], check=True)
    STAMP.write_text(f"{want}:{','.join(wanted)}" if wanted else want)


TRANSLATIONS = ROOT / "resources" / "translations"
COMPILED = ROOT / "src" / "groupkeeper" / "resources" / "translations"
# The core's words (i18n.py): a gettext template and a .po source for each language here,
# compiled with Babel to <lang>/LC_MESSAGES/groupkeeper.mo in the package.
CATALOGUES = ROOT / "resources" / "locale"
COMPILED_MO = ROOT / "src" / "groupkeeper" / "resources" / "locale"


def venv_tool(name: str) -> Path:
    """A command the venv installed beside its Python (``.exe`` on Windows)."""
    return PY.with_name(f"{name}.exe" if os.name == "nt" else name)


def compile_translations() -> None:
    """The window's translations (Qt .ts sources under resources/translations) compiled with
    pyside6-lrelease into the package, where the app reads them: at set-up, so a checkout,
    a wheel and a bundle all have them. Only what changed is compiled again."""
    tool = venv_tool("pyside6-lrelease")
    COMPILED.mkdir(parents=True, exist_ok=True)
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        target = COMPILED / source.with_suffix(".qm").name
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)
    pybabel = venv_tool("pybabel")
    for source in sorted(CATALOGUES.glob("*.po")):
        target = COMPILED_MO / source.stem / "LC_MESSAGES" / "groupkeeper.mo"
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        compile_mo = [str(pybabel), "-q", "compile", "-D", "groupkeeper", "-l", source.stem]
        subprocess.run([*compile_mo, "-i", str(source), "-o", str(target)], check=True)


def update_translations() -> int:
    """Bring the sources up to date with the code: the window's .ts files (pyside6-lupdate)
    and the core's gettext template and .po files (Babel). New strings arrive unfinished for
    a translator, gone ones are dropped."""
    tool = venv_tool("pyside6-lupdate")
    package = ROOT / "src" / "groupkeeper"
    sources = sorted(str(p) for p in (package / "ui").rglob("*.py"))
    targets = [str(t) for t in sorted(TRANSLATIONS.glob("*.ts"))]
    targets = [t for t in targets if not t.endswith("_en.ts")]
    failed = run([str(tool), *sources, "-ts", *targets, "-no-obsolete", "-locations", "none"])
    # English's own catalogue: only the plural forms of the "%n" strings ("1 day", "2 days").
    english = str(TRANSLATIONS / "groupkeeper_en.ts")
    failed = failed or run([
        str(tool), *sources, "-ts", english, "-pluralonly", "-no-obsolete", "-locations", "none",
    ])  # fmt: skip
    pybabel = str(venv_tool("pybabel"))
    template = CATALOGUES / "groupkeeper.pot"
    failed = failed or run([
        pybabel, "-q", "extract", "--no-location", "--sort-output", "--ignore-dirs=ui migrations",
        "--add-comments=TRANSLATORS:",
        "-k", "N_", "--project=GroupKeeper", "-o", str(template), str(package),
    ])  # fmt: skip
    for po in sorted(CATALOGUES.glob("*.po")):
        failed = failed or run([
            pybabel, "-q", "update", "--no-fuzzy-matching", "--ignore-obsolete", "--width=100",
            "-D", "groupkeeper", "-l", po.stem, "-i", str(template), "-o", str(po),
        ])  # fmt: skip
    return failed


def setup(*extras: str) -> None:
    ensure_venv(*extras)
    compile_translations()


def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, env=env).returncode


# --- package -------------------------------------------------------------------------------


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return str(tomllib.load(f)["project"]["version"])


def platform_tag() -> str:
    """linux-x86_64, windows-x64, macos-arm64...: the download's name says what it runs on."""
    machine = platform.machine().lower()
    if WINDOWS:
        return "windows-" + {"amd64": "x64", "x86_64": "x64"}.get(machine, machine)
    if MACOS:
        return "macos-" + machine
    return "linux-" + {"amd64": "x86_64", "arm64": "aarch64"}.get(machine, machine)


def artefacts() -> list[Path]:
    """What ``package`` leaves in dist/ for this platform, the one smoke-tested first."""
    base = DIST / f"{NAME}-{version()}-{platform_tag()}"
    if LINUX:
        return [base.with_name(base.name + ".tar.xz")]
    if WINDOWS:
        return [
            base.with_name(f"{base.name}-portable.zip"),
            base.with_name(f"{base.name}-setup.exe"),
        ]
    return [base.with_name(base.name + ".dmg")]


def elf_sections(path: Path) -> set[str]:
    """The section names of a 64-bit little-endian ELF file (empty for anything else)."""
    with path.open("rb") as f:
        head = f.read(64)
        if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            return set()
        shoff = struct.unpack_from("<Q", head, 0x28)[0]
        shentsize, shnum, shstrndx = struct.unpack_from("<HHH", head, 0x3A)
        if not shoff or shstrndx >= shnum:
            return set()
        f.seek(shoff)
        table = f.read(shentsize * shnum)
        headers = [table[i * shentsize : (i + 1) * shentsize] for i in range(shnum)]
        names_at, names_size = struct.unpack_from("<QQ", headers[shstrndx], 0x18)
        f.seek(names_at)
        names = f.read(names_size)
    found = set()
    for header in headers:
        start = struct.unpack_from("<I", header, 0)[0]
        found.add(names[start : names.index(b"\0", start)].decode("latin-1"))
    return found


def strip_debug(folder: Path) -> int:
    """Strip the symbols and debug information the build machine's libraries carry (Python's
    own, SQLCipher's, PDFium's...): about 50 MB here. Qt's libraries come stripped already.
    Returns how many files were stripped; none when ``strip`` is not installed."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip is not installed: the bundle keeps its debug information", flush=True)
        return 0
    todo = [
        str(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and elf_sections(p) & {".symtab", ".debug_info"}
    ]
    for chunk in (todo[i : i + 50] for i in range(0, len(todo), 50)):
        subprocess.run([strip, "--strip-unneeded", *chunk], check=True)
    return len(todo)


def _reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info


def linux_share() -> Iterator[tuple[Path, str]]:
    """(file, where under share/) for the desktop: entry, file type, metainfo, icons."""
    linux = ROOT / "packaging" / "linux"
    icons = ROOT / "src" / "groupkeeper" / "resources" / "icons"
    yield linux / f"{APP_ID}.desktop", f"applications/{APP_ID}.desktop"
    yield linux / f"{APP_ID}.mime.xml", f"mime/packages/{APP_ID}.xml"
    yield linux / f"{APP_ID}.metainfo.xml", f"metainfo/{APP_ID}.metainfo.xml"
    yield icons / "groupkeeper.svg", f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    for png in sorted(icons.glob("groupkeeper-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        yield png, f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"


def linux_archive(bundle: Path, out: Path) -> None:
    """GroupKeeper-<version>/: the bundle, install.sh and uninstall.sh, the licence and
    notices, and share/ as install.sh copies it into ~/.local/share."""
    top = f"{NAME}-{version()}"
    partial = out.with_name(out.name + ".partial")
    with tarfile.open(partial, "w:xz", preset=9) as tar:
        for script in ("install.sh", "uninstall.sh"):
            info = tar.gettarinfo(ROOT / "packaging" / "linux" / script, f"{top}/{script}")
            info.mode = 0o755
            with (ROOT / "packaging" / "linux" / script).open("rb") as f:
                tar.addfile(_reset(info), f)
        for doc in ("LICENSE", "packaging/THIRD-PARTY-NOTICES.md"):
            tar.add(ROOT / doc, f"{top}/{Path(doc).name}", filter=_reset)
        for source, where in linux_share():
            tar.add(source, f"{top}/share/{where}", filter=_reset)
        tar.add(bundle, f"{top}/{NAME}", filter=_reset)
    partial.replace(out)


def portable_zip(bundle: Path, out: Path) -> None:
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path in sorted(bundle.rglob("*")):
            z.write(path, Path(NAME, path.relative_to(bundle)).as_posix())
        for doc in ("LICENSE", "packaging/THIRD-PARTY-NOTICES.md"):
            z.write(ROOT / doc, f"{NAME}/{Path(doc).name}")
        # The mark that keeps the group file, backups and settings on the stick, not on the
        # laptop it is plugged into (src/groupkeeper/paths.py).
        z.writestr(f"{NAME}/portable.txt", PORTABLE_NOTE)
    partial.replace(out)


PORTABLE_NOTE = (
    "This copy of GroupKeeper keeps the group file, its backups and its settings in the\n"
    "GroupKeeper-data folder beside it, so the computer it runs on keeps none of them.\n"
    "Delete this file to use the computer's usual folders instead.\n"
)


def find_iscc() -> str | None:
    """Inno Setup's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        folder = os.environ.get(base)
        for sub in ("Inno Setup 6", r"Programs\Inno Setup 6"):
            if folder and (Path(folder) / sub / "ISCC.exe").is_file():
                return str(Path(folder) / sub / "ISCC.exe")
    return None


def windows_setup(bundle: Path, out: Path) -> int:
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup 6 is not installed (https://jrsoftware.org/isdl.php, or "
              "'choco install innosetup'): no setup .exe made.", file=sys.stderr)  # fmt: skip
        return 1
    return run([
        iscc, "/Qp", f"/DAppVersion={version()}", f"/DBundleDir={bundle}",
        f"/DRepoRoot={ROOT}", f"/DOutputDir={out.parent}", f"/DOutputBaseFilename={out.stem}",
        str(ROOT / "packaging" / "windows" / "groupkeeper.iss"),
    ])  # fmt: skip


def macos_dmg(app: Path, out: Path) -> int:
    staging = WORK / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    subprocess.run(["ditto", str(app), str(staging / app.name)], check=True)
    (staging / "Applications").symlink_to("/Applications")
    out.unlink(missing_ok=True)
    return run([
        "hdiutil", "create", "-volname", NAME, "-srcfolder", str(staging), "-fs", "HFS+",
        "-format", "UDZO", "-imagekey", "zlib-level=9", "-ov", str(out),
    ])  # fmt: skip


def package(for_check: bool = False) -> int:
    """Bundle with PyInstaller, then make this platform's download in dist/. ``for_check``:
    only what check smoke-tests (no setup .exe, no .dmg)."""
    started = time.perf_counter()
    bundle, made = DIST / NAME, artefacts()
    shutil.rmtree(bundle, ignore_errors=True)
    shutil.rmtree(DIST / f"{NAME}.app", ignore_errors=True)
    for old in made:  # a failed build never leaves the last one's download to be tried
        old.unlink(missing_ok=True)
    pyinstaller = [str(PY), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    code = run(
        [*pyinstaller, "--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller"), str(SPEC)]
    )
    if code:
        return code
    if LINUX:
        print(f"Stripped {strip_debug(bundle)} libraries", flush=True)
    if LINUX:
        linux_archive(bundle, made[0])
    elif WINDOWS:
        portable_zip(bundle, made[0])
        if not for_check and (code := windows_setup(bundle, made[1])):
            return code
    elif not for_check and (code := macos_dmg(DIST / f"{NAME}.app", made[0])):
        return code
    for path in made:
        if path.is_file():
            print(f"{path.relative_to(ROOT)}: {path.stat().st_size / 1e6:.1f} MB")
    print(f"Packaged in {time.perf_counter() - started:.0f} s", flush=True)
    return 0


def smoke_targets(for_check: bool = False) -> list[Path]:
    if for_check:
        return [DIST / f"{NAME}.app"] if MACOS else artefacts()[:1]
    return [p for p in artefacts() if p.exists()] or artefacts()[:1]


def smoke(targets: list[Path], keep: Path | None = None) -> int:
    """packaging/smoke.py on each; ``keep``: a folder per artefact for what each run made."""
    status = 0
    for target in targets:
        kept = ["--keep", str(keep / target.name)] if keep else []
        status |= run([str(PY), str(SMOKE), str(target), *kept])
    return status


def shown(path: Path) -> str:
    """A path as the person typing in the checkout would write it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


class BackgroundBuild:
    """``dev.py package --for-check`` in its own process and process group (so stopping it stops
    PyInstaller's children too), at a lower priority, its output in build/package.log."""

    command: ClassVar[list[str]] = [sys.executable, str(ROOT / "dev.py"), "package", "--for-check"]

    def __init__(self) -> None:
        BUILD_LOG.parent.mkdir(parents=True, exist_ok=True)
        self.log = BUILD_LOG.open("wb")
        self.started = time.perf_counter()
        print(f"$ {' '.join(self.command[1:])} > {shown(BUILD_LOG)} &", flush=True)
        if WINDOWS:
            group: dict[str, Any] = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined,unused-ignore]
        else:
            group = {"start_new_session": True}
        self.process = subprocess.Popen(
            self.command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=self.log,
            stderr=subprocess.STDOUT, **group,
        )  # fmt: skip

    def finish(self) -> int:
        """Wait for the build (BUILD_TIMEOUT at most); print its log if it failed."""
        try:
            code = self.process.wait(timeout=BUILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.stop()
            code = -1
        self.log.close()
        took = time.perf_counter() - self.started
        if code:
            sys.stdout.write(BUILD_LOG.read_text(errors="replace"))
            print(f"The bundle's build failed (exit {code}, {took:.0f} s); its log is above and "
                  f"in {shown(BUILD_LOG)}.", flush=True)  # fmt: skip
        else:
            print(f"The bundle was built in the background in {took:.0f} s "
                  f"(log: {shown(BUILD_LOG)}).", flush=True)  # fmt: skip
        return code

    def stop(self) -> None:
        """End the build and everything it started, if it is still going."""
        if self.process.poll() is None:
            if WINDOWS:
                kill = ["taskkill", "/T", "/F", "/PID", str(self.process.pid)]
                subprocess.run(kill, check=False, capture_output=True)
            else:
                os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait()
        self.log.close()


def check(rest: list[str]) -> int:
    """ruff, ruff format, mypy, pytest; with no pytest arguments (the whole suite), also the
    bundle, built in the background meanwhile, and its smoke test."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    build = BackgroundBuild() if not rest else None
    try:
        for step in (
            [str(PY), "-m", "ruff", "check", "."],
            [str(PY), "-m", "ruff", "format", "--check", "."],
            [str(PY), "-m", "mypy"],
            [str(PY), "-m", "pytest", *rest],
        ):
            code = run(step, env)
            if code:
                return code
        if build is None:
            return 0
        code = build.finish()
        return code or smoke(smoke_targets(for_check=True))
    finally:
        if build is not None:
            build.stop()


def main(argv: list[str]) -> int:
    commands = {"run", "check", "bench", "package", "smoke", "translations"}
    if not argv or argv[0] not in commands:
        print(USAGE, file=sys.stderr)
        return 2
    what, rest = argv[0], argv[1:]
    if what == "run":
        setup()
        return run([str(PY), "-m", "groupkeeper", *rest])
    if what == "translations":
        setup()
        return update_translations()
    if what == "bench":
        setup("dev")
        status = 0
        for script in sorted((ROOT / "bench").glob("bench_*.py")):
            status |= run([str(PY), str(script), *rest])
        return status
    if what == "package":
        setup("package")
        for_check = rest == ["--for-check"]
        if for_check and hasattr(os, "nice"):
            os.nice(10)  # pytest's core comes first
        return package(for_check=for_check)
    if what == "smoke":
        setup()
        keep = None
        if rest[:1] == ["--keep"] and len(rest) > 1:
            keep, rest = ROOT / rest[1], rest[2:]
        return smoke([Path(a) for a in rest] or smoke_targets(), keep)
    setup("dev", "package")
    return check(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
