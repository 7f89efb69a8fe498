"""dev.py: `run` sets up only what the app needs; `check` adds the tools, once; `check` builds
the bundle in the background and smoke-tests it; `package` strips and archives."""

from __future__ import annotations

import os
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dev
import pytest


@pytest.fixture
def fake_venv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text("")
    monkeypatch.setattr(dev, "VENV", venv)
    monkeypatch.setattr(dev, "PY", python)
    monkeypatch.setattr(dev, "STAMP", venv / ".installed")
    calls: list[list[str]] = []

    def run(cmd: list[str], **_kw: Any) -> None:
        calls.append(cmd)

    monkeypatch.setattr("dev.subprocess.run", run)
    return calls


def _installs(calls: list[list[str]]) -> list[str]:
    return [c[-1] for c in calls if "-e" in c]


def test_run_installs_the_app_only_and_check_adds_the_tools_once(
    fake_venv: list[list[str]],
) -> None:
    root = str(dev.ROOT)
    dev.ensure_venv()
    assert _installs(fake_venv) == [root]  # no pytest, ruff, mypy, hypothesis, PyInstaller
    dev.ensure_venv()
    assert _installs(fake_venv) == [root]  # nothing again while pyproject is the same
    dev.ensure_venv("dev", "package")
    assert _installs(fake_venv) == [root, f"{root}[dev,package]"]
    dev.ensure_venv("dev", "package")
    dev.ensure_venv()  # the tools do not get in the app's way
    dev.ensure_venv("package")
    assert _installs(fake_venv) == [root, f"{root}[dev,package]"]


def test_an_extra_comes_on_top_of_those_installed_and_a_new_pyproject_keeps_them(
    fake_venv: list[list[str]],
) -> None:
    root = str(dev.ROOT)
    dev.ensure_venv("package")
    dev.ensure_venv("dev")
    assert _installs(fake_venv) == [f"{root}[package]", f"{root}[dev,package]"]
    dev.STAMP.write_text("a-pyproject-since-changed:dev,package")
    dev.ensure_venv()
    assert _installs(fake_venv)[-1] == f"{root}[dev,package]"
    assert dev.STAMP.read_text().endswith(":dev,package")


# --- check -----------------------------------------------------------------------------------


class FakeBuild:
    events: list[str]
    result = 0

    def __init__(self) -> None:
        self.events.append("build started")

    def finish(self) -> int:
        self.events.append("build finished")
        return self.result

    def stop(self) -> None:
        self.events.append("build stopped")


@dataclass
class Checked:
    events: list[str]
    fail: set[str]


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> Checked:
    """check() with every step recorded instead of run; a step named in ``fail`` fails."""
    record = Checked([], set())
    FakeBuild.events, FakeBuild.result = record.events, 0
    monkeypatch.setattr(dev, "BackgroundBuild", FakeBuild)

    def run(cmd: list[str], env: dict[str, str] | None = None) -> int:
        name = Path(cmd[1]).name if cmd[1] != "-m" else cmd[2]
        record.events.append(name)
        return 1 if name in record.fail else 0

    monkeypatch.setattr(dev, "run", run)
    return record


def test_a_full_check_builds_the_bundle_while_the_tests_run_then_smoke_tests_it(
    checked: Checked,
) -> None:
    assert dev.check([]) == 0
    assert checked.events == [
        "build started", "ruff", "ruff", "mypy", "pytest", "build finished", "smoke.py",
        "build stopped",
    ]  # fmt: skip


def test_check_fails_when_the_build_or_the_smoke_test_fails(checked: Checked) -> None:
    FakeBuild.result = 2
    assert dev.check([]) == 2
    assert "smoke.py" not in checked.events
    FakeBuild.result = 0
    checked.fail.add("smoke.py")
    assert dev.check([]) == 1


def test_a_failing_step_stops_the_build_and_a_chosen_test_builds_nothing(
    checked: Checked,
) -> None:
    checked.fail.add("pytest")
    assert dev.check([]) == 1
    assert checked.events[-2:] == ["pytest", "build stopped"]
    checked.events.clear()
    checked.fail.clear()
    assert dev.check(["tests/test_dev.py"]) == 0
    assert checked.events == ["ruff", "ruff", "mypy", "pytest"]


def test_the_background_build_prints_its_log_when_it_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dev, "BUILD_LOG", tmp_path / "package.log")
    said = [sys.executable, "-c", "print('PyInstaller said no'); exit(3)"]
    monkeypatch.setattr(dev.BackgroundBuild, "command", said)
    assert dev.BackgroundBuild().finish() == 3
    out = capsys.readouterr().out
    assert "PyInstaller said no" in out and "failed (exit 3" in out


