"""Roster use-cases through the service: members, needs, fill, keep/replace, locks, explain,
conflicts, deleting a member, elected positions and the home summary."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

import pytest

from groupkeeper.errors import ValidationError
from groupkeeper.roster import service as roster
from groupkeeper.roster.rotation import SlotKey
from groupkeeper.roster.service import Blackout, MemberInput, MemberRecord
from groupkeeper.schedule import service as schedule
from groupkeeper.store import GroupStore

TUE = date(2026, 1, 6)


@pytest.fixture
def tuesday(store: GroupStore, make_series: Callable[..., schedule.SeriesRecord],
            role_ids: dict[str, int]) -> int:  # fmt: skip
    series = make_series()
    with store.session() as s, s.begin():
        roster.set_series_needs(
            s, series.id, [(role_ids["Facilitator"], 1), (role_ids["Reader"], 2)]
        )
    return series.id


def test_members_are_first_name_and_initial_and_checked(
    store: GroupStore, make_member: Callable[..., MemberRecord]
) -> None:
    ana = make_member("Ana", last_initial="rodriguez"[:1], pronouns="she/her")
    assert ana.name == "Ana R."
    with store.session() as s:
        problems = roster.check_member(
            s, MemberInput(" ", "Smith", email="nope", monthly_limit=40,
                           blackouts=(Blackout(TUE, TUE - timedelta(days=3)),))
        )  # fmt: skip
    assert problems == [
        "Give the member a first name (a nickname is fine).",
        "Keep the last name to an initial or two, such as 'R'.",
        "'nope' does not look like an email address.",
        "'At most ... times a month' is a number from 1 to 31, or blank.",
        "A time away ends (Sat 3 Jan 2026) before it starts (Tue 6 Jan 2026). Swap the dates.",
    ]
    with store.session() as s, s.begin(), pytest.raises(ValidationError):
        roster.create_member(s, MemberInput(""))
    with store.session() as s:
        assert [m.name for m in roster.list_members(s)] == ["Ana R."]


def test_fill_keeps_locks_and_replace_chooses_again(
    store: GroupStore, tuesday: int, make_member: Callable[..., MemberRecord]
) -> None:
    people = [make_member(n, ("Facilitator", "Reader")) for n in ("Ana", "Ben", "Cy", "Di", "Ed")]
    with store.session() as s, s.begin():
        result = roster.fill_roster(s, TUE, TUE + timedelta(weeks=9))
    assert (result.filled, len(result.open)) == (30, 0)
    slot = SlotKey(tuesday, TUE + timedelta(weeks=3), store_role(store, "Facilitator"), 0)
    with store.session() as s, s.begin():
        roster.put_assignment(s, slot, people[4].id, locked=True)
        before = roster.list_assignments(s)
        again = roster.fill_roster(s, TUE, TUE + timedelta(weeks=9))
        assert roster.list_assignments(s) == before  # keep: nothing moved
        assert (again.kept, again.locked) == (29, 1)
        roster.fill_roster(s, TUE, TUE + timedelta(weeks=9), replace=True)
        after = roster.list_assignments(s)
    assert after[slot].member_id == people[4].id and after[slot].locked


def store_role(store: GroupStore, name: str) -> int:
    with store.session() as s:
        return next(r.id for r in roster.list_roles(s) if r.name == name)


def test_a_cancelled_date_is_skipped_and_its_turns_reflow(
    store: GroupStore, tuesday: int, make_member: Callable[..., MemberRecord]
) -> None:
    for n in ("Ana", "Ben", "Cy", "Di"):
        make_member(n, ("Facilitator", "Reader"))
    with store.session() as s, s.begin():
        schedule.cancel_date(s, tuesday, TUE + timedelta(weeks=1), "Closed")
        roster.fill_roster(s, TUE, TUE + timedelta(weeks=3))
        days = {k.original for k in roster.list_assignments(s)}
    assert TUE + timedelta(weeks=1) not in days and len(days) == 3


def test_a_new_blackout_is_flagged_and_explained_then_refilled(
    store: GroupStore, tuesday: int, make_member: Callable[..., MemberRecord]
) -> None:
    members = [make_member(n, ("Facilitator", "Reader")) for n in ("Ana", "Ben", "Cy", "Di")]
    with store.session() as s, s.begin():
        roster.fill_roster(s, TUE, TUE + timedelta(weeks=3))
        turn = next(
            a
            for a in roster.list_assignments(s).values()
            if a.slot.original == TUE + timedelta(weeks=2)
        )
        who = roster.get_member(s, turn.member_id)
        away = Blackout(turn.slot.original, turn.slot.original, "private reason")
        roster.update_member(s, who.id, replace(who.data, blackouts=(away,)))
        found = roster.conflicts(s, TUE, TUE + timedelta(weeks=3))
        assert found == {turn.slot: [f"away on {turn.slot.original:%d %b %Y}"]}
        reasons = roster.explain(s, turn.slot, who.id)
        assert reasons == [f"away on {turn.slot.original:%d %b %Y}"]
        roster.fill_roster(s, TUE, TUE + timedelta(weeks=3))
        assert roster.conflicts(s, TUE, TUE + timedelta(weeks=3)) == {}
        assert roster.assignment_at(s, turn.slot).member_id != who.id  # type: ignore[union-attr]
        candidates = roster.candidates(s, turn.slot)
    by_name = {c.member.name: c for c in candidates}
    assert by_name[who.name].problems  # shown with a warning beside the name
    assert len(members) == len(candidates)


def test_deleting_a_member_leaves_turns_open_or_refills(
    store: GroupStore, tuesday: int, make_member: Callable[..., MemberRecord]
) -> None:
    members = [
        make_member(n, ("Facilitator", "Reader")) for n in ("Ana", "Ben", "Cy", "Di", "Ed", "Flo")
    ]
    with store.session() as s, s.begin():
        roster.fill_roster(s, TUE, TUE + timedelta(weeks=5))
        total = len(roster.list_assignments(s))
        mine = roster.future_assignments(s, members[0].id, TUE)
        assert mine
        roster.delete_member(s, members[0].id, TUE, refill=False)
        assert len(roster.list_assignments(s)) == total - len(mine)
        roster.delete_member(s, members[1].id, TUE, refill=True)
        assert len(roster.list_assignments(s)) == total  # the other four take the freed turns
        assert roster.conflicts(s, TUE, TUE + timedelta(weeks=5)) == {}


def test_a_role_nobody_will_do_stays_open_with_a_reason(
    store: GroupStore, tuesday: int, make_member: Callable[..., MemberRecord]
) -> None:
    make_member("Ana", ("Facilitator",))
    with store.session() as s, s.begin():
        result = roster.fill_roster(s, TUE, TUE)
        lines = result.summary_lines()
    assert lines[0].startswith("Roster Tue 6 Jan 2026 to Tue 6 Jan 2026: 1 filled")
    assert "Nobody has said they are willing to be Reader." in lines[1]
    with store.session() as s, s.begin(), pytest.raises(ValidationError, match="before its start"):
        roster.fill_roster(s, TUE, TUE - timedelta(days=1))


def test_roles_are_the_groups_own(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        names = [r.name for r in roster.list_roles(s)]
        assert names == ["Facilitator", "Co-facilitator", "Reader", "Greeter", "Timekeeper",
                         "Set-up and coffee", "Literature"]  # fmt: skip
        chip = roster.save_role(s, "Chip presenter", experienced_only=True)
        assert chip.experienced_only and roster.list_roles(s)[-1] == chip
        with pytest.raises(ValidationError, match="already a role"):
            roster.save_role(s, "reader")


def test_terms_warn_30_days_before_they_end(
    store: GroupStore, make_member: Callable[..., MemberRecord]
) -> None:
    ana, ben = make_member("Ana"), make_member("Ben")
    with store.session() as s, s.begin():
        roster.start_term(s, "Secretary", ana.id, date(2025, 7, 31), 6)
        assert [t.ends for t in roster.current_terms(s)] == [date(2026, 1, 31)]
        assert roster.terms_ending(s, date(2025, 12, 31)) == []
        assert [t.member_name for t in roster.terms_ending(s, date(2026, 1, 1))] == ["Ana R."]
        roster.start_term(s, "Secretary", ben.id, date(2026, 2, 1), 6)
        terms = roster.list_terms(s)
    assert [(t.member_name, t.ended) for t in terms] == [
        ("Ben R.", None),
        ("Ana R.", date(2026, 2, 1)),
    ]


def test_home_shows_the_next_meeting_and_who_serves(
    store: GroupStore, tuesday: int, make_member: Callable[..., MemberRecord]
) -> None:
    make_member("Ana", ("Facilitator",))
    with store.session() as s, s.begin():
        roster.fill_roster(s, TUE, TUE + timedelta(weeks=4))
        home = roster.home(s, TUE)
    assert home.meeting is not None and home.meeting.occurrence.day == TUE
    assert home.serving == (("Facilitator", "Ana R."), ("Reader", ""), ("Reader", ""))
    assert home.open_soon == 8


def test_find_member_by_first_name_initial_or_full_name(store: GroupStore) -> None:
    from groupkeeper.errors import GroupKeeperError
    from groupkeeper.roster.service import MemberInput, create_member, find_member

    with store.session() as s, s.begin():
        sam_k = create_member(s, MemberInput("Sam", "K", full_name="Sam Kowalski"))
        sam_t = create_member(s, MemberInput("Sam", "T"))
        ana = create_member(s, MemberInput("Ana", "R"))
        assert find_member(s, "ana").id == ana.id
        assert find_member(s, "sam k.").id == sam_k.id
        assert find_member(s, "Sam  T").id == sam_t.id
        assert find_member(s, "sam kowalski").id == sam_k.id
        with pytest.raises(
            GroupKeeperError, match=r"2 members are called 'Sam' \(Sam K\., Sam T\.\)"
        ):
            find_member(s, "Sam")
        with pytest.raises(
            GroupKeeperError, match=r"No member is called 'Sa'\. Did you mean Sam K\., Sam T\.\?"
        ):
            find_member(s, "Sa")
