"""roster/exporting.py: members out to a sheet that the import reads back the same, and the
phone list's members out as contacts."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from groupkeeper.roster import service
from groupkeeper.roster.exporting import export_contacts, export_members, members_csv
from groupkeeper.roster.importing import parse_members
from groupkeeper.roster.service import MemberInput
from groupkeeper.store import GroupStore, open_store


def _kept(d: MemberInput) -> tuple[object, ...]:
    """What the sheet carries of a member (not per-role limits, blackouts or avoidances)."""
    return (
        d.first_name, d.last_initial, d.full_name, d.pronouns, d.phone, d.email,
        d.phone_list_ok, d.experienced, tuple(sorted(r for r, _l in d.roles)),
        d.never_weekdays, d.monthly_limit, d.qualifications, d.notes, d.active,
    )  # fmt: skip


def test_the_demo_s_members_round_trip_through_the_sheet(demo_file: Path) -> None:
    with open_store(demo_file) as store, store.session() as s:
        members = service.list_members(s)
        text = members_csv(s)
        roles = {name: rid for rid, name in service.role_names(s).items()}
    back = [d for _line, d in parse_members(text.encode("utf-8-sig"), roles)]
    assert sorted(map(_kept, back)) == sorted(_kept(m.data) for m in members)
    assert text.splitlines()[0].startswith('"first_name","last_initial","full_name"')


def test_a_cell_a_spreadsheet_would_run_is_kept_as_text_and_comes_back(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        service.create_member(s, MemberInput("=HYPERLINK(x)", phone="+1 555 0100", notes="@me"))
    with store.session() as s:
        text = members_csv(s)
    assert "'=HYPERLINK(x)" in text and "'+1 555 0100" in text and "'@me" in text
    ((_line, back),) = parse_members(text.encode(), {})
    assert (back.first_name, back.phone, back.notes) == ("=HYPERLINK(x)", "+1 555 0100", "@me")


words = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).map(
    str.strip
)


@settings(max_examples=40, deadline=None)
@given(first=words.filter(bool), notes=words, full=words, pronouns=words)
def test_any_words_round_trip(
    tmp_path_factory: object, first: str, notes: str, full: str, pronouns: str
) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "g.groupkeeper", create=True)
        try:
            member = MemberInput(first[:40], full_name=full[:80], pronouns=pronouns[:30],
                                 notes=notes)  # fmt: skip
            with store.session() as s, s.begin():
                made = service.create_member(s, member)
            with store.session() as s:
                text = members_csv(s)
        finally:
            store.close()
    ((_line, back),) = parse_members(text.encode("utf-8-sig"), {})
    assert _kept(back) == _kept(made.data)


def test_the_files_are_written_whole_and_only_the_phone_list_becomes_contacts(
    store: GroupStore, tmp_path: Path
) -> None:
    with store.session() as s, s.begin():
        service.create_member(s, MemberInput("Ana", "R", phone="555-0101", phone_list_ok=True,
                                             email="ana@example.org", notes="private"))  # fmt: skip
        service.create_member(s, MemberInput("Bo; Jr", phone="555-0102", phone_list_ok=True))
        service.create_member(s, MemberInput("Cy", phone="555-0103"))  # did not agree
        gone = service.create_member(s, MemberInput("Di", phone="555-0104", phone_list_ok=True))
        service.update_member(s, gone.id, replace(gone.data, active=False))
    with store.session() as s:
        sheet = export_members(s, tmp_path / "members.csv")
        count = export_contacts(s, tmp_path / "contacts.vcf")
    assert sheet.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads accents with the mark
    cards = (tmp_path / "contacts.vcf").read_text(encoding="utf-8")
    assert count == 2 and cards.count("BEGIN:VCARD") == 2
    assert "FN:Ana R." in cards and "TEL;TYPE=CELL:555-0101" in cards
    assert "FN:Bo\\; Jr" in cards  # escaped as RFC 6350 says
    assert "Cy" not in cards and "Di" not in cards
    assert "ana@example.org" not in cards and "private" not in cards


def test_the_command_line_exports_members_and_contacts(
    demo_file: Path, tmp_path: Path, capsys: object
) -> None:
    from groupkeeper.__main__ import main

    sheet, cards = tmp_path / "m.csv", tmp_path / "c.vcf"
    assert main(["export", "members", "--data", str(demo_file), "--out", str(sheet)]) == 0
    assert main(["export", "contacts", "--data", str(demo_file), "--out", str(cards)]) == 0
    said = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "keep it somewhere private" in said and "Saved 15 contacts" in said
    assert sheet.read_text(encoding="utf-8-sig").startswith('"first_name"')
    assert cards.read_text(encoding="utf-8").count("END:VCARD") == 15
