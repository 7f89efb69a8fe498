"""The store's undo history: every table exactly as it was after undo, and as it became after
redo, for every kind of change a person can make; bounded; safe against a changed file."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.orm import Session

from groupkeeper.group.service import get_group, save_group
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.materials import service as materials
from groupkeeper.pairing import service as pairing
from groupkeeper.pairing.conventions import Conventions
from groupkeeper.pairing.models import Status as PairingStatus
from groupkeeper.roster import service as roster
from groupkeeper.roster.importing import import_members
from groupkeeper.roster.rotation import SlotKey
from groupkeeper.schedule import service as schedule
from groupkeeper.store import GroupStore, open_store
from groupkeeper.store.undo import History, RowChange, Step, Table, UndoError
from tests.conftest import TODAY, series_input
from tests.dump import differences, dump

Action = Callable[[Session], object]


def _series(s: Session, name: str) -> int:
    return next(r.id for r in schedule.list_series(s) if r.name == name)


def _member(s: Session, n: int = 0) -> int:
    return roster.list_members(s, active_only=True)[n].id


def _resource(s: Session, kind: Kind) -> int:
    return library.search(s, kind=kind)[0].id


def _slot(s: Session, n: int = 0) -> SlotKey:
    meetings = roster.roster_meetings(s, TODAY, TODAY + timedelta(days=28))
    return [k for m in meetings for k in m.slots()][n]


def _delete_series(s: Session) -> None:
    schedule.delete_series(s, _series(s, "Tuesday Night Discussion"))


def _edit_series(s: Session) -> None:
    sid = _series(s, "Tuesday Night Discussion")
    schedule.update_series(s, sid, series_input(name="Renamed"))


def _move_far(s: Session) -> None:
    sid = _series(s, "Tuesday Night Discussion")
    schedule.move_date(s, sid, date(2026, 3, 10), date(2027, 4, 20), None, "A year on")


def _swap(s: Session) -> None:
    meetings = roster.roster_meetings(s, TODAY, TODAY + timedelta(days=28))
    a, b = next(m for m in meetings if len(m.slots()) > 1).slots()[:2]
    roster.swap(s, a, b)


def _delete_member(s: Session) -> None:
    roster.delete_member(s, _member(s), TODAY, refill=True)


def _edit_member(s: Session) -> None:
    mid = _member(s, 1)
    data = roster.get_member(s, mid).data
    roster.update_member(s, mid, roster.MemberInput(data.first_name, "Q", phone="555-0100"))


def _request_and_pair(s: Session) -> None:
    mentors = pairing.list_mentors(s)
    willing = {m.member_id for m in mentors if m.profile.willing}
    seeker = next(m.id for m in roster.list_members(s, active_only=True) if m.id not in willing)
    p = pairing.create_request(s, pairing.RequestInput(seeker, TODAY), TODAY)
    ranking = pairing.candidates(s, p.id, TODAY)
    pairing.confirm(s, p.id, ranking.candidates[0].mentor.id, TODAY, TODAY)


def _end_pairing(s: Session) -> None:
    active = pairing.list_pairings(s, PairingStatus.ACTIVE)[0]
    pairing.log_checkin(s, active.id, TODAY, "Talked", TODAY)
    pairing.end_pairing(s, active.id, TODAY, "Moved away", TODAY, never_again=True)


def _attach(s: Session) -> None:
    prepared = library.prepare_bytes("notes.txt", b"Bring a friend " * 5000)
    library.attach(s, prepared)


def _lend_and_return(s: Session) -> None:
    book = _resource(s, Kind.BOOK)
    loan = library.lend(s, book, "Sam", out_on=TODAY)
    library.return_loan(s, loan, TODAY + timedelta(days=3))


def _format(s: Session) -> None:
    usual = materials.usual_format(s)
    assert usual is not None
    new = materials.save_format(s, "Speaker night", usual.sections[:2])
    materials.make_usual(s, new)
    materials.delete_format(s, usual.id)


def _group(s: Session) -> None:
    info = get_group(s)
    assert info is not None
    save_group(s, info.__class__(**{**info.__dict__, "name": "Renamed group"}))


ACTIONS: dict[str, Action] = {
    "delete series": _delete_series,
    "edit series": _edit_series,
    "cancel a date": lambda s: schedule.cancel_date(
        s, _series(s, "Tuesday Night Discussion"), date(2026, 3, 17), "Snow"
    ),
    "move a date a year": _move_far,
    "add a custom format": lambda s: schedule.add_custom_format(s, "NEWC", "Newcomers"),
    "meeting note": lambda s: materials.save_note(
        s, _series(s, "Tuesday Night Discussion"), date(2026, 3, 10), materials.MeetingNote("Hope")
    ),
    "fill roster": lambda s: roster.fill_roster(s, TODAY, TODAY + timedelta(days=90), True),
    "choose by hand": lambda s: roster.put_assignment(s, _slot(s), _member(s, 3), locked=True),
    "leave open": lambda s: roster.put_assignment(s, _slot(s), None, locked=True),
    "lock": lambda s: roster.set_locked(s, _slot(s, 1), True),
    "swap": _swap,
    "roles it needs": lambda s: roster.set_series_needs(
        s, _series(s, "Tuesday Night Discussion"), ((roster.list_roles(s)[0].id, 2),)
    ),
    "add role": lambda s: roster.save_role(s, "Chip giver", experienced_only=True),
    "pair new facilitators": lambda s: roster.set_pair_new_facilitators(s, False),
    "add member": lambda s: roster.create_member(s, roster.MemberInput("Zoë", "Q")),
    "edit member": _edit_member,
    "delete member": _delete_member,
    "import members": lambda s: import_members(s, b"first_name,last_initial\nAna,R\nBo,T\n"),
    "elected position": lambda s: roster.start_term(s, "Treasurer", _member(s, 2), TODAY, 6),
    "new reading": lambda s: library.create_resource(
        s, library.ResourceInput(Kind.READING, "Serenity", "Grant me", tags=("closing",))
    ),
    "edit item": lambda s: library.update_resource(
        s, _resource(s, Kind.READING), library.ResourceInput(Kind.READING, "New title", "Body")
    ),
    "archive": lambda s: library.set_archived(s, _resource(s, Kind.CONTACT), True),
    "delete item": lambda s: library.delete_resource(s, _resource(s, Kind.BOOK)),
    "attach": _attach,
    "lend and return": _lend_and_return,
    "request and pair": _request_and_pair,
    "check-in and end": _end_pairing,
    "never suggest": lambda s: pairing.set_blocked(s, _member(s, 0), _member(s, 1), True),
    "willing profile": lambda s: pairing.save_profile(
        s, _member(s, 4), pairing.Profile(willing=True, capacity=2), TODAY
    ),
    "conventions": lambda s: pairing.set_conventions(
        s, Conventions(min_months=12, checkin_days=14)
    ),
    "formats": _format,
    "group settings": _group,
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from groupkeeper.demo import write_demo

    return write_demo(tmp_path_factory.mktemp("demo") / "demo.groupkeeper", today=TODAY)


def _fresh(template: Path, folder: Path) -> GroupStore:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "demo.groupkeeper"
    path.unlink(missing_ok=True)
    shutil.copy(template, path)
    return open_store(path)


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[GroupStore]:
    store = _fresh(demo_template, tmp_path / "one")
    yield store
    store.close()


@pytest.mark.parametrize("name", list(ACTIONS))
def test_undo_and_redo_give_back_every_table_exactly(demo: GroupStore, name: str) -> None:
    before = dump(demo)
    with demo.change(name, "somewhere") as s:
        ACTIONS[name](s)
    after = dump(demo)
    assert differences(before, after), "the action changed nothing: the test would prove nothing"
    step = demo.undo()
    assert step.label == name and step.section == "somewhere"
    assert differences(before, dump(demo)) == []
    demo.redo()
    assert differences(after, dump(demo)) == []
    demo.undo()
    assert differences(before, dump(demo)) == []


def test_deleting_a_series_records_what_the_cascade_removed(demo: GroupStore) -> None:
    with demo.change("Delete meeting Tuesday Night Discussion") as s:
        _delete_series(s)
    step = demo.history.next_undo
    assert step is not None
    gone = {c.table for c in step.changes if c.after is None}
    assert {"meeting_series", "assignment", "series_role", "meeting_note"} <= gone


def test_undo_brings_a_deleted_item_back_into_search(demo: GroupStore) -> None:
    with demo.session() as s:
        hit = library.search(s, "newcomers")[0]
    with demo.change("Delete") as s:
        library.delete_resource(s, hit.id)
    with demo.session() as s:
        assert hit.id not in [r.id for r in library.search(s, "newcomers")]
    demo.undo()
    with demo.session() as s:
        assert hit.id in [r.id for r in library.search(s, "newcomers")]


def test_a_table_added_later_is_recorded_without_being_listed(demo: GroupStore) -> None:
    """As a future migration would add it: with a foreign key that cascades."""
    with demo.session() as s, s.begin():
        s.execute(
            text(
                'CREATE TABLE "next year" (id INTEGER PRIMARY KEY, member_id INTEGER NOT NULL '
                "REFERENCES member(id) ON DELETE CASCADE, note TEXT)"
            )
        )
        mid = _member(s)
        s.execute(
            text('INSERT INTO "next year" (member_id, note) VALUES (:m, :n)'), {"m": mid, "n": "x"}
        )
    before = dump(demo)
    with demo.change("Delete member") as s:
        roster.delete_member(s, mid, TODAY)
    assert dump(demo)["next year"] == []
    demo.undo()
    assert differences(before, dump(demo)) == []


def test_several_transactions_make_one_step(demo: GroupStore) -> None:
    before = dump(demo)
    with demo.recording("Attach 2 files", "library") as rec:
        for n in range(2):
            with rec.session() as s:
                library.attach(s, library.prepare_bytes(f"f{n}.txt", b"words " * 100))
    assert len(demo.history) == 1
    demo.undo()
    assert differences(before, dump(demo)) == []


def test_a_failed_change_records_nothing_and_keeps_the_history(demo: GroupStore) -> None:
    with demo.change("Add member") as s:
        roster.create_member(s, roster.MemberInput("Zoë", "Q"))
    before = dump(demo)
    with pytest.raises(RuntimeError), demo.change("Broken") as s:
        roster.create_member(s, roster.MemberInput("Half", "W"))
        raise RuntimeError("fails after a write")
    assert differences(before, dump(demo)) == []
    assert demo.history.next_undo is not None and demo.history.next_undo.label == "Add member"


def test_a_row_changed_outside_the_history_stops_the_undo_in_words(demo: GroupStore) -> None:
    with demo.change("Edit member") as s:
        _edit_member(s)
    with demo.session() as s, s.begin():  # as another program might
        s.execute(text("UPDATE member SET phone = '555-0199' WHERE phone = '555-0100'"))
    before = dump(demo)
    with pytest.raises(UndoError, match="changed since in another way"):
        demo.undo()
    assert differences(before, dump(demo)) == []
    assert demo.history.next_undo is not None  # still there, to try again


def test_a_full_disk_leaves_the_file_and_the_history_as_they_were(demo: GroupStore) -> None:
    with demo.change("Delete meeting") as s:
        _delete_series(s)
    before = dump(demo)
    with demo.session() as s:  # the store's one connection on this thread: no room to grow
        conn = s.connection()
        conn.exec_driver_sql("VACUUM")  # no free pages left for the undo to reuse
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    try:
        with pytest.raises(UndoError, match="could not be written") as caught:
            demo.undo()
        assert "Traceback" not in str(caught.value)
        assert differences(before, dump(demo)) == []
        assert demo.history.next_undo is not None and demo.history.next_redo is None
    finally:
        with demo.session() as s:
            s.connection().exec_driver_sql("PRAGMA max_page_count = 1073741823")
    demo.undo()  # with room again, it works
    assert demo.history.next_redo is not None


def test_closing_the_file_clears_the_history(demo_template: Path, tmp_path: Path) -> None:
    store = _fresh(demo_template, tmp_path / "c")
    with store.change("Add member") as s:
        roster.create_member(s, roster.MemberInput("Zoë", "Q"))
    store.close()
    assert len(store.history) == 0


def _step(label: str, size: int) -> Step:
    table = Table("t", ("rowid", "x"), 1)
    change = RowChange("t", None, (1, "x" * size))
    return Step(label, "", (change,), {"t": table}, size)


def test_the_history_keeps_at_least_100_changes_and_drops_the_oldest_past_its_bound() -> None:
    history = History(max_bytes=50 * 1024 * 1024)
    for n in range(150):
        history.push(_step(f"change {n}", 20_000))
    assert len(history) == 150  # 3 MB: all of them
    small = History(max_bytes=1_000_000)
    for n in range(150):
        small.push(_step(f"change {n}", 20_000))
    assert small.bytes <= 1_000_000
    labels = [s.label for s in small.steps()]
    assert labels[-1] == "change 149" and labels[0] == f"change {150 - len(labels)}"
    huge = _step("huge", 5_000_000)
    small.push(huge)
    assert list(small.steps()) == [huge]  # the newest is always kept


def test_a_new_change_clears_what_could_be_redone(demo: GroupStore) -> None:
    with demo.change("A") as s:
        roster.create_member(s, roster.MemberInput("Ana", "R"))
    demo.undo()
    assert demo.history.next_redo is not None
    with demo.change("B") as s:
        roster.create_member(s, roster.MemberInput("Bo", "T"))
    assert demo.history.next_redo is None
    with pytest.raises(UndoError, match="nothing to redo"):
        demo.redo()


SEQUENCE_ACTIONS = [
    "delete series", "edit series", "cancel a date", "meeting note", "fill roster",
    "choose by hand", "lock", "add member", "edit member", "delete member", "new reading",
    "delete item", "lend and return", "never suggest", "willing profile", "formats",
    "attach", "roles it needs", "add role",
]  # fmt: skip


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(st.sampled_from(SEQUENCE_ACTIONS), min_size=1, max_size=6))
def test_any_sequence_undone_gives_the_start_and_redone_gives_the_end(
    demo_template: Path, tmp_path: Path, names: list[str]
) -> None:
    store = _fresh(demo_template, tmp_path / "seq")
    try:
        start = dump(store)
        done = 0
        for name in names:
            try:
                with store.change(name) as s:
                    ACTIONS[name](s)
            except Exception:  # not possible any more (the series is gone): nothing recorded
                continue
            done += 1
        end = dump(store)
        steps = len(store.history)
        assert steps <= done
        for _ in range(steps):
            store.undo()
        assert differences(start, dump(store)) == []
        for _ in range(steps):
            store.redo()
        assert differences(end, dump(store)) == []
    finally:
        store.close()


def test_undo_works_the_same_on_a_protected_file(encrypted_demo: Path) -> None:
    from tests.conftest import PASSPHRASE

    store = open_store(encrypted_demo, passphrase=PASSPHRASE)
    try:
        start = dump(store)
        for name in ("delete series", "attach", "delete item"):
            with store.change(name) as s:
                ACTIONS[name](s)
        end = dump(store)
        for _ in range(3):
            store.undo()
        assert differences(start, dump(store)) == []
        for _ in range(3):
            store.redo()
        assert differences(end, dump(store)) == []
    finally:
        store.close()
