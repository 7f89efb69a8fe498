"""The library service against a real group file: items, files, search, tags and loans."""

from __future__ import annotations

import hashlib
import itertools
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupkeeper import lists
from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind, TextStatus
from groupkeeper.library.service import MAX_ATTACHMENT, ResourceInput
from groupkeeper.library.starter import add_starter, check_due, confirm_checked, starter_items
from groupkeeper.roster import service as roster
from groupkeeper.store import GroupStore, open_store
from groupkeeper.store.sqlitefile import integrity_check
from tests.library.conftest import protected_pdf

TODAY = date(2026, 3, 2)


def _add(store: GroupStore, *items: ResourceInput) -> list[int]:
    with store.session() as s, s.begin():
        return [library.create_resource(s, item) for item in items]


def _titles(store: GroupStore, words: str = "", **kw: object) -> list[str]:
    with store.session() as s:
        return [i.title for i in library.search(s, words, **kw)]  # type: ignore[arg-type]


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- items


def test_items_of_each_kind_are_saved_edited_archived_and_deleted(store: GroupStore) -> None:
    reading, contact, book = _add(
        store,
        ResourceInput(Kind.READING, " Opening ", "We welcome you.\n\nLet us begin.", ("Opening",)),
        ResourceInput(Kind.CONTACT, "Riverton Distress Line", "Call back if busy", ("crisis",),
                      phone="555-0140", text_line="555-0141", hours="24 hours",
                      region="Riverton", website="riverton.example", crisis=True),
        ResourceInput(Kind.BOOK, "Steady Ground", tags=("book",), author="M. Okafor", copies=2,
                      phone="ignored for a book"),
    )  # fmt: skip
    with store.session() as s:
        r = library.get_resource(s, reading)
        c = library.get_resource(s, contact)
        b = library.get_resource(s, book)
    assert (r.title, r.body, r.tags) == (
        "Opening",
        "We welcome you.\n\nLet us begin.",
        ("Opening",),
    )
    assert (c.phone, c.text_line, c.hours, c.region, c.website, c.crisis) == (
        "555-0140", "555-0141", "24 hours", "Riverton", "riverton.example", True)  # fmt: skip
    assert (b.author, b.copies, b.phone, b.available) == ("M. Okafor", 2, "", 2)

    with store.session() as s, s.begin():
        library.update_resource(s, reading, ResourceInput(Kind.READING, "Opening words", "Hello.",
                                                          ("opening", "OPENING", " ritual ")))  # fmt: skip
        library.set_archived(s, contact, True)
    with store.session() as s:
        assert library.get_resource(s, reading).tags == ("opening", "ritual")
    assert _titles(store) == ["Opening words", "Steady Ground"]
    assert _titles(store, archived=True) == [
        "Opening words",
        "Riverton Distress Line",
        "Steady Ground",
    ]
    assert _titles(store, "riverton") == []  # archived items leave the search too
    with store.session() as s, s.begin():
        library.set_archived(s, contact, False)
        library.delete_resource(s, book)
    assert _titles(store, "riverton") == ["Riverton Distress Line"]
    assert _titles(store, "okafor") == []
    with store.session() as s, pytest.raises(GroupKeeperError, match="no longer in the library"):
        library.get_resource(s, book)


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (ResourceInput(Kind.READING, "  "), "Give the reading a title."),
        (ResourceInput(Kind.CONTACT, ""), "Give the referral contact the organisation's name."),
        (ResourceInput(Kind.BOOK, "Book", copies=-1), "between 0 and 999"),
        (ResourceInput(Kind.CONTACT, "Line", crisis=True), "needs a phone number or a text line"),
        (ResourceInput(Kind.READING, "x" * 301), "too long"),
        (ResourceInput(Kind.CONTACT, "Line", phone="5" * 101), "The phone is too long"),
        (
            ResourceInput(Kind.READING, "Tags", tags=tuple(f"t{i}" for i in range(21))),
            "at most 20 tags",
        ),
    ],
)
def test_bad_items_are_refused_with_the_reason_and_nothing_saved(
    store: GroupStore, item: ResourceInput, message: str
) -> None:
    with store.session() as s, s.begin(), pytest.raises(ValidationError, match=message):
        library.create_resource(s, item)
    assert _titles(store, archived=True) == []


