"""The rotation engine: who serves in which role at which meeting, fairly, with its reasons.

Pure Python: plain frozen records in, plain records out; no database, no Qt. The service
layer builds a :class:`Problem` from the group file and writes the :class:`Roster` back.

How a roster is filled
----------------------
Meetings are taken in date order. At each meeting the assignments that stay (locked by hand,
or kept from an earlier fill) are placed first; then each open slot is filled, facilitator
first, then co-facilitator, then the remaining roles scarcest first (fewest people who could
take them), so a rare volunteer is not spent on a common job.

*Hard rules* decide who may take a slot at all, and are never broken to fill one: willing (and
experienced, where the role asks for it), not on a blackout date or a weekday they never do,
not already serving at this meeting, under their monthly limits (overall and per role), not
with someone they should not serve with, and, when the group asks for it, an experienced
co-facilitator beside a newer facilitator. When nobody passes, the slot stays open with the
reason in words.

*Fairness* orders the people who pass, in this order of importance:

1. not the role they held at the previous meeting of this series;
2. fewest turns so far (history plus this roster), so counts stay balanced;
3. fewest turns in this role;
4. longest waiting since their last turn (never served counts as longest);
5. a fixed, even-handed tie-break (a hash of person and date), so equal people take turns
   rather than the lowest id always winning.

The same problem always gives the same roster.
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from groupkeeper.i18n import _, ngettext
from groupkeeper.schedule.recurrence import day_names, numbered_date

Progress = Callable[[int, int], None]
"""Told (meetings filled, meetings in all) as a fill goes."""


class Stop(Protocol):
    """Set by someone else (a Cancel button) to ask long work to stop: a ``threading.Event``."""

    def is_set(self) -> bool: ...


class Stopped(Exception):
    """The work was asked to stop (``stop`` was set) before it finished."""


class RoleKind(enum.Enum):
    """Roles the engine treats specially; every other role is ``OTHER``."""

    FACILITATOR = "facilitator"
    CO_FACILITATOR = "co_facilitator"
    OTHER = "other"


@dataclass(frozen=True)
class Role:
    id: int
    name: str
    kind: RoleKind = RoleKind.OTHER
    experienced_only: bool = False


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    roles: frozenset[int]
    experienced: bool = False
    never_weekdays: frozenset[int] = frozenset()  # 0 = Monday
    blackouts: tuple[tuple[date, date], ...] = ()  # inclusive ranges
    monthly_limit: int | None = None
    role_limits: tuple[tuple[int, int], ...] = ()  # (role id, at most per month)
    avoid: frozenset[int] = frozenset()  # people not to serve with at one meeting

    def role_limit(self, role: int) -> int | None:
        for rid, limit in self.role_limits:
            if rid == role:
                return limit
        return None

    def away_on(self, day: date) -> tuple[date, date] | None:
        for first, last in self.blackouts:
            if first <= day <= last:
                return (first, last)
        return None


@dataclass(frozen=True, order=True)
class SlotKey:
    """One place to fill: a meeting (series and its scheduled date), a role, and which one
    of that role (0 for the first reader, 1 for the second...)."""

    series_id: int
    original: date
    role: int
    index: int = 0


@dataclass(frozen=True)
class Meeting:
    series_id: int
    original: date  # the scheduled date: the meeting's identity
    day: date  # the date it actually happens (differs when moved)
    needs: tuple[tuple[int, int], ...]  # (role id, how many)

    def slots(self) -> list[SlotKey]:
        return [
            SlotKey(self.series_id, self.original, role, i)
            for role, count in self.needs
            for i in range(count)
        ]


@dataclass(frozen=True)
class Past:
    """A turn served before the roster's range: it counts towards fairness."""

    person: int
    role: int
    series_id: int
    day: date


@dataclass(frozen=True)
class Problem:
    meetings: tuple[Meeting, ...]
    roles: tuple[Role, ...]
    people: tuple[Person, ...]
    # Assignments that stay where they are: locked ones always; kept ones while still allowed.
    locked: Mapping[SlotKey, int] = field(default_factory=dict)
    kept: Mapping[SlotKey, int] = field(default_factory=dict)
    history: tuple[Past, ...] = ()
    pair_new_facilitators: bool = False


