"""The booklet's page order, the sign-in sheet and the phone list, read back."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.booklet import booklet_order, padded
from groupkeeper.export.paper import Paper
from groupkeeper.export.sheets import (
    PRIVATE,
    phone_list_data,
    render_phone_list,
    render_sign_in,
    sign_in_data,
)
from groupkeeper.materials.service import find_meeting
from groupkeeper.roster import service as roster
from groupkeeper.roster.service import MemberInput
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY
from tests.export.pdfcheck import runs
from tests.export.test_flyer import fonts, pdf_text


@given(st.integers(1, 400))
def test_booklet_order_puts_every_page_once_facing_its_partner(pages: int) -> None:
    total = padded(pages)
    assert total % 4 == 0 and total - 4 < max(pages, 1) <= total
    sides = booklet_order(total)
    assert len(sides) == total // 2
    flat = [p for side in sides for p in side]
    assert sorted(flat) == list(range(total))
    for left, right in sides:
        assert left + right == total - 1  # folded, facing pages add up
    assert sides[0] == (total - 1, 0)  # the outer cover
    assert sides[-1] in ((total // 2 - 1, total // 2), (total // 2, total // 2 - 1))
    # Front and back of each sheet: the front's right page is followed by the back's left.
    for front, back in zip(sides[::2], sides[1::2], strict=True):
        assert back[0] == front[1] + 1


def test_booklet_order_refuses_a_count_that_cannot_fold() -> None:
    for bad in (0, 3, 6):
        with pytest.raises(ValueError):
            booklet_order(bad)


def test_the_sign_in_sheet_has_first_names_only_when_asked(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st_, st_.session() as s:
        occ = find_meeting(s, None, TODAY)
        plain = sign_in_data(s, occ, blank=30)
        named = sign_in_data(s, None, names=True, blank=5)
        members = roster.list_members(s, active_only=True)
    out = render_sign_in(plain, tmp_path / "plain.pdf", printed=TODAY)
    text = pdf_text(out)
    assert "Sign-in · Tuesday Night Discussion · Tue 3 Mar 2026, 7:00 PM" in text
    assert not any(
        m.data.first_name in text.replace("Tuesday", "")
        for m in members
        if len(m.data.first_name) > 3
    )
    out = render_sign_in(named, tmp_path / "named.pdf", Paper.A4, TODAY, large=True)
    text = pdf_text(out)
    agreed = [m for m in members if m.data.phone_list_ok]
    assert agreed and len(agreed) < len(members)  # the demo has both
    for m in members:
        assert (m.data.first_name in text) == m.data.phone_list_ok
        assert m.name not in text  # no last initials when first names are unique
    assert named.names == tuple(sorted((m.data.first_name for m in agreed), key=str.casefold))
    assert (
        min(r.size for r in runs(out) if "Printed" not in r.text and "Elm Falls" not in r.text)
        >= 16
    )
    used, embedded = fonts(out)
    assert used == embedded


def test_the_sign_in_sheet_refuses_nonsense(store: GroupStore) -> None:
    with store.session() as s:
        with pytest.raises(GroupKeeperError, match="between 0 and 200"):
            sign_in_data(s, None, blank=-1)
        with pytest.raises(GroupKeeperError, match="empty"):
            sign_in_data(s, None, names=True, blank=0)
        assert sign_in_data(s, None, names=True, blank=3).names == ()


def test_the_sign_in_sheet_names_only_members_who_agreed_to_the_phone_list(
    store: GroupStore, tmp_path: Path
) -> None:
    """Visitors handle the sheet: a member who said no to the phone list is not on it, not
    even as a reason to add an initial to someone else's name."""
    with store.session() as s, s.begin():
        for first, initial, ok, phone in (
            ("Ana", "R", True, "555-0101"),
            ("Ana", "Q", False, "555-0102"),  # declined: "Ana" stays plain
            ("Bea", "S", True, ""),  # agreed and gave no number: still a first name
            ("Bea", "T", True, "555-0103"),
            ("Declan", "V", False, "555-0104"),
            ("Xiomara", "W", False, ""),
        ):
            roster.create_member(s, MemberInput(first, initial, phone=phone, phone_list_ok=ok))
        gone = roster.create_member(s, MemberInput("Goneby", "Z", phone_list_ok=True))
        roster.update_member(s, gone.id, replace(gone.data, active=False))
    with store.session() as s:
        data = sign_in_data(s, None, names=True, blank=4)
    with store.session() as s, s.begin():
        for m in roster.list_members(s, active_only=True):
            roster.update_member(s, m.id, replace(m.data, phone_list_ok=False))
    with store.session() as s:
        assert sign_in_data(s, None, names=True, blank=4).names == ()
        with pytest.raises(GroupKeeperError, match=r"empty.*phone list"):
            sign_in_data(s, None, names=True, blank=0)
    assert data.names == ("Ana", "Bea S.", "Bea T.")
    for paper in (Paper.LETTER, Paper.A4):
        for large in (False, True):
            out = render_sign_in(data, tmp_path / "sheet.pdf", paper, TODAY, large)
            text = pdf_text(out)
            assert "Ana" in text and "Bea S." in text and "Bea T." in text
            for word in ("Ana Q", "Ana R", "Declan", "Xiomara", "Goneby"):
                assert word not in text


