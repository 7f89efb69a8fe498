"""What goes into the bundle, as rules the spec applies to PyInstaller's findings.

PyInstaller collects whatever the imported modules and their libraries could need: QtNetwork
(PySide6's hooks pull it in), every Qt plugin of each kind, 66 Qt translations, and the GTK,
cairo and X11 stack behind the GTK theme plugin. These rules keep what GroupKeeper uses and
nothing else. They live apart from the spec so ``tests/packaging`` can check them without a build,
and ``packaging/smoke.py`` checks a built bundle against the same lists.

Standard library only: the spec runs inside PyInstaller, the smoke test with any Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

APP_ID = "org.groupkeeper.GroupKeeper"
NAME = "GroupKeeper"

# The window's languages (PRODUCT.md): Qt's own strings (dialog buttons, the print dialog)
# ship for these and no others.
LANGUAGES = ("en", "fr", "es")

# CLDR's data (Babel's locale-data) for the locales paper and the window are printed in: each
# language the welcome offers, in each country it offers, with their parents (i18n.py;
# tests/packaging checks this list against what Babel reads). Babel carries 1,000 others.
CLDR_LOCALES = frozenset({
    "root", "en", "en_CA", "en_US", "fr", "fr_CA", "es", "es_419", "es_US", "uk", "pt", "de",
    "pl", "ru",
})  # fmt: skip

# pyuca's collation table for this Python (pyuca.Collator's UCA_VERSION): not its four others.
PYUCA_TABLE = "allkeys-9.0.0.txt"

# Python modules of PySide6 the app imports, or will: QtPrintSupport for Print… (QPrinter),
# QtSvg for the SVG icon.
QT_PYTHON_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg"})

# Qt libraries those modules and the kept plugins load. DBus: the desktop portal, input methods
# and screen readers (AT-SPI) on Linux. XcbQpa, WaylandClient: the X11 and Wayland windows.
# OpenGL: Wayland's buffer plugins link it (the window itself draws without it).
QT_LIBRARIES = frozenset({
    "Core", "Gui", "Widgets", "PrintSupport", "Svg", "DBus", "XcbQpa", "WaylandClient", "OpenGL",
})  # fmt: skip

# Qt plugins kept: a kind listed with None keeps all of that kind, otherwise only the names
# given (without "lib", "q" and the file's extension). Every other kind is left out: network
# information, TLS, SQL drivers, QML tooling, the evdev and EGL back ends of embedded devices.
QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # The X11 and Wayland windows, Windows and macOS; offscreen for --screenshot and the tests;
    # minimal as Qt's last resort. Not eglfs, linuxfb, vnc (which needs QtNetwork), vkkhrdisplay.
    "platforms": frozenset({"xcb", "wayland", "offscreen", "minimal", "windows", "cocoa"}),
    "platformthemes": None,  # GTK and the desktop portal: native file dialogs, fonts, colours
    "platforminputcontexts": frozenset({"compose", "ibus"}),  # accents, input methods
    "iconengines": None,  # the SVG icon
    "imageformats": frozenset({"svg", "ico", "jpeg", "gif"}),
    "printsupport": None,  # CUPS printers (Windows and macOS print without a plugin)
    "styles": None,  # the Windows 11 and macOS looks
    "xcbglintegrations": None,
    "wayland-decoration-client": None,  # title bars on GNOME's Wayland
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": frozenset({"xdg-shell", "qt-shell", "fullscreen-shell-v1"}),
}

# Never needed by the app: the interpreter's extras and the checkout's tools, which PyInstaller
# would follow from optional imports. ssl: GroupKeeper never uses the network (and then no
# libssl ships); the modules that import it carry on without it.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "test",
    "ensurepip", "venv", "readline", "ssl", "_ssl",
    "setuptools", "pkg_resources", "distutils", "pip", "wheel", "PyInstaller",
    "pygments", "numpy", "IPython", "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff",
    # The tests make fonts with fontTools; pypdf would use it, if there, only to read CFF fonts
    # inside attached PDFs (4.9 MB): search reads their text without it.
    "fontTools",
    # Pillow is there for reportlab, which imports it, and draws no pictures for us: not the
    # AVIF, WebP, colour-management, Tk and Qt parts (about 7 MB of libraries).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingcms",
    "PIL.ImageCms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
)  # fmt: skip

# PyInstaller's run-time hooks left out. pyi_rth_pyside6 imports QtCore as the program starts
# (rthook_pyside6.py does its work without that); pyi_rth_multiprocessing imports
# multiprocessing for child processes GroupKeeper never starts (tests/packaging checks that
# nothing in src/ uses it). Each costs every start, headless commands included.
DROPPED_RUNTIME_HOOKS = frozenset({"pyi_rth_pyside6", "pyi_rth_multiprocessing"})

# On Linux, the libraries from outside the Python packages that the bundle carries: those the
# interpreter's own modules need (sqlite3, ctypes, hashlib, lzma, bz2, zlib, uuid). Any other
# system library (the C++ runtime, X11, Wayland, OpenGL, fontconfig, GLib, GTK, D-Bus, CUPS)
# comes from the computer, as it does for PySide6 installed with pip: a copy from the build
# machine would clash with the desktop's own.
PYTHON_RUNTIME_LIBRARIES = re.compile(
    r"lib(python3[\d.]*|ffi|sqlite3|crypto|z|bz2|lzma|uuid|mpdec)\.so(\.[\d.]+)?$"
)

# Libraries the bundle may load from the computer (packaging/smoke.py checks with ldd that the
# bundle needs nothing else): glibc, the C++ runtime, the graphics and desktop stack. The README
# lists the three xcb libraries a bare system lacks; GTK and CUPS are optional (the GTK look and
# printing to CUPS printers).
SYSTEM_LIBRARIES = re.compile(
    r"(ld-linux[-\w]*|lib(c|m|dl|rt|pthread|util|resolv|stdc\+\+|gcc_s|atomic)"
    r"|lib(X11|X11-xcb|Xau|Xdmcp|Xext|Xrender|Xi|Xfixes|Xcursor|Xrandr|Xinerama|Xcomposite"
    r"|Xdamage|xcb|xcb-[-\w]+|xkbcommon|xkbcommon-x11|wayland-[-\w]+|ffi)"
    r"|lib(GL|GLX|EGL|OpenGL|GLdispatch|gbm|drm|vulkan)"
    r"|lib(fontconfig|freetype|harfbuzz|png16|brotli\w*|bsd|md|expat|z|bz2|graphite2|pcre2-8)"
    r"|lib(glib|gio|gobject|gmodule|gthread)-2\.0|lib(gtk|gdk)-3|libgdk_pixbuf-2\.0"
    r"|lib(cairo|cairo-gobject|pango-1\.0|pangocairo-1\.0|pangoft2-1\.0|atk-1\.0|atk-bridge-2\.0"
    r"|atspi|epoxy|fribidi|thai|datrie|pixman-1|jpeg|tiff|webp|lerc|deflate|jbig|Lerc|sharpyuv)"
    r"|lib(dbus-1|systemd|cap|gcrypt|gpg-error|lz4|zstd|lzma|selinux|mount|blkid|uuid)"
    r"|lib(cups|gssapi_krb5|krb5|k5crypto|krb5support|com_err|keyutils|avahi-[-\w]+|gnutls"
    r"|nettle|hogweed|gmp|idn2|unistring|tasn1|p11-kit))\.so(\.[\d.]+)?$"
)

_QT_LIBRARY = (
    re.compile(r"^libQt6(\w+)\.so"),  # Linux
    re.compile(r"^Qt6(\w+)\.dll$", re.IGNORECASE),  # Windows
    re.compile(r"^Qt(\w+)\.framework$"),  # macOS: any part of the path
)
_PYSIDE_MODULE = re.compile(r"^(Qt\w+)\.(abi3\.so|pyd|abi3\.pyd|cpython-[-\w]+\.so)$")


def qt_library(dest: str) -> str | None:
    """The Qt library a bundled file belongs to ("Network" for libQt6Network.so.6, for
    Qt6Network.dll and for anything inside QtNetwork.framework), or None."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    for part in parts:
        found = _QT_LIBRARY[2].match(part)
        if found:
            return found.group(1)
    for pattern in _QT_LIBRARY[:2]:
        found = pattern.match(parts[-1]) if parts else None
        if found:
            return found.group(1)
    return None