@dataclass(frozen=True)
class Roster:
    assigned: dict[SlotKey, int]
    open: dict[SlotKey, str]  # slot -> why nobody could take it
    reasons: dict[SlotKey, str]  # slot -> why this person
    conflicts: dict[SlotKey, list[str]]  # locked slots that now break a rule -> which
    kept: frozenset[SlotKey] = frozenset()  # slots that kept their earlier person


# ---------------------------------------------------------------------------- bookkeeping


def _month(day: date) -> tuple[int, int]:
    return (day.year, day.month)


def _tie(person: int, day: date) -> int:
    """Even-handed, deterministic tie-break: a multiplicative hash of person and date."""
    return ((person * 2654435761) ^ (day.toordinal() * 40503)) & 0xFFFFFFFF


class _Ledger:
    """Who served when: counts, last turns and monthly totals as the fill proceeds."""

    def __init__(self, history: Iterable[Past]) -> None:
        self.total: Counter[int] = Counter()
        self.by_role: Counter[tuple[int, int]] = Counter()
        self.last: dict[int, date] = {}
        self.month: Counter[tuple[int, tuple[int, int]]] = Counter()
        self.month_role: Counter[tuple[int, tuple[int, int], int]] = Counter()
        # series -> person -> roles held at that series' most recent meeting
        self.previous: dict[int, dict[int, set[int]]] = {}
        last_meeting: dict[int, date] = {}
        for past in sorted(history, key=lambda p: (p.day, p.series_id, p.person)):
            self.count(past.person, past.role, past.day)
            if last_meeting.get(past.series_id) != past.day:
                last_meeting[past.series_id] = past.day
                self.previous[past.series_id] = {}
            self.previous[past.series_id].setdefault(past.person, set()).add(past.role)

    def count(self, person: int, role: int, day: date, months: bool = True) -> None:
        self.total[person] += 1
        self.by_role[(person, role)] += 1
        if self.last.get(person, date.min) < day:
            self.last[person] = day
        if months:
            self.month[(person, _month(day))] += 1
            self.month_role[(person, _month(day), role)] += 1


@dataclass
class _Context:
    """What is already decided at one meeting while its slots are being filled."""

    meeting: Meeting
    here: dict[int, int] = field(default_factory=dict)  # person -> role at this meeting
    facilitator_new: bool = False  # the (first) facilitator here is not experienced
    co_new: bool = False  # the (first) co-facilitator here is not experienced


# ---------------------------------------------------------------------------- the engine