def test_the_phone_list_holds_only_members_who_agreed_and_says_private_on_every_page(
    store: GroupStore, tmp_path: Path
) -> None:
    with store.session() as s, s.begin():
        for n in range(240):  # enough for several pages, two columns to a page
            ok = n % 3 != 0
            roster.create_member(
                s, MemberInput(f"Person{n:03d}", "Z", phone=f"555-0{n:03d}", phone_list_ok=ok,
                               notes=f"private note {n}")
            )  # fmt: skip
        roster.create_member(s, MemberInput("Nonumber", "Y", phone_list_ok=True))
        gone = roster.create_member(
            s, MemberInput("Moved", "A", phone="555-9999", phone_list_ok=True)
        )
        roster.update_member(s, gone.id, replace(gone.data, active=False))
    with store.session() as s:
        data = phone_list_data(s)
    out = render_phone_list(data, tmp_path / "phones.pdf", printed=TODAY)
    text = pdf_text(out)
    reader = PdfReader(out)
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert page.extract_text().count(PRIVATE) == 2  # top and bottom
    for n in range(240):
        assert (f"Person{n:03d} Z." in text) == (n % 3 != 0)
        assert f"private note {n}" not in text
    assert "Nonumber" not in text and "Moved" not in text and "555-9999" not in text
    assert len(data.entries) == 160


def test_an_empty_phone_list_says_how_to_fill_it(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        roster.create_member(s, MemberInput("Ana", "R", phone="555-0101", phone_list_ok=False))
    with store.session() as s, pytest.raises(GroupKeeperError, match="OK to be on the phone list"):
        phone_list_data(s)


def test_the_phone_list_sorts_names_as_their_readers_do(store: GroupStore) -> None:
    """By the Unicode Collation Algorithm, not code point: Ærin with the A's, Łukasz with the
    L's, and in a Spanish group Ñoño after Nora."""
    from groupkeeper import i18n

    names = ["Zoë", "Łukasz", "Đức", "Çağla", "Ærin", "Nora", "Ñoño", "adam"]
    with store.session() as s, s.begin():
        for name in names:
            roster.create_member(s, MemberInput(name, phone="555-0100", phone_list_ok=True))
    with store.session() as s:
        english = [e.name.split()[0] for e in phone_list_data(s).entries]
        with i18n.speaking("es"):
            spanish = [e.name.split()[0] for e in phone_list_data(s).entries]
    assert english == ["adam", "Ærin", "Çağla", "Đức", "Łukasz", "Ñoño", "Nora", "Zoë"]
    assert spanish == ["adam", "Ærin", "Çağla", "Đức", "Łukasz", "Nora", "Ñoño", "Zoë"]
