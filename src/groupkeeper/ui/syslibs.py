"""Name the system library Qt cannot start without, and the command that installs it.

On Linux, Qt's X11 plugin needs a handful of small libraries a minimal desktop may lack. When
one is missing Qt says only that "xcb-cursor0 or libxcb-cursor0 is needed", whichever library
it really is, and aborts. So before Qt starts we load the plugin ourselves: the loader names
the library that is missing (``ldd`` names them all), and we turn it into the package to
install, for the distribution this is.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Qt 6.5 and later open this one by name, so the plugin's own dependencies do not mention it.
LOADED_BY_NAME = "libxcb-cursor.so.0"

# Package names where the rule "soname → libNAME<N>" (Debian, Ubuntu, Mint) does not hold.
DEBIAN = {"libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libdbus-1.so.3": "libdbus-1-3"}
FEDORA = {
    "libxcb-cursor.so.0": "xcb-util-cursor",
    "libxcb-icccm.so.4": "xcb-util-wm",
    "libxcb-keysyms.so.1": "xcb-util-keysyms",
    "libxcb-render-util.so.0": "xcb-util-renderutil",
    "libxcb-image.so.0": "xcb-util-image",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11",
    "libxkbcommon.so.0": "libxkbcommon",
    "libEGL.so.1": "libglvnd-egl",
    "libGL.so.1": "libglvnd-glx",
    "libfontconfig.so.1": "fontconfig",
    "libdbus-1.so.3": "dbus-libs",
}
MISSING = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")


def debian_package(soname: str) -> str:
    """``libxcb-icccm.so.4`` → ``libxcb-icccm4``; ``libxkbcommon-x11.so.0`` →
    ``libxkbcommon-x11-0`` (a dash when the name ends in a digit)."""
    if soname in DEBIAN:
        return DEBIAN[soname]
    name, _, version = soname.partition(".so")
    version = version.lstrip(".").split(".")[0]
    return f"{name}-{version}" if name[-1:].isdigit() else f"{name}{version}"


def install_command(sonames: list[str], os_release: str | None = None) -> str:
    """The command that installs the packages holding ``sonames`` on this distribution."""
    text = os_release if os_release is not None else _read_os_release()
    ids = set(re.findall(r"^(?:ID|ID_LIKE)=\"?([^\"\n]*)", text, re.MULTILINE))
    words = {w for line in ids for w in line.split()}
    if words & {"fedora", "rhel", "centos"}:
        return "sudo dnf install " + " ".join(FEDORA.get(s, s.partition(".so")[0]) for s in sonames)
    if words & {"arch"}:
        return "sudo pacman -S xcb-util-cursor xcb-util-wm xcb-util-keysyms libxkbcommon-x11"
    if words & {"suse", "opensuse"}:
        return "sudo zypper install " + " ".join(debian_package(s) for s in sonames)
    return "sudo apt install " + " ".join(debian_package(s) for s in sonames)


def _read_os_release() -> str:
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            return Path(path).read_text(encoding="utf-8", errors="replace")[:10_000]
        except OSError:
            continue
    return ""


def _uses_xcb() -> bool:
    wanted = os.environ.get("QT_QPA_PLATFORM", "")
    if wanted:
        return wanted.split(":")[0] == "xcb"
    return not os.environ.get("WAYLAND_DISPLAY") and bool(os.environ.get("DISPLAY"))


def _plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    return plugins / "platforms" / "libqxcb.so"


def _all_missing(plugin: Path) -> list[str]:
    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    try:
        shown = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return []
    return re.findall(r"^\s*(\S+) => not found", shown.stdout, re.MULTILINE)


def missing_libraries(plugin: Path | None = None) -> list[str]:
    """The system libraries Qt's X11 plugin cannot find, first the one the loader names."""
    plugin = plugin or _plugin()
    missing: list[str] = []
    if plugin.exists():
        try:
            ctypes.CDLL(str(plugin))
        except OSError as exc:
            found = MISSING.search(str(exc))
            if found:
                missing.append(found.group(1))
            for name in _all_missing(plugin):
                if name not in missing:
                    missing.append(name)
    try:
        ctypes.CDLL(LOADED_BY_NAME)
    except OSError:
        missing.append(LOADED_BY_NAME)
    return missing


def problem() -> str | None:
    """What stops the window opening on this computer, in words with the fix; None when
    nothing does (or Qt will not use X11 here)."""
    if not sys.platform.startswith("linux") or not _uses_xcb():
        return None
    missing = missing_libraries()
    if not missing:
        return None
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "syslibs",
        "GroupKeeper cannot open its window: this computer lacks {names}, which Qt needs to "
        "draw windows.\nTo install what is missing, run:\n    {command}",
    ).format(names=", ".join(missing), command=install_command(missing))


def tell(message: str) -> None:
    """Say ``message`` on the terminal, and in a desktop message box when one of the usual
    tools is there (started from a menu, nobody sees the terminal)."""
    print(f"groupkeeper: {message}", file=sys.stderr)
    for tool, args in (
        ("zenity", ["--error", "--no-markup", "--title=GroupKeeper", f"--text={message}"]),
        ("kdialog", ["--title", "GroupKeeper", "--error", message]),
        ("xmessage", ["-center", message]),
    ):
        path = shutil.which(tool)
        if path is not None:
            try:
                subprocess.run([path, *args], timeout=600, check=False)
            except (OSError, subprocess.SubprocessError):
                continue
            return