class _Engine:
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.roles = {r.id: r for r in problem.roles}
        self.people = {p.id: p for p in sorted(problem.people, key=lambda p: p.id)}
        self.ledger = _Ledger(problem.history)
        # Only the willing (and, where asked, experienced) are ever considered for a role.
        self.willing: dict[int, list[Person]] = {
            r.id: [
                p
                for p in self.people.values()
                if r.id in p.roles and (p.experienced or not r.experienced_only)
            ]
            for r in problem.roles
        }
        # "Not with" works both ways, whoever recorded it.
        self.avoid: dict[int, set[int]] = {p.id: set(p.avoid) for p in self.people.values()}
        for p in self.people.values():
            for other in p.avoid:
                self.avoid.setdefault(other, set()).add(p.id)

    # -- rules ------------------------------------------------------------------

    def blockers(self, person: Person, slot: SlotKey, ctx: _Context) -> list[str]:
        """Every hard rule ``person`` would break by taking ``slot``, in words."""
        return [words for _kind, words in self.blocked(person, slot, ctx)]

    def blocked(self, person: Person, slot: SlotKey, ctx: _Context) -> list[tuple[str, str]]:
        """The hard rules ``person`` would break by taking ``slot``: (kind, words) pairs, the
        kind being one of ``_KIND_WORDS``' keys, so open slots can sum them up."""
        role = self.roles[slot.role]
        day = ctx.meeting.day
        out: list[tuple[str, str]] = []
        if slot.role not in person.roles:
            out.append(("willing", _("not willing to be {role}").format(role=role.name)))
        elif role.experienced_only and not person.experienced:
            out.append(
                ("experience", _("{role} is for experienced members").format(role=role.name))
            )
        away = person.away_on(day)
        if away is not None:
            out.append(("away", _away(*away)))
        if day.weekday() in person.never_weekdays:
            out.append(("weekday", _cannot_do(day)))
        held = ctx.here.get(person.id)
        if held is not None:
            out.append(
                ("busy", _("already {role} at this meeting").format(role=self.roles[held].name))
            )
        ledger, month = self.ledger, _month(day)
        cap = person.monthly_limit
        if cap is not None and ledger.month[(person.id, month)] >= cap:
            out.append(("limit", _serving_limit(cap)))
        cap = person.role_limit(slot.role)
        if cap is not None and ledger.month_role[(person.id, month, slot.role)] >= cap:
            out.append(("limit", _role_limit(role.name, cap)))
        clash = sorted(
            self.people[other].name
            for other in self.avoid.get(person.id, ())
            if other in ctx.here and other != person.id
        )
        if clash:
            out.append(("avoid", _("does not serve with {names}").format(names=", ".join(clash))))
        if self.problem.pair_new_facilitators and slot.index == 0 and not person.experienced:
            if role.kind is RoleKind.CO_FACILITATOR and ctx.facilitator_new:
                out.append(
                    (
                        "experience",
                        _("the facilitator is newer, so the co-facilitator must be experienced"),
                    )
                )
            if role.kind is RoleKind.FACILITATOR and ctx.co_new:
                out.append(
                    (
                        "experience",
                        _("the co-facilitator is newer too; one of them must be experienced"),
                    )
                )
        return out

    def allowed(self, person: Person, slot: SlotKey, role: Role, ctx: _Context) -> bool:
        """``not blockers(...)``, fast: the fill asks this hundreds of thousands of times.
        Assumes ``person`` is willing (taken from ``self.willing``)."""
        day = ctx.meeting.day
        pid = person.id
        if pid in ctx.here or day.weekday() in person.never_weekdays:
            return False
        for first, last in person.blackouts:
            if first <= day <= last:
                return False
        ledger, month = self.ledger, (day.year, day.month)
        if person.monthly_limit is not None and (
            ledger.month[(pid, month)] >= person.monthly_limit
        ):
            return False
        if person.role_limits:
            limit = person.role_limit(slot.role)
            if limit is not None and ledger.month_role[(pid, month, slot.role)] >= limit:
                return False
        avoid = self.avoid.get(pid)
        if avoid and not avoid.isdisjoint(ctx.here):
            return False
        if self.problem.pair_new_facilitators and slot.index == 0 and not person.experienced:
            if role.kind is RoleKind.CO_FACILITATOR and ctx.facilitator_new:
                return False
            if role.kind is RoleKind.FACILITATOR and ctx.co_new:
                return False
        return True

    def _fairness(self, person: Person, slot: SlotKey, ctx: _Context) -> tuple[int, ...]:
        ledger = self.ledger
        repeat = slot.role in ledger.previous.get(slot.series_id, {}).get(person.id, ())
        last = ledger.last.get(person.id)
        waited = -(ctx.meeting.day - last).days if last else -(10**6)
        return (
            int(repeat),
            ledger.total[person.id],
            ledger.by_role[(person.id, slot.role)],
            waited,
            _tie(person.id, ctx.meeting.day),
        )

    # -- filling ----------------------------------------------------------------

    def _place(self, person: int, slot: SlotKey, ctx: _Context) -> None:
        ctx.here[person] = slot.role
        kind = self.roles[slot.role].kind
        if slot.index == 0 and kind is not RoleKind.OTHER:
            p = self.people.get(person)
            new = p is not None and not p.experienced
            if kind is RoleKind.FACILITATOR:
                ctx.facilitator_new = new
            else:
                ctx.co_new = new

    def _order(self, slots: list[SlotKey], ctx: _Context) -> list[SlotKey]:
        def rank(slot: SlotKey) -> tuple[int, int, int, int]:
            first = self._lead(slot)
            role = self.roles[slot.role]
            able = sum(1 for p in self.willing[slot.role] if self.allowed(p, slot, role, ctx))
            return (first, able if first == 2 else 0, slot.role, slot.index)

        return sorted(slots, key=rank)

    def fill(self, progress: Progress | None = None, stop: Stop | None = None) -> Roster:
        problem, ledger = self.problem, self.ledger
        assigned: dict[SlotKey, int] = {}
        open_: dict[SlotKey, str] = {}
        reasons: dict[SlotKey, str] = {}
        conflicts: dict[SlotKey, list[str]] = {}
        kept_slots: set[SlotKey] = set()
        meetings = sorted(problem.meetings, key=lambda m: (m.day, m.series_id, m.original))
        wanted = {s for m in meetings for s in m.slots()}
        locked = {k: v for k, v in problem.locked.items() if k in wanted and v in self.people}
        kept = {
            k: v
            for k, v in problem.kept.items()
            if k in wanted and k not in locked and v in self.people
        }
        # Locked turns count towards monthly limits from the start: a limit of two a month
        # with a locked turn on the 28th leaves one turn for the rest of the month.
        day_of = {(m.series_id, m.original): m.day for m in meetings}
        for slot, who in locked.items():
            self._month_count(who, slot, day_of[(slot.series_id, slot.original)], +1)

        for done, meeting in enumerate(meetings):
            if stop is not None and stop.is_set():
                raise Stopped
            if progress is not None:
                progress(done, len(meetings))
            ctx = _Context(meeting)
            slots = meeting.slots()
            todo: list[SlotKey] = []
            for slot in sorted(slots, key=lambda s: (self._lead(s), s.role, s.index)):
                if slot in locked:
                    person = self.people[locked[slot]]
                    # Judge it against the meeting without its own monthly count.
                    self._month_count(person.id, slot, meeting.day, -1)
                    broken = self.blockers(person, slot, ctx)
                    self._month_count(person.id, slot, meeting.day, +1)
                    if broken:
                        conflicts[slot] = broken
                    self._place(person.id, slot, ctx)
                    assigned[slot] = person.id
                    reasons[slot] = _("Locked by hand.")
                else:
                    todo.append(slot)
            for slot in list(todo):
                if slot in kept:
                    person = self.people[kept[slot]]
                    if not self.blockers(person, slot, ctx):
                        self._take(person.id, slot, ctx, assigned)
                        reasons[slot] = _("Kept from the earlier roster.")
                        kept_slots.add(slot)
                        todo.remove(slot)
            for slot in self._order(todo, ctx):
                role = self.roles[slot.role]
                able = [p for p in self.willing[slot.role] if self.allowed(p, slot, role, ctx)]
                if not able:
                    open_[slot] = self.why_open(slot, ctx)
                    continue
                ranked = sorted(able, key=lambda p: self._fairness(p, slot, ctx))
                chosen = ranked[0]
                reasons[slot] = self._why_chosen(chosen, slot, ctx, ranked)
                self._take(chosen.id, slot, ctx, assigned)
            # Locked turns: their monthly count was taken up front.
            for slot in slots:
                if slot in locked:
                    ledger.count(locked[slot], slot.role, meeting.day, months=False)
            ledger.previous[meeting.series_id] = {}
            for slot in slots:
                if slot in assigned:
                    roles = ledger.previous[meeting.series_id].setdefault(assigned[slot], set())
                    roles.add(slot.role)
        return Roster(assigned, open_, reasons, conflicts, frozenset(kept_slots))

    def _lead(self, slot: SlotKey) -> int:
        """Facilitator first, then co-facilitator, then every other role."""
        kind = self.roles[slot.role].kind
        return {RoleKind.FACILITATOR: 0, RoleKind.CO_FACILITATOR: 1}.get(kind, 2)

    def _month_count(self, person: int, slot: SlotKey, day: date, step: int) -> None:
        self.ledger.month[(person, _month(day))] += step
        self.ledger.month_role[(person, _month(day), slot.role)] += step

    def _take(
        self, person: int, slot: SlotKey, ctx: _Context, assigned: dict[SlotKey, int]
    ) -> None:
        assigned[slot] = person
        self._place(person, slot, ctx)
        self.ledger.count(person, slot.role, ctx.meeting.day)

    # -- explaining ---------------------------------------------------------------

    def why_open(self, slot: SlotKey, ctx: _Context) -> str:
        role = self.roles[slot.role]
        willing = [p for p in self.people.values() if slot.role in p.roles]
        if not willing:
            return _("Nobody has said they are willing to be {role}.").format(role=role.name)
        kinds: Counter[str] = Counter()
        for p in willing:
            found = self.blocked(p, slot, ctx)
            kinds[found[0][0] if found else "free"] += 1
        n = len(willing)
        if len(kinds) == 1:
            (only,) = kinds
            return _none_fitted(only, n, ctx.meeting.day)
        parts = [_kind_count(k, count) for k, count in sorted(kinds.items())]
        # TRANSLATORS: {reasons} is a list such as "1 away, 2 at their limit".
        text = ngettext("{n} willing: {reasons}.", "{n} willing: {reasons}.", n)
        return text.format(n=n, reasons=", ".join(parts))

    def _why_chosen(
        self, chosen: Person, slot: SlotKey, ctx: _Context, ranked: list[Person]
    ) -> str:
        ledger = self.ledger
        turns = ledger.total[chosen.id]
        free = len(ranked)
        if free == 1:
            return _("The only one who could serve.")
        runner = ranked[1]
        role = self.roles[slot.role].name
        mine, theirs = self._fairness(chosen, slot, ctx), self._fairness(runner, slot, ctx)
        # Whole sentences, each beginning "{n} could serve" (n is always 2 or more).
        if mine[0] < theirs[0]:
            text = ngettext(
                "{n} could serve; {other} was {role} last time.",
                "{n} could serve; {other} was {role} last time.",
                free,
            )
        elif mine[1] < theirs[1]:
            text = ngettext(
                "{n} could serve; fewest turns so far ({turns}, next {next}).",
                "{n} could serve; fewest turns so far ({turns}, next {next}).",
                free,
            )
        elif mine[2] < theirs[2]:
            turns = mine[2]  # in this role
            text = ngettext(
                "{n} could serve; fewest turns as {role} ({turns}).",
                "{n} could serve; fewest turns as {role} ({turns}).",
                free,
            )
        elif mine[3] < theirs[3]:
            last = ledger.last.get(chosen.id)
            if last is None:
                text = ngettext(
                    "{n} could serve; has never served.", "{n} could serve; has never served.", free
                )
            else:
                text = ngettext(
                    "{n} could serve; waiting longest (since {day}).",
                    "{n} could serve; waiting longest (since {day}).",
                    free,
                )
                return text.format(n=free, day=numbered_date(last))
        else:
            text = ngettext(
                "{n} could serve; level with {other} and others; turns go round in turn.",
                "{n} could serve; level with {other} and others; turns go round in turn.",
                free,
            )
        return text.format(n=free, other=runner.name, role=role, turns=turns, next=theirs[1])