def pyside_excludes(available: Iterable[str]) -> list[str]:
    """``PySide6.<Module>`` for every binding module available and not used."""
    return sorted(f"PySide6.{m}" for m in set(available) - QT_PYTHON_MODULES)


def plugin_names(file: str) -> set[str]:
    """The names a plugin file may go by in QT_PLUGINS: libqxcb.so, qwindows.dll and
    libqcocoa.dylib are xcb, windows and cocoa; libqt-shell.so is qt-shell;
    libcomposeplatforminputcontextplugin.so is compose."""
    base = re.sub(r"\.(so|dll|dylib)$", "", file).removeprefix("lib")
    names = {base, base.removeprefix("q")}
    return names | {n.removesuffix("plugin").removesuffix("platforminputcontext") for n in names}


def _plugin_kept(parts: tuple[str, ...]) -> bool:
    at = parts.index("plugins")
    if len(parts) < at + 3:
        return False
    kind, file = parts[at + 1], parts[-1]
    if kind not in QT_PLUGINS:
        return False
    names = QT_PLUGINS[kind]
    return names is None or bool(plugin_names(file) & names)


def keep_binary(dest: str, *, linux: bool, extension: bool = False) -> bool:
    """Whether a shared library PyInstaller found ships, by its place in the bundle.
    ``extension``: a Python extension module (those outside PySide6 always ship: PyInstaller
    collects only the ones imported)."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts:
        return False
    if extension and parts[0] != "PySide6":
        return True
    if parts[0] == "PySide6":
        if "plugins" in parts:
            return _plugin_kept(parts)
        module = _PYSIDE_MODULE.match(parts[-1])
        if module and len(parts) == 2:
            return module.group(1) in QT_PYTHON_MODULES
        if "qml" in parts:
            return False
    library = qt_library(dest)
    if library is not None:
        return library in QT_LIBRARIES
    if (
        linux
        and len(parts) == 1
        and not parts[0].startswith(("libicu", "libpyside", "libshiboken"))
    ):
        # From outside the Python packages (the system's /usr/lib): only the interpreter's own.
        return bool(PYTHON_RUNTIME_LIBRARIES.match(parts[0]))
    return True


def keep_data(dest: str) -> bool:
    """Whether a data file PyInstaller found ships: Qt's translations only for our languages,
    nothing of the QML tree, CLDR's data only for the locales we print in."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts[:1] == ("pyuca",) and parts[-1].startswith("allkeys-"):
        return parts[-1] == PYUCA_TABLE
    if parts[:2] == ("babel", "locale-data"):
        return parts[-1].removesuffix(".dat") in CLDR_LOCALES
    if not parts or parts[0] != "PySide6":
        return True
    if "qml" in parts:
        return False
    if "translations" in parts:
        found = re.match(r"^(qt|qtbase)_([a-z]{2})\.qm$", parts[-1])
        return bool(found) and found.group(2) in LANGUAGES  # type: ignore[union-attr]
    library = qt_library(dest)
    return library is None or library in QT_LIBRARIES