def test_an_item_cannot_change_kind_and_a_document_needs_a_file(store: GroupStore) -> None:
    [reading] = _add(store, ResourceInput(Kind.READING, "Closing"))
    with store.session() as s, pytest.raises(GroupKeeperError, match="cannot change its kind"):
        library.update_resource(s, reading, ResourceInput(Kind.BOOK, "Closing"))
    with store.session() as s, pytest.raises(GroupKeeperError, match="attaching its file"):
        library.create_resource(s, ResourceInput(Kind.DOCUMENT, "Handout"))


def test_tags_are_listed_and_filter_the_list(store: GroupStore) -> None:
    _add(
        store,
        ResourceInput(Kind.READING, "Welcome", tags=("newcomers", "reading")),
        ResourceInput(Kind.CONTACT, "Food bank", tags=("Referral",), phone="1"),
        ResourceInput(Kind.BOOK, "Workbook", tags=("newcomers",)),
    )
    with store.session() as s:
        assert library.list_tags(s) == ["newcomers", "reading", "Referral"]
    assert _titles(store, tag="newcomers") == ["Welcome", "Workbook"]
    assert _titles(store, tag="referral") == ["Food bank"]  # any case
    assert _titles(store, kind=Kind.BOOK) == ["Workbook"]
    assert _titles(store, "welcome", tag="newcomers", kind=Kind.READING) == ["Welcome"]
    assert lists.parse_tags(" crisis ,newcomers;  family  life,,CRISIS") == (
        "crisis", "newcomers", "family life")  # fmt: skip


# ---------------------------------------------------------------- search


def test_a_title_match_ranks_above_a_body_mention(store: GroupStore) -> None:
    _add(
        store,
        ResourceInput(Kind.READING, "Service and the group", "Literature is on the table. " * 20),
        ResourceInput(Kind.READING, "Literature", "What we read together."),
        ResourceInput(Kind.CONTACT, "Library desk", "Ask about literature", phone="555"),
    )
    assert _titles(store, "literature")[0] == "Literature"
    assert set(_titles(store, "literature")) == {
        "Literature",
        "Service and the group",
        "Library desk",
    }


def test_search_folds_accents_both_ways_and_finds_as_you_type(store: GroupStore) -> None:
    _add(
        store,
        ResourceInput(Kind.READING, "Notre réunion", "Café à 18 h 30"),
        ResourceInput(Kind.CONTACT, "Centre Crisis", phone="555-0199", region="Montréal"),
        ResourceInput(Kind.READING, "Meeting reunion", "cafe"),
    )
    assert set(_titles(store, "reunion")) == {"Notre réunion", "Meeting reunion"}
    assert set(_titles(store, "RÉUNION")) == {"Notre réunion", "Meeting reunion"}
    assert set(_titles(store, "café")) == {"Notre réunion", "Meeting reunion"}
    assert _titles(store, "montreal") == ["Centre Crisis"]  # contact details are searched
    assert _titles(store, "555-01") == ["Centre Crisis"]
    for typed in ("r", "ré", "reu", "réun", "réunio"):  # as each letter is typed
        assert set(_titles(store, typed)) == {"Notre réunion", "Meeting reunion"}, typed
    assert _titles(store, "reunion notre") == ["Notre réunion"]  # every word must match


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40) | st.sampled_from(['"', '"unbalanced', "(", "a)", "NEAR(a b)", "*",
                                                "a OR", "NOT", "title:x", "^a", "a AND (b", "'", "-x", "\x00"]))  # fmt: skip
def test_anything_typed_into_the_search_box_never_raises(store: GroupStore, typed: str) -> None:
    with store.session() as s:
        library.search(s, typed)


def test_search_finds_words_inside_an_attached_pdf(
    store: GroupStore, tmp_path: Path, pdf_bytes: bytes
) -> None:
    path = _file(tmp_path, "welcome_handout.pdf", pdf_bytes)
    with store.session() as s, s.begin():
        doc = library.attach_file(s, path, tags=("handout",))
    assert _titles(store, "hospitality") == ["welcome handout"]
    assert _titles(store, "entendez") == ["welcome handout"]
    with store.session() as s:
        item = library.get_resource(s, doc)
        [row] = library.search(s, "coffee")
    assert (item.text_status, item.file_name, item.media_type) == (
        TextStatus.READ, "welcome_handout.pdf", "application/pdf")  # fmt: skip
    assert row.summary.startswith("welcome_handout.pdf · ")