def _kind_count(kind: str, n: int) -> str:
    """How many of the willing one hard rule kept out: "2 away", "1 at their limit"."""
    match kind:
        case "away":
            text = ngettext("{n} away", "{n} away", n)
        case "weekday":
            text = ngettext("{n} can't do that day", "{n} can't do that day", n)
        case "busy":
            text = ngettext("{n} already serving", "{n} already serving", n)
        case "limit":
            text = ngettext("{n} at their limit", "{n} at their limit", n)
        case "avoid":
            text = ngettext("{n} not with someone serving", "{n} not with someone serving", n)
        case "experience":
            text = ngettext("{n} not experienced enough", "{n} not experienced enough", n)
        case "free":
            text = ngettext("{n} free", "{n} free", n)
        case _other:  # "willing"
            text = ngettext("{n} not willing", "{n} not willing", n)
    return text.format(n=n)


def _none_fitted(kind: str, n: int, day: date) -> str:
    """Why an open slot is open when every one of the ``n`` willing was kept out by one kind
    of rule: "1 willing, away that week.", "2 willing, both away that week.", "4 willing, all
    away that week."."""
    days = day_names((day.weekday(),), plural=True)
    match kind:
        case "away":
            one = _("1 willing, away that week.")
            two = _("2 willing, both away that week.")
            many = ngettext(
                "{n} willing, all away that week.", "{n} willing, all away that week.", n
            )
        case "weekday":
            # TRANSLATORS: {days} is a day name, in English in the plural ("Tuesdays").
            one = _("1 willing, can't do {days}.")
            two = _("2 willing, both can't do {days}.")
            many = ngettext(
                "{n} willing, all can't do {days}.", "{n} willing, all can't do {days}.", n
            )
        case "busy":
            one = _("1 willing, already serving at this meeting.")
            two = _("2 willing, both already serving at this meeting.")
            many = ngettext(
                "{n} willing, all already serving at this meeting.",
                "{n} willing, all already serving at this meeting.",
                n,
            )
        case "limit":
            one = _("1 willing, at their monthly limit.")
            two = _("2 willing, both at their monthly limit.")
            many = ngettext(
                "{n} willing, all at their monthly limit.",
                "{n} willing, all at their monthly limit.",
                n,
            )
        case "avoid":
            one = _("1 willing, asked not to serve with someone already serving.")
            two = _("2 willing, both asked not to serve with someone already serving.")
            many = ngettext(
                "{n} willing, all asked not to serve with someone already serving.",
                "{n} willing, all asked not to serve with someone already serving.",
                n,
            )
        case "experience":
            one = _("1 willing, not experienced enough for it.")
            two = _("2 willing, both not experienced enough for it.")
            many = ngettext(
                "{n} willing, all not experienced enough for it.",
                "{n} willing, all not experienced enough for it.",
                n,
            )
        case _other:  # "free"
            one = _("1 willing, free (none fitted).")
            two = _("2 willing, both free (none fitted).")
            many = ngettext(
                "{n} willing, all free (none fitted).", "{n} willing, all free (none fitted).", n
            )
    text = one if n == 1 else two if n == 2 else many
    return text.format(n=n, days=days)


