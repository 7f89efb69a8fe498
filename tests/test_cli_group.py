"""The group from the command line: start a new group file, and show or change its settings,
with bad values refused in one plain line and nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from groupkeeper.cli import main
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import get_group
from groupkeeper.store import open_store


def _group(path: Path) -> tuple[str, GroupKind, str, str, str]:
    with open_store(path) as store, store.session() as s:
        info = get_group(s)
    assert info is not None
    return info.name, info.kind, info.language, info.timezone, info.country


def test_new_then_settings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "river.groupkeeper"
    assert main(["new", "--data", str(path), "--name", "River Group", "--kind", "peer_support",
                 "--zone", "America/Toronto"]) == 0  # fmt: skip
    assert "Started" in capsys.readouterr().out
    assert _group(path) == ("River Group", GroupKind.PEER_SUPPORT, "en", "America/Toronto", "CA")
    assert main(["settings", "--data", str(path)]) == 0
    assert capsys.readouterr().out.startswith("River Group: peer support group")
    assert main(["settings", "--data", str(path), "--name", "Riverside", "--language", "fr",
                 "--zone", "America/New_York", "--country", "US"]) == 0  # fmt: skip
    assert capsys.readouterr().out.startswith("Changed: Riverside:")
    assert _group(path) == ("Riverside", GroupKind.PEER_SUPPORT, "fr", "America/New_York", "US")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--zone", "Mars/Base"], "'Mars/Base' is not a time zone"),
        (["--name", "   "], "Give the group a name."),
        (["--name", "x" * 201], "too long"),
        (["--kind", "cult"], "invalid choice: 'cult'"),
        (["--language", "xx"], "invalid choice: 'xx'"),
    ],
)
def test_bad_settings_are_refused_in_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    path = tmp_path / "river.groupkeeper"
    assert main(["new", "--data", str(path), "--name", "River Group", "--zone", "UTC"]) == 0
    before = _group(path)
    capsys.readouterr()
    try:
        code = main(["settings", "--data", str(path), *args])
    except SystemExit as exc:  # argparse refuses before anything is opened
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code != 0 and words in err and len(err.strip().splitlines()) == 1
    assert _group(path) == before


def test_new_refuses_an_existing_file_and_bad_values_make_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "river.groupkeeper"
    assert main(["new", "--data", str(path), "--name", "River", "--zone", "Nowhere/Town"]) == 1
    assert "not a time zone" in capsys.readouterr().err and not path.exists()
    assert main(["new", "--data", str(path), "--name", "River", "--zone", "UTC"]) == 0
    assert main(["new", "--data", str(path), "--name", "Other", "--zone", "UTC"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert _group(path)[0] == "River"
