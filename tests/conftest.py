"""Shared fixtures: an isolated home folder, no network, a migrated store, factories."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo, save_group
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Location
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import GroupStore, open_store

# A fixed "today" for tests that lay dates out around it.
TODAY = date(2026, 3, 2)  # a Monday


class NetworkUsed(AssertionError):
    pass


def _refuse(*_args: Any, **_kwargs: Any) -> Any:
    raise NetworkUsed("GroupKeeper must never use the network")


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Any attempt to open a network connection fails the test that made it."""
    mp = pytest.MonkeyPatch()
    mp.setattr(socket.socket, "connect", _refuse)
    mp.setattr(socket.socket, "connect_ex", _refuse)
    mp.setattr(socket, "create_connection", _refuse)
    mp.setattr(socket, "getaddrinfo", _refuse)
    yield
    mp.undo()


@pytest.fixture(autouse=True)
def gk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every GroupKeeper folder (data, config, backups) at a temporary home."""
    home = tmp_path / "home"
    monkeypatch.setenv("GROUPKEEPER_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test reads English unless it says otherwise: the computer's language does not
    reach the command line's start-up, and a test that changes the language gives it back."""
    from groupkeeper import i18n

    monkeypatch.setenv("LANGUAGE", "en")
    yield
    i18n.use("en")


@pytest.fixture
def group_info() -> GroupInfo:
    return GroupInfo("Tuesday Hope Group", GroupKind.TWELVE_STEP, "en", "America/Toronto")


@pytest.fixture
def store(tmp_path: Path, group_info: GroupInfo) -> Iterator[GroupStore]:
    """A new group file, stamped at head, with its group record."""
    st = open_store(tmp_path / "group.groupkeeper", create=True)
    with st.session() as s, s.begin():
        save_group(s, group_info)
    yield st
    st.close()


def series_input(**overrides: Any) -> service.SeriesInput:
    values: dict[str, Any] = {
        "name": "Tuesday Night Discussion",
        "repeat": Repeat(RepeatKind.WEEKLY, weekdays=(1,)),
        "start_date": date(2026, 1, 6),
        "start_time": time(19, 0),
        "duration_minutes": 90,
        "location": Location(
            "St. Brigid's Hall", "412 Maple St", "Lower hall", "", "Ramp at side door"
        ),
        "formats": ("O", "D"),
        "language": "en",
    }
    values.update(overrides)
    return service.SeriesInput(**values)


@pytest.fixture
def make_series(store: GroupStore) -> Callable[..., service.SeriesRecord]:
    def make(**overrides: Any) -> service.SeriesRecord:
        with store.session() as s, s.begin():
            return service.create_series(s, series_input(**overrides))

    return make


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    """The demo group file. Made once per run (most of a second each time) and copied, with
    the automatic backup its close takes, as making it would leave."""
    from groupkeeper.demo import write_demo
    from groupkeeper.store import backups

    path = tmp_path / "demo.groupkeeper"
    if not _DEMO:
        import tempfile

        with tempfile.TemporaryDirectory() as scratch:
            home = os.environ["GROUPKEEPER_HOME"]
            os.environ["GROUPKEEPER_HOME"] = scratch  # its backup is not this test's
            try:
                _DEMO.append(write_demo(Path(scratch) / "demo.groupkeeper", TODAY).read_bytes())
            finally:
                os.environ["GROUPKEEPER_HOME"] = home
    path.write_bytes(_DEMO[0])
    path.chmod(0o600)
    backups.take_automatic(path)
    return path


_DEMO: list[bytes] = []


PASSPHRASE = "tea and biscuits 'n\" ЖΩ"  # quotes and non-ASCII on purpose


@pytest.fixture
def encrypted_demo(demo_file: Path) -> Path:
    """The demo file, protected with :data:`PASSPHRASE`."""
    from groupkeeper.store.protection import change_passphrase

    change_passphrase(demo_file, None, PASSPHRASE)
    return demo_file


# ------------------------------------------------------------------ windows (pytest-qt)

Notes = list[tuple[str, str]]
"""The (title, text) of every warning a window showed."""

if TYPE_CHECKING:
    from groupkeeper.ui.shell.window import MainWindow


@pytest.fixture
def notes() -> Notes:
    return []


@pytest.fixture
def make_window(
    qtbot: Any, notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[GroupStore | None], MainWindow]]:
    made: list[MainWindow] = []

    def make(store: GroupStore | None) -> MainWindow:
        from groupkeeper.ui.shell.window import MainWindow
        from groupkeeper.ui.work.workers import SynchronousPool

        window = MainWindow(store, pool=SynchronousPool(), today=TODAY)
        monkeypatch.setattr(
            window.prompts, "notify", lambda title, text: notes.append((title, text))
        )
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    from PySide6.QtWidgets import QDialog

    for window in made:
        for dialog in window.findChildren(QDialog):  # none left on screen for the next test
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
        window.close()


@pytest.fixture
def demo_window(
    make_window: Callable[[GroupStore | None], MainWindow], demo_file: Path
) -> MainWindow:
    return make_window(open_store(demo_file))
