"""Make GroupKeeper's icon files from the one drawing, groupkeeper.svg.

    .venv/bin/python packaging/icons/render_icons.py

writes, next to the SVG in src/groupkeeper/resources/icons/:

- groupkeeper-16.png … groupkeeper-512.png: the window's icon (ui/app.py) and the Linux
  hicolor theme's sizes;
- groupkeeper.ico: Windows (the installer, the .exe, the shortcut), PNG entries 16 to 256;
- groupkeeper.icns: macOS (the .app), PNG entries 16 to 1024 in iconutil's slots.

ICO and ICNS are written here with struct: both are a short index in front of PNG files, so
neither Pillow nor a drawing program is needed, only the PySide6 the app already has.
Run it again after changing the SVG and commit what it writes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[2] / "src" / "groupkeeper" / "resources" / "icons"
SOURCE = ICONS / "groupkeeper.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# The sizes Windows asks for (Explorer's views, the taskbar, the Start menu at 100–200 %).
ICO_SIZES = (16, 24, 32, 48, 64, 256)
# iconutil's slots, each a PNG: (type, pixels). The @2x slots carry twice the points' pixels.
ICNS_SLOTS = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
)


def render_pngs(source: Path, sizes: set[int]) -> dict[int, bytes]:
    """The drawing as a PNG file's bytes at each size, drawn afresh for each one (never scaled
    from another size, which blurs the small ones)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # painting needs one
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {source} is not a drawing Qt can read")
    pngs: dict[int, bytes] = {}
    for size in sorted(sizes):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stub asks for bytes as the format, the binding for a str.
        if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
            raise SystemExit(f"render_icons: could not write the {size} px PNG")
        pngs[size] = bytes(data.data())
    return pngs


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as it is (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    entries, images = b"", b""
    offset = len(header) + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size == 256 else size  # one byte: 0 means 256
        # width, height, palette colours, reserved, colour planes, bits per pixel, size, offset
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def icns(slots: list[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns: "icns", the file's length, then each slot's type, length and PNG."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in slots)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    wanted = {*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_SLOTS)}
    pngs = render_pngs(SOURCE, wanted)
    written = []
    for size in PNG_SIZES:
        target = ICONS / f"groupkeeper-{size}.png"
        target.write_bytes(pngs[size])
        written.append(target)
    (ICONS / "groupkeeper.ico").write_bytes(ico({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "groupkeeper.icns").write_bytes(icns([(k, pngs[s]) for k, s in ICNS_SLOTS]))
    written += [ICONS / "groupkeeper.ico", ICONS / "groupkeeper.icns"]
    for path in written:
        print(f"{path.relative_to(ICONS.parents[3])}  {path.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