def _away(first: date, last: date) -> str:
    if first == last:
        return _("away on {day}").format(day=numbered_date(first))
    # TRANSLATORS: {first} is a day and month ("03 Jan"), {last} a whole date ("10 Jan 2026").
    return _("away {first} to {last}").format(
        first=numbered_date(first, year=False), last=numbered_date(last)
    )


def _cannot_do(day: date) -> str:
    # TRANSLATORS: {days} is a day name, in English in the plural ("Tuesdays").
    return _("can't do {days}").format(days=day_names((day.weekday(),), plural=True))


def _serving_limit(n: int) -> str:
    if n == 1:
        return _("already serving once that month (their limit)")
    if n == 2:
        return _("already serving twice that month (their limit)")
    return ngettext(
        "already serving {n} time that month (their limit)",
        "already serving {n} times that month (their limit)",
        n,
    ).format(n=n)


def _role_limit(role: str, n: int) -> str:
    if n == 1:
        return _("already {role} once that month (their limit)").format(role=role)
    if n == 2:
        return _("already {role} twice that month (their limit)").format(role=role)
    return ngettext(
        "already {role} {n} time that month (their limit)",
        "already {role} {n} times that month (their limit)",
        n,
    ).format(role=role, n=n)


# ---------------------------------------------------------------------------- public API


