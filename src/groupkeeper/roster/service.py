"""Roster use-cases: members, roles, what each series needs, filling and explaining the roster,
and elected positions. Each takes a Session and returns plain frozen records; callers own the
transaction (``with store.session() as s, s.begin(): ...``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, or_, select, tuple_, update
from sqlalchemy.orm import Session

from groupkeeper.collation import keyer
from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.group.models import Group
from groupkeeper.i18n import _, ngettext
from groupkeeper.roster import rotation
from groupkeeper.roster.models import (
    ELECTED_POSITIONS,
    assignment,
    blackout,
    member,
    member_avoid,
    member_role,
    position_term,
    role,
    series_role,
)
from groupkeeper.roster.rotation import Meeting, Problem, RoleKind, SlotKey
from groupkeeper.schedule import service as schedule
from groupkeeper.schedule.occurrences import Occurrence, Status
from groupkeeper.text import format_date, range_problem

MAX_LIMIT = 31  # turns a month, overall or in one role
MAX_INITIAL = 3  # characters of a last name kept: an initial or two, never the whole name
MAX_NEED = 10  # people one meeting needs in one role
MAX_TERM_MONTHS = 60  # an elected position's term
MAX_FILL_DAYS = 3 * 366 + 31  # "three years at a time", with a month to spare
MAX_NOTES = 20_000  # characters: pages of notes; a file's megabytes are refused
MAX_SHORT_NOTE = 2_000  # qualifications, the reason for a time away
HISTORY_DAYS = 366  # turns this far back count towards fairness
WARN_DAYS = 30  # the home view warns this long before a term ends

# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class RoleRecord:
    id: int
    name: str
    kind: RoleKind = RoleKind.OTHER
    experienced_only: bool = False
    position: int = 0


@dataclass(frozen=True)
class Blackout:
    first: date
    last: date
    reason: str = ""  # private: shown only in the member editor

    def describe(self) -> str:
        if self.first == self.last:
            return format_date(self.first)
        return f"{format_date(self.first)} – {format_date(self.last)}"


@dataclass(frozen=True)
class MemberInput:
    """What the member editor (or a CSV row) asks to save."""

    first_name: str
    last_initial: str = ""
    full_name: str = ""
    pronouns: str = ""
    phone: str = ""
    email: str = ""
    phone_list_ok: bool = False
    experienced: bool = False
    qualifications: str = ""
    notes: str = ""
    active: bool = True
    never_weekdays: frozenset[int] = frozenset()  # 0 = Monday
    monthly_limit: int | None = None
    roles: tuple[tuple[int, int | None], ...] = ()  # (role id, at most per month or None)
    blackouts: tuple[Blackout, ...] = ()
    avoid: frozenset[int] = frozenset()  # member ids

    @property
    def display_name(self) -> str:
        """First name and last initial: what every list and every page shows."""
        initial = self.last_initial.strip().rstrip(".")
        return f"{self.first_name.strip()} {initial}." if initial else self.first_name.strip()

    @property
    def role_ids(self) -> frozenset[int]:
        return frozenset(r for r, _limit in self.roles)


@dataclass(frozen=True)
class MemberRecord:
    id: int
    data: MemberInput

    @property
    def name(self) -> str:
        return self.data.display_name


@dataclass(frozen=True)
class Assignment:
    slot: SlotKey
    member_id: int
    locked: bool


@dataclass(frozen=True)
class RosterMeeting:
    """One meeting as the roster matrix shows it."""

    occurrence: Occurrence
    needs: tuple[tuple[int, int], ...]

    @property
    def key(self) -> tuple[int, date]:
        return (self.occurrence.series_id, self.occurrence.original_date)

    def slots(self) -> list[SlotKey]:
        o = self.occurrence
        return [
            SlotKey(o.series_id, o.original_date, r, i) for r, n in self.needs for i in range(n)
        ]


@dataclass(frozen=True)
class Candidate:
    member: MemberRecord
    problems: tuple[str, ...]  # hard rules broken (warnings when chosen by hand)
    notes: tuple[str, ...] = ()  # softer things worth knowing


@dataclass(frozen=True)
class FillResult:
    first: date
    last: date
    filled: int
    kept: int
    locked: int
    open: tuple[tuple[RosterMeeting, SlotKey, str], ...]
    conflicts: tuple[tuple[SlotKey, tuple[str, ...]], ...]
    roles: dict[int, str] = field(default_factory=dict)

    def summary_lines(self) -> list[str]:
        lines = [
            _(
                "Roster {first} to {last}: {filled} filled, {kept} kept, {locked} locked, "
                "{open} open."
            ).format(
                first=format_date(self.first), last=format_date(self.last), filled=self.filled,
                kept=self.kept, locked=self.locked, open=len(self.open),
            )
        ]  # fmt: skip
        for meeting, slot, reason in self.open:
            o = meeting.occurrence
            lines.append(
                "  "
                + _("Open: {day} {meeting}, {role}: {reason}").format(
                    day=format_date(o.day), meeting=o.series_name,
                    role=self.roles.get(slot.role, "?"), reason=reason,
                )
            )  # fmt: skip
        for slot, reasons in self.conflicts:
            lines.append(
                "  "
                + _("Locked but breaks a rule: {day} {role}: {reasons}").format(
                    day=format_date(slot.original), role=self.roles.get(slot.role, "?"),
                    reasons="; ".join(reasons),
                )
            )  # fmt: skip
        return lines


@dataclass(frozen=True)
class Term:
    id: int
    title: str
    member_id: int
    member_name: str
    started: date
    term_months: int
    ended: date | None

    @property
    def ends(self) -> date:
        ends: date = self.started + relativedelta(months=self.term_months)  # 31 Jul + 6 = 31 Jan
        return ends


# ---------------------------------------------------------------- roles


def list_roles(session: Session) -> list[RoleRecord]:
    rows = session.execute(select(role).order_by(role.c.position, role.c.id))
    return [RoleRecord(r.id, r.name, r.kind, r.experienced_only, r.position) for r in rows]


def role_names(session: Session) -> dict[int, str]:
    return {r.id: r.name for r in list_roles(session)}


def save_role(
    session: Session,
    name: str,
    kind: RoleKind = RoleKind.OTHER,
    experienced_only: bool = False,
    role_id: int | None = None,
) -> RoleRecord:
    """Add a role (``role_id`` None) or rename/change one."""
    name = name.strip()
    problems = []
    if not name:
        problems.append(_("Give the role a name, such as 'Reader'."))
    elif len(name) > 100:
        problems.append(_("A role's name is 100 characters at most."))
    same = session.execute(
        select(role.c.id).where(
            func.lower(role.c.name) == name.lower(), role.c.id != (role_id or -1)
        )
    ).first()
    if same is not None:
        problems.append(_("There is already a role called '{name}'.").format(name=name))
    if kind is not RoleKind.OTHER:
        taken = session.execute(
            select(role.c.name).where(role.c.kind == kind, role.c.id != (role_id or -1))
        ).first()
        if taken is not None:
            if kind is RoleKind.FACILITATOR:
                text = _("'{name}' is already the group's facilitator role.")
            else:
                text = _("'{name}' is already the group's co-facilitator role.")
            problems.append(text.format(name=taken.name))
    if problems:
        raise ValidationError(problems)
    values = {"name": name, "kind": kind, "experienced_only": experienced_only}
    if role_id is None:
        position = (session.scalar(select(func.max(role.c.position))) or 0) + 1
        role_id = session.execute(
            role.insert().values(position=position, **values).returning(role.c.id)
        ).scalar_one()
    else:
        session.execute(update(role).where(role.c.id == role_id).values(**values))
    assert role_id is not None
    return next(r for r in list_roles(session) if r.id == role_id)


def series_needs(session: Session, series_id: int) -> tuple[tuple[int, int], ...]:
    rows = session.execute(
        select(series_role.c.role_id, series_role.c.count.label("n"))
        .join(role, role.c.id == series_role.c.role_id)
        .where(series_role.c.series_id == series_id)
        .order_by(role.c.position, role.c.id)
    )
    return tuple((r.role_id, r.n) for r in rows)


def set_series_needs(
    session: Session, series_id: int, needs: Iterable[tuple[int, int]]
) -> tuple[tuple[int, int], ...]:
    """Which roles a series needs, how many of each (0 removes the role)."""
    needs = [(r, n) for r, n in needs if n]
    if any(not 0 < n <= MAX_NEED for _role, n in needs):
        raise ValidationError(
            [_("A meeting needs between 1 and {most} people in one role.").format(most=MAX_NEED)]
        )
    session.execute(delete(series_role).where(series_role.c.series_id == series_id))
    if needs:
        session.execute(
            series_role.insert(),
            [{"series_id": series_id, "role_id": r, "count": n} for r, n in needs],
        )
    # Slots that no longer exist lose their assignments (the second reader, a dropped role).
    mine = assignment.c.series_id == series_id
    session.execute(
        delete(assignment).where(mine, assignment.c.role_id.not_in([r for r, _n in needs]))
    )
    for rid, count in needs:
        session.execute(
            delete(assignment).where(mine, assignment.c.role_id == rid, assignment.c.slot >= count)
        )
    return series_needs(session, series_id)


def _all_needs(session: Session) -> dict[int, tuple[tuple[int, int], ...]]:
    out: dict[int, list[tuple[int, int]]] = defaultdict(list)
    rows = session.execute(
        select(series_role.c.series_id, series_role.c.role_id, series_role.c.count.label("n"))
        .join(role, role.c.id == series_role.c.role_id)
        .order_by(role.c.position, role.c.id)
    )
    for r in rows:
        out[r.series_id].append((r.role_id, r.n))
    return {k: tuple(v) for k, v in out.items()}


# ---------------------------------------------------------------- members


def _weekday_bits(days: Iterable[int]) -> int:
    return sum(1 << d for d in set(days))


def _weekdays(bits: int) -> frozenset[int]:
    return frozenset(d for d in range(7) if bits & (1 << d))


def list_members(
    session: Session, *, active_only: bool = False, only: int | None = None
) -> list[MemberRecord]:
    """Every member (or only the active ones, or only member ``only``), by name, with roles,
    blackouts and avoids."""
    links = select(member_role).join(role, role.c.id == member_role.c.role_id)
    times = select(blackout)
    pairs = select(member_avoid)
    query = select(member)
    if only is not None:
        links = links.where(member_role.c.member_id == only)
        times = times.where(blackout.c.member_id == only)
        pairs = pairs.where((member_avoid.c.member_id == only) | (member_avoid.c.other_id == only))
        query = query.where(member.c.id == only)
    roles: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for r in session.execute(links.order_by(role.c.position)):
        roles[r.member_id].append((r.role_id, r.monthly_limit))
    away: dict[int, list[Blackout]] = defaultdict(list)
    for b in session.execute(times.order_by(blackout.c.first_day)):
        away[b.member_id].append(Blackout(b.first_day, b.last_day, b.reason))
    avoid: dict[int, set[int]] = defaultdict(set)
    for a in session.execute(pairs):
        avoid[a.member_id].add(a.other_id)
        avoid[a.other_id].add(a.member_id)
    if active_only:
        query = query.where(member.c.active.is_(True))
    records = [
        MemberRecord(
            r.id,
            MemberInput(
                r.first_name,
                r.last_initial,
                r.full_name,
                r.pronouns,
                r.phone,
                r.email,
                r.phone_list_ok,
                r.experienced,
                r.qualifications,
                r.notes,
                r.active,
                _weekdays(r.never_weekdays),
                r.monthly_limit,
                tuple(roles[r.id]),
                tuple(away[r.id]),
                frozenset(avoid[r.id]),
            ),
        )
        for r in session.execute(query)
    ]
    by = keyer(m.name for m in records)
    records.sort(key=lambda m: (by(m.name), m.id))
    return records


def get_member(session: Session, member_id: int) -> MemberRecord:
    for m in list_members(session, only=member_id):
        return m
    raise GroupKeeperError(_("That member no longer exists; they may have been deleted."))


def find_member(session: Session, text: str) -> MemberRecord:
    """The one member a person means by ``text``: "Sam K.", "Sam K", "Sam" or a full name,
    in any case. Two members who share a first name need the initial."""
    want = " ".join(text.replace(".", " ").split()).casefold()
    if not want:
        raise GroupKeeperError(_('Say which member, such as --member "Sam K.".'))
    members = list_members(session)

    def forms(m: MemberRecord) -> set[str]:
        d = m.data
        names = {m.name, d.first_name, d.full_name}
        return {" ".join(n.replace(".", " ").split()).casefold() for n in names if n.strip()}

    exact = [m for m in members if want in forms(m)]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        names = ", ".join(m.name for m in exact)
        raise GroupKeeperError(
            ngettext(
                "{n} member is called '{text}' ({names}). "
                'Add the last initial, such as "{example}".',
                "{n} members are called '{text}' ({names}). "
                'Add the last initial, such as "{example}".',
                len(exact),
            ).format(n=len(exact), text=text.strip(), names=names, example=exact[0].name)
        )
    close = [m.name for m in members if want in m.name.casefold()][:5]
    if close:
        raise GroupKeeperError(
            _("No member is called '{text}'. Did you mean {names}?").format(
                text=text.strip(), names=", ".join(close)
            )
        )
    raise GroupKeeperError(_("No member is called '{text}'.").format(text=text.strip()))


def member_names(session: Session, ids: Iterable[int] | None = None) -> dict[int, str]:
    """Display names by id: every member's, or only those of ``ids``."""
    query = select(member.c.id, member.c.first_name, member.c.last_initial)
    if ids is not None:
        query = query.where(member.c.id.in_(set(ids)))
    rows = session.execute(query)
    return {r.id: MemberInput(r.first_name, r.last_initial).display_name for r in rows}


