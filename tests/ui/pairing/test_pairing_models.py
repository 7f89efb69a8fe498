"""The Pairings page's six models under pytest-qt's model tester (its Python checks, which say
what broke), loaded as the page loads them: empty, one row, the demo's rows together with
requests, pairings and check-ins of people with odd names, records with blank texts and no
dates, and the same rows again on a later day, when pairings fall overdue."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from groupkeeper.pairing import service as ps
from groupkeeper.pairing.matching import Candidate, Excluded, Mentor
from groupkeeper.pairing.models import Status
from groupkeeper.store import GroupStore, open_store
from groupkeeper.text import format_date
from groupkeeper.ui.kit.tables import RecordRole, TextTable
from groupkeeper.ui.pairing.models import (
    ActiveModel,
    CandidateModel,
    CheckinModel,
    EndedModel,
    MentorModel,
    WaitingModel,
)
from tests.conftest import TODAY
from tests.ui.model_checks import (
    ODD_PEOPLE,
    add_odd_members,
    assert_cells_and_headers,
)

LATER = TODAY + timedelta(days=90)  # every active pairing is overdue by then
ARABIC_NOTE = "تحدثنا عن الخطوة الأولى. سنلتقي يوم الخميس."
HEBREW = "עברית"
WOMAN = "امرأة"  # a wish, and a profile, typed in Arabic


@dataclass(frozen=True)
class Loads:
    """The rows of one model: from the services (the demo's and the odd people's) and
    hand-made ones with the blank texts and missing dates the services never write."""

    real: list[Any]
    odd: list[Any]
    blank: list[Any]


@pytest.fixture
def demo_store(demo_file: Path) -> Iterator[GroupStore]:
    st = open_store(demo_file)
    yield st
    st.close()


@dataclass(frozen=True)
class OddPeople:
    members: set[int]
    paired: int  # an active pairing with check-ins
    waiting: int  # a request with no language, focus or note


def _add_odd_pairings(s: Any) -> OddPeople:
    """The odd people as the pages would record them: two offer help, four ask; one pair
    checks in twice, one pairing ends and one request is withdrawn."""
    members = add_odd_members(s)
    long, arabic, hebrew, cjk, syllabics, mixed = (m.id for m in members)
    asked = TODAY - timedelta(days=40)
    # One helper with texts in other scripts, one with nothing filled in (no start date,
    # so the group's rules exclude them).
    focus, languages = ("Écrire à la main", "山歩き"), ("العربية",)
    ps.save_profile(
        s, arabic, ps.Profile(True, 3, date(2012, 5, 1), focus, languages, WOMAN), TODAY
    )
    ps.save_profile(s, mixed, ps.Profile(True, 1), TODAY)
    requests = {
        who: ps.create_request(s, ps.RequestInput(who, asked, *wants), TODAY).id
        for who, wants in (
            (long, ()),
            (hebrew, (HEBREW, ("Step work",), "", "פתק פרטי")),
            (cjk, ("", ("山歩き",), WOMAN)),
            (syllabics, ()),
        )
    }
    best = ps.candidates(s, requests[hebrew], TODAY).candidates[0].mentor.id
    ps.confirm(s, requests[hebrew], best, asked + timedelta(days=5), TODAY)
    ps.log_checkin(s, requests[hebrew], TODAY - timedelta(days=20), "", TODAY)
    ps.log_checkin(s, requests[hebrew], TODAY - timedelta(days=3), ARABIC_NOTE, TODAY)
    ps.confirm(s, requests[cjk], arabic, asked + timedelta(days=1), TODAY)
    ps.end_pairing(s, requests[cjk], TODAY - timedelta(days=2), "Moved away", TODAY)
    ps.withdraw_request(s, requests[syllabics], TODAY)
    return OddPeople({m.id for m in members}, requests[hebrew], requests[long])


@pytest.fixture
def loads(demo_store: GroupStore) -> dict[str, Loads]:
    """Each model's rows, read back through the services the page reads them with."""
    with demo_store.session() as s:
        demo_ids = {p.id for p in ps.list_pairings(s)}
    with demo_store.session() as s, s.begin():
        odd = _add_odd_pairings(s)
    with demo_store.session() as s:
        every = {status: ps.list_pairings(s, status) for status in Status}
        mentors = ps.list_mentors(s)
        [rosa] = [p for p in every[Status.REQUESTED] if p.seeker == "Rosa V."]
        rosas = ps.candidates(s, rosa.id, TODAY)
        theirs = ps.candidates(s, odd.waiting, TODAY)
        longest = max(every[Status.ACTIVE], key=lambda p: len(ps.list_checkins(s, p.id)))
        demo_checkins = ps.list_checkins(s, longest.id)
        odd_checkins = ps.list_checkins(s, odd.paired)
    blank_pairing = replace(
        every[Status.ACTIVE][0],
        seeker="",
        mentor="",
        language="",
        focus=(),
        wants_gender="",
        started=None,
        next_due=None,
        last_checkin=None,
        ended=None,
    )
    out = {
        key: Loads(
            every[status], [p for p in every[status] if p.id not in demo_ids], [blank_pairing]
        )
        for key, status in (
            ("waiting", Status.REQUESTED),
            ("active", Status.ACTIVE),
            ("ended", Status.ENDED),
        )
    }
    out["mentors"] = Loads(
        mentors,
        [m for m in mentors if m.member_id in odd.members],
        [ps.MentorRow(0, "", ps.Profile(), 0), ps.MentorRow(0, "", ps.Profile(True, 0), 0)],
    )
    nobody = Mentor(0, "", 0)
    out["candidates"] = Loads(
        [*rosas.candidates, *rosas.excluded],
        [*theirs.candidates, *theirs.excluded],
        [Candidate(nobody, 0, ()), Excluded(nobody, ())],
    )
    out["checkins"] = Loads(demo_checkins, odd_checkins, [replace(odd_checkins[0], note="")])
    return out