def fill(problem: Problem, *, progress: Progress | None = None, stop: Stop | None = None) -> Roster:
    """Fill every slot of every meeting in ``problem`` (see the module docstring).

    ``progress`` hears before each meeting how many are done; once ``stop`` is set, the
    fill raises :class:`Stopped` before the next meeting (it never returns half a roster)."""
    return _Engine(problem).fill(progress, stop)


class Judge:
    """Why each person does or does not hold one slot of a roster as it stands.

    Rebuilds, once, the state the fill saw at that slot: turns before the meeting, the whole
    month's turns for limits, the series' previous meeting, and who else serves at it. Then
    :meth:`against` answers for any number of people.
    """

    def __init__(self, problem: Problem, roster: Roster, slot: SlotKey) -> None:
        self.problem, self.roster, self.slot = problem, roster, slot
        engine = self.engine = _Engine(problem)
        day_of = {(m.series_id, m.original): m.day for m in problem.meetings}
        meeting = next(
            m
            for m in problem.meetings
            if (m.series_id, m.original) == (slot.series_id, slot.original)
        )
        ledger = engine.ledger
        earlier = [
            m for m in problem.meetings if m.series_id == slot.series_id and m.day < meeting.day
        ]
        previous = max(earlier, key=lambda m: m.day) if earlier else None
        if previous is not None:
            ledger.previous[slot.series_id] = {}
        self.ctx = ctx = _Context(meeting)
        for other, who in sorted(roster.assigned.items()):
            day = day_of.get((other.series_id, other.original))
            if other == slot or day is None:  # this turn, or a meeting outside the problem
                continue
            if day < meeting.day:
                ledger.count(who, other.role, day)
            elif _month(day) == _month(meeting.day):
                engine._month_count(who, other, day, +1)
            if previous is not None and (other.series_id, other.original) == (
                previous.series_id,
                previous.original,
            ):
                ledger.previous[slot.series_id].setdefault(who, set()).add(other.role)
            if (other.series_id, other.original) == (slot.series_id, slot.original):
                engine._place(who, other, ctx)

    def against(self, person_id: int) -> tuple[list[str], list[str]]:
        """(hard rules broken, softer reasons) against ``person_id`` holding the slot. Both
        are empty when they hold it, or could and are level with whoever does."""
        engine, slot, ctx = self.engine, self.slot, self.ctx
        person = engine.people.get(person_id)
        if person is None:
            return [_("not an active member")], []
        found = engine.blockers(person, slot, ctx)
        if found:
            return found, []
        holder = self.roster.assigned.get(slot)
        rival = engine.people.get(holder) if holder is not None else None
        if rival is None or holder == person_id:
            return [], []
        role = engine.roles[slot.role].name
        mine, theirs = engine._fairness(person, slot, ctx), engine._fairness(rival, slot, ctx)
        if mine[0] > theirs[0]:
            soft = _("was {role} at the previous meeting")
        elif mine[1] > theirs[1]:
            soft = _("has had more turns ({mine}) than {other} ({theirs})")
        elif mine[2] > theirs[2]:
            soft = _("has been {role} more often than {other}")
        elif mine[3] > theirs[3]:
            soft = _("served more recently than {other}")
        elif slot in self.problem.locked:
            soft = _("{other} was locked in by hand")
        else:
            soft = _("level with {other}; it was {other}'s turn")
        return [], [soft.format(role=role, other=rival.name, mine=mine[1], theirs=theirs[1])]


