"""The Linux download: dev.py's archive, install.sh and uninstall.sh, with a stand-in program
(the real bundle is tried by packaging/smoke.py after the suite, from `dev.py check`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import dev
import pytest

APP_ID = "org.groupkeeper.GroupKeeper"
PROGRAM = '#!/bin/sh\necho "GroupKeeper ran with: $*"\n'


def desktop_exec(line: str) -> list[str]:
    """The arguments of an Exec= value as the Desktop Entry spec reads them: string escapes
    first, then quoting, then %% for %."""
    value, out, i = line.removeprefix("Exec="), "", 0
    while i < len(value):  # the string escapes of every value
        if value[i] == "\\" and i + 1 < len(value):
            out += {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(value[i + 1], "")
            i += 2
        else:
            out += value[i]
            i += 1
    args, word, quoted, i = [], "", False, 0
    while i < len(out):
        c = out[i]
        if quoted and c == "\\":
            if out[i + 1] not in '"`$\\':
                raise ValueError(f"a lone backslash in a quoted argument: {line}")
            word, i = word + out[i + 1], i + 2
            continue
        if quoted and c in "`$":  # the spec reserves these: escaped, or the entry is invalid
            raise ValueError(f"unescaped {c} in a quoted argument: {line}")
        if c == '"':
            quoted = not quoted
        elif c == " " and not quoted:
            args.append(word)
            word = ""
        else:
            word += c
        i += 1
    args.append(word)
    return [a.replace("%%", "%") for a in args if a]


@pytest.fixture
def download(tmp_path: Path) -> Path:
    """The archive dev.py makes, from a stand-in bundle, unpacked as a person would."""
    bundle = tmp_path / "build" / "GroupKeeper"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "GroupKeeper").write_text(PROGRAM)
    (bundle / "GroupKeeper").chmod(0o755)
    (bundle / "_internal" / "libpython3.11.so.1.0").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("libpython3.11.so.1.0")
    archive = tmp_path / "GroupKeeper-test.tar.xz"
    dev.linux_archive(bundle, archive)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
        members = {m.name: m for m in tar.getmembers()}
        tar.extractall(tmp_path / "unpacked", filter="tar")
    top = f"GroupKeeper-{dev.version()}"
    assert all(n == top or n.startswith(top + "/") for n in names)  # one folder, no tarbomb
    assert members[f"{top}/install.sh"].mode & 0o111
    assert members[f"{top}/GroupKeeper/_internal/libQt6Core.so.6"].issym()
    assert {m.uid for m in members.values()} == {0}
    for needed in ("LICENSE", "THIRD-PARTY-NOTICES.md", f"share/applications/{APP_ID}.desktop",
                   f"share/mime/packages/{APP_ID}.xml", f"share/metainfo/{APP_ID}.metainfo.xml",
                   f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                   f"share/icons/hicolor/16x16/apps/{APP_ID}.png",
                   f"share/icons/hicolor/512x512/apps/{APP_ID}.png"):  # fmt: skip
        assert f"{top}/{needed}" in names, needed
    return tmp_path / "unpacked" / top


def sh(script: Path, home: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", **extra}
    done = subprocess.run(["sh", str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done


def test_install_puts_everything_in_the_home_folder_and_uninstall_takes_it_all_away(
    download: Path, tmp_path: Path
) -> None:
    # A home folder whose name needs every kind of quoting in a desktop entry.
    home = tmp_path / "Jo's home $HOME %f \\ `x`"
    home.mkdir()
    sh(download / "install.sh", home)

    opt = home / ".local" / "opt" / "GroupKeeper"
    data = home / ".local" / "share"
    launcher = home / ".local" / "bin" / "groupkeeper"
    assert os.readlink(launcher) == str(opt / "GroupKeeper")
    ran = subprocess.run([str(launcher), "a file.groupkeeper"], capture_output=True, text=True)
    assert ran.stdout == "GroupKeeper ran with: a file.groupkeeper\n"
    assert (opt / "_internal" / "libQt6Core.so.6").is_symlink()
    for doc in ("LICENSE", "THIRD-PARTY-NOTICES.md", "uninstall.sh"):
        assert (opt / doc).is_file(), doc

    entry = (data / "applications" / f"{APP_ID}.desktop").read_text()
    [exec_line] = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert desktop_exec(exec_line) == [str(opt / "GroupKeeper"), "%f"]
    assert f"Icon={APP_ID}" in entry.splitlines()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    # Installing again (a new version) replaces the program and leaves nothing half-done.
    (opt / "_internal" / "left-from-old-version").write_text("")
    sh(download / "install.sh", home)
    assert not (opt / "_internal" / "left-from-old-version").exists()
    assert sorted(p.name for p in opt.parent.iterdir()) == ["GroupKeeper"]

    group_file = data / "GroupKeeper" / "group.groupkeeper"
    group_file.parent.mkdir(parents=True)
    group_file.write_text("the group's own data")
    shutil.rmtree(download)  # the download is long gone when a person uninstalls
    sh(opt / "uninstall.sh", home)
    assert not opt.exists() and not launcher.is_symlink()
    assert [p for p in data.rglob("*") if APP_ID in p.name] == []
    assert group_file.read_text() == "the group's own data"


def test_install_follows_xdg_data_home_and_leaves_a_command_not_its_own(
    download: Path, tmp_path: Path
) -> None:
    home, xdg = tmp_path / "home", tmp_path / "xdg data"
    launcher = home / ".local" / "bin" / "groupkeeper"
    launcher.parent.mkdir(parents=True)
    launcher.write_text("#!/bin/sh\necho another groupkeeper\n")
    done = sh(download / "install.sh", home, XDG_DATA_HOME=str(xdg))
    assert "not ours" in done.stderr
    assert launcher.read_text() == "#!/bin/sh\necho another groupkeeper\n"
    assert (xdg / "applications" / f"{APP_ID}.desktop").is_file()
    assert not (home / ".local" / "share" / "applications").exists()
    sh(home / ".local" / "opt" / "GroupKeeper" / "uninstall.sh", home, XDG_DATA_HOME=str(xdg))
    assert launcher.read_text() == "#!/bin/sh\necho another groupkeeper\n"
    assert [p for p in xdg.rglob("*") if APP_ID in p.name] == []


def test_install_refuses_a_half_unpacked_download(download: Path, tmp_path: Path) -> None:
    shutil.rmtree(download / "GroupKeeper")
    done = subprocess.run(
        ["sh", str(download / "install.sh")], env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert "unpack the whole download" in done.stderr
    assert not (tmp_path / ".local").exists()
