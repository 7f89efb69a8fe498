"""dev.py: `run` sets up only what the app needs; `check` adds the tools, once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import dev
import pytest


@pytest.fixture
def fake_venv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    python = venv / "bin" / "python"
    python.write_text("")
    monkeypatch.setattr(dev, "VENV", venv)
    monkeypatch.setattr(dev, "PY", python)
    monkeypatch.setattr(dev, "STAMP", venv / ".installed")
    calls: list[list[str]] = []

    def run(cmd: list[str], **_kw: Any) -> None:
        calls.append(cmd)

    monkeypatch.setattr("dev.subprocess.run", run)
    return calls


def _installs(calls: list[list[str]]) -> list[str]:
    return [c[-1] for c in calls if "-e" in c]


def test_run_installs_the_app_only_and_check_adds_the_tools_once(
    fake_venv: list[list[str]],
) -> None:
    root = str(dev.ROOT)
    dev.ensure_venv(dev=False)
    assert _installs(fake_venv) == [root]  # no pytest, ruff, mypy, hypothesis
    dev.ensure_venv(dev=False)
    assert _installs(fake_venv) == [root]  # nothing again while pyproject is the same
    dev.ensure_venv(dev=True)
    assert _installs(fake_venv) == [root, f"{root}[dev]"]
    dev.ensure_venv(dev=True)
    dev.ensure_venv(dev=False)  # the tools do not get in the app's way
    assert _installs(fake_venv) == [root, f"{root}[dev]"]
