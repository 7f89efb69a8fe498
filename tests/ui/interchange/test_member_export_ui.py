"""File > Export > Members (.csv) and Phone list contacts (.vcf) from the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from groupkeeper.roster.importing import parse_members
from groupkeeper.ui.shell.window import MainWindow


def test_members_and_contacts_are_saved_from_the_export_menu(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved: list[Path] = []
    answers = iter([tmp_path / "members.csv", tmp_path / "contacts.vcf"])
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *_a: next(answers))
    monkeypatch.setattr(demo_window.prompts, "offer_open", lambda p: saved.append(p))
    demo_window.registry["export_members"].trigger()
    demo_window.registry["export_contacts"].trigger()
    assert saved == [tmp_path / "members.csv", tmp_path / "contacts.vcf"]
    rows = parse_members((tmp_path / "members.csv").read_bytes(), _roles(demo_window))
    assert len(rows) == 25  # every member of the demo, active or not
    cards = (tmp_path / "contacts.vcf").read_text(encoding="utf-8")
    assert cards.count("BEGIN:VCARD") == 15  # those who agreed to the phone list


def _roles(window: MainWindow) -> dict[str, int]:
    from groupkeeper.roster import service

    ctl: Any = window.controller
    return {name: rid for rid, name in ctl.read(service.role_names).items()}
