"""The architecture's promises: Qt only in ui/, no network, headless commands without Qt."""

from __future__ import annotations

import ast
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import NetworkUsed

SRC = Path(__file__).resolve().parents[1] / "src" / "groupkeeper"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_pyside6() -> None:
    offenders = []
    checked = 0
    for path in SRC.rglob("*.py"):
        if "ui" in path.relative_to(SRC).parts:
            continue
        checked += 1
        if any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path)):
            offenders.append(str(path.relative_to(SRC)))
    assert checked > 10
    assert offenders == []


def test_headless_modules_do_not_load_qt() -> None:
    code = (
        "import sys, groupkeeper.cli, groupkeeper.demo, groupkeeper.export.flyer, "
        "groupkeeper.store, groupkeeper.schedule.service;"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_network_is_refused_during_tests() -> None:
    with pytest.raises(NetworkUsed):
        socket.create_connection(("127.0.0.1", 9))
    with pytest.raises(NetworkUsed), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))


# Loaded only when a dialog, an export or an encrypted file needs them: each costs start-up time
# (bench/bench_startup.py) and none is needed to show the window.
NOT_AT_START_UP = (
    "alembic", "reportlab", "pypdf", "pypdfium2", "icalendar", "sqlcipher3", "argon2",
    "html.parser", "groupkeeper.interchange.meeting_guide", "groupkeeper.interchange.ics",
    "groupkeeper.ui.schedule.dialogs", "groupkeeper.ui.export.dialog", "groupkeeper.ui.interchange.dialogs",
)  # fmt: skip


def test_showing_the_window_leaves_dialogs_exports_and_encryption_unloaded(
    demo_file: Path, tmp_path: Path
) -> None:
    code = (
        "import sys; from groupkeeper.__main__ import main;"
        f"code = main(['--data', {str(demo_file)!r}, '--screenshot', {str(tmp_path / 's.png')!r}]);"
        f"print(' '.join(m for m in {NOT_AT_START_UP!r} if m in sys.modules));"
        "sys.exit(code)"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "s.png").stat().st_size > 10_000
    assert done.stdout.split() == []


def test_the_window_changes_the_file_only_through_the_undo_history() -> None:
    """Every write from a page or dialog is a labelled step (``store.change`` by way of the
    controller): a transaction opened by hand would make a change Ctrl+Z cannot take back.
    The one exception creates a brand-new file, before there is anything to undo."""
    found = []
    for path in sorted((SRC / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if not isinstance(fn, ast.FunctionDef):
                continue
            for node in ast.walk(fn):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in {"begin", "commit", "begin_nested"}
                ):
                    found.append(f"{path.relative_to(SRC)}:{fn.name}")
    assert found == ["ui/shell/files.py:create_group_file"], found