@dataclass(frozen=True)
class Case:
    make: Callable[[], TextTable[Any]]
    first_column: Callable[[Any], str]  # what column 0 shows for a record


CASES = {
    "waiting": Case(WaitingModel, lambda p: p.seeker),
    "active": Case(ActiveModel, lambda p: p.seeker),
    "ended": Case(EndedModel, lambda p: p.seeker),
    "mentors": Case(MentorModel, lambda m: m.name),
    "candidates": Case(CandidateModel, lambda c: c.mentor.name),
    "checkins": Case(CheckinModel, lambda c: format_date(c.day)),
}


def test_the_odd_records_are_there(loads: dict[str, Loads]) -> None:
    """The loads below hold what they claim: every odd person reached a model."""
    pairings = [p for key in ("waiting", "active", "ended") for p in loads[key].odd]
    names = {p.seeker for p in pairings} | {m.name for m in loads["mentors"].odd}
    assert names == {f"{first} {initial}." if initial else first for first, initial in ODD_PEOPLE}
    assert all(loads[key].odd for key in CASES)
    assert {c.note for c in loads["checkins"].odd} == {"", ARABIC_NOTE}
    assert any(p.mentor == "" and p.started is None for p in loads["ended"].odd)  # withdrawn
    assert any(isinstance(c, Excluded) for c in loads["candidates"].odd)
    assert any(isinstance(c, Candidate) for c in loads["candidates"].odd)


def _cell(
    model: TextTable[Any],
    row: int,
    column: int,
    role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole,
) -> Any:
    """The model's own answer: an error in it fails the test here, where read through C++
    (``QModelIndex.data``) this PySide6 build crashes the run instead."""
    return model.data(model.index(row, column), role)


@pytest.mark.parametrize("key", CASES)
def test_the_model_passes_the_tester_through_every_load(
    qtmodeltester: Any, loads: dict[str, Loads], key: str
) -> None:
    case, rows = CASES[key], loads[key]
    model = case.make()
    qtmodeltester.check(model, force_py=True)  # and again at every reset below
    assert_cells_and_headers(model)
    for load, today in (
        (rows.real[:1], TODAY),
        (rows.real, TODAY),
        (rows.odd, TODAY),
        (rows.blank, TODAY),
        (rows.real, LATER),
        ([], LATER),
        (rows.odd, TODAY),
    ):
        model.set_rows(load, today)
        assert model.rowCount() == len(load)
        assert_cells_and_headers(model)
        assert model.records() == load
        assert [_cell(model, r, 0) for r in range(len(load))] == [
            case.first_column(record) for record in load
        ]
        for row, record in enumerate(load):
            assert model.index(row, 0).data(RecordRole) is record
            foreground = _cell(model, row, 0, Qt.ItemDataRole.ForegroundRole)
            font = _cell(model, row, 0, Qt.ItemDataRole.FontRole)
            assert (foreground is not None) == (model.alert(record) or model.muted(record))
            assert (font is not None and font.bold()) == model.alert(record)


def test_a_later_day_marks_every_active_pairing_overdue(
    qtmodeltester: Any, loads: dict[str, Loads]
) -> None:
    model = ActiveModel()
    qtmodeltester.check(model, force_py=True)
    rows = loads["active"].real
    model.set_rows(rows, TODAY)
    assert 0 < model.alert_count() < len(rows)
    model.set_rows(rows, LATER)
    assert model.alert_count() == len(rows)
    assert all(_cell(model, r, 4).startswith("Overdue since") for r in range(model.rowCount()))


def test_blank_texts_show_a_dash_not_an_empty_cell(loads: dict[str, Loads]) -> None:
    waiting, checkins, mentors = WaitingModel(), CheckinModel(), MentorModel()
    waiting.set_rows(loads["waiting"].blank, TODAY)
    checkins.set_rows(loads["checkins"].blank, TODAY)
    mentors.set_rows(loads["mentors"].blank, TODAY)
    assert _cell(waiting, 0, 3) == "–"  # would like: nothing said
    assert _cell(checkins, 0, 1) == "–"
    assert [_cell(mentors, 0, c) for c in (2, 3, 4)] == ["–", "–", "–"]
    ended = EndedModel()
    ended.set_rows(loads["ended"].blank, TODAY)
    assert [_cell(ended, 0, c) for c in (1, 2, 3)] == ["(request withdrawn)", "–", "–"]


def test_who_cannot_help_now_is_greyed(loads: dict[str, Loads]) -> None:
    candidates, mentors = CandidateModel(), MentorModel()
    candidates.set_rows(loads["candidates"].odd, TODAY)
    mentors.set_rows(loads["mentors"].blank, TODAY)
    grey = Qt.ItemDataRole.ForegroundRole
    assert [_cell(candidates, r, 0, grey) is not None for r in range(candidates.rowCount())] == [
        isinstance(c, Excluded) for c in loads["candidates"].odd
    ]
    # Not willing now, and willing with no room left.
    assert [_cell(mentors, r, 0, grey) is not None for r in range(2)] == [True, True]
