"""Naming the system library Qt cannot start without (ui/syslibs.py)."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

import pytest

from groupkeeper.ui import syslibs

DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n'
UBUNTU = "ID=ubuntu\nID_LIKE=debian\n"
FEDORA = "ID=fedora\nVERSION_ID=40\n"


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-icccm.so.4", "libxcb-icccm4"),
        ("libxcb-cursor.so.0", "libxcb-cursor0"),
        ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
        ("libxcb-render-util.so.0", "libxcb-render-util0"),
        ("libEGL.so.1", "libegl1"),
    ],
)
def test_a_library_is_named_by_the_package_that_holds_it(soname: str, package: str) -> None:
    assert syslibs.debian_package(soname) == package


def test_the_command_fits_the_distribution() -> None:
    names = ["libxcb-icccm.so.4", "libxcb-cursor.so.0"]
    assert syslibs.install_command(names, DEBIAN) == "sudo apt install libxcb-icccm4 libxcb-cursor0"
    assert syslibs.install_command(names, UBUNTU).startswith("sudo apt install libxcb-icccm4")
    assert syslibs.install_command(names, FEDORA) == "sudo dnf install xcb-util-wm xcb-util-cursor"


def test_the_library_the_loader_names_is_the_one_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt would say "xcb-cursor0 is needed" whichever library is missing; we say which."""
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    real = ctypes.CDLL

    def load(name: str) -> object:
        if name == str(plugin):
            raise OSError(
                "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
            )
        return real(name)  # libxcb-cursor, as on this computer

    monkeypatch.setattr(ctypes, "CDLL", load)
    monkeypatch.setattr(
        syslibs, "_all_missing", lambda _p: ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    )
    monkeypatch.setattr(syslibs, "LOADED_BY_NAME", "libc.so.6")  # there on every Linux
    assert syslibs.missing_libraries(plugin) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def test_a_library_qt_opens_by_name_is_checked_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(syslibs, "LOADED_BY_NAME", "libgroupkeeper-not-there.so.0")
    assert syslibs.missing_libraries(tmp_path / "absent.so") == ["libgroupkeeper-not-there.so.0"]


def test_the_message_names_the_library_and_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(syslibs, "missing_libraries", lambda: ["libxcb-icccm.so.4"])
    monkeypatch.setattr(syslibs, "_read_os_release", lambda: DEBIAN)
    text = syslibs.problem()
    assert text is not None
    assert "lacks libxcb-icccm.so.4" in text and "sudo apt install libxcb-icccm4" in text
    assert "cursor" not in text


def test_nothing_is_said_when_qt_will_not_use_x11(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(syslibs, "missing_libraries", lambda: pytest.fail("not looked for"))
    assert syslibs.problem() is None


def test_the_window_is_not_started_when_a_library_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from groupkeeper.ui import app

    told: list[str] = []
    monkeypatch.setattr(syslibs, "problem", lambda: "lacks libxcb-icccm.so.4")
    monkeypatch.setattr(syslibs, "tell", told.append)
    monkeypatch.setattr(app, "make_app", lambda: pytest.fail("Qt started"))
    assert app.run_gui(None) == 1
    assert told == ["lacks libxcb-icccm.so.4"]
