"""An attachment in a file from someone else: its stored name cannot climb out of the
private temporary folder, and only documents and pictures are opened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from groupkeeper import paths, privatetemp
from groupkeeper.library.demo import handout_pdf
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import Notes
from tests.ui.library.test_library_ui import _drop, _page, _select


def _attach_as(window: MainWindow, tmp_path: Path, data: bytes, stored_name: str) -> None:
    """Attach a file, then set its stored name as a hostile file would (directly)."""
    page = _page(window)
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(data)
    assert _drop(page, [plain])
    assert window.controller is not None
    with window.controller.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE resource SET file_name = :n WHERE file_name = 'plain.pdf'"),
            {"n": stored_name},
        )
    window.controller.changed.emit()


def _everything_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*")}


def test_a_climbing_name_opens_inside_the_private_folder(
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
    qtbot: object,
) -> None:
    pdf = handout_pdf("Picnic", ("Bring a blanket.",))
    _attach_as(demo_window, tmp_path, pdf, "../../../../.config/autostart/x\u202efdp.pdf")
    page = demo_window.library_page
    _select(page, "plain")
    assert page.current is not None
    assert page.current.file_name == "xfdp.pdf"  # as read: no folders, no override
    opened: list[Path] = []
    monkeypatch.setattr(demo_window.prompts, "launch", opened.append)
    page.open_button.click()
    qtbot.waitUntil(lambda: bool(opened) or bool(notes))  # type: ignore[attr-defined]
    [copy] = opened
    data = paths.data_dir()
    assert copy.parent.parent == privatetemp.root() and privatetemp.root().parent == data
    assert copy.name == "xfdp.pdf" and copy.read_bytes() == pdf
    if os.name != "nt":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(privatetemp.root().stat().st_mode) == 0o700
    assert not (Path.home() / ".config" / "autostart").exists()
    # Locking or closing the file removes the copy.
    demo_window.show_locked(True, "demo.groupkeeper")
    assert not copy.exists()


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("reading.pdf.exe", b"MZ\x90\x00" + b"\0" * 200, "a Windows program"),
        ("reading.pdf", b"MZ\x90\x00" + b"\0" * 200, "a Windows program"),
        ("start.desktop", b"[Desktop Entry]\nExec=sh -c true\n", "a Linux launcher"),
        ("page.html", b"<html><script>alert(1)</script>", "a web page"),
        ("setup.hta", b"<hta:application>", "a web application"),
    ],
)
def test_anything_that_could_run_is_offered_to_save_not_opened(
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
    kind: str,
) -> None:
    _attach_as(demo_window, tmp_path, data, name)
    page = demo_window.library_page
    _select(page, "plain")
    assert page.current is not None
    row = page.view.currentIndex().row()
    summary = " ".join(
        str(page.model.index(row, c).data()) for c in range(page.model.columnCount())
    )
    assert name in str(summary)  # the whole name, extension and all
    opened: list[Path] = []
    asked: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "launch", opened.append)

    def confirm(_title: str, text: str, _yes: str, *, warning: bool = False) -> bool:
        assert warning  # a risk to the computer, not an ordinary question
        asked.append(text)
        return False

    monkeypatch.setattr(demo_window.prompts, "confirm", confirm)
    before = _everything_under(paths.data_dir())
    page.open_button.click()
    assert opened == []
    [question] = asked
    assert f"{name} is {kind}." in question
    assert _everything_under(paths.data_dir()) - before <= {privatetemp.root()}


def test_copies_left_by_a_crashed_window_go_at_the_next_start(tmp_path: Path) -> None:
    mine = privatetemp.PrivateTemp()
    held = mine.folder()
    (held / "open.pdf").write_bytes(b"%PDF-1.4")
    crashed = privatetemp.root() / "4242-deadbeef"
    crashed.mkdir()
    (crashed / "members.pdf").write_bytes(b"%PDF-1.4 private")
    assert privatetemp.sweep() == 1
    assert not crashed.exists() and (held / "open.pdf").exists()  # in use: left alone
    mine.clear()
    assert not held.exists()
