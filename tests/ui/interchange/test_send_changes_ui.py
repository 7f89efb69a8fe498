"""File > Send our changes to the intergroup: the message to copy, the page to print, and a
list that names the group otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog

from groupkeeper.interchange import meeting_guide as mg
from groupkeeper.ui.interchange.changes import ChangesDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import TODAY
from tests.export.test_flyer import pdf_text


def _stale_list(w: MainWindow, tmp_path: Path, group: str) -> Path:
    entries = w.ctx.read(lambda s: [dict(e, group=group) for e in mg.feed_data(s, TODAY).entries])
    entries[0]["time"] = "18:30"
    feed = tmp_path / "area.json"
    feed.write_text(json.dumps(entries), encoding="utf-8")
    return feed


def test_the_message_and_the_page(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    feed = _stale_list(w, tmp_path, "Elm Falls Hope Group")
    monkeypatch.setattr(w.prompts, "ask_import_path", lambda *_a: feed)
    assert w.registry["send_changes"].text() == "Send our &changes to the intergroup…"
    w.registry["send_changes"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, ChangesDialog) and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert text.startswith("Meeting list changes for Elm Falls Hope Group")
    assert "Time: 18:30 → 12:30" in text
    assert "1 change from area.json" in dialog.intro.text()
    dialog.copy.click()
    assert QGuiApplication.clipboard().text() == text
    out = tmp_path / "page.pdf"
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: out)
    monkeypatch.setattr(w.prompts, "offer_open", lambda _p: None)
    dialog.page.click()
    assert "Changed: Group Conscience" in pdf_text(out)
    dialog.close()


def test_a_list_naming_us_otherwise_asks_which_group(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    feed = _stale_list(w, tmp_path, "EFHG")
    monkeypatch.setattr(w.prompts, "ask_import_path", lambda *_a: feed)
    asked: list[list[str]] = []

    def choose(*args: object) -> tuple[str, bool]:
        names = args[3]
        assert isinstance(names, list)
        asked.append(names)
        return names[0], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    w.registry["send_changes"].trigger()
    assert asked == [["EFHG"]]
    dialog = w.ctx.dialog
    assert isinstance(dialog, ChangesDialog)
    assert "Listed as: EFHG" in dialog.text.toPlainText()
    dialog.close()


def test_a_broken_list_is_said_plainly(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w = demo_window
    feed = tmp_path / "bad.json"
    feed.write_text("{not json", encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr(w.prompts, "ask_import_path", lambda *_a: feed)
    monkeypatch.setattr(w.prompts, "notify", lambda _t, text: said.append(text))
    w.registry["send_changes"].trigger()
    assert not isinstance(w.ctx.dialog, ChangesDialog)
    assert said and "not a readable meeting list" in said[0]
