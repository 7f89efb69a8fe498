"""Pairing service: profiles, conventions, requests, confirming, check-ins, endings, and the
bad input the issue names (capacity 0, a date in the future, one person on both sides)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.pairing import service as ps
from groupkeeper.pairing.conventions import Conventions, SameGender
from groupkeeper.pairing.models import Status, pairing
from groupkeeper.pairing.service import Profile, RequestInput
from groupkeeper.roster import service as roster
from groupkeeper.store import GroupStore
from tests.conftest import TODAY

YEARS = timedelta(days=366)


@pytest.fixture
def people(store: GroupStore) -> Callable[..., int]:
    def make(
        name: str,
        gender: str = "",
        mentor: int = 0,
        years: int = 3,
        langs: tuple[str, ...] = ("English",),
        focus: tuple[str, ...] = (),
    ) -> int:
        with store.session() as s, s.begin():
            mid = roster.create_member(s, roster.MemberInput(name, "X")).id
            profile = Profile(mentor > 0, mentor, TODAY - years * YEARS, focus, langs, gender)
            ps.save_profile(s, mid, profile, TODAY)
        return mid

    return make


def _ask(store: GroupStore, who: int, **kw: Any) -> int:
    with store.session() as s, s.begin():
        data = RequestInput(who, TODAY - timedelta(days=3), **kw)
        return ps.create_request(s, data, TODAY).id


def _count(store: GroupStore) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(pairing)) or 0)


def test_a_new_file_has_focus_areas_and_no_conventions(store: GroupStore) -> None:
    with store.session() as s:
        assert ps.list_focus(s)[:2] == ["Newcomers", "Step work"]
        assert ps.conventions(s) == Conventions()
        words = ps.group_role_words(s)
        assert (words.sponsor, words.Sponsors, words.sponsee) == ("sponsor", "Sponsors", "sponsee")


def test_profile_round_trip_adds_the_groups_own_focus(
    store: GroupStore, people: Callable[..., int]
) -> None:
    ana = people("Ana")
    wanted = Profile(
        True,
        2,
        date(2020, 5, 1),
        ("Step work", "Parents"),
        ("english", "Spanish"),
        " Woman ",
        "Evenings",
    )
    with store.session() as s, s.begin():
        saved = ps.save_profile(s, ana, wanted, TODAY)
        assert "Parents" in ps.list_focus(s)
    assert saved == Profile(
        True,
        2,
        date(2020, 5, 1),
        ("Step work", "Parents"),
        ("English", "Spanish"),
        "Woman",
        "Evenings",
    )


@pytest.mark.parametrize(
    ("profile", "words"),
    [
        (Profile(True, 0), "at least 1 person"),
        (Profile(False, 11), "from 0 to 10"),
        (Profile(True, 1, TODAY + timedelta(days=1)), "is in the future"),
    ],
)
def test_bad_profiles_are_refused_and_change_nothing(
    store: GroupStore, people: Callable[..., int], profile: Profile, words: str
) -> None:
    ana = people("Ana", mentor=1)
    with pytest.raises(ValidationError, match=words), store.session() as s, s.begin():
        ps.save_profile(s, ana, profile, TODAY)
    with store.session() as s:
        assert ps.get_profile(s, ana).capacity == 1 and ps.get_profile(s, ana).willing


def test_the_life_of_a_pairing(store: GroupStore, people: Callable[..., int]) -> None:
    ana = people("Ana", "Woman", mentor=2, langs=("English", "Spanish"))
    rosa = people("Rosa", "Woman")
    req = _ask(store, rosa, language="spanish", focus=("Step work",), note="Prefers evenings")
    with store.session() as s:
        ranking = ps.candidates(s, req, TODAY)
        [waiting] = ps.list_pairings(s, Status.REQUESTED)
    assert [c.mentor.name for c in ranking.candidates] == ["Ana X."]
    assert "shares Spanish" in ranking.candidates[0].describe()
    assert waiting.wants() == "Spanish, Step work"
    with store.session() as s, s.begin():
        active = ps.confirm(s, req, ana, TODAY - timedelta(days=1), TODAY)
    assert (active.status, active.mentor, active.next_due) == (
        Status.ACTIVE,
        "Ana X.",
        TODAY + timedelta(days=13),
    )
    with store.session() as s, s.begin():
        after = ps.log_checkin(s, req, TODAY, "Talked about step 1", TODAY)
        [row] = ps.list_mentors(s)
    assert (after.last_checkin, after.next_due, row.taking, row.room) == (
        TODAY,
        TODAY + timedelta(days=14),
        1,
        1,
    )
    with store.session() as s:
        assert not ps.home(s, TODAY).overdue
        late = ps.home(s, TODAY + timedelta(days=15))
    assert [p.seeker for p in late.overdue] == ["Rosa X."] and late.waiting == 0
    with store.session() as s, s.begin():
        ended = ps.end_pairing(s, req, TODAY, "Moved away", TODAY, never_again=True)
        assert ps.blocked_with(s, rosa) == {ana}
        assert [c.note for c in ps.list_checkins(s, req)] == ["Talked about step 1"]
    assert (ended.status, ended.ended, ended.end_reason, ended.next_due) == (
        Status.ENDED,
        TODAY,
        "Moved away",
        None,
    )
    # "Do not pair these two again" holds for a new request.
    again = _ask(store, rosa)
    with store.session() as s:
        ranking = ps.candidates(s, again, TODAY)
    assert (
        ranking.candidates == ()
        and "not to be paired with Rosa X. again" in ranking.excluded[0].describe()
    )


def test_bad_confirmations_are_refused_and_change_nothing(
    store: GroupStore, people: Callable[..., int]
) -> None:
    ana = people("Ana", mentor=1)
    ben = people("Ben", mentor=1, years=0)
    rosa = people("Rosa", mentor=1)
    req = _ask(store, rosa)
    with store.session() as s, s.begin():
        ps.set_conventions(s, Conventions(min_months=12))
    cases = [
        (rosa, TODAY, "cannot be their own sponsor"),
        (ana, TODAY + timedelta(days=2), "is in the future"),
        (ana, TODAY - timedelta(days=30), "before the request"),
        (ben, TODAY, "below the group's minimum experience"),
    ]
    for mentor, start, words in cases:
        with pytest.raises(ValidationError, match=words), store.session() as s, s.begin():
            ps.confirm(s, req, mentor, start, TODAY)
    with store.session() as s:
        [still] = ps.list_pairings(s)
    assert (still.status, still.mentor_id) == (Status.REQUESTED, None)
    with store.session() as s, s.begin():
        ps.confirm(s, req, ana, TODAY, TODAY)
    carmen = people("Carmen")
    other = _ask(store, carmen)
    with (
        pytest.raises(ValidationError, match=r"at capacity \(1 of 1\)"),
        store.session() as s,
        s.begin(),
    ):
        ps.confirm(s, other, ana, TODAY, TODAY)


def test_bad_requests_are_refused(store: GroupStore, people: Callable[..., int]) -> None:
    rosa = people("Rosa")
    with pytest.raises(ValidationError, match="in the future"), store.session() as s, s.begin():
        ps.create_request(s, RequestInput(rosa, TODAY + timedelta(days=1)), TODAY)
    _ask(store, rosa)
    with pytest.raises(ValidationError, match="already waiting"), store.session() as s, s.begin():
        ps.create_request(s, RequestInput(rosa, TODAY), TODAY)
    with pytest.raises(GroupKeeperError, match="no longer exists"), store.session() as s, s.begin():
        ps.create_request(s, RequestInput(9999, TODAY), TODAY)
    assert _count(store) == 1


def test_checkins_and_endings_cannot_be_in_the_future_or_before_the_start(
    store: GroupStore, people: Callable[..., int]
) -> None:
    ana = people("Ana", mentor=1)
    req = _ask(store, people("Rosa"))
    with store.session() as s, s.begin():
        ps.confirm(s, req, ana, TODAY - timedelta(days=2), TODAY)
    for day, words in (
        (TODAY + timedelta(days=1), "in the future"),
        (TODAY - timedelta(days=5), "before the pairing started"),
    ):
        with pytest.raises(ValidationError, match=words), store.session() as s, s.begin():
            ps.log_checkin(s, req, day, "", TODAY)
        with pytest.raises(ValidationError, match=words), store.session() as s, s.begin():
            ps.end_pairing(s, req, day, "", TODAY)
    with store.session() as s:
        assert ps.list_checkins(s, req) == [] and ps.get_pairing(s, req).status is Status.ACTIVE


def test_a_reason_for_ending_or_withdrawing_has_a_sane_length(
    store: GroupStore, people: Callable[..., int]
) -> None:
    ana = people("Ana", mentor=1)
    active = _ask(store, people("Rosa"))
    waiting = _ask(store, people("Tom"))
    with store.session() as s, s.begin():
        ps.confirm(s, active, ana, TODAY - timedelta(days=2), TODAY)
    long = "x" * (ps.MAX_REASON + 1)
    with pytest.raises(ValidationError, match="2,000 characters"), store.session() as s:
        ps.end_pairing(s, active, TODAY, long, TODAY)
    with pytest.raises(ValidationError, match="2,000 characters"), store.session() as s:
        ps.withdraw_request(s, waiting, TODAY, long)
    with store.session() as s:
        assert ps.get_pairing(s, active).status is Status.ACTIVE
        assert ps.get_pairing(s, waiting).status is Status.REQUESTED


def test_conventions_are_the_groups_choice(store: GroupStore, people: Callable[..., int]) -> None:
    people("Ben", "Man", mentor=1)
    people("Ana", "Woman", mentor=1, langs=("Spanish",))
    req = _ask(store, people("Rosa", "Woman"), language="Spanish")
    with store.session() as s:
        assert [c.mentor.name for c in ps.candidates(s, req, TODAY).candidates] == [
            "Ana X.",
            "Ben X.",
        ]
    with store.session() as s, s.begin():
        ps.set_conventions(s, Conventions(SameGender.REQUIRE, 0, True, 7))
        assert ps.conventions(s) == Conventions(SameGender.REQUIRE, 0, True, 7)
    with store.session() as s:
        ranking = ps.candidates(s, req, TODAY)
    assert [c.mentor.name for c in ranking.candidates] == ["Ana X."]
    assert "does not speak Spanish" in ranking.excluded[0].describe()
    with pytest.raises(ValidationError, match="1 to 365 days"), store.session() as s, s.begin():
        ps.set_conventions(s, Conventions(checkin_days=0))


def test_suggest_all_only_proposes(store: GroupStore, people: Callable[..., int]) -> None:
    people("Ana", mentor=1, focus=("Step work",))
    people("Ben", mentor=1)
    first = _ask(store, people("Rosa"), focus=("Step work",))
    second = _ask(store, people("Carmen"))
    with store.session() as s:
        plan = ps.suggest_all(s, TODAY)
        assert {p.request.id for p in plan.proposals} == {first, second}
        assert {p.request.id: p.candidate.mentor.name for p in plan.proposals}[first] == "Ana X."
        assert len(ps.list_pairings(s, Status.REQUESTED)) == 2  # nothing became a pairing


def test_withdraw_and_deleting_a_member_takes_their_pairings(
    store: GroupStore, people: Callable[..., int]
) -> None:
    rosa = people("Rosa")
    req = _ask(store, rosa)
    with store.session() as s, s.begin():
        ps.withdraw_request(s, req, TODAY, "Found a sponsor elsewhere")
        assert ps.get_pairing(s, req).status is Status.ENDED
    with store.session() as s, s.begin():
        roster.delete_member(s, rosa, TODAY)
    assert _count(store) == 0


def test_asking_records_the_askers_own_gender_in_the_same_step(
    store: GroupStore, people: Callable[..., int]
) -> None:
    rosa = people("Rosa", mentor=1)
    with store.change("New request", "pairings") as s:
        made = ps.create_request(s, RequestInput(rosa, TODAY, gender="  Woman "), TODAY)
    with store.session() as s:
        assert ps.get_profile(s, rosa).gender == "Woman"
        assert ps.get_profile(s, rosa).willing  # the rest of her profile as it was
    with store.change("Edit the request", "pairings") as s:  # None: leave it as it is
        ps.update_request(s, made.id, RequestInput(rosa, TODAY, language="Spanish"), TODAY)
    with store.session() as s:
        assert ps.get_profile(s, rosa).gender == "Woman"
        assert ps.get_pairing(s, made.id).language == "Spanish"
    store.undo()
    store.undo()  # one step took both the request and her gender
    with store.session() as s:
        assert ps.get_profile(s, rosa).gender == ""
    assert _count(store) == 0
    with (  # a problem with either leaves both unsaved
        pytest.raises(ValidationError, match="gender to a few words"),
        store.session() as s,
        s.begin(),
    ):
        ps.create_request(s, RequestInput(rosa, TODAY, gender="x" * 51), TODAY)
    assert _count(store) == 0
