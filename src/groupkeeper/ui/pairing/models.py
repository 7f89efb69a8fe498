"""Item models for the Pairings page: requests waiting, active and ended pairings, candidates
with their reasons, check-ins and the people willing to sponsor or mentor."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from groupkeeper.pairing.matching import Candidate, Excluded
from groupkeeper.pairing.service import Checkin, MentorRow, Pairing
from groupkeeper.text import format_date
from groupkeeper.ui.kit.tables import QT_TRANSLATE_NOOP, TextTable

R = TypeVar("R")


def tr(text: str) -> str:
    return QCoreApplication.translate("Pairings", text)


def _day(d: date | None) -> str:
    return format_date(d) if d else "–"


class WaitingModel(TextTable[Pairing]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Pairings", "Who"),
        QT_TRANSLATE_NOOP("Pairings", "Asked on"),
        QT_TRANSLATE_NOOP("Pairings", "Waiting"),
        QT_TRANSLATE_NOOP("Pairings", "Would like"),
    )
    CONTEXT = "Pairings"

    def texts(self, p: Pairing) -> tuple[str, ...]:
        waited = (self.today - p.asked_on).days
        return (p.seeker, _day(p.asked_on), self.tr("%n day(s)", "", waited), p.wants() or "–")


class ActiveModel(TextTable[Pairing]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Pairings", "Who"),
        QT_TRANSLATE_NOOP("Pairings", "With"),
        QT_TRANSLATE_NOOP("Pairings", "Since"),
        QT_TRANSLATE_NOOP("Pairings", "Last check-in"),
        QT_TRANSLATE_NOOP("Pairings", "Next check-in"),
    )
    CONTEXT = "Pairings"

    def texts(self, p: Pairing) -> tuple[str, ...]:
        due = _day(p.next_due)
        if p.overdue(self.today) and p.next_due is not None:
            due = tr("Overdue since {day}").format(day=format_date(p.next_due))
        return (p.seeker, p.mentor, _day(p.started), _day(p.last_checkin), due)

    def alert(self, p: Pairing) -> bool:
        return p.overdue(self.today)


class EndedModel(TextTable[Pairing]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Pairings", "Who"),
        QT_TRANSLATE_NOOP("Pairings", "With"),
        QT_TRANSLATE_NOOP("Pairings", "Started"),
        QT_TRANSLATE_NOOP("Pairings", "Ended"),
    )
    CONTEXT = "Pairings"

    def texts(self, p: Pairing) -> tuple[str, ...]:
        return (p.seeker, p.mentor or tr("(request withdrawn)"), _day(p.started), _day(p.ended))


class MentorModel(TextTable[MentorRow]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Pairings", "Name"),
        QT_TRANSLATE_NOOP("Pairings", "Helping"),
        QT_TRANSLATE_NOOP("Pairings", "Experience since"),
        QT_TRANSLATE_NOOP("Pairings", "Languages"),
        QT_TRANSLATE_NOOP("Pairings", "Focus"),
    )
    CONTEXT = "Pairings"

    def texts(self, m: MentorRow) -> tuple[str, ...]:
        willing = f"{m.taking} of {m.profile.capacity}" if m.profile.willing else tr("not now")
        return (
            m.name,
            willing,
            _day(m.profile.since),
            ", ".join(m.profile.languages) or "–",
            ", ".join(m.profile.focus) or "–",
        )

    def muted(self, m: MentorRow) -> bool:
        return not m.profile.willing or m.room == 0


class CandidateModel(TextTable[Candidate | Excluded]):
    """Candidates best first, then (greyed) everyone the rules exclude, with why."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Pairings", "Candidate"),
        QT_TRANSLATE_NOOP("Pairings", "Score"),
        QT_TRANSLATE_NOOP("Pairings", "Why"),
    )
    CONTEXT = "Pairings"

    def texts(self, c: Candidate | Excluded) -> tuple[str, ...]:
        if isinstance(c, Candidate):
            return (c.mentor.name, str(c.score), c.describe())
        return (c.mentor.name, "–", tr("Not suggested: {why}").format(why=c.describe()))

    def muted(self, c: Candidate | Excluded) -> bool:
        return isinstance(c, Excluded)


class CheckinModel(TextTable[Checkin]):
    HEADERS = (
        QT_TRANSLATE_NOOP("Pairings", "Date"),
        QT_TRANSLATE_NOOP("Pairings", "Note (private)"),
    )
    CONTEXT = "Pairings"

    def texts(self, c: Checkin) -> tuple[str, ...]:
        return (format_date(c.day), c.note or "–")
