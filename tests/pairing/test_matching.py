"""The matching engine: hard rules never broken, the overall set is the best possible (brute
force on small random groups), reasons in words, and the same input gives the same output."""

from __future__ import annotations

import itertools
import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from groupkeeper.pairing.conventions import Conventions, SameGender
from groupkeeper.pairing.matching import (
    Mentor,
    Plan,
    Request,
    points,
    rank,
    rules_broken,
    score,
    suggest,
)

TODAY = date(2026, 3, 2)
GENDERS = ("", "Woman", "Man", "Non-binary")
LANGS = ("English", "Spanish", "French")
FOCUS = ("Step work", "Family", "Newcomers")


@st.composite
def groups(
    draw: st.DrawFn, max_requests: int = 5, max_mentors: int = 4
) -> tuple[list[Request], list[Mentor], Conventions]:
    """Small random groups: people may be on both sides, marked apart, already paired."""
    n_people = draw(st.integers(2, 9))
    mentors = []
    for pid in draw(st.lists(st.integers(1, n_people), max_size=max_mentors, unique=True)):
        cap = draw(st.integers(0, 3))
        mentors.append(
            Mentor(
                pid, f"M{pid}", draw(st.integers(0, cap)), cap,
                draw(st.none() | st.dates(date(2010, 1, 1), date(2026, 3, 2))),
                frozenset(draw(st.lists(st.sampled_from(FOCUS), max_size=2))),
                frozenset(draw(st.lists(st.sampled_from(LANGS), max_size=2))),
                draw(st.sampled_from(GENDERS)),
            )
        )  # fmt: skip
    requests = []
    for i, pid in enumerate(
        draw(st.lists(st.integers(1, n_people), max_size=max_requests, unique=True))
    ):
        requests.append(
            Request(
                100 + i, pid, f"R{pid}", draw(st.dates(date(2025, 1, 1), date(2026, 3, 1))),
                draw(st.sampled_from(("", *LANGS))),
                frozenset(draw(st.lists(st.sampled_from(FOCUS), max_size=2))),
                draw(st.sampled_from(GENDERS)), draw(st.sampled_from(("", "", "Woman"))),
                frozenset(draw(st.lists(st.integers(1, n_people), max_size=2))),
                frozenset(draw(st.lists(st.integers(1, n_people), max_size=1))),
            )
        )  # fmt: skip
    rules = Conventions(
        draw(st.sampled_from(SameGender)),
        draw(st.sampled_from((0, 0, 12, 36))),
        draw(st.booleans()),
    )
    return requests, mentors, rules


def _allowed(r: Request, m: Mentor, rules: Conventions, requests: list[Request]) -> bool:
    """The hard rules, written out again independently of the engine."""
    if m.id == r.member_id or m.id in r.avoid or m.id in r.paired_with or m.room <= 0:
        return False
    if m.id in {q.member_id for q in requests}:
        return False  # someone waiting for a mentor is not given anyone in the same plan
    if rules.min_months:
        if m.since is None:
            return False
        months = (
            (TODAY.year - m.since.year) * 12
            + TODAY.month
            - m.since.month
            - (TODAY.day < m.since.day)
        )
        if months < rules.min_months:
            return False
    if rules.shared_language and r.language and r.language not in m.languages:
        return False
    same = bool(r.gender) and r.gender.casefold() == m.gender.casefold()
    if rules.same_gender is SameGender.REQUIRE and not same:
        return False
    return not (r.wants_gender and r.wants_gender.casefold() != m.gender.casefold())


def _check_plan(
    plan: Plan, requests: list[Request], mentors: list[Mentor], rules: Conventions
) -> None:
    by_id = {m.id: m for m in mentors}
    load: dict[int, int] = {}
    asked = [p.request.id for p in plan.proposals] + [r.id for r in plan.unmatched]
    assert sorted(asked) == sorted(r.id for r in requests)  # everyone accounted for, once
    for p in plan.proposals:
        m = by_id[p.candidate.mentor.id]
        assert _allowed(p.request, m, rules, requests), (p, rules)
        load[m.id] = load.get(m.id, 0) + 1
        assert p.candidate.score == score(p.request, m, rules, TODAY).score
    for mid, n in load.items():
        assert n <= by_id[mid].room


def _brute(requests: list[Request], mentors: list[Mentor], rules: Conventions) -> tuple[int, int]:
    """The best (number paired, total score) over every possible assignment."""
    options = [[None, *(m for m in mentors if _allowed(r, m, rules, requests))] for r in requests]
    best = (0, 0)
    for pick in itertools.product(*options):
        used: dict[int, int] = {}
        total = count = 0
        ok = True
        for r, m in zip(requests, pick, strict=True):
            if m is None:
                continue
            used[m.id] = used.get(m.id, 0) + 1
            if used[m.id] > m.room:
                ok = False
                break
            count += 1
            total += score(r, m, rules, TODAY).score
        if ok:
            best = max(best, (count, total))
    return best


@settings(max_examples=400, deadline=None)
@given(groups())
def test_no_suggestion_ever_breaks_a_hard_rule(
    group: tuple[list[Request], list[Mentor], Conventions],
) -> None:
    requests, mentors, rules = group
    _check_plan(suggest(requests, mentors, rules, TODAY), requests, mentors, rules)
    for r in requests:
        ranking = rank(r, mentors, rules, TODAY)
        assert len(ranking.candidates) + len(ranking.excluded) == len(mentors)
        for c in ranking.candidates:
            assert not rules_broken(r, c.mentor, rules, TODAY)
        for e in ranking.excluded:
            assert e.rules  # every exclusion says why
        scores = [c.score for c in ranking.candidates]
        assert scores == sorted(scores, reverse=True)


