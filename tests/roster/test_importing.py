"""Members from CSV: the usual spreadsheet encodings and separators, and every bad row
reported with its line number while nothing at all is imported."""

from __future__ import annotations

import codecs
import os
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.roster import service as roster
from groupkeeper.roster.importing import (
    MAX_ROWS,
    Imported,
    add_planned,
    import_members,
    import_members_file,
    plan_members,
)
from groupkeeper.roster.models import role
from groupkeeper.roster.rotation import Stopped
from groupkeeper.roster.service import Blackout, MemberInput
from groupkeeper.store import GroupStore
from tests.conftest import TODAY

GOOD = (
    "First name,Last initial,Phone,Phone list,Experienced,Roles,Never,Max per month\n"
    "Ana,R,555-0101,yes,yes,Facilitator; Reader,Mon,2\n"
    "Zoë,Ł,,no,no,Greeter,,\n"
    'Олена,К,,,,,"Sat, Sun",\n'
)


def _members(store: GroupStore) -> list[roster.MemberRecord]:
    with store.session() as s:
        return roster.list_members(s)


@pytest.mark.parametrize(
    "raw",
    [
        GOOD.encode("utf-8"),
        codecs.BOM_UTF8 + GOOD.encode("utf-8"),
        GOOD.encode("utf-16"),  # Excel's "Unicode text"
        (  # LibreOffice and Excel in much of Europe and Quebec: semicolons
            "First name;Last initial;Phone;Phone list;Experienced;Roles;Never;Max per month\n"
            'Ana;R;555-0101;yes;yes;"Facilitator; Reader";Mon;2\n'
            "Zoë;Ł;;no;no;Greeter;;\n"
            "Олена;К;;;;;Sat, Sun;\n"
        ).encode(),
    ],
    ids=["utf8", "utf8-bom", "utf16", "semicolons"],
)
def test_spreadsheet_csv_files_import(store: GroupStore, raw: bytes) -> None:
    with store.session() as s, s.begin():
        added = import_members(s, raw)
    assert [m.name for m in added] == ["Ana R.", "Zoë Ł.", "Олена К."]
    ana = added[0].data
    assert (ana.phone, ana.phone_list_ok, ana.experienced, ana.monthly_limit) == (
        "555-0101",
        True,
        True,
        2,
    )
    assert ana.never_weekdays == frozenset({0}) and len(ana.roles) == 2
    assert added[2].data.never_weekdays == frozenset({5, 6})


def test_windows_code_page_is_read(store: GroupStore) -> None:
    raw = "first_name,last_initial\nJosé,M\nFrançoise,B\n".encode("cp1252")
    with store.session() as s, s.begin():
        added = import_members(s, raw)
    assert [m.name for m in added] == ["José M.", "Françoise B."]


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(store: GroupStore) -> None:
    raw = (
        b"first_name,roles,phone_list,max_per_month,email\n"
        b"Ana,Facilitator,yes,2,ana@example.org\n"
        b",Reader,no,,\n"
        b"Ben,Chairperson,perhaps,99,ben-at-home\n"
    )
    with pytest.raises(ValidationError) as caught, store.session() as s, s.begin():
        import_members(s, raw)
    problems = caught.value.problems
    assert problems[0] == "Line 3: first_name is empty."
    assert problems[1].startswith("Line 4: unknown role 'Chairperson'. The group's roles: ")
    assert "Line 4: 'perhaps' in phone_list should be yes or no." in problems
    assert "Line 4: max_per_month '99' should be a number from 1 to 31." in problems
    assert "Line 4: 'ben-at-home' does not look like an email address." in problems
    assert _members(store) == []  # Ana was fine, and still was not half-imported


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "The file is empty."),
        (b"name_of_person,phone\nAna,1\n", "needs a first_name column"),
        (b"first_name\n", "header row but no members"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "not a CSV text file"),
        (b"first_name,colour\nAna,blue\n", "unknown column 'colour'"),
    ],
)
def test_wrong_files_get_a_clear_message(store: GroupStore, raw: bytes, message: str) -> None:
    with pytest.raises(ValidationError, match=message), store.session() as s, s.begin():
        import_members(s, raw)
    assert _members(store) == []


