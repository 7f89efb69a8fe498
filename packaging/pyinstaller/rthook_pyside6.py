"""Run-time hook for PySide6, in place of PyInstaller's pyi_rth_pyside6.

PyInstaller's hook imports PySide6.QtCore as the program starts, to give Qt an embedded qt.conf
if the bindings have none. PySide6's wheels register their own when QtCore is imported, so that
import only loads Qt's libraries early: about 0.1 s on every headless command (which never use
Qt), and before the core modules that groupkeeper.startup imports ahead of Qt on purpose.

This hook keeps the rest of PyInstaller's (where Qt finds its plugins; the bundle's folder on
Windows' PATH for the DLLs Qt loads by name) without importing anything. On Linux the plugins
are found through that qt.conf alone (launch.py drops QT_PLUGIN_PATH so programs the app starts
do not inherit it), so nothing is set there.
"""

from __future__ import annotations

import os
import sys


def _pyi_rthook() -> None:
    base = getattr(sys, "_MEIPASS", "")
    if not base or sys.platform.startswith("linux"):
        return
    if sys.platform == "win32":
        qt = os.path.join(base, "PySide6")
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")
    else:
        qt = os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")


_pyi_rthook()
del _pyi_rthook
