"""Pairing use-cases: profiles, the group's conventions and focus areas, requests, candidates
and suggestions, and the life of a pairing (requested -> active -> ended) with its check-ins.

Each takes a Session and returns plain frozen records; callers own the transaction. Nothing
here becomes a pairing on its own: :func:`suggest_all` only proposes, and a person confirms
each proposal with :func:`confirm`. Dates a person gives are checked against ``today`` so a
check-in or a start cannot be recorded in the future.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from groupkeeper.collation import keyer
from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.group.models import LANGUAGES, Group, GroupKind
from groupkeeper.group.service import get_group
from groupkeeper.i18n import _, pgettext
from groupkeeper.lists import clean_tags
from groupkeeper.pairing.conventions import Conventions
from groupkeeper.pairing.models import (
    Status,
    checkin,
    focus_area,
    pairing,
    pairing_block,
    pairing_profile,
    profile_focus,
    request_focus,
)
from groupkeeper.roster.models import member
from groupkeeper.roster.service import member_names
from groupkeeper.text import format_date

if TYPE_CHECKING:
    from groupkeeper.pairing import matching
    from groupkeeper.pairing.matching import Plan, Ranking

# The matching engine is imported where it is used: the Home view reads this module at
# start-up and needs none of it.

MAX_CAPACITY = 10
MAX_MONTHS = 120
MAX_CHECKIN_DAYS = 365
MAX_NOTE = 20_000  # characters in a request's private note

# ---------------------------------------------------------------- words


@dataclass(frozen=True)
class RoleWords:
    """What the group calls the two sides of a pairing, as whole words in the language in
    force: "sponsor" and "sponsee" in a twelve-step group, "mentor" and "mentee" elsewhere.

    Every form is its own translated word (a French group's "parrains" is not "parrain" + "s"),
    and ``to_sponsor`` is the verb ("willing to sponsor"), which many languages say otherwise
    than the noun. The field names say the twelve-step words; a mentoring group's are in them.
    """

    sponsor: str
    sponsors: str
    Sponsor: str
    Sponsors: str
    sponsee: str
    sponsees: str
    Sponsee: str
    Sponsees: str
    to_sponsor: str


def role_words(kind: GroupKind | None) -> RoleWords:
    """The words for the two sides in a group of ``kind`` (translated when called)."""
    if kind is GroupKind.TWELVE_STEP:
        return RoleWords(
            sponsor=pgettext("noun", "sponsor"),
            sponsors=_("sponsors"),
            Sponsor=pgettext("noun", "Sponsor"),
            Sponsors=_("Sponsors"),
            sponsee=_("sponsee"),
            sponsees=_("sponsees"),
            Sponsee=_("Sponsee"),
            Sponsees=_("Sponsees"),
            to_sponsor=pgettext("verb", "sponsor"),
        )
    return RoleWords(
        sponsor=pgettext("noun", "mentor"),
        sponsors=_("mentors"),
        Sponsor=pgettext("noun", "Mentor"),
        Sponsors=_("Mentors"),
        sponsee=_("mentee"),
        sponsees=_("mentees"),
        Sponsee=_("Mentee"),
        Sponsees=_("Mentees"),
        to_sponsor=pgettext("verb", "mentor"),
    )


def group_role_words(s: Session) -> RoleWords:
    """The words for the two sides in this file's group."""
    group = get_group(s)
    return role_words(group.kind if group else None)


def language_name(code: str) -> str:
    """The English name of one of the welcome dialog's languages ("es" -> "Spanish")."""
    for c, label in LANGUAGES:
        if c == code:
            return label.split("(")[-1].rstrip(")") if "(" in label else label
    return ""


def clean_language(text: str) -> str:
    t = " ".join(text.split())[:60]
    return t[:1].upper() + t[1:]


def parse_languages(text: str) -> tuple[str, ...]:
    """Languages typed as "English, Spanish; Cree"."""
    return clean_tags(clean_language(p) for p in text.replace(";", ",").split(","))


# ---------------------------------------------------------------- conventions


def conventions(s: Session) -> Conventions:
    row = s.execute(select(Group.__table__).limit(1)).first()
    if row is None:
        return Conventions()
    return Conventions(row.same_gender, row.min_months, row.shared_language, row.checkin_days)


def set_conventions(s: Session, rules: Conventions) -> None:
    problems = []
    if not 0 <= rules.min_months <= MAX_MONTHS:
        problems.append(
            _("The minimum experience is a number of months from 0 to {most}.").format(
                most=MAX_MONTHS
            )
        )
    if not 1 <= rules.checkin_days <= MAX_CHECKIN_DAYS:
        problems.append(_("Check in every 1 to {most} days.").format(most=MAX_CHECKIN_DAYS))
    if problems:
        raise ValidationError(problems)
    s.execute(
        update(Group).values(
            same_gender=rules.same_gender,
            min_months=rules.min_months,
            shared_language=rules.shared_language,
            checkin_days=rules.checkin_days,
        )
    )


# ---------------------------------------------------------------- focus areas


def list_focus(s: Session) -> list[str]:
    return list(s.scalars(select(focus_area.c.name).order_by(focus_area.c.position)))


def _focus_ids(s: Session, names: Iterable[str]) -> list[int]:
    """The ids of these focus areas, adding any the group has not named before."""
    ids = []
    known = {n.casefold(): i for i, n in s.execute(select(focus_area.c.id, focus_area.c.name))}
    for name in clean_tags(names):
        if name.casefold() not in known:
            pos = s.scalar(select(func.coalesce(func.max(focus_area.c.position), -1))) or 0
            known[name.casefold()] = s.execute(
                focus_area.insert()
                .values(name=name[:80], position=pos + 1)
                .returning(focus_area.c.id)
            ).scalar_one()
        ids.append(known[name.casefold()])
    return ids


# ---------------------------------------------------------------- profiles


@dataclass(frozen=True)
class Profile:
    """A member's sponsor/mentor profile; also where an asker's own gender is kept."""

    willing: bool = False
    capacity: int = 1
    since: date | None = None
    focus: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    gender: str = ""
    availability: str = ""


@dataclass(frozen=True)
class MentorRow:
    member_id: int
    name: str
    profile: Profile
    taking: int  # active pairings as sponsor/mentor

    @property
    def room(self) -> int:
        return max(self.profile.capacity - self.taking, 0)


def _profiles(s: Session, only: int | None = None) -> dict[int, Profile]:
    q = select(pairing_profile)
    f = select(profile_focus.c.member_id, focus_area.c.name).join(
        focus_area, focus_area.c.id == profile_focus.c.focus_id
    )
    if only is not None:
        q = q.where(pairing_profile.c.member_id == only)
        f = f.where(profile_focus.c.member_id == only)
    focus: dict[int, list[str]] = defaultdict(list)
    for mid, name in s.execute(f.order_by(focus_area.c.position)):
        focus[mid].append(name)
    return {
        r.member_id: Profile(
            r.willing,
            r.capacity,
            r.since,
            tuple(focus[r.member_id]),
            tuple(x for x in r.languages.split("; ") if x),  # cleaned when saved
            r.gender,
            r.availability,
        )
        for r in s.execute(q)
    }


def get_profile(s: Session, member_id: int) -> Profile:
    return _profiles(s, member_id).get(member_id, Profile())


def check_profile(p: Profile, today: date) -> list[str]:
    problems = []
    if not 0 <= p.capacity <= MAX_CAPACITY:
        problems.append(
            _("'Can take' is a number of people from 0 to {most}.").format(most=MAX_CAPACITY)
        )
    elif p.willing and p.capacity == 0:
        problems.append(
            _(
                "Someone willing to help can take at least 1 person. Set 'Can take' to 1 or "
                "more, or untick 'Willing' for now."
            )
        )
    if p.since is not None and p.since > today:
        problems.append(
            _(
                "The experience start ({day}) is in the future. "
                "Choose today or an earlier date, or leave it blank."
            ).format(day=format_date(p.since))
        )
    if len(p.gender.strip()) > 50:
        problems.append(_("Keep the gender to a few words (50 characters at most)."))
    if len(p.availability) > 2000:
        problems.append(_("The availability note is too long (2,000 characters at most)."))
    return problems


def save_profile(s: Session, member_id: int, p: Profile, today: date) -> Profile:
    problems = check_profile(p, today)
    if problems:
        raise ValidationError(problems)
    if s.scalar(select(member.c.id).where(member.c.id == member_id)) is None:
        raise GroupKeeperError(_("That member no longer exists; they may have been deleted."))
    values = {
        "willing": p.willing,
        "capacity": p.capacity,
        "since": p.since,
        "languages": "; ".join(clean_tags(clean_language(x) for x in p.languages)),
        "gender": " ".join(p.gender.split()),
        "availability": p.availability.strip(),
    }
    s.execute(delete(pairing_profile).where(pairing_profile.c.member_id == member_id))
    s.execute(pairing_profile.insert().values(member_id=member_id, **values))
    s.execute(delete(profile_focus).where(profile_focus.c.member_id == member_id))
    ids = _focus_ids(s, p.focus)
    if ids:
        s.execute(profile_focus.insert(), [{"member_id": member_id, "focus_id": i} for i in ids])
    return get_profile(s, member_id)


def set_gender(s: Session, member_id: int, gender: str, today: date) -> None:
    """Record how a person describes their own gender (the request dialog asks it)."""
    save_profile(s, member_id, replace(get_profile(s, member_id), gender=gender), today)


def _taking(s: Session) -> dict[int, int]:
    rows = s.execute(
        select(pairing.c.mentor_id, func.count())
        .where(pairing.c.status == Status.ACTIVE)
        .group_by(pairing.c.mentor_id)
    )
    return {mid: n for mid, n in rows}


def list_mentors(s: Session) -> list[MentorRow]:
    """Active members willing to sponsor or mentor, by name, with how many they are helping
    now."""
    names = member_names(s)
    active = set(s.scalars(select(member.c.id).where(member.c.active.is_(True))))
    taking = _taking(s)
    rows = [
        MentorRow(mid, names[mid], p, taking.get(mid, 0))
        for mid, p in _profiles(s).items()
        if p.willing and mid in active
    ]
    by = keyer(r.name for r in rows)
    rows.sort(key=lambda r: (by(r.name), r.member_id))
    return rows


# ---------------------------------------------------------------- requests and pairings


@dataclass(frozen=True)
class RequestInput:
    """What a person asks for when they ask for a sponsor or mentor."""

    member_id: int
    asked_on: date
    language: str = ""
    focus: tuple[str, ...] = ()
    wants_gender: str = ""
    note: str = ""  # private
    gender: str | None = None
    """How the one asking describes their own gender, kept on their profile (the matching
    reads it from there); None leaves what is recorded as it is."""


@dataclass(frozen=True)
class Pairing:
    id: int
    status: Status
    seeker_id: int
    seeker: str
    mentor_id: int | None
    mentor: str
    asked_on: date
    language: str
    focus: tuple[str, ...]
    wants_gender: str
    note: str  # private
    started: date | None
    checkin_days: int
    next_due: date | None
    last_checkin: date | None
    ended: date | None
    end_reason: str  # private

    def overdue(self, today: date) -> bool:
        return self.status is Status.ACTIVE and self.next_due is not None and self.next_due < today

    def wants(self) -> str:
        """The request's preferences in words, for lists."""
        parts = [*self.focus]
        if self.language:
            parts.insert(0, self.language)
        if self.wants_gender:
            parts.append(_("asks for: {gender}").format(gender=self.wants_gender))
        return ", ".join(parts)


@dataclass(frozen=True)
class Checkin:
    id: int
    day: date
    note: str  # private


def list_pairings(
    s: Session, status: Status | None = None, *, only: int | None = None
) -> list[Pairing]:
    """Pairings (requests, active, ended or all), longest waiting or longest running first."""
    q = select(pairing)
    lasts = select(checkin.c.pairing_id, func.max(checkin.c.day)).group_by(checkin.c.pairing_id)
    f = select(request_focus.c.pairing_id, focus_area.c.name).join(
        focus_area, focus_area.c.id == request_focus.c.focus_id
    )
    if status is not None:
        q = q.where(pairing.c.status == status)
    if only is not None:
        q = q.where(pairing.c.id == only)
        lasts = lasts.where(checkin.c.pairing_id == only)
        f = f.where(request_focus.c.pairing_id == only)
    last = {pid: day for pid, day in s.execute(lasts)}
    focus: dict[int, list[str]] = defaultdict(list)
    for pid, name in s.execute(f.order_by(focus_area.c.position)):
        focus[pid].append(name)
    rows = s.execute(q).all()
    people = {r.seeker_id for r in rows} | {r.mentor_id for r in rows if r.mentor_id is not None}
    names = member_names(s, people if only is not None else None)
    out = [
        Pairing(
            r.id,
            r.status,
            r.seeker_id,
            names.get(r.seeker_id, "?"),
            r.mentor_id,
            names.get(r.mentor_id, "") if r.mentor_id is not None else "",
            r.asked_on,
            r.language,
            tuple(focus[r.id]),
            r.wants_gender,
            r.note,
            r.started,
            r.checkin_days,
            r.next_due,
            last.get(r.id),
            r.ended,
            r.end_reason,
        )
        for r in rows
    ]
    out.sort(key=lambda p: (p.ended or date.min, p.started or p.asked_on, p.id))
    return out


def get_pairing(s: Session, pairing_id: int) -> Pairing:
    for p in list_pairings(s, only=pairing_id):
        return p
    raise GroupKeeperError(_("That request or pairing no longer exists; it may have been deleted."))


def _require(s: Session, pairing_id: int, status: Status) -> Pairing:
    p = get_pairing(s, pairing_id)
    if p.status is not status:
        raise GroupKeeperError(_status_now(p).format(who=p.seeker))
    return p


def _status_now(p: Pairing) -> str:
    """Why a request or pairing no longer in the state an action needs cannot be acted on:
    a message with ``{who}`` to fill."""
    request = p.mentor_id is None
    if p.status is Status.REQUESTED:
        if request:
            return _(
                "{who}'s request is waiting now, so this cannot be done. "
                "Refresh the list and try again."
            )
        return _(
            "{who}'s pairing is waiting now, so this cannot be done. "
            "Refresh the list and try again."
        )
    if p.status is Status.ACTIVE:
        if request:
            return _(
                "{who}'s request is active now, so this cannot be done. "
                "Refresh the list and try again."
            )
        return _(
            "{who}'s pairing is active now, so this cannot be done. Refresh the list and try again."
        )
    if request:
        return _(
            "{who}'s request is ended now, so this cannot be done. Refresh the list and try again."
        )
    return _(
        "{who}'s pairing is ended now, so this cannot be done. Refresh the list and try again."
    )


def _check_request(s: Session, data: RequestInput, today: date, pairing_id: int | None) -> None:
    problems = []
    row = s.execute(select(member.c.active).where(member.c.id == data.member_id)).first()
    if row is None:
        raise GroupKeeperError(_("That member no longer exists; they may have been deleted."))
    if not row.active:
        problems.append(_("This member is marked inactive. Mark them active first."))
    if data.asked_on > today:
        problems.append(
            _(
                "The request date ({day}) is in the future. Choose today or the day they asked."
            ).format(day=format_date(data.asked_on))
        )
    if len(data.wants_gender.strip()) > 50:
        problems.append(_("Keep the gender asked for to a few words (50 characters at most)."))
    if len(data.note.strip()) > MAX_NOTE:
        problems.append(
            _("The note is too long ({most} characters at most).").format(most=f"{MAX_NOTE:,}")
        )
    waiting = s.scalar(
        select(pairing.c.id).where(
            pairing.c.seeker_id == data.member_id,
            pairing.c.status == Status.REQUESTED,
            pairing.c.id != (pairing_id or 0),
        )
    )
    if waiting is not None:
        problems.append(
            _("{who} is already waiting; edit that request instead.").format(
                who=member_names(s)[data.member_id]
            )
        )
    if problems:
        raise ValidationError(problems)


def _record_gender(s: Session, data: RequestInput, today: date) -> None:
    if data.gender is None:
        return
    if " ".join(data.gender.split()) != get_profile(s, data.member_id).gender:
        set_gender(s, data.member_id, data.gender, today)


def _request_values(data: RequestInput) -> dict[str, Any]:
    return {
        "seeker_id": data.member_id,
        "asked_on": data.asked_on,
        "language": clean_language(data.language),
        "wants_gender": " ".join(data.wants_gender.split()),
        "note": data.note.strip(),
    }


def _write_focus(s: Session, pairing_id: int, names: Iterable[str]) -> None:
    s.execute(delete(request_focus).where(request_focus.c.pairing_id == pairing_id))
    ids = _focus_ids(s, names)
    if ids:
        s.execute(request_focus.insert(), [{"pairing_id": pairing_id, "focus_id": i} for i in ids])


def create_request(s: Session, data: RequestInput, today: date) -> Pairing:
    """Someone asks for a sponsor or mentor: the request waits for a pairing. Their own
    gender, when given, is recorded on their profile in the same step."""
    _check_request(s, data, today, None)
    _record_gender(s, data, today)
    values = _request_values(data) | {
        "status": Status.REQUESTED,
        "checkin_days": conventions(s).checkin_days,
        "end_reason": "",
        "created_at": datetime.now().replace(microsecond=0),
    }
    new_id: int = s.execute(pairing.insert().values(**values).returning(pairing.c.id)).scalar_one()
    _write_focus(s, new_id, data.focus)
    return get_pairing(s, new_id)


def update_request(s: Session, pairing_id: int, data: RequestInput, today: date) -> Pairing:
    """Change a waiting request (and, when given, the asker's own gender)."""
    _require(s, pairing_id, Status.REQUESTED)
    _check_request(s, data, today, pairing_id)
    _record_gender(s, data, today)
    s.execute(update(pairing).where(pairing.c.id == pairing_id).values(**_request_values(data)))
    _write_focus(s, pairing_id, data.focus)
    return get_pairing(s, pairing_id)


MAX_REASON = 2000  # characters


def _check_reason(reason: str) -> None:
    if len(reason) > MAX_REASON:
        raise ValidationError(
            [_("Keep the reason short ({most} characters at most).").format(most=f"{MAX_REASON:,}")]
        )


def withdraw_request(s: Session, pairing_id: int, day: date, reason: str = "") -> None:
    """The person no longer wants a sponsor or mentor (or found one elsewhere)."""
    p = _require(s, pairing_id, Status.REQUESTED)
    _check_reason(reason)
    if day < p.asked_on:
        raise ValidationError(
            [
                _("Choose a date on or after the request ({day}).").format(
                    day=format_date(p.asked_on)
                )
            ]
        )
    s.execute(
        update(pairing)
        .where(pairing.c.id == pairing_id)
        .values(status=Status.ENDED, ended=day, end_reason=reason.strip())
    )


# ---------------------------------------------------------------- matching


def blocked_with(s: Session, member_id: int) -> set[int]:
    rows = s.execute(
        select(pairing_block).where(
            (pairing_block.c.member_id == member_id) | (pairing_block.c.other_id == member_id)
        )
    )
    return {r.other_id if r.member_id == member_id else r.member_id for r in rows}


def set_blocked(s: Session, a: int, b: int, on: bool) -> None:
    """Mark (or clear) "do not pair these two again"."""
    if a == b:
        raise ValidationError([_("A person cannot be kept apart from themselves.")])
    lo, hi = min(a, b), max(a, b)
    where = (pairing_block.c.member_id == lo) & (pairing_block.c.other_id == hi)
    s.execute(delete(pairing_block).where(where))
    if on:
        s.execute(pairing_block.insert().values(member_id=lo, other_id=hi))


def _engine_mentors(s: Session) -> list[matching.Mentor]:
    from groupkeeper.pairing import matching

    return [
        matching.Mentor(
            r.member_id,
            r.name,
            r.room,
            r.profile.capacity,
            r.profile.since,
            frozenset(r.profile.focus),
            frozenset(r.profile.languages),
            r.profile.gender,
        )
        for r in list_mentors(s)
    ]


def _engine_requests(s: Session, waiting: list[Pairing]) -> list[matching.Request]:
    from groupkeeper.pairing import matching

    blocks: dict[int, set[int]] = defaultdict(set)
    for r in s.execute(select(pairing_block)):
        blocks[r.member_id].add(r.other_id)
        blocks[r.other_id].add(r.member_id)
    current: dict[int, set[int]] = defaultdict(set)
    rows = s.execute(
        select(pairing.c.seeker_id, pairing.c.mentor_id).where(pairing.c.status == Status.ACTIVE)
    )
    for seeker, mentor in rows:  # either way round: nobody sponsors their own sponsor
        current[seeker].add(mentor)
        current[mentor].add(seeker)
    asking = {p.seeker_id for p in waiting}
    rows = s.execute(
        select(pairing_profile.c.member_id, pairing_profile.c.gender).where(
            pairing_profile.c.member_id.in_(asking)
        )
    )
    genders: dict[int, str] = {mid: gender for mid, gender in rows}
    return [
        matching.Request(
            p.id,
            p.seeker_id,
            p.seeker,
            p.asked_on,
            p.language,
            frozenset(p.focus),
            genders.get(p.seeker_id, ""),
            p.wants_gender,
            frozenset(blocks[p.seeker_id]),
            frozenset(current[p.seeker_id]),
        )
        for p in waiting
    ]


def candidates(s: Session, pairing_id: int, today: date) -> Ranking:
    """Everyone willing, ranked for this request with reasons, and who the rules exclude."""
    return _ranking(s, _require(s, pairing_id, Status.REQUESTED), today)


def _ranking(s: Session, p: Pairing, today: date) -> Ranking:
    from groupkeeper.pairing import matching

    [request] = _engine_requests(s, [p])
    return matching.rank(request, _engine_mentors(s), conventions(s), today)


def suggest_all(s: Session, today: date) -> Plan:
    """Proposals for everyone waiting: nothing is saved until a person confirms one."""
    waiting = list_pairings(s, Status.REQUESTED)
    requests = _engine_requests(s, waiting)
    from groupkeeper.pairing import matching

    return matching.suggest(requests, _engine_mentors(s), conventions(s), today)


def confirm(
    s: Session,
    pairing_id: int,
    mentor_id: int,
    start: date,
    today: date,
    checkin_days: int | None = None,
) -> Pairing:
    """Make a request an active pairing with ``mentor_id``, after checking every rule; they
    check in every ``checkin_days`` (by default, the group's interval)."""
    p = _require(s, pairing_id, Status.REQUESTED)
    days = conventions(s).checkin_days if checkin_days is None else checkin_days
    if not 1 <= days <= MAX_CHECKIN_DAYS:
        raise ValidationError([_("Check in every 1 to {most} days.").format(most=MAX_CHECKIN_DAYS)])
    roles = group_role_words(s)
    if mentor_id == p.seeker_id:
        raise ValidationError(
            [
                _("{who} cannot be their own {sponsor}. Choose someone else.").format(
                    who=p.seeker, sponsor=roles.sponsor
                )
            ]
        )
    if start > today:
        raise ValidationError(
            [
                _(
                    "The start date ({day}) is in the future. A pairing starts on the day both "
                    "agree; record it then, or choose today."
                ).format(day=format_date(start))
            ]
        )
    if start < p.asked_on:
        raise ValidationError(
            [_("The start date is before the request ({day}).").format(day=format_date(p.asked_on))]
        )
    ranking = _ranking(s, p, today)
    if not any(c.mentor.id == mentor_id for c in ranking.candidates):
        excluded = next((e for e in ranking.excluded if e.mentor.id == mentor_id), None)
        names = member_names(s)
        name = names[mentor_id] if mentor_id in names else _("This member")
        why = (
            excluded.describe()
            if excluded
            else _("has not said they are willing to {to_sponsor}").format(
                to_sponsor=roles.to_sponsor
            )
        )
        raise ValidationError(
            [
                _("{name} cannot be paired with {who}: {why}.").format(
                    name=name, who=p.seeker, why=why
                )
            ]
        )
    s.execute(
        update(pairing)
        .where(pairing.c.id == pairing_id)
        .values(
            status=Status.ACTIVE,
            mentor_id=mentor_id,
            started=start,
            checkin_days=days,
            next_due=start + timedelta(days=days),
        )
    )
    return get_pairing(s, pairing_id)


def _check_day(p: Pairing, day: date, today: date, checkin: bool) -> None:
    """A check-in's date (``checkin``) or a pairing's end date: not in the future, not before
    the pairing started."""
    if day > today:
        future = (
            _("The check-in date ({day}) is in the future. Choose today or earlier.")
            if checkin
            else _("The end date ({day}) is in the future. Choose today or earlier.")
        )
        raise ValidationError([future.format(day=format_date(day))])
    if p.started is not None and day < p.started:
        early = (
            _("The check-in date is before the pairing started ({day}).")
            if checkin
            else _("The end date is before the pairing started ({day}).")
        )
        raise ValidationError([early.format(day=format_date(p.started))])


def log_checkin(s: Session, pairing_id: int, day: date, note: str, today: date) -> Pairing:
    """Record a check-in; the next one falls due the pairing's interval after the latest."""
    p = _require(s, pairing_id, Status.ACTIVE)
    _check_day(p, day, today, checkin=True)
    if len(note) > 2000:
        raise ValidationError([_("Keep a check-in note short (2,000 characters at most).")])
    s.execute(checkin.insert().values(pairing_id=pairing_id, day=day, note=note.strip()))
    latest = max(day, p.last_checkin or day)
    s.execute(
        update(pairing)
        .where(pairing.c.id == pairing_id)
        .values(next_due=latest + timedelta(days=p.checkin_days))
    )
    return get_pairing(s, pairing_id)


def list_checkins(s: Session, pairing_id: int) -> list[Checkin]:
    rows = s.execute(
        select(checkin)
        .where(checkin.c.pairing_id == pairing_id)
        .order_by(checkin.c.day.desc(), checkin.c.id.desc())
    )
    return [Checkin(r.id, r.day, r.note) for r in rows]


def checkin_notes(s: Session, per_pairing: int) -> dict[int, list[Checkin]]:
    """The latest check-ins that have a note, at most ``per_pairing`` of each pairing's."""
    rows = s.execute(
        select(checkin)
        .where(checkin.c.note != "")
        .order_by(checkin.c.pairing_id, checkin.c.day.desc(), checkin.c.id.desc())
    )
    out: dict[int, list[Checkin]] = defaultdict(list)
    for r in rows:
        if len(out[r.pairing_id]) < per_pairing:
            out[r.pairing_id].append(Checkin(r.id, r.day, r.note))
    return out


def end_pairing(
    s: Session,
    pairing_id: int,
    day: date,
    reason: str,
    today: date,
    never_again: bool = False,
) -> Pairing:
    """End an active pairing with a private reason; optionally never suggest the two again."""
    p = _require(s, pairing_id, Status.ACTIVE)
    _check_day(p, day, today, checkin=False)
    _check_reason(reason)
    s.execute(
        update(pairing)
        .where(pairing.c.id == pairing_id)
        .values(status=Status.ENDED, ended=day, end_reason=reason.strip(), next_due=None)
    )
    if never_again and p.mentor_id is not None:
        set_blocked(s, p.seeker_id, p.mentor_id, True)
    return get_pairing(s, pairing_id)


# ---------------------------------------------------------------- home view


@dataclass(frozen=True)
class Home:
    waiting: int
    overdue: tuple[Pairing, ...]  # active pairings whose check-in is overdue, most overdue first


def home(s: Session, today: date) -> Home:
    due = [p for p in list_pairings(s, Status.ACTIVE) if p.overdue(today)]
    due.sort(key=lambda p: (p.next_due or today, p.id))
    return Home(home_counts(s, today).waiting, tuple(due))


@dataclass(frozen=True)
class HomeCounts:
    waiting: int  # requests nobody has been paired with yet
    overdue: int  # active pairings whose check-in is overdue


def home_counts(s: Session, today: date) -> HomeCounts:
    """How many are waiting and how many check-ins are overdue: numbers, never names, because
    Home is what anyone who sits down at a shared computer sees first."""
    count = select(func.count()).select_from(pairing)
    waiting = s.scalar(count.where(pairing.c.status == Status.REQUESTED))
    overdue = s.scalar(
        count.where(pairing.c.status == Status.ACTIVE, pairing.c.next_due < today)
    )  # as Pairing.overdue: a pairing with no next check-in (NULL) is never overdue
    return HomeCounts(waiting or 0, overdue or 0)
