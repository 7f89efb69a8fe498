"""The matching engine: who could sponsor or mentor whom, with a score and its reasons, and the
best overall set of pairings for everyone waiting.

Pure Python: plain frozen records in, plain records out; no database, no Qt. The service
layer builds :class:`Mentor` and :class:`Request` records from the group file.

*Hard rules* decide who may be suggested at all and are never broken: not the person asking,
willing, with room (capacity less the people they already have), not marked "do not pair these
two again", not already paired with the person, and the group's conventions where it asks for
them (the minimum experience, a shared language, the same gender) and the asker's own wish
about their mentor's gender. Everyone else is *excluded*, with the rules they break in words.

*The score* (0-100) adds up parts a person can check, each with its reason:

- a shared language (the one the asker asked for): 30;
- shared focus areas: 15 each, at most 30;
- experience: 4 a year, at most 20;
- the same gender, where the group prefers it: 10;
- room: 3 for each free place, at most 10.

*Suggest for everyone waiting* finds the set of pairings that first pairs as many people as
the rules allow and then has the highest total score: a min-cost flow (requests -> mentors,
with each mentor's room as capacity) solved by successive shortest paths with Dijkstra and
Johnson potentials. It is exact, not greedy. scipy's ``linear_sum_assignment`` would do the
same job but costs about 50 MB of download; networkx's ``min_cost_flow`` about 2 MB but takes
over a second at the benchmark's size; this is about 80 lines.

The same input always gives the same output, whatever order the records come in.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from groupkeeper.collation import keyer
from groupkeeper.i18n import _, ngettext
from groupkeeper.pairing.conventions import Conventions, SameGender

LANGUAGE_POINTS = 30
FOCUS_POINTS = 15
FOCUS_MAX = 30
YEAR_POINTS = 4
YEARS_MAX = 5
GENDER_POINTS = 10
ROOM_POINTS = 3
ROOM_MAX = 10


@dataclass(frozen=True)
class Mentor:
    id: int
    name: str
    room: int  # places left: capacity less the people they already have
    capacity: int = 1
    since: date | None = None  # recovery or experience start
    focus: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    gender: str = ""


@dataclass(frozen=True)
class Request:
    id: int
    member_id: int  # who is asking
    name: str
    since: date
    language: str = ""  # the language they want to be helped in ("" = any)
    focus: frozenset[str] = frozenset()
    gender: str = ""  # how the asker describes their own gender
    wants_gender: str = ""  # the gender they asked their mentor to be ("" = no preference)
    avoid: frozenset[int] = frozenset()  # member ids: "do not pair these two again"
    paired_with: frozenset[int] = frozenset()  # member ids they are paired with now, either way


@dataclass(frozen=True)
class Candidate:
    mentor: Mentor
    score: int
    reasons: tuple[str, ...]

    def describe(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class Excluded:
    mentor: Mentor
    rules: tuple[str, ...]

    def describe(self) -> str:
        return "; ".join(self.rules)


@dataclass(frozen=True)
class Ranking:
    candidates: tuple[Candidate, ...]  # best first
    excluded: tuple[Excluded, ...]


@dataclass(frozen=True)
class Proposal:
    request: Request
    candidate: Candidate


@dataclass(frozen=True)
class Plan:
    proposals: tuple[Proposal, ...]  # in the order the requests came in (longest waiting first)
    unmatched: tuple[Request, ...] = field(default=())

    @property
    def total(self) -> int:
        return sum(p.candidate.score for p in self.proposals)


def _same(a: str, b: str) -> bool:
    return bool(a.strip()) and a.strip().casefold() == b.strip().casefold()


def months_between(first: date, today: date) -> int:
    months = (today.year - first.year) * 12 + today.month - first.month
    return months - (today.day < first.day)


def _years(months: int) -> str:
    if months < 12:
        return ngettext("{n} month's experience", "{n} months' experience", months).format(n=months)
    years = months // 12
    return ngettext("{n} year's experience", "{n} years' experience", years).format(n=years)


def _both_in(areas: list[str]) -> str:
    """ "both in Step work and Grief and loss": each area joined on as a whole phrase."""
    joined = areas[0]
    for area in areas[1:]:
        joined = _("{areas} and {area}").format(areas=joined, area=area)
    return _("both in {areas}").format(areas=joined)


def rules_broken(request: Request, mentor: Mentor, rules: Conventions, today: date) -> list[str]:
    """Every hard rule that keeps ``mentor`` from being suggested to ``request``, in words."""
    broken: list[str] = []
    if mentor.id == request.member_id:
        return [_("is the person asking")]
    if mentor.id in request.avoid:
        broken.append(_("marked not to be paired with {who} again").format(who=request.name))
    if mentor.id in request.paired_with:
        broken.append(_("already paired with {who}").format(who=request.name))
    if mentor.capacity <= 0:
        broken.append(_("not taking anyone at the moment"))
    elif mentor.room <= 0:
        broken.append(_("at capacity ({n} of {n})").format(n=mentor.capacity))
    if rules.min_months > 0:
        if mentor.since is None:
            broken.append(_("experience start not recorded (the group asks for a minimum)"))
        elif months_between(mentor.since, today) < rules.min_months:
            broken.append(
                ngettext(
                    "below the group's minimum experience ({have} of {n} month)",
                    "below the group's minimum experience ({have} of {n} months)",
                    rules.min_months,
                ).format(have=months_between(mentor.since, today), n=rules.min_months)
            )
    if rules.shared_language and request.language and request.language not in mentor.languages:
        broken.append(_("does not speak {language}").format(language=request.language))
    if rules.same_gender is SameGender.REQUIRE and not _same(request.gender, mentor.gender):
        if not request.gender.strip() or not mentor.gender.strip():
            broken.append(_("gender not recorded (the group pairs people of the same gender)"))
        else:
            broken.append(_("not the same gender (the group pairs people of the same gender)"))
    if request.wants_gender.strip() and not _same(request.wants_gender, mentor.gender):
        broken.append(
            _("{who} asked for someone who is {gender}").format(
                who=request.name, gender=request.wants_gender.strip()
            )
        )
    return broken


def points(request: Request, mentor: Mentor, rules: Conventions, today: date) -> int:
    """The score of an allowed pairing as a number only: what :func:`score` adds up, without
    the words (the overall set weighs tens of thousands of pairs)."""
    total = min(ROOM_POINTS * mentor.room, ROOM_MAX) if mentor.room > 0 else 0
    if request.language and request.language in mentor.languages:
        total += LANGUAGE_POINTS
    if request.focus and mentor.focus:
        total += min(FOCUS_POINTS * len(request.focus & mentor.focus), FOCUS_MAX)
    if mentor.since is not None:
        years = max(months_between(mentor.since, today), 0) // 12
        total += YEAR_POINTS * min(years, YEARS_MAX)
    if rules.same_gender is SameGender.PREFER and _same(request.gender, mentor.gender):
        total += GENDER_POINTS
    return total


def score(request: Request, mentor: Mentor, rules: Conventions, today: date) -> Candidate:
    """The score of an allowed pairing and its reasons, largest part first."""
    parts: list[tuple[int, str]] = []
    if request.language and request.language in mentor.languages:
        parts.append((LANGUAGE_POINTS, _("shares {language}").format(language=request.language)))
    shared = sorted(request.focus & mentor.focus, key=str.casefold)
    if shared:
        parts.append((min(FOCUS_POINTS * len(shared), FOCUS_MAX), _both_in(shared)))
    if mentor.since is not None:
        months = max(months_between(mentor.since, today), 0)
        parts.append((YEAR_POINTS * min(months // 12, YEARS_MAX), _years(months)))
    if rules.same_gender is SameGender.PREFER and _same(request.gender, mentor.gender):
        parts.append((GENDER_POINTS, _("same gender")))
    if mentor.room > 0:
        room = ngettext("has room for {n} more", "has room for {n} more", mentor.room)
        parts.append((min(ROOM_POINTS * mentor.room, ROOM_MAX), room.format(n=mentor.room)))
    if request.language and request.language not in mentor.languages:
        parts.append((0, _("does not speak {language}").format(language=request.language)))
    ordered = sorted(parts, key=lambda p: -p[0])
    return Candidate(mentor, sum(p for p, _r in parts), tuple(r for _p, r in ordered))


def _key(c: Candidate) -> tuple[int, int, str, int]:
    return (-c.score, -c.mentor.room, c.mentor.name.casefold(), c.mentor.id)


def rank(request: Request, mentors: Iterable[Mentor], rules: Conventions, today: date) -> Ranking:
    """Candidates for one request, best first, and everyone the rules exclude."""
    good: list[Candidate] = []
    bad: list[Excluded] = []
    for m in mentors:
        broken = rules_broken(request, m, rules, today)
        if broken:
            bad.append(Excluded(m, tuple(broken)))
        else:
            good.append(score(request, m, rules, today))
    good.sort(key=_key)
    by = keyer(e.mentor.name for e in bad)
    bad.sort(key=lambda e: (by(e.mentor.name), e.mentor.id))
    return Ranking(tuple(good), tuple(bad))


def suggest(
    requests: Iterable[Request], mentors: Iterable[Mentor], rules: Conventions, today: date
) -> Plan:
    """The best overall set for everyone waiting: as many pairings as the rules allow, and of
    those the set with the highest total score. Each mentor takes at most their room."""
    reqs = sorted(requests, key=lambda r: (r.since, r.id))
    ments = sorted((m for m in mentors if m.room > 0), key=lambda m: m.id)
    # Someone waiting for a sponsor of their own is not proposed as one in the same plan, so
    # a plan can never pair two people each as the other's sponsor. (They can still be chosen
    # by hand from a request's candidates.)
    asking = {r.member_id for r in reqs}
    ments = [m for m in ments if m.id not in asking]
    options = [
        [(j, points(r, m, rules, today)) for j, m in enumerate(ments)
         if not rules_broken(r, m, rules, today)]
        for r in reqs
    ]  # fmt: skip
    chosen = _assign(options, [m.room for m in ments])
    proposals, unmatched = [], []
    for r, col in zip(reqs, chosen, strict=True):
        if col is None:
            unmatched.append(r)
        else:  # the words only for the pairs proposed
            proposals.append(Proposal(r, score(r, ments[col], rules, today)))
    return Plan(tuple(proposals), tuple(unmatched))


def _assign(rows: Sequence[Sequence[tuple[int, int]]], room: Sequence[int]) -> list[int | None]:
    """Pick at most one column per row, at most ``room[j]`` rows per column, so that first the
    number of rows placed and then the sum of their scores is as large as possible.

    Min-cost flow by successive shortest paths, one row at a time. Each row may also go
    "nowhere" at a cost higher than any real pairing could make up for, so the count comes first.
    Nodes: rows 0..n-1, columns n..n+k-1, nowhere n+k, sink n+k+1.
    """
    n, k = len(rows), len(room)
    if n == 0:
        return []
    top = max((s for row in rows for _j, s in row), default=0)
    nowhere_cost = top + 1 + (top + 1) * n  # more than any total of scores
    nowhere, sink = n + k, n + k + 1
    cost = [{n + j: top - s for j, s in row} for row in rows]
    for edges_of in cost:
        edges_of[nowhere] = nowhere_cost
    pi = [0] * (n + k + 2)
    at: list[int] = [-1] * n  # node each row is placed at
    load = [0] * k
    holders: list[set[int]] = [set() for _i in range(k + 1)]  # rows at each column and nowhere
    inf = 1 << 62
    for r in range(n):
        pi[r] = max(pi[v] - c for v, c in cost[r].items())
        dist: dict[int, int] = {r: 0}
        prev: dict[int, int] = {}
        done: set[int] = set()
        heap: list[tuple[int, int]] = [(0, r)]
        while heap:
            d, u = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            if u == sink:
                break
            if u < n:  # a row: to any column it may use, except where it already is
                base, here = d + pi[u], at[u]
                for v, c in cost[u].items():
                    nd = base + c - pi[v]
                    if nd < dist.get(v, inf) and v != here:
                        dist[v] = nd
                        prev[v] = u
                        heapq.heappush(heap, (nd, v))
                continue
            # A column or nowhere: back to a row placed there, or on to the sink.
            col = u - n
            edges = [(q, pi[u] - pi[q] - cost[q][u]) for q in holders[col]]
            if u == nowhere or load[col] < room[col]:
                edges.append((sink, pi[u] - pi[sink]))
            for v, w in edges:
                nd = d + w
                if nd < dist.get(v, inf):
                    dist[v] = nd
                    prev[v] = u
                    heapq.heappush(heap, (nd, v))
        far = dist[sink]  # every node not settled before the sink is at least this far
        for v, d in dist.items():
            pi[v] += min(d, far)
        for v in range(n + k + 2):
            if v not in dist:
                pi[v] += far
        # Walk the path back from the sink, moving each row on it to its new place.
        v = prev[sink]
        if v < n + k:
            load[v - n] += 1
        while True:
            q = prev[v]  # the row that moves to v
            if at[q] >= 0:
                holders[at[q] - n].discard(q)
            at[q] = v
            holders[v - n].add(q)
            if q == r:
                break
            v = prev[q]
    return [a - n if a < n + k else None for a in at]
