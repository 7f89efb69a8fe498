"""The packaging scripts, loaded from their files: packaging/ is not a Python package (and
its name is taken by the ``packaging`` library PyInstaller and pip use)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(relative: str) -> ModuleType:
    """packaging/<relative> as a module named after its file, loaded once."""
    path = PACKAGING / relative
    name = f"gk_packaging_{path.stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


contents = load("pyinstaller/contents.py")
smoke = load("smoke.py")
launch = load("pyinstaller/launch.py")
