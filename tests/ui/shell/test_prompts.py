"""Opening a saved file with this computer's program: when there is none, the person is told
and offered the folder, instead of nothing happening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from groupkeeper.ui.shell.window import MainWindow


def test_a_file_no_program_opens_is_said_and_its_folder_offered(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pdf = tmp_path / "packet.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    asked: list[str] = []
    opened: list[str] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url.toLocalFile())
        return Path(url.toLocalFile()).is_dir()  # no PDF viewer; a file manager

    def confirm(title: str, text: str, yes: str, **_kw: object) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(demo_window.prompts, "confirm", confirm)
    assert demo_window.prompts.launch(pdf) is False
    assert asked and "no program that opens packet.pdf" in asked[0]
    assert opened == [str(pdf), str(tmp_path)]  # then its folder, as offered


def test_a_file_that_opens_asks_nothing(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)
    monkeypatch.setattr(demo_window.prompts, "confirm", lambda *_a, **_k: pytest.fail("asked"))
    assert demo_window.prompts.launch(tmp_path / "packet.pdf") is True