def check_member(session: Session, data: MemberInput, member_id: int | None = None) -> list[str]:
    """Every reason ``data`` cannot be saved, in plain words (empty when it can)."""
    return member_problems(data, role_names(session), member_id)


def member_problems(
    data: MemberInput, known: Mapping[int, str], member_id: int | None = None
) -> list[str]:
    """:func:`check_member` against roles already read (``known``: their names by id), for
    checking many members with one read."""
    problems = []
    if not data.first_name.strip():
        problems.append(_("Give the member a first name (a nickname is fine)."))
    elif len(data.first_name.strip()) > 100:
        problems.append(_("The first name is too long (100 characters at most)."))
    if len(data.last_initial.strip().rstrip(".")) > MAX_INITIAL:
        problems.append(_("Keep the last name to an initial or two, such as 'R'."))
    for text, limit, too_long in (
        (data.full_name, 200, _("The full name is too long ({most} characters at most).")),
        (data.pronouns, 50, _("The pronouns is too long ({most} characters at most).")),
        (data.phone, 50, _("The phone number is too long ({most} characters at most).")),
        (data.email, 200, _("The email address is too long ({most} characters at most).")),
        (data.qualifications, MAX_SHORT_NOTE,
         _("The qualifications are too long ({most} characters at most).")),
        (data.notes, MAX_NOTES, _("The notes are too long ({most} characters at most).")),
    ):  # fmt: skip
        if len(text.strip()) > limit:
            problems.append(too_long.format(most=f"{limit:,}"))
    if data.email.strip() and "@" not in data.email:
        problems.append(
            _("'{email}' does not look like an email address.").format(email=data.email.strip())
        )
    if data.monthly_limit is not None and not 1 <= data.monthly_limit <= MAX_LIMIT:
        problems.append(
            _("'At most ... times a month' is a number from 1 to {most}, or blank.").format(
                most=MAX_LIMIT
            )
        )
    for rid, cap in data.roles:
        if rid not in known:
            problems.append(
                _("One of the roles no longer exists; reopen the member to choose again.")
            )
        elif cap is not None and not 1 <= cap <= MAX_LIMIT:
            problems.append(
                _("The limit for {role} is a number from 1 to {most}, or blank.").format(
                    role=known[rid], most=MAX_LIMIT
                )
            )
    for b in data.blackouts:
        if len(b.reason.strip()) > MAX_SHORT_NOTE:
            problems.append(
                _("The reason for a time away is too long ({most} characters at most).").format(
                    most=f"{MAX_SHORT_NOTE:,}"
                )
            )
        if b.last < b.first:
            problems.append(
                _("A time away ends ({last}) before it starts ({first}). Swap the dates.").format(
                    last=format_date(b.last), first=format_date(b.first)
                )
            )
    if member_id is not None and member_id in data.avoid:
        problems.append(_("A member cannot be kept apart from themselves."))
    return problems


