"""The registry: every document described once, and the command line built from it."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.cli import build_parser
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document, MeetingChoice, Request, prepare, render, said
from groupkeeper.materials.service import upcoming
from groupkeeper.store import open_store
from tests.conftest import TODAY


def _export_commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    export = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices[
        "export"
    ]
    what = next(a for a in export._actions if isinstance(a, argparse._SubParsersAction))
    return dict(what.choices)


def _switches(command: argparse.ArgumentParser) -> list[str]:
    return [s for a in command._actions for s in a.option_strings if s not in ("-h", "--help")]


# The command line as it was before the registry: names, order and every switch in its order
# (--series and --time came beside --date to choose one of a day's meetings).
COMMAND_LINE = {
    "schedule": ["--data", "--out", "--from", "--to", "--qr-links", "--paper", "--large-print"],
    "roster": ["--data", "--out", "--from", "--to", "--format", "--paper", "--large-print"],
    "resources": ["--data", "--out", "--tag", "--no-crisis-page", "--paper", "--large-print"],
    "pairings": ["--data", "--out", "--notes", "--paper", "--large-print"],
    "packet": [
        "--data", "--out", "--date", "--series", "--time", "--leave-out", "--facilitator-note",
        "--paper", "--large-print",
    ],
    "sign-in": [
        "--data", "--out", "--date", "--series", "--time", "--names", "--blank", "--paper",
        "--large-print",
    ],
    "phone-list": ["--data", "--out", "--paper", "--large-print"],
}  # fmt: skip


def test_each_document_is_an_export_command_with_the_switches_it_always_had() -> None:
    commands = _export_commands()
    assert list(commands) == [
        *COMMAND_LINE, "ics", "members", "contacts", "meeting-guide", "changes",
    ]  # fmt: skip
    assert {doc.spec.command for doc in Document} == set(COMMAND_LINE)
    for name, switches in COMMAND_LINE.items():
        assert _switches(commands[name]) == switches, name


@pytest.mark.parametrize("doc", list(Document), ids=lambda d: d.spec.command)
def test_the_command_line_offers_what_the_spec_says(doc: Document) -> None:
    command = _export_commands()[doc.spec.command]
    paper = next(a for a in command._actions if a.dest == "paper")
    assert paper.choices is not None
    assert ("booklet" in paper.choices) == doc.booklet
    assert ("--large-print" in _switches(command)) == doc.large_print
    assert command.get_default("document") is doc


def test_the_specs_are_complete_and_distinct() -> None:
    specs = [doc.spec for doc in Document]
    assert len({s.command for s in specs}) == len({s.label for s in specs}) == len(specs)
    assert all(s.label and s.about and s.help for s in specs)
    assert [doc for doc in Document if doc.spec.confidential] == [Document.PAIRINGS]


def test_file_names_take_the_group_and_the_date_and_nothing_from_the_name() -> None:
    when = date(2026, 3, 3)
    assert Document.PACKET.file_name("Elm Falls", when) == "Elm Falls packet 2026-03-03.pdf"
    assert Document.PHONE_LIST.file_name("Elm", when) == "Elm phone list (private).pdf"
    # A group's name is an argument to the template, never a template itself.
    assert Document.FLYER.file_name("{when} {0}", when) == "{when} {0} schedule 2026-03-03.pdf"


def test_a_request_the_document_cannot_print_is_refused() -> None:
    with pytest.raises(GroupKeeperError, match="does not fold as a booklet"):
        Request(Document.ROSTER, Paper.BOOKLET).checked()
    assert all(d.large_print for d in Document)  # every document offers large print now
    needs = [d for d in Document if any(isinstance(o, MeetingChoice) and o.required
                                        for o in d.spec.options)]  # fmt: skip
    assert needs == [Document.PACKET]
    with pytest.raises(GroupKeeperError, match="Choose the meeting"):
        Request(Document.PACKET).checked()


@pytest.mark.parametrize("doc", list(Document), ids=lambda d: d.spec.command)
def test_every_document_prepares_and_draws_through_the_registry(
    doc: Document, demo_file: Path, tmp_path: Path
) -> None:
    store = open_store(demo_file)
    with store.session() as s:
        meeting = upcoming(s, TODAY)[0]
        papers = [Paper.LETTER, Paper.BOOKLET] if doc.booklet else [Paper.A4]
        reqs = [Request(doc, paper, meeting=meeting) for paper in papers]
        drawn = [(req, prepare(s, req, TODAY)) for req in reqs]
    store.close()
    for req, data in drawn:
        out = render(data, req, tmp_path / f"{req.paper.value}.pdf", printed=TODAY)
        pages = PdfReader(out).pages
        assert len(pages) >= 1
        wide = float(pages[0].mediabox.width)
        if req.paper is Paper.BOOKLET:
            assert wide == 792  # two half-letter pages to a landscape letter sheet
        assert said(data, req, out).startswith("Saved the ")


def test_the_dialog_s_blank_lines_stop_where_the_sheet_s_check_does() -> None:
    from groupkeeper.export.registry import Count
    from groupkeeper.export.sheets import MAX_BLANK

    blank = next(o for o in Document.SIGN_IN.spec.options if isinstance(o, Count))
    assert (blank.field, blank.most, blank.default) == ("blank", MAX_BLANK, Request.blank)