# ---------------------------------------------------------------- the whole use-case


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "members.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_file_is_read_checked_and_added_as_one_undo_step(
    store: GroupStore, tmp_path: Path
) -> None:
    done = import_members_file(store, _csv(tmp_path, GOOD), label="Import members")
    assert done == Imported(3)
    assert [m.name for m in _members(store)] == ["Ana R.", "Zoë Ł.", "Олена К."]
    step = store.history.next_undo
    assert step is not None and (step.label, step.section) == ("Import members", "members")
    store.undo()
    assert _members(store) == []


def test_a_file_with_bad_rows_adds_nobody_and_records_no_step(
    store: GroupStore, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "first_name,roles\nAna,Reader\nPia,Juggler\n")
    done = import_members_file(store, path)
    assert done.added == 0 and done.problems[0].startswith("Line 3: unknown role 'Juggler'.")
    assert _members(store) == [] and store.history.next_undo is None


def test_a_file_that_is_no_list_is_refused_before_it_is_read(
    store: GroupStore, tmp_path: Path
) -> None:
    pipe = tmp_path / "members.csv"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    with pytest.raises(GroupKeeperError, match="not an ordinary file"):
        import_members_file(store, pipe)


def test_a_stop_adds_nobody(store: GroupStore, tmp_path: Path) -> None:
    stop = threading.Event()
    stop.set()
    with pytest.raises(Stopped):
        import_members_file(store, _csv(tmp_path, GOOD), stop=stop)
    assert _members(store) == [] and store.history.next_undo is None


def test_a_role_deleted_after_the_check_adds_nobody(store: GroupStore) -> None:
    with store.session() as s:
        plan = plan_members(s, b"first_name,roles\nAna,Reader\n")
    assert plan.problems == ()
    with store.session() as s, s.begin():
        s.execute(delete(role).where(role.c.name == "Reader"))
    with pytest.raises(ValidationError, match="no longer exists"), store.change("x") as s:
        add_planned(s, plan)
    assert _members(store) == []


def _statements(store: GroupStore, rows: int) -> int:
    """How many SQL statements adding ``rows`` members from a checked list takes."""
    raw = b"first_name,last_initial,roles\n" + b"".join(
        b"P%d,K,Reader; Greeter\n" % n for n in range(rows)
    )
    with store.session() as s:
        plan = plan_members(s, raw)
    ran: list[str] = []

    def count(*args: Any) -> None:
        ran.append(args[2])

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        with store.session() as s, s.begin():
            add_planned(s, plan)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(ran)


def test_adding_two_thousand_takes_no_more_statements_than_adding_two(store: GroupStore) -> None:
    """Bounded: the list is added in a few statements, not several a member (2,000 took 20 s
    one by one)."""
    assert _statements(store, MAX_ROWS) == _statements(store, 2) <= 10


_names = st.text(st.characters(codec="utf-8", categories=["L"]), min_size=1, max_size=12)
_member = st.builds(
    MemberInput,
    first_name=_names,
    last_initial=st.text(st.characters(categories=["Lu"]), max_size=2),
    phone=st.text("0123456789-", max_size=12),
    experienced=st.booleans(),
    active=st.booleans(),
    never_weekdays=st.frozensets(st.integers(0, 6), max_size=3),
    monthly_limit=st.one_of(st.none(), st.integers(1, 31)),
    roles=st.lists(
        st.tuples(st.integers(1, 4), st.one_of(st.none(), st.integers(1, 4))),
        max_size=3,
        unique_by=lambda r: r[0],
    ).map(tuple),
    blackouts=st.lists(
        st.integers(0, 300).map(lambda d: Blackout(TODAY + timedelta(d), TODAY + timedelta(d))),
        max_size=2,
    ).map(tuple),
)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_member, min_size=1, max_size=12))
def test_adding_at_once_is_adding_one_by_one(store: GroupStore, members: list[MemberInput]) -> None:
    """The bulk add an import uses gives exactly the members, roles and times away that
    adding each through the member editor's service call gives."""

    def records(ids: list[int]) -> list[MemberInput]:
        with store.session() as s:
            found = {m.id: m.data for m in roster.list_members(s)}
        return [found[i] for i in ids]

    with store.change("at once") as s:
        at_once = roster.add_members(s, members)
    with store.change("one by one") as s:
        one_by_one = [roster.create_member(s, m).id for m in members]
    assert records(at_once) == records(one_by_one)
    store.undo()
    store.undo()
    assert _members(store) == []