def _member_values(data: MemberInput) -> dict[str, Any]:
    return {
        "first_name": data.first_name.strip(),
        "last_initial": data.last_initial.strip().rstrip(".").upper(),
        "full_name": data.full_name.strip(),
        "pronouns": data.pronouns.strip(),
        "phone": data.phone.strip(),
        "email": data.email.strip(),
        "phone_list_ok": data.phone_list_ok,
        "experienced": data.experienced,
        "qualifications": data.qualifications.strip(),
        "notes": data.notes.strip(),
        "active": data.active,
        "never_weekdays": _weekday_bits(data.never_weekdays),
        "monthly_limit": data.monthly_limit,
    }


def _write_links(session: Session, member_id: int, data: MemberInput) -> None:
    session.execute(delete(member_role).where(member_role.c.member_id == member_id))
    if data.roles:
        session.execute(
            member_role.insert(),
            [{"member_id": member_id, "role_id": r, "monthly_limit": n} for r, n in data.roles],
        )
    session.execute(delete(blackout).where(blackout.c.member_id == member_id))
    if data.blackouts:
        session.execute(
            blackout.insert(),
            [
                {"member_id": member_id, "first_day": b.first, "last_day": b.last,
                 "reason": b.reason.strip()}
                for b in data.blackouts
            ],
        )  # fmt: skip
    session.execute(
        delete(member_avoid).where(
            (member_avoid.c.member_id == member_id) | (member_avoid.c.other_id == member_id)
        )
    )
    existing = set(session.scalars(select(member.c.id).where(member.c.id.in_(data.avoid))))
    pairs = sorted({(min(member_id, o), max(member_id, o)) for o in data.avoid if o in existing})
    if pairs:
        session.execute(member_avoid.insert(), [{"member_id": a, "other_id": b} for a, b in pairs])