@settings(max_examples=300, deadline=None)
@given(groups())
def test_the_overall_set_is_the_best_possible(
    group: tuple[list[Request], list[Mentor], Conventions],
) -> None:
    requests, mentors, rules = group
    plan = suggest(requests, mentors, rules, TODAY)
    assert (len(plan.proposals), plan.total) == _brute(requests, mentors, rules)


@settings(max_examples=150, deadline=None)
@given(groups(), st.randoms(use_true_random=False))
def test_same_input_same_output_in_any_order(
    group: tuple[list[Request], list[Mentor], Conventions], rnd: random.Random
) -> None:
    requests, mentors, rules = group
    first = suggest(requests, mentors, rules, TODAY)
    r2, m2 = requests[:], mentors[:]
    rnd.shuffle(r2)
    rnd.shuffle(m2)
    assert suggest(r2, m2, rules, TODAY) == first
    assert suggest(requests, mentors, rules, TODAY) == first


def test_greedy_first_come_would_be_worse() -> None:
    """The longest-waiting person would take Ana greedily; the best set gives Ana to the one
    only she can help, and pairs both."""
    ana = Mentor(1, "Ana R.", 1, 1, date(2020, 1, 1), languages=frozenset({"English", "Spanish"}))
    ben = Mentor(2, "Ben T.", 1, 1, date(2020, 1, 1), languages=frozenset({"English"}))
    first = Request(10, 5, "Carmen L.", date(2026, 1, 1), "English")
    second = Request(11, 6, "Rosa V.", date(2026, 2, 1), "Spanish")
    rules = Conventions(shared_language=True)
    plan = suggest([first, second], [ana, ben], rules, TODAY)
    assert {(p.request.name, p.candidate.mentor.name) for p in plan.proposals} == {
        ("Carmen L.", "Ben T."),
        ("Rosa V.", "Ana R."),
    }


def test_reasons_are_in_words() -> None:
    mentor = Mentor(
        1, "Ana R.", 1, 2, date(2023, 1, 15), frozenset({"Family", "Step work"}),
        frozenset({"English", "Spanish"}), "Woman",
    )  # fmt: skip
    request = Request(10, 5, "Rosa V.", date(2026, 2, 1), "Spanish", frozenset({"Family"}), "woman")
    c = score(request, mentor, Conventions(SameGender.PREFER), TODAY)
    assert (
        c.describe()
        == "shares Spanish; both in Family; 3 years' experience; same gender; has room for 1 more"
    )
    assert c.score == 30 + 15 + 12 + 10 + 3


def test_exclusions_name_the_rule() -> None:
    rules = Conventions(SameGender.REQUIRE, min_months=12, shared_language=True)
    request = Request(
        10, 5, "Rosa V.", date(2026, 2, 1), "Spanish", gender="Woman", avoid=frozenset({3})
    )
    full = Mentor(
        1, "Ana R.", 0, 2, date(2015, 1, 1), languages=frozenset({"Spanish"}), gender="Woman"
    )
    new = Mentor(
        2, "Ximena Q.", 1, 1, date(2025, 9, 1), languages=frozenset({"Spanish"}), gender="Woman"
    )
    apart = Mentor(
        3, "Tanya C.", 1, 1, date(2015, 1, 1), languages=frozenset({"English"}), gender="Man"
    )
    off = Mentor(
        4, "Dev P.", 1, 0, date(2015, 1, 1), languages=frozenset({"Spanish"}), gender="Woman"
    )
    ranking = rank(request, [full, new, apart, off], rules, TODAY)
    assert ranking.candidates == ()
    why = {e.mentor.name: e.describe() for e in ranking.excluded}
    assert why == {
        "Ana R.": "at capacity (2 of 2)",
        "Ximena Q.": "below the group's minimum experience (6 of 12 months)",
        "Tanya C.": "marked not to be paired with Rosa V. again; does not speak Spanish; not the same gender (the group pairs people of the same gender)",
        "Dev P.": "not taking anyone at the moment",
    }
    assert rules_broken(request, Mentor(5, "Rosa V.", 1, 1), rules, TODAY) == [
        "is the person asking"
    ]


def test_a_mentor_who_is_waiting_is_not_given_anyone_in_the_same_plan() -> None:
    both = Mentor(1, "Ana R.", 2, 2, date(2015, 1, 1))
    other = Mentor(2, "Ben T.", 1, 1, date(2015, 1, 1))
    plan = suggest(
        [Request(10, 1, "Ana R.", date(2026, 1, 1)), Request(11, 3, "Carmen L.", date(2026, 1, 2))],
        [both, other], Conventions(), TODAY,
    )  # fmt: skip
    assert len(plan.proposals) == 1 and len(plan.unmatched) == 1
    assert all(p.candidate.mentor.id == 2 for p in plan.proposals)


@settings(max_examples=200, deadline=None)
@given(groups())
def test_the_number_and_the_words_agree(
    group: tuple[list[Request], list[Mentor], Conventions],
) -> None:
    """The overall set weighs pairs by ``points``; what people read is ``score``'s parts."""
    requests, mentors, rules = group
    for r in requests:
        for m in mentors:
            assert points(r, m, rules, TODAY) == score(r, m, rules, TODAY).score