Entry = tuple[str, str, str]  # PyInstaller's (place in the bundle, source, kind)


def trim(
    binaries: list[Entry], datas: list[Entry], *, linux: bool
) -> tuple[list[Entry], list[Entry]]:
    """Analysis's binaries and datas with only what ships. A symlink (PyInstaller links each
    library in a package folder from the top) goes when what it points to goes."""
    kept_binaries = [
        e
        for e in binaries
        if e[2] == "SYMLINK" or keep_binary(e[0], linux=linux, extension=e[2] == "EXTENSION")
    ]
    kept_datas = [e for e in datas if e[2] == "SYMLINK" or keep_data(e[0])]
    real = {e[0] for e in kept_binaries + kept_datas if e[2] != "SYMLINK"}

    def linked(entries: list[Entry]) -> list[Entry]:
        return [e for e in entries if e[2] != "SYMLINK" or e[1] in real]

    return linked(kept_binaries), linked(kept_datas)


def runtime_distributions(top: str = "groupkeeper") -> list[str]:
    """The distributions ``top`` needs to run (its requirements without extras, for this
    computer's platform), itself first."""
    from importlib import metadata

    from packaging.requirements import Requirement  # PyInstaller's own dependency

    seen: dict[str, str] = {}
    todo = [top]
    while todo:
        name = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional one this platform does without
        seen[key] = dist.metadata["Name"]
        for text in dist.requires or []:
            req = Requirement(text)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(req.name)
    return list(seen.values())


_LICENCE = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def licence_files(distributions: Iterable[str]) -> list[tuple[str, str]]:
    """(source, folder in the bundle) for each licence file the distributions installed:
    ``licenses/<name>/...`` in the bundle."""
    from importlib import metadata

    found: list[tuple[str, str]] = []
    for name in distributions:
        dist = metadata.distribution(name)
        for file in dist.files or []:
            parts = PurePosixPath(str(file)).parts
            if not parts[0].endswith(".dist-info") or len(parts) < 2:
                continue
            inside = parts[1:]
            if inside[0] == "licenses" or _LICENCE.search(inside[-1]):
                if inside[0] == "licenses":
                    inside = inside[1:]
                folder = PurePosixPath("licenses", name, *inside[:-1])
                found.append((str(dist.locate_file(file)), str(folder)))
    return found