def test_word_processor_and_text_files_are_searchable_too(
    store: GroupStore, tmp_path: Path
) -> None:
    import zipfile

    docx = tmp_path / "agenda.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr(
            "word/document.xml",
            "<w:document><w:p><w:r><w:t>Treasurer &amp; budget</w:t></w:r></w:p></w:document>",
        )
    notes = _file(tmp_path, "notes.txt", "Potluck sign-up sheet".encode("cp1252"))
    with store.session() as s, s.begin():
        library.attach_file(s, docx)
        library.attach_file(s, notes)
    assert _titles(store, "budget") == ["agenda"]
    assert _titles(store, "potluck") == ["notes"]


def test_rebuilding_the_index_gives_the_same_results(
    store: GroupStore, tmp_path: Path, pdf_bytes: bytes
) -> None:
    with store.session() as s, s.begin():
        add_starter(s, "CA")
        library.attach_file(s, _file(tmp_path, "a.pdf", pdf_bytes))
    before = {w: _titles(store, w) for w in ("crisis", "hospitality", "welcome", "988")}
    with store.session() as s, s.begin():
        assert library.rebuild_index(s.connection()) == len(starter_items("CA")) + 1
    assert {w: _titles(store, w) for w in before} == before
    assert before["988"] == ["9-8-8 Suicide Crisis Helpline"]


# ---------------------------------------------------------------- attached files


def test_a_file_saved_back_out_is_byte_identical(store: GroupStore, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)  # several chunks, the last one short
    path = _file(tmp_path, "photo.jpg", data)
    steps: list[tuple[int, int]] = []
    with store.session() as s, s.begin():
        prepared = library.prepare(path, progress=lambda d, t: steps.append((d, t)))
        doc = library.attach(s, prepared, progress=lambda d, t: steps.append((d, t)))
    out = library_out = tmp_path / "out" / "copy.jpg"
    library_out.parent.mkdir()
    with store.session() as s:
        library.save_file(s, doc, out)
        item = library.get_resource(s, doc)
    assert (
        hashlib.sha256(out.read_bytes()).hexdigest()
        == hashlib.sha256(data).hexdigest()
        == item.sha256
    )
    assert (item.size, item.media_type, item.text_status) == (
        len(data),
        "image/jpeg",
        TextStatus.NONE,
    )
    assert steps[-1][0] == steps[-1][1] and all(
        a <= b for (a, _), (b, _) in itertools.pairwise(steps)
    )


def test_the_size_limit_is_25_mb(store: GroupStore, tmp_path: Path) -> None:
    ok = _file(tmp_path, "exactly.bin", b"\0" * MAX_ATTACHMENT)
    big = _file(tmp_path, "scan.pdf", b"\0" * (26 * 1024 * 1024))
    with store.session() as s, s.begin():
        library.attach_file(s, ok)
    with store.session() as s, s.begin(), pytest.raises(GroupKeeperError) as refused:
        library.attach_file(s, big)
    assert "scan.pdf is 26.0 MB; GroupKeeper keeps files of up to 25 MB" in refused.value.message
    assert _titles(store) == ["exactly.bin"]  # not a document: its title keeps the extension


def test_a_corrupt_or_protected_pdf_attaches_but_says_its_text_was_not_read(
    store: GroupStore, tmp_path: Path
) -> None:
    broken = _file(tmp_path, "broken.pdf", b"%PDF-1.7\n" + os.urandom(5000))
    locked = _file(tmp_path, "locked.pdf", protected_pdf())
    with store.session() as s, s.begin():
        a = library.attach_file(s, broken)
        b = library.attach_file(s, locked)
    with store.session() as s:
        statuses = [library.get_resource(s, i).text_status for i in (a, b)]
        out = tmp_path / "again.pdf"
        library.save_file(s, b, out)
    assert statuses == [TextStatus.UNREADABLE, TextStatus.PROTECTED]
    assert out.read_bytes() == locked.read_bytes()
    assert (
        "password" in TextStatus.PROTECTED.label
        and "could not be read" in TextStatus.UNREADABLE.label
    )
    assert _titles(store, "broken") == ["broken"]  # still found by its title


def test_a_damaged_stored_file_is_refused_on_the_way_out(store: GroupStore, tmp_path: Path) -> None:
    with store.session() as s, s.begin():
        doc = library.attach_file(s, _file(tmp_path, "a.bin", b"hello world"))
        s.connection().exec_driver_sql("UPDATE attachment_chunk SET data = x'00'")
    out = tmp_path / "a-copy.bin"
    with store.session() as s, pytest.raises(GroupKeeperError, match="is damaged"):
        library.save_file(s, doc, out)
    assert not out.exists() and list(tmp_path.glob(".a-copy*")) == []


