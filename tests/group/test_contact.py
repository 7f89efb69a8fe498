"""The group's contact and service numbers: good values kept (tidied), bad ones refused in one
plain line each, and a file's values never printed unless they would pass and the group chose
the place."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupkeeper.errors import ValidationError
from groupkeeper.group.contact import (
    ContactPlace,
    GroupContact,
    contact_problems,
    one_line,
    printed_contact,
    tidy_contact,
)
from groupkeeper.group.service import GroupInfo, get_group, save_group, validate_group
from groupkeeper.store import GroupStore

EVERYWHERE = frozenset(ContactPlace)


@pytest.mark.parametrize(
    ("given_", "kept"),
    [
        (GroupContact(phone=" +1 (306) 555-0100 "), GroupContact(phone="+1 (306) 555-0100")),
        (GroupContact(phone="555.0100"), GroupContact(phone="555.0100")),
        (GroupContact(email="hope@example.org"), GroupContact(email="hope@example.org")),
        (GroupContact(email="espoir@café.example.fr"), GroupContact(email="espoir@café.example.fr")),
        (GroupContact(website="elmfallshope.org"), GroupContact(website="https://elmfallshope.org")),
        (GroupContact(website="HTTP://Example.org/meetings"), GroupContact(website="http://Example.org/meetings")),
        (GroupContact(website="https://aa-area.ca:8443/g?id=7"), GroupContact(website="https://aa-area.ca:8443/g?id=7")),
        (GroupContact(phone="555\x00\t0100\u202e\n"), GroupContact(phone="555 0100")),
    ],
)  # fmt: skip
def test_good_values_are_kept_tidied(given_: GroupContact, kept: GroupContact) -> None:
    assert tidy_contact(given_) == kept
    assert contact_problems(kept) == []


@pytest.mark.parametrize(
    ("contact", "words"),
    [
        (GroupContact(phone="call Ana"), "The phone number should be digits"),
        (GroupContact(phone="12"), "The phone number should be digits"),
        (GroupContact(phone="555-0100 +1"), "The phone number should be digits"),
        (GroupContact(phone="5" * 31), "The phone number is too long (30 characters at most)."),
        (GroupContact(email="hope"), "does not look like one address"),
        (GroupContact(email="a@b@example.org"), "does not look like one address"),
        (GroupContact(email="ana@example.org, eli@example.org"), "does not look like one address"),
        (GroupContact(email="hope@localhost"), "does not look like one address"),
        (GroupContact(email="a" * 250 + "@x.org"), "The email address is too long"),
        (GroupContact(website="javascript:alert(1)"), "does not look like a web address"),
        (GroupContact(website="ftp://example.org"), "should start with https:// or http://"),
        (GroupContact(website="https://user:pw@example.org"), "does not look like a web address"),
        (GroupContact(website="example"), "does not look like a web address"),
        (GroupContact(website="https://exa mple.org"), "does not look like a web address"),
        (GroupContact(website="https://example.org:port"), "does not look like a web address"),
        (GroupContact(website="https://-bad-.org"), "does not look like a web address"),
        (GroupContact(website="x.org/" + "a" * 200), "The website is too long"),
    ],
)
def test_bad_values_are_refused_in_one_plain_line(contact: GroupContact, words: str) -> None:
    [problem] = contact_problems(tidy_contact(contact))
    assert words in problem and "\n" not in problem


def test_save_group_refuses_every_problem_and_keeps_the_tidy_values(
    store: GroupStore, group_info: GroupInfo
) -> None:
    bad = replace(
        group_info, contact=GroupContact("phone", "mail", "web"), service_number="9" * 41,
        district="D" * 81,
    )  # fmt: skip
    problems = validate_group(bad)
    assert len(problems) == 5 and all(p.endswith(".") for p in problems)
    with store.session() as s, s.begin(), pytest.raises(ValidationError):
        save_group(s, bad)
    good = replace(
        group_info,
        contact=GroupContact(" 555-0100", "hope@example.org", "hope.example.org", EVERYWHERE),
        service_number=" GSO\t000123 ",
        district="District 12",
    )
    with store.session() as s, s.begin():
        saved = save_group(s, good)
    with store.session() as s:
        assert get_group(s) == saved
    assert saved.contact == GroupContact(
        "555-0100", "hope@example.org", "https://hope.example.org", EVERYWHERE
    )
    assert (saved.service_number, saved.district) == ("GSO 000123", "District 12")


def test_the_contact_prints_only_where_chosen() -> None:
    contact = GroupContact("555-0100", "hope@example.org", "https://hope.example.org/")
    assert all(printed_contact(contact, place) == () for place in ContactPlace)  # the default
    chosen = replace(contact, printed_on=frozenset({ContactPlace.SCHEDULE}))
    assert printed_contact(chosen, ContactPlace.SCHEDULE) == (
        ("Phone", "555-0100"), ("Email", "hope@example.org"), ("Website", "hope.example.org"),
    )  # fmt: skip
    assert printed_contact(chosen, ContactPlace.PACKET) == ()
    plain_http = replace(chosen, website="http://hope.example.org", phone="", email="")
    assert printed_contact(plain_http, ContactPlace.SCHEDULE) == (
        ("Website", "http://hope.example.org"),
    )


def test_a_file_from_someone_else_prints_only_what_would_pass(store: GroupStore) -> None:
    """Values written into the file by hand: control characters go, a bad value is never
    printed, a huge one is cut to the column, and unknown places are ignored."""
    conn = sqlite3.connect(store.path)
    conn.execute(
        "UPDATE group_info SET contact_phone = ?, contact_email = ?, contact_website = ?,"
        " contact_printed_on = ?, service_number = ?, district = ?",
        ("555\x1b]0;pwned\x07 0100", "not an address", "javascript:alert(1)",
         "schedule,phone-list,,pairings", "x" * 10_000_000, "D\r\n12"),
    )  # fmt: skip
    conn.commit()
    conn.close()
    with store.session() as s:
        group = get_group(s)
    assert group is not None
    assert group.contact.printed_on == {ContactPlace.SCHEDULE}
    assert group.contact.phone == "555 ]0;pwned 0100"  # shown as text, never obeyed
    assert len(group.service_number) == 40 and group.district == "D 12"
    assert printed_contact(group.contact, ContactPlace.SCHEDULE) == ()  # none would pass


@given(st.text(max_size=80))
def test_one_line_leaves_no_control_or_format_character(text: str) -> None:
    import unicodedata

    tidied = one_line(text)
    assert "  " not in tidied and tidied == tidied.strip()
    assert not any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in tidied)


@given(st.text(alphabet="0123456789 +().-", max_size=40))
def test_a_phone_that_passes_always_prints(phone: str) -> None:
    contact = tidy_contact(GroupContact(phone=phone, printed_on=EVERYWHERE))
    printed = printed_contact(contact, ContactPlace.RESOURCES)
    assert bool(printed) == (bool(contact.phone) and not contact_problems(contact))