def why_not(problem: Problem, roster: Roster, slot: SlotKey, person_id: int) -> list[str]:
    """Why ``person_id`` does not hold ``slot`` in ``roster``: the hard rules they would break,
    or, when none, why the person who holds it was ahead of them."""
    hard, soft = Judge(problem, roster, slot).against(person_id)
    return hard or soft


def audit(problem: Problem, assigned: Mapping[SlotKey, int]) -> dict[SlotKey, list[str]]:
    """The hard rules each existing assignment breaks now (a blackout added later, a limit
    lowered, an inactive person): slot -> reasons, only for slots with a problem."""
    engine = _Engine(problem)
    meetings = {(m.series_id, m.original): m for m in problem.meetings}
    at: dict[tuple[int, date], list[tuple[SlotKey, int]]] = defaultdict(list)
    for slot, who in assigned.items():
        meeting = meetings.get((slot.series_id, slot.original))
        if meeting is None:
            continue
        at[(slot.series_id, slot.original)].append((slot, who))
        engine._month_count(who, slot, meeting.day, +1)
    out: dict[SlotKey, list[str]] = {}
    for key, here in at.items():
        meeting = meetings[key]
        for slot, who in here:
            person = engine.people.get(who)
            if person is None:
                out[slot] = [_("no longer an active member")]
                continue
            ctx = _Context(meeting)
            for other, other_who in sorted(here):
                if other != slot:
                    engine._place(other_who, other, ctx)
            engine._month_count(who, slot, meeting.day, -1)
            found = engine.blockers(person, slot, ctx)
            engine._month_count(who, slot, meeting.day, +1)
            if found:
                out[slot] = found
    return out


