"""The group from the command line: start a new group file, and show or change its settings,
with bad values refused in one plain line and nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from groupkeeper.cli import main
from groupkeeper.group.contact import ContactPlace, GroupContact
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import get_group
from groupkeeper.store import open_store


def _group(path: Path) -> tuple[str, GroupKind, str, str, str]:
    with open_store(path) as store, store.session() as s:
        info = get_group(s)
    assert info is not None
    return info.name, info.kind, info.language, info.timezone, info.country


def _refused(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """The one line on stderr with which ``args`` are refused (non-zero exit)."""
    try:
        code = main(args)
    except SystemExit as exc:  # argparse refuses before anything is opened
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code != 0 and len(err.strip().splitlines()) == 1, err
    return err


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
    assert words in _refused(["settings", "--data", str(path), *args], capsys)
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


def _contact(path: Path) -> tuple[GroupContact, str, str]:
    with open_store(path) as store, store.session() as s:
        info = get_group(s)
    assert info is not None
    return info.contact, info.service_number, info.district


def test_contact_and_service_numbers_set_shown_and_cleared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "river.groupkeeper"
    assert main(["new", "--data", str(path), "--name", "River Group", "--zone", "UTC",
                 "--phone", "555-0100", "--website", "rivergroup.example.org",
                 "--service-number", "000123456"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    # Printed nowhere unless chosen: anonymity first.
    assert (
        "Contact: phone 555-0100, website https://rivergroup.example.org; printed nowhere." in out
    )
    assert "For the intergroup (never printed): service number 000123456." in out
    assert _contact(path) == (
        GroupContact("555-0100", "", "https://rivergroup.example.org"), "000123456", "",
    )  # fmt: skip
    assert main(["settings", "--data", str(path), "--email", "river@example.org",
                 "--print-contact", "schedule,packet", "--district", "District 12"]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert out.startswith("Changed: River Group: other, language en")
    assert (
        "Contact: phone 555-0100, email river@example.org, website "
        "https://rivergroup.example.org; printed on the schedule flyer and the meeting packet."
    ) in out
    assert "service number 000123456, district District 12." in out
    places = frozenset({ContactPlace.SCHEDULE, ContactPlace.PACKET})
    assert _contact(path)[0].printed_on == places
    # "" clears one value; none prints it nowhere again; the rest stays.
    assert main(["settings", "--data", str(path), "--phone", "", "--service-number", "",
                 "--print-contact", "none"]) == 0  # fmt: skip
    assert _contact(path) == (
        GroupContact("", "river@example.org", "https://rivergroup.example.org"), "",
        "District 12",
    )  # fmt: skip
    assert main(["settings", "--data", str(path), "--print-contact", ""]) == 0
    assert main(["settings", "--data", str(path), "--website", "", "--email", ""]) == 0
    capsys.readouterr()
    assert main(["settings", "--data", str(path)]) == 0
    assert capsys.readouterr().out == (
        "River Group: other, language en, time zone UTC, country somewhere else.\n"
        "For the intergroup (never printed): district District 12.\n"
    )


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--phone", "call Ana"], "The phone number should be digits"),
        (["--phone", "5" * 31], "The phone number is too long"),
        (["--email", "ana@example.org, eli@example.org"], "does not look like one address"),
        (["--website", "javascript:alert(1)"], "does not look like a web address"),
        (["--website", "ftp://example.org"], "should start with https:// or http://"),
        (["--service-number", "9" * 41], "The service number is too long"),
        (["--district", "D" * 81], "The district or intergroup is too long"),
        (["--print-contact", "schedule,phone-list"], "'phone-list' is not a paper the contact"),
        (["--phone", "x", "--email", "y"], "The phone number should be digits"),
    ],
)
def test_bad_contact_values_are_refused_in_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    path = tmp_path / "river.groupkeeper"
    assert main(["new", "--data", str(path), "--name", "River Group", "--zone", "UTC",
                 "--phone", "555-0100", "--print-contact", "resources"]) == 0  # fmt: skip
    before = _contact(path), path.read_bytes()
    capsys.readouterr()
    assert words in _refused(["settings", "--data", str(path), *args], capsys)
    assert (_contact(path), path.read_bytes()) == before
    # And `new` refuses the same values without making a file.
    other = tmp_path / "other.groupkeeper"
    new = ["new", "--data", str(other), "--name", "Other", "--zone", "UTC", *args]
    assert words in _refused(new, capsys)
    assert not other.exists()


def test_the_contact_chosen_for_the_flyer_prints_on_the_exported_flyer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pypdf import PdfReader

    path, out = tmp_path / "river.groupkeeper", tmp_path / "flyer.pdf"
    assert main(["new", "--data", str(path), "--name", "River Group", "--zone", "UTC",
                 "--email", "river@example.org", "--service-number", "000123456"]) == 0  # fmt: skip

    def flyer() -> str:
        assert main(["export", "schedule", "--data", str(path), "--out", str(out)]) == 0
        return " ".join(page.extract_text() for page in PdfReader(out).pages)

    assert "river@example.org" not in flyer()  # nowhere until chosen
    assert main(["settings", "--data", str(path), "--print-contact", "schedule"]) == 0
    text = flyer()
    assert "Contact the group" in text and "Email river@example.org" in text
    assert "000123456" not in text  # the service number never prints