def test_a_missing_or_unreadable_path_is_a_plain_error(store: GroupStore, tmp_path: Path) -> None:
    with (
        store.session() as s,
        pytest.raises(GroupKeeperError, match="not a file that can be attached"),
    ):
        library.attach_file(s, tmp_path / "nowhere.pdf")
    with (
        store.session() as s,
        pytest.raises(GroupKeeperError, match="not a file that can be attached"),
    ):
        library.attach_file(s, tmp_path)


def test_a_file_with_big_attachments_opens_without_reading_them(tmp_path: Path) -> None:
    """The open-time check skips attached bytes; the full check still covers them."""
    path = tmp_path / "big.groupkeeper"
    with open_store(path, create=True) as st, st.session() as s, s.begin():
        doc = library.attach(s, library.prepare_bytes("a.bin", b"\1" * (4 * 1024 * 1024)))
    reads: list[str] = []
    import sqlite3

    conn = sqlite3.connect(path)
    conn.set_trace_callback(reads.append)
    from groupkeeper.store.sqlitefile import _quick_check

    assert _quick_check(conn)
    conn.close()
    assert not any("attachment_chunk" in r for r in reads)
    assert any('quick_check("resource")' in r for r in reads)
    assert integrity_check(path) == []
    with open_store(path) as st, st.session() as s:
        assert library.get_resource(s, doc).size == 4 * 1024 * 1024


# ---------------------------------------------------------------- lending shelf