def test_stopping_the_background_build_stops_its_children_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dev, "BUILD_LOG", tmp_path / "package.log")
    grandchild = tmp_path / "grandchild.pid"
    child = (
        "import subprocess, sys, time\n"
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
        f"open({str(grandchild)!r}, 'w').write(str(p.pid))\n"
        "time.sleep(60)\n"
    )
    monkeypatch.setattr(dev.BackgroundBuild, "command", [sys.executable, "-c", child])
    build = dev.BackgroundBuild()
    deadline = time.monotonic() + 30
    while not grandchild.exists() or not grandchild.read_text():
        assert time.monotonic() < deadline
        time.sleep(0.05)
    started = time.monotonic()
    build.stop()
    assert build.process.returncode is not None
    pid = int(grandchild.read_text())
    while _alive(pid):  # PyInstaller's own children go too
        assert time.monotonic() - started < 10
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie (ended, not yet collected by its parent's parent) counts as gone.
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ")[1].startswith("Z"))


# --- package ---------------------------------------------------------------------------------


def elf(*sections: str) -> bytes:
    """A 64-bit little-endian ELF file with these sections (and the section-name table)."""
    names = ["", *sections, ".shstrtab"]
    table, offsets = b"", []
    for name in names:
        offsets.append(len(table))
        table += name.encode() + b"\0"
    header = bytearray(64)
    header[:6] = b"\x7fELF\x02\x01"
    shoff = 64 + len(table)
    struct.pack_into("<Q", header, 0x28, shoff)
    struct.pack_into("<HHH", header, 0x3A, 64, len(names), len(names) - 1)
    headers = b""
    for i, offset in enumerate(offsets):
        entry = bytearray(64)
        struct.pack_into("<I", entry, 0, offset)
        if i == len(names) - 1:
            struct.pack_into("<QQ", entry, 0x18, 64, len(table))
        headers += entry
    return bytes(header) + table + headers


def test_elf_sections_reads_the_names_and_ignores_other_files(tmp_path: Path) -> None:
    (tmp_path / "lib.so").write_bytes(elf(".text", ".dynsym", ".debug_info"))
    assert dev.elf_sections(tmp_path / "lib.so") == {
        "",
        ".text",
        ".dynsym",
        ".debug_info",
        ".shstrtab",
    }
    (tmp_path / "notes.txt").write_text("not a library" * 10)
    assert dev.elf_sections(tmp_path / "notes.txt") == set()
    if sys.platform.startswith("linux"):  # and a real one: this Python's own
        assert {".text", ".dynsym"} <= dev.elf_sections(Path(sys.executable).resolve())


def test_strip_debug_strips_only_the_libraries_that_carry_symbols(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "debug.so").write_bytes(elf(".text", ".debug_info"))
    (tmp_path / "sub" / "symbols.so").write_bytes(elf(".text", ".symtab"))
    (tmp_path / "stripped.so").write_bytes(elf(".text", ".dynsym"))
    (tmp_path / "link.so").symlink_to("debug.so")
    (tmp_path / "data.txt").write_text("x")
    calls: list[list[str]] = []
    monkeypatch.setattr("dev.shutil.which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr("dev.subprocess.run", lambda cmd, **kw: calls.append(cmd))
    assert dev.strip_debug(tmp_path) == 2
    assert calls == [["/usr/bin/strip", "--strip-unneeded", str(tmp_path / "debug.so"),
                      str(tmp_path / "sub" / "symbols.so")]]  # fmt: skip
    monkeypatch.setattr("dev.shutil.which", lambda name: None)
    assert dev.strip_debug(tmp_path) == 0  # no strip: the bundle stays whole, only bigger


def test_the_downloads_are_named_for_the_version_and_the_computer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    version = dev.version()
    for system, machine, expected in (
        ("linux", "x86_64", [f"GroupKeeper-{version}-linux-x86_64.tar.xz"]),
        ("linux", "aarch64", [f"GroupKeeper-{version}-linux-aarch64.tar.xz"]),
        ("win32", "AMD64", [f"GroupKeeper-{version}-windows-x64-portable.zip",
                            f"GroupKeeper-{version}-windows-x64-setup.exe"]),
        ("darwin", "arm64", [f"GroupKeeper-{version}-macos-arm64.dmg"]),
    ):  # fmt: skip
        monkeypatch.setattr(dev, "LINUX", system == "linux")
        monkeypatch.setattr(dev, "WINDOWS", system == "win32")
        monkeypatch.setattr(dev, "MACOS", system == "darwin")
        monkeypatch.setattr("dev.platform.machine", lambda machine=machine: machine)
        assert [p.name for p in dev.artefacts()] == expected
        assert all(p.parent == dev.DIST for p in dev.artefacts())


def test_package_for_check_lowers_its_priority_and_smoke_keeps_what_it_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[Any] = []

    def record(*what: Any) -> int:
        calls.append(what[0] if len(what) == 1 and isinstance(what[0], list) else what)
        return 0

    monkeypatch.setattr(dev, "ensure_venv", lambda *extras: record("venv", extras))
    monkeypatch.setattr(dev, "package", lambda for_check: record("package", for_check))
    monkeypatch.setattr("dev.os.nice", lambda n: record("nice", n), raising=False)
    monkeypatch.setattr(dev, "run", lambda cmd, env=None: record(cmd))
    assert dev.main(["package"]) == 0
    assert calls == [("venv", ("package",)), ("package", False)]
    calls.clear()
    assert dev.main(["package", "--for-check"]) == 0
    assert calls == [("venv", ("package",)), ("nice", 10), ("package", True)]
    calls.clear()
    assert dev.main(["smoke", "--keep", "out", "dist/a.tar.xz"]) == 0
    assert calls[-1] == [str(dev.PY), str(dev.SMOKE), "dist/a.tar.xz", "--keep",
                         str(dev.ROOT / "out" / "a.tar.xz")]  # fmt: skip


def test_the_portable_zip_carries_the_mark_that_keeps_data_on_the_stick(tmp_path: Path) -> None:
    import zipfile

    import dev

    from groupkeeper import paths

    bundle = tmp_path / "GroupKeeper"
    bundle.mkdir()
    (bundle / "GroupKeeper.exe").write_bytes(b"MZ")
    out = tmp_path / "portable.zip"
    dev.portable_zip(bundle, out)
    names = zipfile.ZipFile(out).namelist()
    assert f"GroupKeeper/{paths.PORTABLE_MARK}" in names
    assert "GroupKeeper/GroupKeeper.exe" in names
