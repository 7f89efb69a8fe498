"""The rotation engine: hard rules never broken, locks never moved, the same input the same
roster (hypothesis over random groups), and fairness measured on the issue's own cases."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupkeeper.roster.rotation import (
    Meeting,
    Past,
    Person,
    Problem,
    Role,
    RoleKind,
    SlotKey,
    Stopped,
    audit,
    check,
    fill,
    why_not,
)

START = date(2026, 1, 6)  # a Tuesday
ROLES = (
    Role(1, "Facilitator", RoleKind.FACILITATOR),
    Role(2, "Co-facilitator", RoleKind.CO_FACILITATOR),
    Role(3, "Reader"),
    Role(4, "Greeter"),
    Role(5, "Literature", experienced_only=True),
)


def weekly(n: int, needs: tuple[tuple[int, int], ...], series: int = 1) -> tuple[Meeting, ...]:
    days = [START + timedelta(weeks=w) for w in range(n)]
    return tuple(Meeting(series, d, d, needs) for d in days)


@st.composite
def problems(draw: st.DrawFn) -> Problem:
    n_people = draw(st.integers(1, 14))
    people = []
    for pid in range(1, n_people + 1):
        roles = frozenset(draw(st.sets(st.integers(1, 5), min_size=0, max_size=5)))
        blackouts = tuple(
            (START + timedelta(days=a), START + timedelta(days=a + length))
            for a, length in draw(
                st.lists(st.tuples(st.integers(0, 120), st.integers(0, 20)), max_size=2)
            )
        )
        people.append(
            Person(
                pid,
                f"P{pid}",
                roles,
                experienced=draw(st.booleans()),
                never_weekdays=frozenset(draw(st.sets(st.integers(0, 6), max_size=2))),
                blackouts=blackouts,
                monthly_limit=draw(st.one_of(st.none(), st.integers(1, 3))),
                role_limits=tuple(
                    (r, draw(st.integers(1, 2))) for r in sorted(roles) if draw(st.booleans())
                ),
                avoid=frozenset(draw(st.sets(st.integers(1, n_people), max_size=2)) - {pid}),
            )
        )
    needs = tuple(
        (r, c) for r, c in ((1, 1), (2, 1), (3, draw(st.integers(0, 2))), (4, 1), (5, 1)) if c
    )
    meetings = list(weekly(draw(st.integers(1, 16)), needs))
    # A second series on Thursdays, sometimes moved to another day.
    for w in range(draw(st.integers(0, 6))):
        original = START + timedelta(days=2, weeks=w)
        day = original + timedelta(days=draw(st.sampled_from([0, 0, 1])))
        meetings.append(Meeting(2, original, day, ((1, 1), (3, 1))))
    slots = [s for m in meetings for s in m.slots()]
    locked = {}
    for slot in draw(st.lists(st.sampled_from(slots), max_size=3, unique=True)) if slots else []:
        locked[slot] = draw(st.integers(1, n_people))
    # Locked turns are a person's choice: keep them to one turn per person per meeting.
    seen: set[tuple[int, date, int]] = set()
    for slot, who in list(locked.items()):
        key = (slot.series_id, slot.original, who)
        if key in seen:
            del locked[slot]
        seen.add(key)
    history = tuple(
        Past(draw(st.integers(1, n_people)), draw(st.integers(1, 5)), 1,
             START - timedelta(weeks=k + 1))
        for k in range(draw(st.integers(0, 4)))
    )  # fmt: skip
    return Problem(tuple(meetings), ROLES, tuple(people), locked, {}, history, draw(st.booleans()))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(problems())
def test_no_hard_rule_is_ever_broken_and_locks_never_move(problem: Problem) -> None:
    roster = fill(problem)
    assert check(problem, roster) == []
    for slot, who in problem.locked.items():
        assert roster.assigned[slot] == who
    every = {s for m in problem.meetings for s in m.slots()}
    # Every slot is either filled or open with a reason in words; never both, never neither.
    assert set(roster.assigned) | set(roster.open) == every
    assert not set(roster.assigned) & set(roster.open)
    assert all(reason.strip() for reason in roster.open.values())
    # Nobody chosen by the engine breaks a rule in the audit either.
    found = audit(problem, roster.assigned)
    assert all(slot in problem.locked for slot in found)


@settings(max_examples=60, deadline=None)
@given(problems())
def test_the_same_input_gives_the_same_roster(problem: Problem) -> None:
    first, second = fill(problem), fill(problem)
    assert first == second
    shuffled = Problem(
        tuple(reversed(problem.meetings)), tuple(reversed(problem.roles)),
        tuple(reversed(problem.people)), problem.locked, problem.kept, problem.history,
        problem.pair_new_facilitators,
    )  # fmt: skip
    assert fill(shuffled).assigned == first.assigned


@settings(max_examples=60, deadline=None)
@given(problems())
def test_kept_turns_stay_only_while_they_follow_the_rules(problem: Problem) -> None:
    roster = fill(problem)
    again = fill(
        Problem(problem.meetings, problem.roles, problem.people, problem.locked,
                {k: v for k, v in roster.assigned.items() if k not in problem.locked},
                problem.history, problem.pair_new_facilitators)
    )  # fmt: skip
    assert again.assigned == roster.assigned  # a valid roster, kept, is the same roster


class _StopAt:
    """A stop that is set once ``at`` meetings are done (as a Cancel pressed mid-fill). The
    engine asks it once before each meeting."""

    def __init__(self, at: int) -> None:
        self.at = at
        self.asked = 0

    def is_set(self) -> bool:
        done, self.asked = self.asked, self.asked + 1
        return done >= self.at


@settings(max_examples=80, deadline=None)
@given(problems(), st.integers(0, 30))
def test_a_fill_told_to_stop_stops_whole_and_progress_never_changes_the_roster(
    problem: Problem, at: int
) -> None:
    heard: list[tuple[int, int]] = []
    watched = fill(problem, progress=lambda d, t: heard.append((d, t)))
    n = len(problem.meetings)
    assert heard == [(d, n) for d in range(n)]  # each meeting once, in order, before it
    assert watched == fill(problem)
    stop = _StopAt(at)
    if at < n:  # set before the last meeting: no roster at all, never half of one
        with pytest.raises(Stopped):
            fill(problem, stop=stop)
        assert stop.asked == at + 1  # it stopped at the first meeting after the Cancel
    else:
        assert fill(problem, stop=stop) == watched


def facilitators(n: int) -> tuple[Person, ...]:
    return tuple(Person(i, f"F{i}", frozenset({1})) for i in range(1, n + 1))


def test_52_weeks_12_equal_facilitators_each_serve_4_or_5_times() -> None:
    roster = fill(Problem(weekly(52, ((1, 1),)), ROLES, facilitators(12)))
    counts = Counter(roster.assigned.values())
    assert len(counts) == 12
    assert set(counts.values()) <= {4, 5}
    assert sum(counts.values()) == 52 and not roster.open


def test_equal_people_differ_by_at_most_one_over_a_year_of_many_roles() -> None:
    # Ten people willing for the same three roles, equally available; three roles a week.
    people = tuple(Person(i, f"P{i}", frozenset({1, 3, 4})) for i in range(1, 11))
    roster = fill(Problem(weekly(52, ((1, 1), (3, 1), (4, 1))), ROLES, people))
    counts = Counter(roster.assigned.values())
    assert max(counts.values()) - min(counts.values()) <= 1
    # And per role, too: nobody hogs the facilitator's chair.
    per_role = Counter((who, s.role) for s, who in roster.assigned.items() if s.role == 1)
    assert max(per_role.values()) - min(per_role.values()) <= 1


def test_nobody_repeats_a_role_at_consecutive_meetings_when_someone_else_was_free() -> None:
    people = tuple(Person(i, f"P{i}", frozenset({1, 3})) for i in range(1, 5))
    meetings = weekly(40, ((1, 1), (3, 1)))
    roster = fill(Problem(meetings, ROLES, people))
    by_meeting = {m.original: {s.role: roster.assigned[s] for s in m.slots()} for m in meetings}
    days = sorted(by_meeting)
    for before, after in pairwise(days):
        for role, who in by_meeting[after].items():
            assert by_meeting[before].get(role) != who, (after, role, who)


def test_a_slot_nobody_can_take_stays_open_with_the_reason() -> None:
    away = ((START - timedelta(days=1), START + timedelta(days=1)),)
    people = tuple(Person(i, f"P{i}", frozenset({3}), blackouts=away) for i in range(1, 5))
    roster = fill(Problem(weekly(2, ((3, 1), (4, 1))), ROLES, people))
    first_week = SlotKey(1, START, 3, 0)
    assert roster.open[first_week] == "4 willing, all away that week."
    assert roster.open[SlotKey(1, START, 4, 0)] == "Nobody has said they are willing to be Greeter."
    assert SlotKey(1, START + timedelta(weeks=1), 3, 0) in roster.assigned


def test_longest_waiting_goes_first_and_history_counts() -> None:
    people = facilitators(3)
    history = (Past(1, 1, 1, START - timedelta(weeks=1)), Past(2, 1, 1, START - timedelta(weeks=2)))
    roster = fill(Problem(weekly(1, ((1, 1),)), ROLES, people, history=history))
    assert roster.assigned[SlotKey(1, START, 1, 0)] == 3  # never served
    roster = fill(Problem(weekly(1, ((1, 1),)), ROLES, facilitators(2), history=history))
    assert roster.assigned[SlotKey(1, START, 1, 0)] == 2  # waited longer than person 1


def test_newer_facilitator_gets_an_experienced_co_facilitator() -> None:
    people = (
        Person(1, "New", frozenset({1}), experienced=False),
        Person(2, "Also new", frozenset({2}), experienced=False),
        Person(3, "Old hand", frozenset({2}), experienced=True),
    )
    meetings = weekly(4, ((1, 1), (2, 1)))
    on = fill(Problem(meetings, ROLES, people, pair_new_facilitators=True))
    assert all(on.assigned[SlotKey(1, m.original, 2, 0)] == 3 for m in meetings)
    off = fill(Problem(meetings, ROLES, people, pair_new_facilitators=False))
    assert {off.assigned[SlotKey(1, m.original, 2, 0)] for m in meetings} == {2, 3}


def test_monthly_limits_count_locked_turns_and_not_with_is_mutual() -> None:
    people = (
        Person(1, "Lim", frozenset({3}), monthly_limit=1),
        Person(2, "Other", frozenset({3, 4}), avoid=frozenset({3})),
        Person(3, "Third", frozenset({4})),
    )
    meetings = weekly(4, ((3, 1), (4, 1)))
    late = SlotKey(1, meetings[3].original, 3, 0)
    roster = fill(Problem(meetings, ROLES, people, locked={late: 1}))
    # Person 1's one turn in January is the locked one at the end of the month.
    assert [s for s, w in roster.assigned.items() if w == 1] == [late]
    for m in meetings:
        here = {roster.assigned.get(s) for s in m.slots()}
        assert not {2, 3} <= here  # person 2 asked not to serve with person 3
    assert check(Problem(meetings, ROLES, people, locked={late: 1}), roster) == []


def test_experienced_only_roles_and_reasons_in_words() -> None:
    people = (
        Person(1, "Newer", frozenset({5}), experienced=False),
        Person(2, "Old hand", frozenset({5}), experienced=True, never_weekdays=frozenset({1})),
    )
    problem = Problem(weekly(1, ((5, 1),)), ROLES, people)
    roster = fill(problem)
    slot = SlotKey(1, START, 5, 0)
    assert roster.open[slot] == "2 willing: 1 not experienced enough, 1 can't do that day."
    assert why_not(problem, roster, slot, 1) == ["Literature is for experienced members"]
    assert why_not(problem, roster, slot, 2) == ["can't do Tuesdays"]


def test_why_chosen_and_why_not_explain_fairness() -> None:
    people = facilitators(3)
    problem = Problem(weekly(3, ((1, 1),)), ROLES, people)
    roster = fill(problem)
    third = SlotKey(1, START + timedelta(weeks=2), 1, 0)
    holder = roster.assigned[third]
    assert (
        roster.reasons[third].startswith("2 could serve") or "could serve" in roster.reasons[third]
    )
    others = [p.id for p in people if p.id != holder]
    reasons = [why_not(problem, roster, third, p) for p in others]
    # Everyone else served already, so each was behind the one who had not.
    assert all(
        r and ("turns" in r[0] or "previous meeting" in r[0] or "recently" in r[0]) for r in reasons
    )


def test_a_blackout_added_later_is_found_by_the_audit_and_reflowed() -> None:
    people = facilitators(3)
    meetings = weekly(4, ((1, 1),))
    roster = fill(Problem(meetings, ROLES, people))
    slot = SlotKey(1, meetings[2].original, 1, 0)
    who = roster.assigned[slot]
    away = tuple(
        p
        if p.id != who
        else Person(p.id, p.name, p.roles, blackouts=((slot.original, slot.original),))
        for p in people
    )
    problem = Problem(meetings, ROLES, away, kept=roster.assigned)
    assert audit(problem, roster.assigned) == {slot: [f"away on {slot.original:%d %b %Y}"]}
    again = fill(problem)
    assert again.assigned[slot] != who
    assert check(problem, again) == []
    # Everyone else's turns were kept.
    assert {k: v for k, v in again.assigned.items() if k != slot} == {
        k: v for k, v in roster.assigned.items() if k != slot
    }