def test_lending_returning_and_the_overdue_list(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        dana = roster.create_member(s, roster.MemberInput("Dana", "K"))
        [book, other] = [library.create_resource(s, ResourceInput(Kind.BOOK, t, copies=n))
                         for t, n in (("Steady Ground", 2), ("Grief and Growing", 1))]  # fmt: skip
        late = library.lend(
            s, book, "Dana K.", member_id=dana.id, out_on=TODAY - timedelta(days=30)
        )
        library.lend(s, book, "  Sam  E. ", out_on=TODAY, due_on=TODAY + timedelta(days=7))
        library.lend(s, other, "Lee", out_on=TODAY - timedelta(days=2))
    with store.session() as s:
        assert [(x.book, x.borrower) for x in library.overdue(s, TODAY)] == [
            ("Steady Ground", "Dana K.")
        ]
        assert [x.borrower for x in library.open_loans(s)] == ["Dana K.", "Sam E.", "Lee"]
        assert library.get_resource(s, book).available == 0
        [row] = library.search(s, "steady")
        late_loan = library.open_loans(s)[0]
    assert row.summary == "0 of 2 on the shelf"
    assert late_loan.describe(TODAY) == "overdue by 9 days (due Sat 21 Feb 2026)"
    with (
        store.session() as s,
        s.begin(),
        pytest.raises(ValidationError, match="Every copy of Steady Ground is out"),
    ):
        library.lend(s, book, "Someone", out_on=TODAY)
    with store.session() as s, s.begin():
        library.return_loan(s, late, TODAY)
    with store.session() as s:
        assert library.overdue(s, TODAY) == []
        loans = library.get_resource(s, book).loans
        with pytest.raises(GroupKeeperError, match="already returned"):
            library.return_loan(s, late, TODAY)
    assert [(x.borrower, x.returned_on) for x in loans] == [("Sam E.", None), ("Dana K.", TODAY)]
    assert loans[1].describe(TODAY) == "returned Mon 2 Mar 2026"
    with store.session() as s, s.begin():
        library.reopen_loan(s, late)
        roster.delete_member(s, dana.id, TODAY)  # the loan keeps the name as written
    with store.session() as s:
        assert [(x.borrower, x.member_id) for x in library.overdue(s, TODAY)] == [("Dana K.", None)]


@pytest.mark.parametrize(
    ("borrower", "due", "message"),
    [
        ("", None, "Say who is borrowing"),
        ("Dana", TODAY - timedelta(days=1), "due date is before"),
        ("x" * 201, None, "too long"),
    ],
)
def test_bad_loans_are_refused(
    store: GroupStore, borrower: str, due: date | None, message: str
) -> None:
    [book] = _add(store, ResourceInput(Kind.BOOK, "Book"))
    with store.session() as s, s.begin(), pytest.raises(ValidationError, match=message):
        library.lend(s, book, borrower, out_on=TODAY, due_on=due)
    with store.session() as s:
        assert library.open_loans(s) == []


def test_only_books_are_lent(store: GroupStore) -> None:
    [reading] = _add(store, ResourceInput(Kind.READING, "Welcome"))
    with store.session() as s, pytest.raises(ValidationError, match="not a book"):
        library.lend(s, reading, "Dana", out_on=TODAY)


# ---------------------------------------------------------------- starter set


@pytest.mark.parametrize(
    ("country", "lines"),
    [
        ("CA", ["9-8-8 Suicide Crisis Helpline", "Emergency services"]),
        ("US", ["988 Suicide & Crisis Lifeline", "Emergency services"]),
        ("", []),  # elsewhere: no North American numbers; the group adds its own
    ],
)
def test_the_starter_set_fits_the_country(
    store: GroupStore, country: str, lines: list[str]
) -> None:
    with store.session() as s, s.begin():
        add_starter(s, country)
    with store.session() as s:
        crisis = library.crisis_lines(s)
    assert sorted(c.title for c in crisis) == sorted(lines)
    # The check is the secretary's task on Home, never a note printed under the number.
    assert all(c.phone in ("988", "911") and "Check" not in c.body for c in crisis)
    with store.session() as s:
        assert sorted(check_due(s)) == sorted(lines)
    with store.session() as s, s.begin():
        confirm_checked(s)
    with store.session() as s:
        assert check_due(s) == ()
    readings = _titles(store, kind=Kind.READING)
    assert readings == [
        "Closing",
        "Our group guidelines",
        "Welcome to newcomers",
        "When peer support is not enough",
    ]
    assert _titles(store, "cross talk") == ["Our group guidelines"]
    assert "When peer support is not enough" in _titles(store, "emergency")


def test_the_list_reads_a_page_at_a_time_and_counts_with_its_filters(store: GroupStore) -> None:
    _add(store, *[ResourceInput(Kind.BOOK if i % 3 else Kind.READING, f"Item {i:02d}", tags=("even",) if i % 2 == 0 else ())
                  for i in range(30)])  # fmt: skip
    with store.session() as s:
        whole = library.search(s)
        pages = [library.search(s, limit=7, offset=o) for o in range(0, 30, 7)]
        assert [i for p in pages for i in p] == whole
        assert library.count(s) == 30 and library.count(s, kind=Kind.READING) == 10
        assert library.count(s, tag="EVEN") == 15 == len(library.search(s, tag="even"))
        library.set_archived(s, whole[0].id, True)
        assert library.count(s) == 29 and library.count(s, archived=True) == 30


def test_a_cut_search_still_gives_the_best_unarchived_matches(store: GroupStore) -> None:
    ids = _add(
        store,
        *[ResourceInput(Kind.READING, "Hope " * (5 - i) + f"number {i}", "hope") for i in range(5)],
    )
    with store.session() as s, s.begin():
        library.set_archived(s, ids[0], True)  # the two best matches are archived
        library.set_archived(s, ids[1], True)
    with store.session() as s:
        assert [i.id for i in library.search(s, "hope", limit=2)] == ids[2:4]
        assert [i.id for i in library.search(s, "hope", limit=2, archived=True)] == ids[:2]
        assert [i.id for i in library.search(s, "hope", limit=2, kind=Kind.READING)] == ids[2:4]
        assert [i.id for i in library.search(s, "hope")] == ids[2:]


def test_a_pdf_whose_encryption_needs_a_missing_package_counts_as_protected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """AES PDFs need pypdf's optional cryptography package; without it they are protected,
    not damaged (it said 'damaged' before)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    from groupkeeper.library.text import extract

    def needs_package(self: PdfReader, password: str) -> None:
        raise DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(PdfReader, "decrypt", needs_package)
    assert extract(protected_pdf(), "minutes.pdf") == ("", TextStatus.PROTECTED)


def test_a_pdf_with_an_encryption_scheme_pypdf_lacks_counts_as_protected(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pypdf raises NotImplementedError from decrypt for a scheme it does not implement (an
    unknown /V, /SubFilter or crypt filter, see pypdf/_encryption.py): protected, not damaged."""
    from pypdf import PdfReader

    from groupkeeper.library.text import extract

    def unknown_scheme(self: PdfReader, password: str) -> None:
        raise NotImplementedError("Encryption V=6 NOT supported")  # pypdf _encryption.py

    monkeypatch.setattr(PdfReader, "decrypt", unknown_scheme)
    assert extract(protected_pdf(), "minutes.pdf") == ("", TextStatus.PROTECTED)
