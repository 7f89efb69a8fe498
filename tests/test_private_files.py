"""What GroupKeeper writes on a shared computer is its user's only (issue 20, finding 9).

Confidential exports (phone list, pairing list, roster CSV, a member's calendar) and the small
config files are 0600, and the folders the app makes for them 0700, whatever the umask: each
test runs under the most open umask there is.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from groupkeeper import configfile, paths, preferences, recent
from groupkeeper.__main__ import main
from groupkeeper.errors import GroupKeeperError
from groupkeeper.files import write_whole

# Owner/group/other modes are a POSIX matter (Windows closes a profile's folders by ACL);
# these run where CI and the groups' Linux and macOS laptops are.


def _put(path: Path, data: bytes) -> None:
    path.write_bytes(data)


@pytest.fixture(autouse=True)
def open_umask() -> Iterator[None]:
    """The umask of a careless system: everything anyone creates is readable and writable by
    all unless GroupKeeper says otherwise."""
    old = os.umask(0o000)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_umask_really_is_open(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("x")
    assert mode(tmp_path / "plain") == 0o666  # so the 0600s below are GroupKeeper's doing


def test_a_file_written_whole_is_private(tmp_path: Path) -> None:
    out = write_whole(tmp_path / "list.pdf", lambda tmp: _put(tmp, b"%PDF"))
    assert mode(out) == 0o600 and out.read_bytes() == b"%PDF"
    assert [p.name for p in tmp_path.iterdir()] == ["list.pdf"]


def test_private_even_when_the_writer_replaces_the_file(tmp_path: Path) -> None:
    seen: list[int] = []

    def replace(tmp: Path) -> None:
        seen.append(mode(tmp))  # already private before a byte is written
        tmp.unlink()
        tmp.write_text("made anew")

    out = write_whole(tmp_path / "roster.csv", replace, "CSV file")
    assert seen == [0o600] and mode(out) == 0o600


def test_overwriting_an_open_file_leaves_a_private_one(tmp_path: Path) -> None:
    old = tmp_path / "phones.pdf"
    old.write_text("last month's")
    old.chmod(0o644)
    write_whole(old, lambda tmp: _put(tmp, b"this month's"))
    assert mode(old) == 0o600 and old.read_text() == "this month's"


def test_a_file_for_everyone_follows_the_umask(tmp_path: Path) -> None:
    out = write_whole(tmp_path / "flyer.pdf", lambda tmp: _put(tmp, b"x"), private=False)
    assert mode(out) == 0o666


def test_a_failed_write_leaves_nothing_behind(tmp_path: Path) -> None:
    def fail(tmp: Path) -> None:
        tmp.write_text("half")
        raise OSError(28, "No space left on device")

    with pytest.raises(GroupKeeperError, match="No space left"):
        write_whole(tmp_path / "x.pdf", fail)
    assert list(tmp_path.iterdir()) == []


def test_config_files_and_their_folders_are_private(tmp_path: Path, gk_home: Path) -> None:
    assert not gk_home.exists()  # made below, under the open umask
    recent.remember(tmp_path / "group.groupkeeper")
    preferences.set_lock_minutes(5)
    configfile.save("other.json", {"a": 1})
    folder = paths.config_dir()
    assert mode(folder) == 0o700 and mode(paths.data_dir()) == 0o700
    for name in (recent.FILE, preferences.FILE, "other.json"):
        assert mode(folder / name) == 0o600, name
    assert sorted(p.name for p in folder.iterdir()) == [
        "other.json",
        "preferences.json",
        "recent.json",
    ]
    assert preferences.lock_minutes() == 5  # and still read back


def test_config_written_again_is_still_private(gk_home: Path) -> None:
    configfile.save(recent.FILE, [])
    target = paths.config_dir() / recent.FILE
    target.chmod(0o644)  # as an older version left it
    recent.remember(gk_home / "g.groupkeeper")
    assert mode(target) == 0o600


def test_folders_an_older_version_left_open_are_closed(gk_home: Path) -> None:
    for kind in ("config", "data"):
        (gk_home / kind).mkdir(parents=True)
        (gk_home / kind).chmod(0o755)
    assert mode(paths.config_dir()) == 0o700 and mode(paths.data_dir()) == 0o700


@pytest.mark.parametrize(
    ("what", "name", "extra"),
    [
        ("phone-list", "phones.pdf", ()),
        ("pairings", "pairings.pdf", ("--notes",)),
        ("roster", "roster.csv", ("--format", "csv")),
        ("ics", "grace.ics", ("--member", "grace")),
    ],
)
def test_confidential_exports_are_private(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    what: str,
    name: str,
    extra: tuple[str, ...],
) -> None:
    out = tmp_path / "exports" / name
    out.parent.mkdir()
    code = main(["export", what, "--data", str(demo_file), "--out", str(out), *extra])
    assert code == 0, capsys.readouterr().err
    assert out.stat().st_size > 0 and mode(out) == 0o600
    assert [p.name for p in out.parent.iterdir()] == [name]  # no temporary file left open
