"""The groupkeeper command holds the garbage collector while it starts, and always lets it go.

Each case runs the real command, ``program()``, in a child process (it changes the process's
collector, which must not leak into the test run) and prints what the collector looks like
once the command is done: running again, with start-up's objects frozen.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from groupkeeper.__main__ import main

REPORT = "import gc; print('collector', gc.isenabled(), gc.get_freeze_count() > 1000)"
RELEASED = "collector True True"


def _program(args: list[str], before: str = "") -> subprocess.CompletedProcess[str]:
    code = "\n".join([
        "import sys",
        "from groupkeeper.__main__ import program",
        before,
        f"sys.argv = ['groupkeeper', *{args!r}]",
        "code = program()",
        REPORT,
        "sys.exit(code)",
    ])  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )


def test_a_headless_command_releases_the_collector_after_reading_its_arguments(
    tmp_path: Path,
) -> None:
    done = _program(["demo", "--data", str(tmp_path / "demo.groupkeeper")])
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == RELEASED
    assert (tmp_path / "demo.groupkeeper").stat().st_size > 10_000


def test_a_failing_headless_command_releases_it_too(tmp_path: Path) -> None:
    done = _program(["check", "--data", str(tmp_path / "nowhere.groupkeeper")])
    assert done.returncode == 1
    assert done.stdout.splitlines()[-1] == RELEASED


def test_the_screenshot_releases_the_collector_once_the_picture_is_saved(
    demo_file: Path, tmp_path: Path
) -> None:
    shot = tmp_path / "s.png"
    done = _program(["--data", str(demo_file), "--screenshot", str(shot)])
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
    assert done.stdout.splitlines()[-1] == RELEASED


def test_a_screenshot_of_a_damaged_file_fails_plainly_and_releases_it(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.groupkeeper"
    damaged.write_bytes(b"not a group file at all" * 100)
    done = _program(["--data", str(damaged), "--screenshot", str(tmp_path / "s.png")])
    assert done.returncode == 1
    assert done.stderr.startswith("groupkeeper: ")
    assert done.stdout.splitlines()[-1] == RELEASED


# The window case: a timer, started before the command, looks at the collector while the
# window is open (start-up is over once the file is open and Home filled), then quits.
WATCH_WINDOW = """
import gc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from groupkeeper.ui.app import make_app
app = make_app()
def look():
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    print('open', [w.windowTitle() for w in windows], 'while running', gc.isenabled())
    app.quit()
QTimer.singleShot(1500, look)
"""


def test_the_window_releases_the_collector_once_the_file_is_open(demo_file: Path) -> None:
    done = _program(["--data", str(demo_file)], before=WATCH_WINDOW)
    assert done.returncode == 0, done.stderr
    looked, released = done.stdout.splitlines()[-2:]
    assert "Elm Falls Hope Group" in looked
    assert looked.endswith("while running True")
    assert released == RELEASED


# First run: the welcome dialog is a form a person fills in, so start-up is over before it.
WATCH_WELCOME = """
import gc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from groupkeeper.ui.app import make_app
app = make_app()
def look():
    dialog = QApplication.activeModalWidget()
    print('asking', dialog.windowTitle(), 'while running', gc.isenabled())
    dialog.reject()
QTimer.singleShot(500, look)
"""


def test_the_welcome_dialog_waits_with_the_collector_running(tmp_path: Path) -> None:
    done = _program(["--data", str(tmp_path / "new.groupkeeper")], before=WATCH_WELCOME)
    assert done.returncode == 0, done.stderr
    asked, released = done.stdout.splitlines()[-2:]
    assert asked.startswith("asking ")
    assert asked.endswith("while running True")
    assert released == RELEASED
    assert not (tmp_path / "new.groupkeeper").exists()  # turned down: nothing made


def test_main_inside_another_program_leaves_its_collector_alone(tmp_path: Path) -> None:
    frozen = gc.get_freeze_count()
    assert main(["demo", "--data", str(tmp_path / "demo.groupkeeper")]) == 0
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen


def test_starting_the_window_reads_only_the_window_options(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No command: the window's options are read without building every command's parser
    (which reads the document registry); with a command, or a mistake, the full one."""
    from groupkeeper import cli

    real = cli.build_parser
    built: list[int] = []

    def counted() -> Any:
        built.append(1)
        return real()

    monkeypatch.setattr(cli, "build_parser", counted)
    args = cli.parse_args(["--data", "g.groupkeeper", "--view", "month"])
    assert (args.command, str(args.data), args.view, built) == (None, "g.groupkeeper", "month", [])
    assert cli.parse_args([]).command is None and built == []
    assert cli.parse_args(["check", "--data", "g.groupkeeper"]).command == "check"
    assert built == [1]
    with pytest.raises(SystemExit):
        cli.parse_args(["--view", "nowhere"])
    assert built == [1, 1]  # the full parser said what was wrong


def test_a_group_file_given_alone_is_opened_in_the_window() -> None:
    """``groupkeeper FILE``: what a double-click or "Open with" runs (the desktop entry's
    ``%f``). A command's name is still a command; FILE and --data together are refused."""
    from groupkeeper import cli

    args = cli.parse_args(["/media/usb/handover.groupkeeper"])
    assert (args.command, args.data) == (None, Path("/media/usb/handover.groupkeeper"))
    args = cli.parse_args(["--view", "month", "group.groupkeeper"])
    assert (args.view, args.data) == ("month", Path("group.groupkeeper"))
    assert not hasattr(args, "file")
    assert cli.parse_args(["check", "--data", "g.groupkeeper"]).command == "check"
    import argparse

    [sub] = [a for a in cli.build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert set(cli.COMMANDS) == set(sub.choices)  # every command's name is known as one
    with pytest.raises(SystemExit):
        cli.parse_args(["a.groupkeeper", "--data", "b.groupkeeper"])
    linux = Path(__file__).resolve().parents[1] / "packaging" / "linux"
    entry = (linux / "org.groupkeeper.GroupKeeper.desktop").read_text()
    assert "Exec=groupkeeper %f" in entry


def test_the_window_shows_a_group_file_given_alone(demo_file: Path, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "groupkeeper", str(demo_file), "--screenshot", str(shot)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert shot.stat().st_size > 10_000
