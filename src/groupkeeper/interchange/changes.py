"""What to send the intergroup: how our meetings differ from their meeting list.

An intergroup's listing is often out of date, and its change-request form asks for a complete
description and the group's service number. This compares the group's own meetings, as
GroupKeeper would list them (:func:`meeting_guide.feed_data`), with the group's entries in the
intergroup's feed, both read by the same reader (:func:`meeting_guide.read_feed`) so that
nothing differs only in how it is written (HTML, "7:00 PM", the order of the types). Entries
are matched by the list's slug where GroupKeeper kept one, then by name and weekday, then by
time, weekday and place. What is left is added or removed; a matched pair that differs is
changed, field by field.

The result reads as a plain-text message to paste into the intergroup's form, and
``export/changes.py`` prints it as a page.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from groupkeeper.group.service import require_group
from groupkeeper.i18n import _, group_locale, ngettext, speaking
from groupkeeper.interchange import meeting_guide as mg
from groupkeeper.interchange.meeting_guide import Feed, FeedMeeting
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import attendance_words
from groupkeeper.schedule.recurrence import describe, join_words
from groupkeeper.text import format_date

ADDED, CHANGED, REMOVED = "added", "changed", "removed"


@dataclass(frozen=True)
class FieldChange:
    label: str  # "Time", in the person's words
    theirs: str  # as the list has it ("" when it has none)
    ours: str


@dataclass(frozen=True)
class MeetingChange:
    kind: str  # ADDED, CHANGED or REMOVED
    name: str
    when: str  # "Tue, Thu 19:00"
    fields: tuple[FieldChange, ...]  # what differs; for an added meeting, all of it


@dataclass(frozen=True)
class ChangeRequest:
    group: str
    listed_as: str  # the group's name in the intergroup's list
    service_number: str
    district: str
    made: date
    changes: tuple[MeetingChange, ...]
    same: int  # meetings the list already has right
    locale: str = "en"  # the group's: its words are the group's, wherever they are shown

    def text(self) -> str:
        """The message to paste into the intergroup's change-request form."""
        with speaking(self.locale):
            return self._text()

    def _text(self) -> str:
        lines = [_("Meeting list changes for {group}").format(group=self.group)]
        if self.listed_as and self.listed_as.casefold() != self.group.casefold():
            lines.append(_("Listed as: {name}").format(name=self.listed_as))
        if self.service_number:
            lines.append(_("Service number: {number}").format(number=self.service_number))
        if self.district:
            lines.append(_("District or intergroup: {district}").format(district=self.district))
        lines.append(_("Made on {day}").format(day=format_date(self.made)))
        lines.append("")
        if not self.changes:
            lines.append(_("Your list has every one of our meetings right. Thank you."))
            return "\n".join(lines) + "\n"
        for change in self.changes:
            lines.append(heading(change))
            for f in change.fields:
                if change.kind == ADDED:
                    # TRANSLATORS: one field of a new meeting: "Time: 19:00".
                    line = _("{label}: {value}").format(label=f.label, value=f.ours)
                else:
                    # TRANSLATORS: a field the list has wrong: "Time: 18:30 → 19:00".
                    line = _("{label}: {was} → {now}").format(
                        label=f.label, was=f.theirs or "—", now=f.ours or "—"
                    )
                lines.append("  " + line)
            lines.append("")
        if self.same:
            said = ngettext(
                "{n} other meeting is listed right.",
                "{n} other meetings are listed right.",
                self.same,
            )
            lines.append(said.format(n=self.same))
        return "\n".join(lines).rstrip() + "\n"


def heading(change: MeetingChange) -> str:
    values = {"name": change.name, "when": change.when}
    if change.kind == ADDED:
        return _("New meeting: {name} ({when})").format(**values)
    if change.kind == REMOVED:
        return _("Please remove: {name} ({when}), which no longer meets").format(**values)
    return _("Changed: {name} ({when})").format(**values)


# ---------------------------------------------------------------- comparing


def _days(m: FeedMeeting) -> str:
    return m.when.rsplit(" ", 1)[0]  # "Tue, Thu 19:00" without its time


def _attendance(m: FeedMeeting) -> str:
    return attendance_words(m.online.attendance)


def _end(m: FeedMeeting) -> str:
    minutes = m.start.hour * 60 + m.start.minute + m.minutes
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _repeat(m: FeedMeeting) -> str:
    return describe(m.repeat, date(2000, 1, 1)) if m.repeat is not None else _("Every week")


