"""The meeting packet read back: who serves, the readings, the next four weeks, bookmarks,
metadata, large print, the booklet, private notes, and long or odd content."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.export.packet import ALL_PARTS, packet_data, render_packet
from groupkeeper.export.paper import Paper
from groupkeeper.export.parts import Part
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import ResourceInput
from groupkeeper.materials import service as materials
from groupkeeper.materials.service import MeetingNote, Section
from groupkeeper.roster import service as roster
from groupkeeper.roster.service import MemberInput
from groupkeeper.schedule import service
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY, series_input
from tests.export.pdfcheck import runs
from tests.export.test_flyer import fonts, pdf_text


def _packet(
    path: Path, out: Path, paper: Paper = Paper.LETTER, large: bool = False, **kw: object
) -> tuple[Path, object]:
    with open_store(path) as st, st.session() as s:
        occ = materials.find_meeting(s, None, TODAY)
        data = packet_data(s, occ, **kw)  # type: ignore[arg-type]
    return render_packet(data, out, paper, TODAY, large), data


def test_the_demo_packet_names_who_serves_holds_the_readings_and_looks_ahead(
    demo_file: Path, tmp_path: Path
) -> None:
    out, data = _packet(demo_file, tmp_path / "packet.pdf")
    with open_store(demo_file) as st, st.session() as s:
        occ = materials.find_meeting(s, None, TODAY)
        names, roles = roster.member_names(s), roster.role_names(s)
        on_roster = {
            (roles[slot.role], names[a.member_id])
            for slot, a in roster.list_assignments(s, occ.original_date, occ.original_date).items()
            if slot.series_id == occ.series_id and slot.original == occ.original_date
        }
        later = [o for o in service.occurrences(s, occ.day + timedelta(1), occ.day + timedelta(28))]
    text = pdf_text(out)
    assert occ.day == date(2026, 3, 3)
    assert "Tue 3 Mar 2026, 7:00 PM – 8:30 PM" in text
    assert "St. Brigid's Church Hall" in text
    facilitator = next(n for r, n in on_roster if r == "Facilitator")
    readers = sorted(n for r, n in on_roster if r == "Reader")
    assert len(readers) == 2 and facilitator
    for role, name in on_roster:
        assert name in text, (role, name)
    # Each reading is read by a Reader from the roster, in turn.
    assert f"Reader: {readers[0]}" in text or f"Reader: {readers[1]}" in text
    assert f"Facilitator: {facilitator}" in text
    # The readings' full text (the starter welcome and guidelines).
    from groupkeeper.library.starter import GUIDELINES, WELCOME

    for body in (WELCOME, GUIDELINES):
        for sentence in body.split("\n\n")[-1:]:
            assert " ".join(sentence.split()) in text
    assert "Topic: Gratitude in hard weeks" in text
    assert "Potluck and anniversary night" in text
    # The next four weeks: every meeting in them, cancellations said so.
    assert "The next four weeks" in text
    for o in later:
        assert f"{o.day:%a} {o.day.day} {o.day:%b}" in text
    assert "Cancelled: Building closed for the holiday" in text
    assert "If you or someone you know is in crisis" in text and "Confidentiality" in text
    assert "7:14 PM · Topic and sharing (30 min)" in text  # clock time of each part
    assert data.warnings == ()  # type: ignore[attr-defined]


def test_bookmarks_metadata_and_fonts(demo_file: Path, tmp_path: Path) -> None:
    out, _ = _packet(demo_file, tmp_path / "packet.pdf")
    reader = PdfReader(out)
    top = [str(item.title) for item in reader.outline if not isinstance(item, list)]
    assert top == [
        "Who serves", "Topic and announcements", "The meeting: Tuesday discussion (90 minutes)",
        "The next four weeks", "If you or someone you know is in crisis", "Confidentiality",
    ]  # fmt: skip
    nested = [
        str(i.title)
        for part in reader.outline
        if isinstance(part, list)
        for i in part
        if not isinstance(i, list)
    ]
    assert "7:03 PM · Welcome to newcomers (3 min)" in nested
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Elm Falls Hope Group: meeting packet, 2026-03-03"
    assert meta.author == "Elm Falls Hope Group"
    with open_store(demo_file) as st, st.session() as s:
        members = roster.member_names(s).values()
    words = " ".join(str(v) for v in meta.values()) + " ".join(top + nested)
    assert not any(name.split()[0] in words for name in members)
    used, embedded = fonts(out)
    assert used == embedded and used
    assert out.stat().st_size < 150_000


def test_parts_can_be_left_out_and_the_private_note_prints_only_when_chosen(
    demo_file: Path, tmp_path: Path
) -> None:
    note = "Sam has the key to the literature cupboard"
    out, _ = _packet(demo_file, tmp_path / "plain.pdf")
    assert note not in pdf_text(out)
    out, _ = _packet(demo_file, tmp_path / "note.pdf", facilitator_note=True)
    assert note in pdf_text(out) and "Note to the facilitator (private)" in pdf_text(out)
    out, _ = _packet(
        demo_file, tmp_path / "short.pdf", parts=ALL_PARTS - {Part.CRISIS, Part.AHEAD, Part.SCRIPT}
    )
    text = pdf_text(out)
    assert "Who serves" in text and "Gratitude in hard weeks" in text
    for gone in ("The next four weeks", "in crisis", "Welcome to newcomers"):
        assert gone not in text
    assert len(PdfReader(out).pages) == 1
    # Nothing private from anywhere else, ever: member notes, blackout reasons, pairing notes.
    with open_store(demo_file) as st, st.session() as s:
        private = [m.data.notes for m in roster.list_members(s) if m.data.notes]
        private += [b.reason for m in roster.list_members(s) for b in m.data.blackouts if b.reason]
    out, _ = _packet(demo_file, tmp_path / "all.pdf", facilitator_note=True)
    text = pdf_text(out)
    assert private and not [p for p in private if p in text]


def test_large_print_has_no_body_text_under_16_pt(demo_file: Path, tmp_path: Path) -> None:
    for paper in (Paper.LETTER, Paper.BOOKLET):
        out, _ = _packet(demo_file, tmp_path / f"large-{paper.value}.pdf", paper, large=True)
        body = [r for r in runs(out) if not r.text.startswith(("Elm Falls Hope Group", "Printed"))]
        assert body and min(r.size for r in body) >= 16, min(body, key=lambda r: r.size)
    normal, _ = _packet(demo_file, tmp_path / "normal.pdf")
    assert min(r.size for r in runs(normal)) < 16


def test_a_booklet_is_folded_letter_sheets_in_booklet_order(
    demo_file: Path, tmp_path: Path
) -> None:
    out, _ = _packet(demo_file, tmp_path / "booklet.pdf", Paper.BOOKLET)
    reader = PdfReader(out)
    sheets = reader.pages
    assert all((float(p.mediabox.width), float(p.mediabox.height)) == (792, 612) for p in sheets)
    pages = 2 * len(sheets)
    assert pages % 4 == 0
    # The footer's page numbers say which page sits on which half of each sheet side.
    numbers: dict[int, dict[str, int]] = {}
    for r in runs(out):
        if "· page " in r.text:
            half = "left" if r.x < 396 else "right"
            number = re.search(r"page (\d+)", r.text)
            assert number is not None
            numbers.setdefault(r.page, {})[half] = int(number.group(1))
    from groupkeeper.export.booklet import booklet_order

    for side, (left, right) in enumerate(booklet_order(pages)):
        seen = numbers.get(side, {})
        for half, index in (("left", left), ("right", right)):
            if half in seen:
                assert seen[half] == index + 1
    assert numbers[0] == {"right": 1}  # the cover: last (blank) page left, page 1 right
    # Bookmarks point at the sheet side that shows them.
    outline = [i for i in reader.outline if not isinstance(i, list)]
    assert reader.get_destination_page_number(outline[0]) == 0


def _odd_group(store: GroupStore) -> tuple[int, str, str]:
    long_name = "Bartholomew-Maximilian Fitzgerald-Featherstonehaugh JuniorII"
    assert len(long_name) == 60
    reading = "\n\n".join(
        f"Paragraph {n}. " + "We keep coming back because it works when we work it. " * 12
        for n in range(1, 121)
    )
    with store.session() as s, s.begin():
        series = service.create_series(s, series_input(start_date=date(2026, 1, 6)))
        rid = library.create_resource(s, ResourceInput(Kind.READING, "The long reading", reading))
        roles = {n: i for i, n in roster.role_names(s).items()}
        roster.set_series_needs(s, series.id, [(roles["Facilitator"], 1), (roles["Reader"], 2)])
        people = []
        for first, initial in ((long_name, "Q"), ("Zoë", "É"), ("Олена", "К"), ("ᑳᐃᐧᐣ", "ᐱ")):
            people.append(roster.create_member(s, MemberInput(first, initial)).id)
        day = date(2026, 3, 3)
        from groupkeeper.roster.rotation import SlotKey

        roster.put_assignment(s, SlotKey(series.id, day, roles["Facilitator"], 0), people[0], True)
        roster.put_assignment(s, SlotKey(series.id, day, roles["Reader"], 0), people[2], True)
        roster.put_assignment(s, SlotKey(series.id, day, roles["Reader"], 1), people[3], True)
        usual = materials.usual_format(s)
        assert usual is not None
        sections = [*usual.sections, Section("A long reading", reading_id=rid,
                                             reading_title="The long reading", role_id=roles["Reader"])]  # fmt: skip
        materials.save_format(s, usual.name, sections, usual.id)
        materials.save_note(
            s, series.id, day,
            MeetingNote("Hope 🙏 and ✨ courage — «espérance» 希望", "Café 🎉 after: ¡todos bienvenidos!"),
        )  # fmt: skip
    return series.id, long_name, reading


@pytest.mark.parametrize("paper", [Paper.LETTER, Paper.BOOKLET])
@pytest.mark.parametrize("large", [False, True])
def test_long_and_odd_content_flows_and_stays_on_the_page(
    store: GroupStore, tmp_path: Path, paper: Paper, large: bool
) -> None:
    _series, long_name, _reading = _odd_group(store)
    with store.session() as s:
        occ = materials.find_meeting(s, date(2026, 3, 3), TODAY)
        data = packet_data(s, occ)
    out = render_packet(data, tmp_path / "odd.pdf", paper, TODAY, large)
    text = pdf_text(out)
    assert "Paragraph 1." in text and "Paragraph 120." in text  # the reading flowed on
    assert long_name in text and "Олена К." in text and "ᑳᐃᐧᐣ ᐱ." in text
    assert "«espérance»" in text and "Café" in text and "¡todos bienvenidos!" in text
    found = runs(out)
    pages = {r.page for r in found if "Paragraph" in r.text}
    assert len(pages) >= (20 if paper is Paper.LETTER and not large else 10)
    half = paper.size[0]
    for r in found:
        # Booklet sheets hold two pages side by side: each run stays inside its own half.
        left_edge = 0 if r.x < half or paper is not Paper.BOOKLET else half
        right_edge = left_edge + half if paper is Paper.BOOKLET else r.page_width
        assert left_edge + 20 <= r.x and r.right <= right_edge - 20, r
        assert 10 <= r.y <= r.page_height - 10, r


def test_a_deleted_reading_prints_reading_not_found_and_warns(
    demo_file: Path, tmp_path: Path
) -> None:
    with open_store(demo_file) as st, st.session() as s, s.begin():
        usual = materials.usual_format(s)
        assert usual is not None
        gone = next(x for x in usual.sections if x.heading == "Our group guidelines")
        assert gone.reading_id is not None
        library.delete_resource(s, gone.reading_id)
    out, data = _packet(demo_file, tmp_path / "missing.pdf")
    text = pdf_text(out)
    assert "Reading not found: “Our group guidelines” is no longer in the group's library" in text
    assert len(data.warnings) == 1  # type: ignore[attr-defined]
    assert "Our group guidelines" in data.warnings[0]  # type: ignore[attr-defined]
