"""GroupKeeper's identity for installers and software centres: one icon in every size and
container, a desktop entry, MIME type and AppStream file that agree on one app id, notices
that name what the app installs, and the icon on every window."""

from __future__ import annotations

import configparser
import importlib.metadata
import importlib.util
import os
import re
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

from packaging.requirements import Requirement
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from groupkeeper import APP_NAME, FILE_SUFFIX, __version__
from groupkeeper.ui.app import APP_ID, app_icon

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "src" / "groupkeeper" / "resources" / "icons"
LINUX = ROOT / "packaging" / "linux"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
MIME_TYPE = "application/x-groupkeeper"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, which the format puts first."""
    assert data[:8] == PNG_SIGNATURE
    _length, kind, width, height = struct.unpack(">I4sII", data[8:24])
    assert kind == b"IHDR"
    return width, height


def rgba(image: QImage, x: int, y: int) -> tuple[int, int, int, int]:
    colour = image.pixelColor(x, y)
    return colour.red(), colour.green(), colour.blue(), colour.alpha()


def render_script() -> ModuleType:
    path = ROOT / "packaging" / "icons" / "render_icons.py"
    spec = importlib.util.spec_from_file_location("render_icons", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- the icon files ---------------------------------------------------------------------------


def test_every_png_is_the_size_its_name_says() -> None:
    found = {int(p.stem.rpartition("-")[2]) for p in ICONS.glob("groupkeeper-*.png")}
    assert found == set(PNG_SIZES)
    for size in PNG_SIZES:
        assert png_size((ICONS / f"groupkeeper-{size}.png").read_bytes()) == (size, size)


def test_the_pngs_are_drawn_from_the_svg_as_it_is_now(qapp: QApplication) -> None:
    """Changing the drawing without running packaging/icons/render_icons.py again would leave
    the window, the installers and the SVG showing different pictures."""
    fresh = render_script().render_pngs(ICONS / "groupkeeper.svg", {16, 256})
    for size, data in fresh.items():
        drawn, committed = QImage(), QImage(str(ICONS / f"groupkeeper-{size}.png"))
        assert drawn.loadFromData(data, "PNG")
        assert committed.size() == drawn.size() == QSize(size, size)
        step = max(1, size // 64)
        worst = max(
            abs(a - b)
            for y in range(0, size, step)
            for x in range(0, size, step)
            for a, b in zip(rgba(committed, x, y), rgba(drawn, x, y), strict=True)
        )
        assert worst <= 24, (size, worst)  # antialiasing may differ between Qt versions


def test_the_ico_holds_the_sizes_windows_asks_for_as_pngs() -> None:
    data = (ICONS / "groupkeeper.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for n in range(count):
        width, height, _colours, _reserved, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n : 22 + 16 * n]
        )
        side = width or 256  # one byte: 0 means 256
        assert (height or 256, planes, bits) == (side, 1, 32)
        assert offset + length <= len(data)
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 256]


def test_the_icns_parses_and_each_slot_holds_a_png_of_its_size() -> None:
    data = (ICONS / "groupkeeper.icns").read_bytes()
    magic, total = struct.unpack(">4sI", data[:8])
    assert (magic, total) == (b"icns", len(data))
    slots: dict[bytes, tuple[int, int]] = {}
    at = 8
    while at < len(data):
        kind, length = struct.unpack(">4sI", data[at : at + 8])
        assert length > 8 and at + length <= len(data)
        slots[kind] = png_size(data[at + 8 : at + length])
        at += length
    assert at == len(data)
    expected = {b"icp4": 16, b"icp5": 32, b"ic11": 32, b"ic12": 64, b"ic07": 128,
                b"ic13": 256, b"ic08": 256, b"ic14": 512, b"ic09": 512, b"ic10": 1024}  # fmt: skip
    assert slots == {kind: (side, side) for kind, side in expected.items()}


# --- the Linux desktop files ------------------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_names_the_icon_the_command_and_the_file_type() -> None:
    entry = desktop_entry()
    assert entry["Icon"] == APP_ID
    command = next(iter(PYPROJECT["project"]["scripts"]))
    assert entry["Exec"] == f"{command} %f"  # a double-clicked file reaches `groupkeeper FILE`
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["StartupWMClass"] == APP_NAME  # Qt's WM_CLASS class is the application name
    assert not (ROOT / "packaging" / "groupkeeper.desktop").exists()


def test_the_mime_type_is_known_by_its_name_alone() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot()
    [kind] = root.findall("m:mime-type", ns)
    assert kind.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == [f"*{FILE_SUFFIX}"]
    assert kind.findtext("m:comment", namespaces=ns) == "GroupKeeper group file"
    assert kind.find("m:generic-icon", ns) is not None
    # A protected file has no SQLite header: claiming SQLite's bytes would be wrong for it.
    assert kind.find("m:magic", ns) is None
    assert kind.find("m:sub-class-of", ns) is None


def test_the_metainfo_agrees_with_the_desktop_entry_the_mime_type_and_the_project() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == f"{APP_ID}.desktop"
    assert (LINUX / launchable.text).is_file()
    assert root.findtext("project_license") == PYPROJECT["project"]["license"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert [m.text for m in root.findall("provides/mediatype")] == [MIME_TYPE]
    assert [b.text for b in root.findall("provides/binary")] == list(
        PYPROJECT["project"]["scripts"]
    )
    assert root.findtext("name") == desktop_entry()["Name"] == APP_NAME
    content_rating = root.find("content_rating")
    assert content_rating is not None and content_rating.get("type") == "oars-1.1"
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert versions[0] == PYPROJECT["project"]["version"] == __version__


# --- the notices ------------------------------------------------------------------------------


def named_in_notices() -> set[str]:
    text = (ROOT / "packaging" / "THIRD-PARTY-NOTICES.md").read_text(encoding="utf-8")
    return {normalized(word) for word in re.findall(r"[A-Za-z0-9][A-Za-z0-9._-]*", text)}


def test_the_notices_name_every_dependency_in_pyproject() -> None:
    names = named_in_notices()
    wanted = {normalized(Requirement(r).name) for r in PYPROJECT["project"]["dependencies"]}
    assert wanted - names == set()


def test_the_notices_name_every_package_the_app_installs_here() -> None:
    """What the dependencies pull in as well (reportlab brings Pillow): a new one found here
    must be added to the notices before an installer carries it."""
    seen: set[str] = set()
    todo = ["groupkeeper"]
    while todo:
        dist = importlib.metadata.distribution(todo.pop())
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not req.marker.evaluate({"extra": ""}):
                continue  # an extra (dev tools) or another platform's
            if normalized(req.name) not in seen:
                seen.add(normalized(req.name))
                todo.append(req.name)
    assert len(seen) > 15
    assert seen - named_in_notices() == set()


# --- the window -------------------------------------------------------------------------------


def test_the_app_icon_has_the_small_and_the_large_sizes(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (256, 256)} <= sizes
    assert sizes == {(n, n) for n in PNG_SIZES}
    small = icon.pixmap(QSize(16, 16)).toImage()
    assert small.size() == QSize(16, 16)
    assert small.pixelColor(8, 8).alpha() == 255  # the picture itself, not an empty pixmap
    assert small.pixelColor(0, 0).alpha() == 0  # outside the rounded tile


WINDOW_ICON = """
from PySide6.QtWidgets import QWidget
from groupkeeper.ui.app import make_app
app = make_app()
window = QWidget()  # any window without an icon of its own wears the app's
for icon in (app.windowIcon(), window.windowIcon()):
    print(icon.isNull(), sorted(s.width() for s in icon.availableSizes()))
print(app.desktopFileName())
"""


def test_make_app_puts_the_icon_on_every_window() -> None:
    """In a child process: this test run's QApplication already exists, and make_app() only
    sets up one it makes."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_ICON], env=env, capture_output=True, text=True,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    app_line, window_line, desktop_name = done.stdout.splitlines()
    assert app_line == window_line == f"False {sorted(PNG_SIZES)}"
    assert desktop_name == APP_ID
