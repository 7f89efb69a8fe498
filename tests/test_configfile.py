"""The small JSON files in the config folder: damage reads as the default, never a crash."""

from __future__ import annotations

from pathlib import Path

import pytest

from groupkeeper import configfile, paths, preferences, recent


@pytest.mark.parametrize("junk", ["{not json", '"a string"', "[1, 2", ""])
def test_damaged_files_read_as_defaults(junk: str) -> None:
    for name in (recent.FILE, preferences.FILE):
        (paths.config_dir() / name).write_text(junk, encoding="utf-8")
    assert recent.recent_files() == []
    assert preferences.lock_minutes() == preferences.DEFAULT_LOCK_MINUTES


def test_values_round_trip_and_out_of_range_minutes_are_clamped(tmp_path: Path) -> None:
    group = tmp_path / "g.groupkeeper"
    assert recent.remember(group) == [group.resolve()]
    assert recent.recent_files() == [group.resolve()]
    preferences.set_lock_minutes(10_000)
    assert preferences.lock_minutes() == preferences.MAX_LOCK_MINUTES
    configfile.save(preferences.FILE, {"lock_minutes": -3})
    assert preferences.lock_minutes() == preferences.DEFAULT_LOCK_MINUTES
    assert configfile.load("missing.json") is None