def _fields(labels: dict[str, str]) -> tuple[tuple[str, Callable[[FeedMeeting], str]], ...]:
    def types(m: FeedMeeting) -> str:
        return join_words([labels.get(c, c) for c in m.types])

    return (
        (_("Name"), lambda m: m.name),
        (_("Days"), _days),
        (_("How often"), _repeat),
        (_("Time"), lambda m: f"{m.start:%H:%M}"),
        (_("Ends"), _end),
        (_("How people attend"), _attendance),
        (_("Place"), lambda m: m.location.name),
        (_("Address"), lambda m: m.location.address),
        (_("Room"), lambda m: m.location.room),
        (_("Directions"), lambda m: m.location.directions),
        (_("Accessibility"), lambda m: m.location.accessibility),
        (_("Types"), types),
        (_("Meeting link"), lambda m: m.online.url),
        (_("Link notes"), lambda m: m.online.url_notes),
        (_("Dial-in number"), lambda m: m.online.phone),
        (_("Dial-in notes"), lambda m: m.online.phone_notes),
        (_("Notes"), lambda m: m.notes),
    )


def _match(ours: Sequence[FeedMeeting], theirs: Sequence[FeedMeeting]) -> list[tuple[int, int]]:
    """Pairs (our index, their index): by a shared slug, then by name and a shared weekday,
    then by time, a shared weekday and place."""
    pairs: list[tuple[int, int]] = []
    free_ours, free_theirs = set(range(len(ours))), set(range(len(theirs)))
    tests: tuple[Callable[[FeedMeeting, FeedMeeting], bool], ...] = (
        lambda a, b: bool({s for _d, s in a.slugs} & {s for _d, s in b.slugs}),
        lambda a, b: (
            mg.name_key(a.name) == mg.name_key(b.name) and bool(set(a.weekdays) & set(b.weekdays))
        ),
        lambda a, b: (
            a.start == b.start
            and bool(set(a.weekdays) & set(b.weekdays))
            and mg.name_key(a.location.name) == mg.name_key(b.location.name)
        ),
    )
    for test in tests:
        for i in sorted(free_ours):
            for j in sorted(free_theirs):
                if test(ours[i], theirs[j]):
                    pairs.append((i, j))
                    free_ours.discard(i)
                    free_theirs.discard(j)
                    break
    return pairs


def compare(
    ours: Sequence[FeedMeeting], theirs: Sequence[FeedMeeting], labels: dict[str, str]
) -> tuple[list[MeetingChange], int]:
    """The changes from their list to ours, and how many meetings are the same."""
    fields = _fields(labels)
    pairs = _match(ours, theirs)
    changes: list[MeetingChange] = []
    same = 0
    for i, j in pairs:
        a, b = ours[i], theirs[j]
        diff = tuple(
            FieldChange(label, get(b), get(a)) for label, get in fields if get(a) != get(b)
        )
        if diff:
            changes.append(MeetingChange(CHANGED, a.name, a.when, diff))
        else:
            same += 1
    matched_ours = {i for i, _j in pairs}
    matched_theirs = {j for _i, j in pairs}
    for i, a in enumerate(ours):
        if i not in matched_ours:
            full = tuple(FieldChange(label, "", get(a)) for label, get in fields if get(a))
            changes.append(MeetingChange(ADDED, a.name, a.when, full))
    for j, b in enumerate(theirs):
        if j not in matched_theirs:
            changes.append(MeetingChange(REMOVED, b.name, b.when, ()))
    order = {ADDED: 0, CHANGED: 1, REMOVED: 2}
    changes.sort(key=lambda c: (order[c.kind], mg.name_key(c.name)))
    return changes, same


def change_request(
    session: Session, feed: Feed, today: date, listed_as: str | None = None
) -> ChangeRequest:
    """Our meetings against our group's entries in ``feed`` (found by the group's name, or
    ``listed_as`` when the intergroup lists it under another). A name the list does not have
    raises GroupKeeperError naming the closest ones."""
    group = require_group(session)
    name = listed_as or group.name
    locale = group_locale(group.language, group.country)
    with speaking(locale):  # the labels, and a name not found, in the group's words
        theirs = mg.choose_group(feed, name)
        exported = mg.feed_data(session, today)
        ours: Sequence[FeedMeeting] = ()
        if exported.entries:  # read back by the reader that read theirs: alike where alike
            ours = mg.read_feed(json.dumps(list(exported.entries)).encode()).meetings
        changes, same = compare(ours, theirs, service.format_labels(session))
    return ChangeRequest(
        group.name, name, group.service_number, group.district, today, tuple(changes), same,
        locale,
    )  # fmt: skip
