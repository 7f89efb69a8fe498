"""The packet for the meeting it is printed for: a script that runs past the meeting's end is
said so, and only the roles this meeting has are printed."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from groupkeeper.export.packet import ALL_PARTS, PacketData, packet_data, render_packet
from groupkeeper.export.parts import Part
from groupkeeper.export.registry import Document, Request, prepare, warnings
from groupkeeper.materials import service as materials
from groupkeeper.materials.service import Section
from groupkeeper.roster import service as roster
from groupkeeper.roster.rotation import SlotKey
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY, series_input
from tests.export.test_flyer import pdf_text

LATE = (
    "The meeting's script runs 36 minutes past its end (9:36 PM; the meeting ends at 9:00 PM). "
    "Shorten the parts of “Long evening” in Meetings > Meeting formats, or choose a shorter "
    "format for this meeting."
)


def _late_meeting(store: GroupStore, sections: list[Section]) -> Occurrence:
    """An 8:00–9:00 PM meeting that follows the format ``sections``."""
    with store.session() as s, s.begin():
        series = service.create_series(
            s, series_input(name="Evening Group", start_time=time(20, 0), duration_minutes=60)
        )
        format_id = materials.save_format(s, "Long evening", sections)
        materials.set_series_format(s, series.id, format_id)
    with store.session() as s:
        return materials.find_meeting(s, date(2026, 3, 3), TODAY)


def _data(store: GroupStore, occ: Occurrence, **kw: object) -> PacketData:
    with store.session() as s:
        return packet_data(s, occ, **kw)  # type: ignore[arg-type]


def test_a_script_that_runs_past_the_meeting_s_end_is_a_warning(
    store: GroupStore, tmp_path: Path
) -> None:
    occ = _late_meeting(
        store,
        [Section("Opening", "Welcome.", minutes=6), Section("Sharing", "Open.", minutes=80),
         Section("Closing", "Thank you.", minutes=10)],
    )  # fmt: skip
    data = _data(store, occ)
    assert data.warnings == (LATE,)
    out = render_packet(data, tmp_path / "late.pdf", printed=TODAY)
    text = pdf_text(out)
    assert "8:00 PM – 9:00 PM" in text and "9:26 PM · Closing (10 min)" in text
    # The window's Export flow and the command line show the data's warnings.
    with store.session() as s:
        prepared = prepare(s, Request(Document.PACKET, meeting=occ), TODAY)
    assert warnings(prepared) == (LATE,)
    # Left out, the script warns of nothing.
    assert _data(store, occ, parts=ALL_PARTS - {Part.SCRIPT}).warnings == ()


def test_parts_without_minutes_still_count_those_with_them(store: GroupStore) -> None:
    occ = _late_meeting(
        store,
        [Section("Opening", "Welcome.", minutes=6), Section("Readings", "As long as they take."),
         Section("Sharing", "Open.", minutes=80), Section("Closing", "Thank you.", minutes=10)],
    )  # fmt: skip
    (said,) = _data(store, occ).warnings
    assert said.startswith("The meeting's script runs at least 36 minutes past its end")


def test_a_script_that_ends_on_time_or_a_minute_past_says_so_or_nothing(
    store: GroupStore,
) -> None:
    occ = _late_meeting(store, [Section("All of it", "Everything.", minutes=60)])
    assert _data(store, occ).warnings == ()
    with store.session() as s, s.begin():
        fmt = materials.format_for_series(s, occ.series_id)
        assert fmt is not None
        materials.save_format(s, fmt.name, [Section("All of it", minutes=61)], fmt.id)
    (said,) = _data(store, occ).warnings
    assert said.startswith("The meeting's script runs 1 minute past its end (9:01 PM;")


def test_the_demo_s_hour_long_meeting_on_the_ninety_minute_format_warns(
    demo_file: Path,
) -> None:
    with open_store(demo_file) as st, st.session() as s:
        tuesday = materials.find_meeting(s, None, TODAY, series="Tuesday Night Discussion")
        women = materials.find_meeting(s, None, TODAY, series="Women's Big Book Study")
        assert packet_data(s, tuesday).warnings == ()  # 90 minutes of script, 90 of meeting
        (said,) = packet_data(s, women).warnings
    assert said.startswith(
        "The meeting's script runs 30 minutes past its end (8:00 PM; the meeting ends at 7:30 PM)."
    )


def test_the_packet_prints_only_the_roles_this_meeting_has(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        women = materials.find_meeting(s, None, TODAY, series="Women's Big Book Study")
        data = packet_data(s, women)
        names, roles = roster.member_names(s), roster.role_names(s)
        turns = {
            roles[slot.role]: names[a.member_id]
            for slot, a in roster.list_assignments(s, women.original_date, women.original_date).items()
            if slot.series_id == women.series_id
        }  # fmt: skip
    # The women's study has a facilitator, a reader and literature; its format (the Tuesday
    # one) gives parts to the co-facilitator and the timekeeper, whom it does not have.
    assert sorted(turns) == ["Facilitator", "Literature", "Reader"]
    assert [(t.role, t.name) for t in data.serving] == [
        ("Facilitator", turns["Facilitator"]), ("Reader", turns["Reader"]),
        ("Literature", turns["Literature"]),
    ]  # fmt: skip
    by_part = {p.heading: p.reader for p in data.script}
    # The parts of roles it lacks fall to whoever facilitates.
    assert by_part["Contributions"] == f"Facilitator: {turns['Facilitator']}"
    assert by_part["Break"] == f"Facilitator: {turns['Facilitator']}"
    assert by_part["Welcome to newcomers"] == f"Reader: {turns['Reader']}"
    text = pdf_text(render_packet(data, tmp_path / "women.pdf", printed=TODAY))
    own = text[: text.index("The next four weeks")]  # the weeks ahead list other meetings
    assert "Contributions (2 min) Facilitator: " in own
    for absent in ("Co-facilitator", "Timekeeper"):
        assert absent not in own


def test_an_open_turn_still_prints_as_open(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s, s.begin():
        occ = materials.find_meeting(s, None, TODAY, series="Tuesday Night Discussion")
        co = next(i for i, n in roster.role_names(s).items() if n == "Co-facilitator")
        roster.put_assignment(s, SlotKey(occ.series_id, occ.original_date, co, 0), None, True)
    with open_store(demo_file) as st, st.session() as s:
        data = packet_data(s, occ)
    assert ("Co-facilitator", "") in [(t.role, t.name) for t in data.serving]
    contributions = next(p for p in data.script if p.heading == "Contributions")
    assert (contributions.reader, contributions.reader_open) == ("Co-facilitator: open", True)
    text = pdf_text(render_packet(data, tmp_path / "open.pdf", printed=TODAY))
    assert "Co-facilitator — open —" in text and "Co-facilitator: open" in text


def test_a_meeting_with_no_roster_prints_the_format_s_roles(demo_file: Path) -> None:
    """Nobody is on the roster for the business meeting: its own format's words say who leads
    each part, and nothing says "open"."""
    with open_store(demo_file) as st, st.session() as s:
        gc = materials.find_meeting(s, None, TODAY, series="Group Conscience")
        data = packet_data(s, gc)
    assert data.serving == () and data.open_turns == 0
    assert [p.reader for p in data.script] == [
        "Facilitator",
        "Co-facilitator",
        "Facilitator",
        "Facilitator",
        "Facilitator",
    ]
    assert not any(p.reader_open for p in data.script)
