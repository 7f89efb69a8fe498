"""Members from CSV: the usual spreadsheet encodings and separators, and every bad row
reported with its line number while nothing at all is imported."""

from __future__ import annotations

import codecs

import pytest

from groupkeeper.errors import ValidationError
from groupkeeper.roster import service as roster
from groupkeeper.roster.importing import import_members
from groupkeeper.store import GroupStore

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