def create_member(
    session: Session, data: MemberInput, member_id: int | None = None
) -> MemberRecord:
    problems = check_member(session, data)
    if problems:
        raise ValidationError(problems)
    values = _member_values(data) | {"created_at": datetime.now().replace(microsecond=0)}
    if member_id is not None:
        values["id"] = member_id
    new_id: int = session.execute(
        member.insert().values(**values).returning(member.c.id)
    ).scalar_one()
    _write_links(session, new_id, data)
    return get_member(session, new_id)


def update_member(session: Session, member_id: int, data: MemberInput) -> MemberRecord:
    problems = check_member(session, data, member_id)
    if problems:
        raise ValidationError(problems)
    done = session.execute(
        update(member).where(member.c.id == member_id).values(**_member_values(data))
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        raise GroupKeeperError(_("That member no longer exists; they may have been deleted."))
    _write_links(session, member_id, data)
    return get_member(session, member_id)


def add_members(session: Session, members: Sequence[MemberInput]) -> list[int]:
    """Add many members at once (an import): a few statements in all rather than several
    for each, so two thousand take a blink. Checked as :func:`create_member` checks one;
    nothing is added when any is wrong. Their ids, in the same order."""
    known = role_names(session)
    problems = [p for data in members for p in member_problems(data, known)]
    if problems:
        raise ValidationError(problems)
    if not members:
        return []
    now = datetime.now().replace(microsecond=0)
    # One statement for all, without RETURNING (several times slower row by row): within
    # this transaction the new rows are the ids above the highest before, in order.
    before = session.scalar(select(func.max(member.c.id))) or 0
    session.execute(member.insert(), [_member_values(d) | {"created_at": now} for d in members])
    ids = list(
        session.scalars(select(member.c.id).where(member.c.id > before).order_by(member.c.id))
    )
    if len(ids) != len(members):  # never guess whose row is whose
        raise GroupKeeperError(_("The members could not be added; nothing was saved."))
    roles = [
        {"member_id": mid, "role_id": r, "monthly_limit": n}
        for mid, data in zip(ids, members, strict=True)
        for r, n in data.roles
    ]
    away = [
        {"member_id": mid, "first_day": b.first, "last_day": b.last, "reason": b.reason.strip()}
        for mid, data in zip(ids, members, strict=True)
        for b in data.blackouts
    ]
    wanted = {o for data in members for o in data.avoid}
    existing = set(session.scalars(select(member.c.id).where(member.c.id.in_(wanted))))
    pairs = sorted(
        {
            (min(mid, o), max(mid, o))
            for mid, data in zip(ids, members, strict=True)
            for o in data.avoid
            if o in existing and o != mid
        }
    )
    for table, rows in ((member_role, roles), (blackout, away)):
        if rows:
            session.execute(table.insert(), rows)
    if pairs:
        session.execute(member_avoid.insert(), [{"member_id": a, "other_id": b} for a, b in pairs])
    return ids


def future_assignments(session: Session, member_id: int, today: date) -> list[Assignment]:
    """The member's turns at meetings held from ``today`` on, wherever they were moved."""
    moves = [c for c in schedule.list_changes(session, today, date.max) if c.new_date]
    moved_in = [(c.series_id, c.original_date) for c in moves if c.original_date < today]
    away = {(c.series_id, c.original_date) for c in moves if c.new_date and c.new_date < today}
    on_or_after: Any = assignment.c.meeting_date >= today
    if moved_in:
        key = tuple_(assignment.c.series_id, assignment.c.meeting_date)
        on_or_after = or_(on_or_after, key.in_(moved_in))
    rows = session.execute(
        select(assignment).where(assignment.c.member_id == member_id, on_or_after)
    )
    found = [_assignment(r) for r in rows]
    return [a for a in found if (a.slot.series_id, a.slot.original) not in away]


def delete_member(
    session: Session, member_id: int, today: date, refill: bool = False
) -> FillResult | None:
    """Delete a member and their history; their future turns are left open, or refilled."""
    future = future_assignments(session, member_id, today)
    session.execute(delete(member).where(member.c.id == member_id))
    if refill and future:
        # As far as the roster has been filled, so earlier gaps are filled too.
        last = session.scalar(select(func.max(assignment.c.meeting_date)))
        last = max(last or today, *(a.slot.original for a in future))
        return fill_roster(session, today, last, replace=False)
    return None


# ---------------------------------------------------------------- assignments


def _assignment(row: Any) -> Assignment:
    return Assignment(
        SlotKey(row.series_id, row.meeting_date, row.role_id, row.slot), row.member_id, row.locked
    )


def list_assignments(
    session: Session, first: date | None = None, last: date | None = None
) -> dict[SlotKey, Assignment]:
    """Turns at meetings scheduled from ``first`` to ``last``, and at meetings moved into
    those days from any distance (a week or a year)."""
    query = select(assignment)
    if first is not None and last is not None:
        inside: Any = assignment.c.meeting_date.between(first, last)
        moved = [
            (c.series_id, c.original_date)
            for c in schedule.list_changes(session, first, last)
            if c.new_date and first <= c.new_date <= last and not first <= c.original_date <= last
        ]
        if moved:
            key = tuple_(assignment.c.series_id, assignment.c.meeting_date)
            inside = or_(inside, key.in_(moved))
        query = query.where(inside)
    return {a.slot: a for a in map(_assignment, session.execute(query))}


def roster_meetings(session: Session, first: date, last: date) -> list[RosterMeeting]:
    """Meetings from ``first`` to ``last`` that need people (cancelled dates left out)."""
    needs = _all_needs(session)
    return [
        RosterMeeting(o, needs[o.series_id])
        for o in schedule.occurrences(session, first, last)
        if o.status is not Status.CANCELLED and needs.get(o.series_id)
    ]


def _people(members: Sequence[MemberRecord]) -> tuple[rotation.Person, ...]:
    return tuple(
        rotation.Person(
            m.id,
            m.name,
            m.data.role_ids,
            m.data.experienced,
            m.data.never_weekdays,
            tuple((b.first, b.last) for b in m.data.blackouts),
            m.data.monthly_limit,
            tuple((r, n) for r, n in m.data.roles if n is not None),
            m.data.avoid,
        )
        for m in members
        if m.data.active
    )


def _pair_rule(session: Session) -> bool:
    return bool(session.scalar(select(Group.__table__.c.pair_new_facilitators).limit(1)))


def set_pair_new_facilitators(session: Session, on: bool) -> None:
    session.execute(update(Group).values(pair_new_facilitators=on))


def pair_new_facilitators(session: Session) -> bool:
    return _pair_rule(session)


def _problem(
    session: Session,
    meetings: Sequence[RosterMeeting],
    assigned: dict[SlotKey, Assignment],
    keep: bool,
    with_history: bool = True,
) -> Problem:
    """The engine's input for ``meetings``; ``with_history`` adds the year of turns before
    them (not wanted when ``meetings`` already reach back that far)."""
    history: list[rotation.Past] = []
    if with_history:
        first = min((m.occurrence.day for m in meetings), default=date.today())
        inside = {m.key for m in meetings}
        history = [
            rotation.Past(a.member_id, a.slot.role, a.slot.series_id, a.slot.original)
            for a in list_assignments(session, first - timedelta(days=HISTORY_DAYS), first).values()
            if a.slot.original < first and (a.slot.series_id, a.slot.original) not in inside
        ]
    return Problem(
        meetings=tuple(
            Meeting(m.occurrence.series_id, m.occurrence.original_date, m.occurrence.day, m.needs)
            for m in meetings
        ),
        roles=tuple(
            rotation.Role(r.id, r.name, r.kind, r.experienced_only) for r in list_roles(session)
        ),
        people=_people(list_members(session, active_only=True)),
        locked={k: a.member_id for k, a in assigned.items() if a.locked},
        kept={k: a.member_id for k, a in assigned.items() if keep and not a.locked},
        history=tuple(history),
        pair_new_facilitators=_pair_rule(session),
    )


def check_fill_range(first: date, last: date) -> list[str]:
    """Why the roster cannot be filled from ``first`` to ``last``, in words (empty when it
    can): the fill dialog asks this before it closes, and :func:`plan_fill` refuses the same."""
    if bad_range := range_problem(first, last):
        return [bad_range]
    if (last - first).days > MAX_FILL_DAYS:
        return [_("Fill at most three years at a time.")]
    return []


@dataclass(frozen=True)
class FillPlan:
    """A roster worked out but not yet saved: :func:`plan_fill` only reads, so it can run
    off the window's thread; :func:`apply_fill` writes it in one short transaction."""

    first: date
    last: date
    meetings: frozenset[tuple[int, date]]  # (series, original date) of each meeting filled
    existing: dict[SlotKey, Assignment]  # their turns as they were read
    rows: tuple[dict[str, Any], ...]  # the turns to write
    result: FillResult


def plan_fill(
    session: Session,
    first: date,
    last: date,
    replace: bool = False,
    *,
    progress: rotation.Progress | None = None,
    stop: rotation.Stop | None = None,
) -> FillPlan:
    """Choose who serves at every meeting from ``first`` to ``last``, without saving.

    Locked turns never move. Other existing turns are kept while they still follow every
    rule (``replace=False``), or all chosen afresh (``replace=True``). ``progress(done,
    total)`` hears of each meeting filled; once ``stop`` is set the engine raises
    :class:`~groupkeeper.roster.rotation.Stopped` at the next meeting.
    """
    if problems := check_fill_range(first, last):
        raise ValidationError(problems)
    meetings = roster_meetings(session, first, last)
    keys = {m.key for m in meetings}
    existing = {k: a for k, a in list_assignments(session, first, last).items()
                if (k.series_id, k.original) in keys}  # fmt: skip
    problem = _problem(session, meetings, existing, keep=not replace)
    roster = rotation.fill(problem, progress=progress, stop=stop)
    wrong = rotation.check(problem, roster)
    if wrong:  # never save a roster that breaks a rule: this is a bug, not the user's doing
        raise GroupKeeperError(
            _("The roster could not be filled safely: {problems}").format(
                problems="; ".join(wrong[:3])
            )
        )
    rows = tuple(
        {"series_id": k.series_id, "meeting_date": k.original, "role_id": k.role,
         "slot": k.index, "member_id": who, "locked": False}
        for k, who in roster.assigned.items()
        if k not in problem.locked
    )  # fmt: skip
    by_key = {m.key: m for m in meetings}
    kept = len(roster.kept)
    result = FillResult(
        first,
        last,
        filled=len(rows) - kept,
        kept=kept,
        locked=len(problem.locked),
        open=tuple(
            (by_key[(k.series_id, k.original)], k, why) for k, why in sorted(roster.open.items())
        ),
        conflicts=tuple((k, tuple(v)) for k, v in sorted(roster.conflicts.items())),
        roles=role_names(session),
    )
    return FillPlan(first, last, frozenset(keys), existing, rows, result)


def apply_fill(session: Session, plan: FillPlan) -> FillResult:
    """Save a roster worked out by :func:`plan_fill`, replacing the turns it chose again.

    The plan was made from the turns as they were; if a turn at one of its meetings changed
    since (say, a lock set by hand meanwhile), nothing is saved and the person is asked to
    fill again. (Members changed meanwhile are the caller's to notice: the window plans
    while its progress keeps other changes out, and checks its undo history before saving.)
    """
    now = list_assignments(session, plan.first, plan.last)
    if {k: a for k, a in now.items() if (k.series_id, k.original) in plan.meetings} != (
        plan.existing
    ):
        raise GroupKeeperError(
            _("The roster changed while it was being filled, so nothing was saved. Fill it again.")
        )
    replaced = sorted(
        {(a.slot.series_id, a.slot.original) for a in plan.existing.values() if not a.locked}
    )
    if replaced:
        session.execute(
            delete(assignment).where(
                assignment.c.locked.is_(False),
                tuple_(assignment.c.series_id, assignment.c.meeting_date).in_(replaced),
            )
        )
    if plan.rows:
        session.execute(assignment.insert(), list(plan.rows))
    return plan.result


def fill_roster(session: Session, first: date, last: date, replace: bool = False) -> FillResult:
    """Fill every meeting from ``first`` to ``last`` in the caller's transaction (see
    :func:`plan_fill`)."""
    return apply_fill(session, plan_fill(session, first, last, replace))


def _slot_where(slot: SlotKey) -> list[Any]:
    return [
        assignment.c.series_id == slot.series_id,
        assignment.c.meeting_date == slot.original,
        assignment.c.role_id == slot.role,
        assignment.c.slot == slot.index,
    ]


def assignment_at(session: Session, slot: SlotKey) -> Assignment | None:
    row = session.execute(select(assignment).where(*_slot_where(slot))).first()
    return None if row is None else _assignment(row)


def put_assignment(session: Session, slot: SlotKey, member_id: int | None, locked: bool) -> None:
    """Set one cell by hand (``member_id`` None leaves it open)."""
    session.execute(delete(assignment).where(*_slot_where(slot)))
    if member_id is None:
        return
    here = session.execute(
        select(assignment.c.role_id).where(
            assignment.c.series_id == slot.series_id,
            assignment.c.meeting_date == slot.original,
            assignment.c.member_id == member_id,
        )
    ).first()
    if here is not None:
        names = role_names(session)
        raise ValidationError(
            [_("{member} already serves as {role} at this meeting. Clear that first.").format(
                member=member_names(session).get(member_id, _("They")),
                role=names.get(here.role_id, _("another role")))]
        )  # fmt: skip
    session.execute(
        assignment.insert().values(
            series_id=slot.series_id, meeting_date=slot.original, role_id=slot.role,
            slot=slot.index, member_id=member_id, locked=locked,
        )
    )  # fmt: skip


def set_locked(session: Session, slot: SlotKey, locked: bool) -> None:
    session.execute(update(assignment).where(*_slot_where(slot)).values(locked=locked))


def swap(session: Session, a: SlotKey, b: SlotKey) -> None:
    """Exchange the people in two cells (either may be open)."""
    first, second = assignment_at(session, a), assignment_at(session, b)
    for slot in (a, b):
        session.execute(delete(assignment).where(*_slot_where(slot)))
    if second is not None:
        put_assignment(session, a, second.member_id, second.locked)
    if first is not None:
        put_assignment(session, b, first.member_id, first.locked)


# ---------------------------------------------------------------- explaining


def _context(session: Session, slot: SlotKey) -> tuple[Problem, rotation.Roster]:
    """A problem around one slot (its month and the year before) and the roster as saved."""
    year, margin = timedelta(days=HISTORY_DAYS), timedelta(days=31)
    around = roster_meetings(session, slot.original - year - 2 * margin, slot.original + 2 * margin)
    meeting = next((m for m in around if m.key == (slot.series_id, slot.original)), None)
    if meeting is None:
        raise GroupKeeperError(_("That meeting is not on the schedule any more."))
    first = meeting.occurrence.day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    meetings = [m for m in around if first - year <= m.occurrence.day <= last]
    assigned = list_assignments(session, first - year, last)
    problem = _problem(session, meetings, assigned, keep=False, with_history=False)
    roster = rotation.Roster({k: a.member_id for k, a in assigned.items()}, {}, {}, {})
    return problem, roster


def candidates(session: Session, slot: SlotKey) -> list[Candidate]:
    """Everyone active and willing for the slot's role, the rule-abiding first, each with
    what choosing them would break (shown as warnings beside their name)."""
    problem, roster = _context(session, slot)
    judge = rotation.Judge(problem, roster, slot)
    members = {m.id: m for m in list_members(session, active_only=True)}
    out = []
    for person in problem.people:
        if slot.role in person.roles:
            hard, soft = judge.against(person.id)
            out.append(Candidate(members[person.id], tuple(hard), tuple(soft)))
    by = keyer(c.member.name for c in out)
    out.sort(key=lambda c: (bool(c.problems), len(c.notes), by(c.member.name)))
    return out


def explain(session: Session, slot: SlotKey, member_id: int | None = None) -> list[str]:
    """Why the person in ``slot`` is there, or (``member_id``) why that person is not."""
    problem, roster = _context(session, slot)
    names = member_names(session)
    held = roster.assigned.get(slot)
    judge = rotation.Judge(problem, roster, slot)
    if member_id is None or member_id == held:
        others = {k: v for k, v in roster.assigned.items() if k != slot}
        if held is None:
            refill = rotation.fill(replace(problem, locked=others))
            return [refill.open.get(slot) or _("Open: fill the roster to choose someone.")]
        broken, _soft = judge.against(held)
        if broken:
            return broken
        current = assignment_at(session, slot)
        if current is not None and current.locked:
            return [
                _("{member} was locked into this turn by hand.").format(member=names.get(held, "?"))
            ]
        again = rotation.fill(replace(problem, locked=others))
        if again.assigned.get(slot) == held:
            return [again.reasons[slot]]
        return [
            _("{member} was chosen by hand or before later changes.").format(
                member=names.get(held, "?")
            )
        ]
    hard, soft = judge.against(member_id)
    if hard or soft:
        return hard or soft
    if member_id not in names:
        return [_("They could take this turn.")]
    return [_("{member} could take this turn.").format(member=names[member_id])]


def conflicts(session: Session, first: date, last: date) -> dict[SlotKey, list[str]]:
    """Existing turns from ``first`` to ``last`` that break a rule now (a blackout added after
    the roster was filled, a member made inactive...)."""
    meetings = roster_meetings(session, first, last)
    return conflicts_in(session, meetings, list_assignments(session, first, last))


def broken_turns(session: Session, member_id: int, today: date) -> list[tuple[SlotKey, list[str]]]:
    """A member's turns from ``today`` on that now break a rule (a time away just added...)."""
    future = {a.slot for a in future_assignments(session, member_id, today)}
    if not future:
        return []
    found = conflicts(session, today, max(s.original for s in future) + timedelta(days=1))
    return sorted((k, v) for k, v in found.items() if k in future)


def conflicts_in(
    session: Session, meetings: Sequence[RosterMeeting], assigned: dict[SlotKey, Assignment]
) -> dict[SlotKey, list[str]]:
    """:func:`conflicts` for meetings and turns the caller has already read."""
    keys = {m.key for m in meetings}
    here = {k: a.member_id for k, a in assigned.items() if (k.series_id, k.original) in keys}
    if not here:
        return {}
    return rotation.audit(_problem(session, meetings, {}, keep=False, with_history=False), here)


# ---------------------------------------------------------------- elected positions


def list_terms(session: Session) -> list[Term]:
    names = member_names(session)
    rows = session.execute(
        select(position_term).order_by(position_term.c.title, position_term.c.started.desc())
    )
    return [
        Term(
            r.id,
            r.title,
            r.member_id,
            names.get(r.member_id, "?"),
            r.started,
            r.term_months,
            r.ended,
        )
        for r in rows
    ]


def start_term(
    session: Session, title: str, member_id: int, started: date, term_months: int
) -> Term:
    """A member takes up an elected position; whoever held it before steps down that day."""
    title = title.strip()
    problems = []
    if not title:
        problems.append(_("Name the position, such as 'Secretary'."))
    if not 1 <= term_months <= MAX_TERM_MONTHS:
        problems.append(_("A term lasts from 1 to {most} months.").format(most=MAX_TERM_MONTHS))
    if problems:
        raise ValidationError(problems)
    session.execute(
        update(position_term)
        .where(position_term.c.title == title, position_term.c.ended.is_(None))
        .values(ended=started)
    )
    session.execute(
        position_term.insert().values(
            title=title, member_id=member_id, started=started, term_months=term_months
        )
    )
    return next(t for t in list_terms(session) if t.title == title and t.ended is None)


def current_terms(session: Session) -> list[Term]:
    return [t for t in list_terms(session) if t.ended is None]


def terms_ending(session: Session, today: date, within: int = WARN_DAYS) -> list[Term]:
    return _ending(current_terms(session), today, within)


def _ending(terms: Iterable[Term], today: date, within: int = WARN_DAYS) -> list[Term]:
    return [t for t in terms if t.ends <= today + timedelta(days=within)]


def position_titles(session: Session) -> list[str]:
    used = [t.title for t in list_terms(session)]
    return list(dict.fromkeys([*(_(title) for title in ELECTED_POSITIONS), *used]))


# ---------------------------------------------------------------- home view


@dataclass(frozen=True)
class Home:
    meeting: RosterMeeting | None
    serving: tuple[tuple[str, str], ...]  # (role, name or "" when open)
    terms: tuple[Term, ...]  # the elected positions held now
    terms_ending: tuple[Term, ...]
    conflicts: int
    open_soon: int  # open turns in the next four weeks


def home(session: Session, today: date) -> Home:
    """What a volunteer opens the app to find out: the next meeting and who serves."""
    soon = today + timedelta(days=27)
    needs = _all_needs(session)
    upcoming = [
        o for o in schedule.occurrences(session, today, today + timedelta(days=60))
        if o.status is not Status.CANCELLED
    ]  # fmt: skip
    meetings = [
        RosterMeeting(o, needs[o.series_id])
        for o in upcoming
        if o.day <= soon and needs.get(o.series_id)
    ]
    assigned = list_assignments(session, today, soon)
    names, roles = member_names(session), role_names(session)
    serving: list[tuple[str, str]] = []
    meeting: RosterMeeting | None = None
    if upcoming:
        nxt = upcoming[0]
        meeting = RosterMeeting(nxt, needs.get(nxt.series_id, ()))
        for slot in meeting.slots():
            a = assigned.get(slot)
            serving.append((roles.get(slot.role, "?"), names.get(a.member_id, "") if a else ""))
    open_soon = sum(1 for m in meetings for s in m.slots() if s not in assigned)
    terms = current_terms(session)
    return Home(
        meeting,
        tuple(serving),
        tuple(terms),
        tuple(_ending(terms, today)),
        len(conflicts_in(session, meetings, assigned)),
        open_soon,
    )
