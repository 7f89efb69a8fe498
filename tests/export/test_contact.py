"""The group's contact on paper: on the documents the group chose and nowhere else, read back
from the PDFs every document draws; never on the phone list, the roster or the pairings."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document, Request, prepare, render
from groupkeeper.group.contact import ContactPlace, GroupContact
from groupkeeper.group.service import get_group, save_group
from groupkeeper.materials.service import upcoming
from groupkeeper.store import open_store
from tests.conftest import TODAY
from tests.export.pdfcheck import runs
from tests.export.test_flyer import pdf_text

CONTACT = GroupContact("+1 (555) 010-0100", "hope@elmfalls.example.org", "elmfalls.example.org")
SHOWN = ("Contact the group", "+1 (555) 010-0100", "hope@elmfalls.example.org")


def _choose(path: Path, places: frozenset[ContactPlace], contact: GroupContact = CONTACT) -> None:
    with open_store(path) as st, st.session() as s, s.begin():
        group = get_group(s)
        assert group is not None
        save_group(s, replace(group, contact=replace(contact, printed_on=places)))


def _draw(path: Path, doc: Document, out: Path, paper: Paper = Paper.LETTER) -> Path:
    with open_store(path) as st, st.session() as s:
        meeting = upcoming(s, TODAY)[0]
        req = Request(doc, paper, meeting=meeting, first=TODAY, last=TODAY + timedelta(91))
        data = prepare(s, req, TODAY)
    return render(data, req, out, printed=TODAY)


def test_each_place_is_a_document_for_the_public_or_newcomers() -> None:
    """Every place but the meeting list is a printed document (the meeting list is the
    ``export meeting-guide`` command, for the intergroup's public list)."""
    papers = set(ContactPlace) - {ContactPlace.MEETING_LIST}
    commands = {d.spec.command for d in Document}
    assert {p.value for p in papers} <= commands
    assert {p.label for p in papers} <= {d.label for d in Document}
    private = {Document.PHONE_LIST, Document.PAIRINGS, Document.ROSTER, Document.SIGN_IN}
    assert not {p.value for p in ContactPlace} & {d.spec.command for d in private}


@pytest.mark.parametrize("doc", list(Document), ids=lambda d: d.spec.command)
def test_by_default_no_document_prints_the_contact(
    doc: Document, demo_file: Path, tmp_path: Path
) -> None:
    _choose(demo_file, frozenset())
    text = pdf_text(_draw(demo_file, doc, tmp_path / "out.pdf"))
    assert not any(words in text for words in SHOWN)


@pytest.mark.parametrize("place", list(ContactPlace), ids=lambda p: p.value)
def test_the_contact_prints_where_chosen_and_nowhere_else(
    place: ContactPlace, demo_file: Path, tmp_path: Path
) -> None:
    _choose(demo_file, frozenset({place}))
    for doc in Document:
        text = pdf_text(_draw(demo_file, doc, tmp_path / f"{doc.spec.command}.pdf"))
        if doc.spec.command == place.value:
            line = (
                "Contact the group Phone +1 (555) 010-0100 · Email hope@elmfalls.example.org · "
                "Website elmfalls.example.org"
            )
            assert line in text, doc
        else:
            assert not any(words in text for words in SHOWN), doc


def test_the_flyer_s_contact_is_one_tidy_block_that_stays_on_the_page(
    demo_file: Path, tmp_path: Path
) -> None:
    _choose(demo_file, frozenset({ContactPlace.SCHEDULE}))
    for paper in (Paper.LETTER, Paper.BOOKLET):
        found = runs(_draw(demo_file, Document.FLYER, tmp_path / f"{paper.value}.pdf", paper))
        [head] = [r for r in found if r.text == "Contact the group"]
        page = [r for r in found if r.page == head.page]
        half = head.page_width / 2 if paper is Paper.BOOKLET else head.page_width
        side = [r for r in page if (r.x < half) == (head.x < half)]  # a booklet's half-page
        printed = (CONTACT.phone, CONTACT.email, "elmfalls.example.org")
        values = [r for r in side if r.bold and r.text in printed]
        assert len(values) == 3 and all(head.y - 4 * head.size < r.y < head.y for r in values)
        if paper is Paper.BOOKLET:  # a narrow page: one to a line, each under the one before
            assert sorted({r.y for r in values}, reverse=True) == [r.y for r in values]
        else:
            assert len({r.y for r in values}) == 1
        assert all(r.x >= 0 and r.right <= r.page_width for r in page)
        # After the legend; the closing line under it, on the same page.
        [welcome] = [r for r in side if r.text.startswith("All are welcome")]
        assert welcome.y < min(r.y for r in values)
        legend = next(r for r in found if r.text == "What the format codes mean")
        assert (legend.page, -legend.y) < (head.page, -head.y) or legend.x < half <= head.x


def test_a_value_from_someone_else_s_file_that_would_not_pass_is_not_printed(
    demo_file: Path, tmp_path: Path
) -> None:
    import sqlite3

    _choose(demo_file, frozenset({ContactPlace.SCHEDULE}))
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE group_info SET contact_website = 'javascript:alert(1)'")
    conn.commit()
    conn.close()
    text = pdf_text(_draw(demo_file, Document.FLYER, tmp_path / "flyer.pdf"))
    assert "Phone +1 (555) 010-0100 · Email hope@elmfalls.example.org" in text
    assert "javascript" not in text and "Website" not in text
