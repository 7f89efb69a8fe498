"""The bundle's entry point: the ``groupkeeper`` command, frozen.

Before starting, the environment is put back as the person's session had it, so a program the
app starts (the PDF viewer that opens an attachment, through xdg-open) never loads the bundle's
libraries or Qt plugins: PyInstaller's bootloader points LD_LIBRARY_PATH at the bundle (the
loader has read it by now; changing it affects only children), and its Qt hook sets
QT_PLUGIN_PATH (PySide6 finds its plugins through its own embedded qt.conf without it).
"""

from __future__ import annotations

import os
import sys


def restore_environment(env: os._Environ[str] | dict[str, str], platform: str) -> None:
    """Undo what the bootloader and PyInstaller's Qt hook added to ``env`` for this process."""
    if platform.startswith("linux"):
        for name in ("LD_LIBRARY_PATH",):
            original = env.pop(f"{name}_ORIG", None)
            if original is None:
                env.pop(name, None)
            else:
                env[name] = original
        env.pop("QT_PLUGIN_PATH", None)
        env.pop("QML2_IMPORT_PATH", None)


if __name__ == "__main__":
    restore_environment(os.environ, sys.platform)
    from groupkeeper.__main__ import program

    sys.exit(program())