def check(problem: Problem, roster: Roster) -> list[str]:
    """Every hard rule the roster breaks, outside locked slots (empty when all is well).

    Used by the tests and by the service as a last line of defence before saving. The words
    are a diagnosis for whoever fixes the bug (ids, ISO dates), so they are not translated.
    """
    roles = {r.id: r for r in problem.roles}
    people = {p.id: p for p in problem.people}
    meetings = {(m.series_id, m.original): m for m in problem.meetings}
    by_meeting: dict[tuple[int, date], dict[int, SlotKey]] = defaultdict(dict)
    month: Counter[tuple[int, tuple[int, int]]] = Counter()
    month_role: Counter[tuple[int, tuple[int, int], int]] = Counter()
    problems: list[str] = []
    for slot, who in sorted(roster.assigned.items()):
        meeting = meetings[(slot.series_id, slot.original)]
        here = by_meeting[(slot.series_id, slot.original)]
        if who in here:
            problems.append(f"{who} holds two roles on {meeting.day}")
        here[who] = slot
        month[(who, _month(meeting.day))] += 1
        month_role[(who, _month(meeting.day), slot.role)] += 1
    for slot, who in roster.assigned.items():
        if slot in problem.locked:
            continue
        p, role = people[who], roles[slot.role]
        meeting = meetings[(slot.series_id, slot.original)]
        day, m = meeting.day, _month(meeting.day)
        if slot.role not in p.roles or (role.experienced_only and not p.experienced):
            problems.append(f"{p.name} is not willing/qualified for {role.name} on {day}")
        if p.away_on(day) or day.weekday() in p.never_weekdays:
            problems.append(f"{p.name} is unavailable on {day}")
        if p.monthly_limit is not None and month[(who, m)] > p.monthly_limit:
            problems.append(f"{p.name} is over their monthly limit in {m}")
        limit = p.role_limit(slot.role)
        if limit is not None and month_role[(who, m, slot.role)] > limit:
            problems.append(f"{p.name} is over their {role.name} limit in {m}")
        here = by_meeting[(slot.series_id, slot.original)]
        for other in here:
            if other != who and (other in p.avoid or who in people[other].avoid):
                problems.append(f"{p.name} serves with someone they avoid on {day}")
    if problem.pair_new_facilitators:
        for here in by_meeting.values():
            lead = {
                roles[s.role].kind: (who, s)
                for who, s in here.items()
                if s.index == 0 and roles[s.role].kind is not RoleKind.OTHER
            }
            if len(lead) < 2:
                continue
            fac, fac_slot = lead[RoleKind.FACILITATOR]
            co, co_slot = lead[RoleKind.CO_FACILITATOR]
            both_locked = fac_slot in problem.locked and co_slot in problem.locked
            if not (people[fac].experienced or people[co].experienced or both_locked):
                problems.append(f"newer facilitator, newer co on {fac_slot.original}")
    return problems
