"""Migrations: the revision list matches the scripts, the schema matches the models,
and a file made by the first version upgrades with its data intact."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from groupkeeper.group.service import get_group
from groupkeeper.library.models import is_index_table
from groupkeeper.schedule import service
from groupkeeper.store import backups, open_store
from groupkeeper.store.base import Base
from groupkeeper.store.migrate import script_revisions, upgrade_to_head
from groupkeeper.store.revisions import APPLICATION_ID, HEAD, KNOWN_REVISIONS


def test_known_revisions_match_the_alembic_scripts() -> None:
    assert list(KNOWN_REVISIONS) == script_revisions()
    assert script_revisions()[-1] == HEAD


def _migrated(path: Path, target: str = "head") -> None:
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade_to_head(engine, target)
    engine.dispose()


def test_migrations_build_the_same_schema_as_the_models(tmp_path: Path) -> None:
    from groupkeeper.store import registry

    _ = registry
    path = tmp_path / "migrated.groupkeeper"
    _migrated(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        diffs = compare_metadata(
            MigrationContext.configure(
                conn,
                opts={
                    "compare_type": True,
                    # FTS5's index and shadow tables are not models; compared below by their SQL.
                    "include_name": lambda name, kind, _p: not is_index_table(name),
                },
            ),
            Base.metadata,
        )
    engine.dispose()
    assert diffs == []


def test_a_first_version_file_upgrades_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.groupkeeper"
    _migrated(path, KNOWN_REVISIONS[0])
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Old Group', 'PEER_SUPPORT', 'fr', 'America/Montreal', '2024-05-01 10:00:00')"
    )
    conn.execute(
        "INSERT INTO meeting_series (id, name, rrule, start_date, end_date, start_time, duration_minutes,"
        " location_name, address, room, directions, accessibility, language, notes, created_at) VALUES"
        " (7, 'Mardi soir', 'FREQ=WEEKLY;BYDAY=TU', '2024-05-07', NULL, '19:00:00.000000', 90,"
        " 'Salle paroissiale', '1 rue Principale', '', '', 'Rampe', 'fr', 'Café', '2024-05-01 10:00:00')"
    )
    conn.execute("INSERT INTO series_format VALUES (7, 'O'), (7, 'FR')")
    conn.execute(
        "INSERT INTO meeting_exception (series_id, original_date, kind, new_date, new_time, note)"
        " VALUES (7, '2024-05-14', 'CANCELLED', NULL, NULL, 'Fermé')"
    )
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        group = get_group(s)
        [series] = service.list_series(s)
        changes = service.list_changes(s)
    assert group is not None and (group.name, group.language) == ("Old Group", "fr")
    assert (series.id, series.name, series.data.formats, series.data.location.accessibility) == (
        7, "Mardi soir", ("O", "FR"), "Rampe",
    )  # fmt: skip
    # Kept in UTC from 0011 on: the local time the file had, as this computer reads it.
    assert series.updated_at == datetime(2024, 5, 1, 10).astimezone(UTC)
    assert [(c.original_date.isoformat(), c.note) for c in changes] == [("2024-05-14", "Fermé")]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    conn.close()
    # The file as it was before the upgrade was kept aside.
    saved = [b for b in backups.list_backups(path) if b.tag.startswith("before-upgrade")]
    assert [b.tag for b in saved] == ["before-upgrade-0001_initial"]
    conn = sqlite3.connect(saved[0].path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
        KNOWN_REVISIONS[0],
    )
    assert conn.execute("SELECT name FROM meeting_series").fetchone() == ("Mardi soir",)
    conn.close()


def test_a_0002_file_upgrades_to_the_roster_schema_with_its_data(tmp_path: Path) -> None:
    from groupkeeper.roster import service as roster

    path = tmp_path / "v2.groupkeeper"
    _migrated(path, "0002_series_updated_at")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Grupo Esperanza', 'TWELVE_STEP', 'es', 'America/Mexico_City', '2025-01-01 09:00:00')"
    )
    conn.execute(
        "INSERT INTO meeting_series (id, name, rrule, start_date, end_date, start_time, duration_minutes,"
        " location_name, address, room, directions, accessibility, language, notes, created_at, updated_at)"
        " VALUES (3, 'Jueves', 'FREQ=WEEKLY;BYDAY=TH', '2025-01-02', NULL, '20:00:00.000000', 60,"
        " 'Iglesia', '', '', '', '', 'es', '', '2025-01-01 09:00:00', '2025-02-01 09:00:00')"
    )
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        [series] = service.list_series(s)
        roles = [r.name for r in roster.list_roles(s)]
        assert roster.list_members(s) == [] and not roster.pair_new_facilitators(s)
    assert (series.id, series.name, series.updated_at) == (
        3,
        "Jueves",
        datetime(2025, 2, 1, 9).astimezone(UTC),
    )
    assert roles == ["Facilitator", "Co-facilitator", "Reader", "Greeter", "Timekeeper",
                     "Set-up and coffee", "Literature"]  # fmt: skip
    # And the upgraded file takes members and a roster.
    with open_store(path) as st, st.session() as s, s.begin():
        ana = roster.create_member(s, roster.MemberInput("Ana", roles=((1, None),)))
        roster.set_series_needs(s, 3, [(1, 1)])
        result = roster.fill_roster(s, date(2025, 3, 6), date(2025, 3, 27))
    assert (result.filled, ana.name) == (4, "Ana")
    saved = [b.tag for b in backups.list_backups(path) if b.tag.startswith("before-upgrade")]
    assert saved == ["before-upgrade-0002_series_updated_at"]


def test_a_0003_file_upgrades_to_the_library_schema_with_its_data(tmp_path: Path) -> None:
    from groupkeeper.library import service as library
    from groupkeeper.library.models import Kind
    from groupkeeper.roster import service as roster

    path = tmp_path / "v3.groupkeeper"
    _migrated(path, "0003_members_roster")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'PEER_SUPPORT', 'en', 'America/Regina', '2025-01-01 09:00:00', 1)"
    )
    conn.execute(
        "INSERT INTO member (id, first_name, last_initial, full_name, pronouns, phone, email, phone_list_ok,"
        " experienced, qualifications, notes, active, never_weekdays, monthly_limit, created_at)"
        " VALUES (7, 'Dana', 'K', '', '', '555-0100', '', 1, 1, '', '', 1, 0, NULL, '2025-01-01 09:00:00')"
    )
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        group = get_group(s)
        assert group is not None and (group.name, group.country) == ("Prairie Hope", "")
        assert roster.pair_new_facilitators(s)
        assert roster.member_names(s) == {7: "Dana K."}
        assert library.search(s) == []  # an upgraded file starts with an empty library
    # And the upgraded file takes library items, is searchable and lends to its members.
    with open_store(path) as st, st.session() as s, s.begin():
        book = library.create_resource(
            s, library.ResourceInput(Kind.BOOK, "Réunions et rencontres", author="L. Roy")
        )
        library.lend(s, book, "Dana K.", member_id=7, out_on=date(2025, 3, 1))
    with open_store(path) as st, st.session() as s:
        [hit] = library.search(s, "reunions")
        [out] = library.open_loans(s)
    assert (hit.id, out.borrower, out.due_on) == (book, "Dana K.", date(2025, 3, 22))
    saved = [b.tag for b in backups.list_backups(path) if b.tag.startswith("before-upgrade")]
    assert saved == ["before-upgrade-0003_members_roster"]


def test_the_search_index_is_the_same_in_new_and_upgraded_files(tmp_path: Path) -> None:
    new = tmp_path / "new.groupkeeper"
    open_store(new, create=True).close()
    old = tmp_path / "old.groupkeeper"
    _migrated(old)

    def index_sql(path: Path) -> list[tuple[str, str]]:
        conn = sqlite3.connect(path)
        try:
            return conn.execute(
                "SELECT name, sql FROM sqlite_schema WHERE name LIKE 'resource_fts%' ORDER BY name"
            ).fetchall()
        finally:
            conn.close()

    assert index_sql(new) == index_sql(old)
    assert next(name for name, _sql in index_sql(new)) == "resource_fts"


def test_a_0004_file_upgrades_to_the_pairing_schema_with_its_data(tmp_path: Path) -> None:
    from groupkeeper.library import service as library
    from groupkeeper.pairing import service as pairing
    from groupkeeper.pairing.conventions import Conventions
    from groupkeeper.roster import service as roster

    path = tmp_path / "v4.groupkeeper"
    _migrated(path, "0004_library")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'TWELVE_STEP', 'en', 'America/Regina', '2025-01-01 09:00:00', 0, 'CA')"
    )
    for mid, name in ((7, "Dana"), (8, "Eli")):
        conn.execute(
            "INSERT INTO member (id, first_name, last_initial, full_name, pronouns, phone, email, phone_list_ok,"
            " experienced, qualifications, notes, active, never_weekdays, monthly_limit, created_at)"
            f" VALUES ({mid}, '{name}', 'K', '', '', '', '', 0, 1, '', '', 1, 0, NULL, '2025-01-01 09:00:00')"
        )
    conn.execute(
        "INSERT INTO resource (id, kind, title, body, archived, phone, text_line, hours, region, website, crisis,"
        " author, copies, file_name, media_type, size, sha256, text_status, created_at, updated_at)"
        " VALUES (1, 'BOOK', 'Living Sober', '', 0, '', '', '', '', '', 0, '', 1, '', '', 0, '', NULL,"
        " '2025-01-01 09:00:00', '2025-01-01 09:00:00')"
    )
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        assert roster.member_names(s) == {7: "Dana K.", 8: "Eli K."}
        assert library.count_items(s) == 1
        assert pairing.conventions(s) == Conventions()  # no rule the group has not chosen
        assert pairing.list_focus(s)[0] == "Newcomers"
        assert pairing.list_pairings(s) == [] and pairing.list_mentors(s) == []
    # And the upgraded file takes profiles, requests and pairings.
    today = date(2025, 3, 1)
    with open_store(path) as st, st.session() as s, s.begin():
        pairing.save_profile(s, 7, pairing.Profile(True, 1, date(2020, 1, 1)), today)
        req = pairing.create_request(s, pairing.RequestInput(8, today), today)
        active = pairing.confirm(s, req.id, 7, today, today)
    assert (active.seeker, active.mentor, active.next_due) == (
        "Eli K.",
        "Dana K.",
        date(2025, 3, 15),
    )
    saved = [b.tag for b in backups.list_backups(path) if b.tag.startswith("before-upgrade")]
    assert saved == ["before-upgrade-0004_library"]


def test_a_0005_file_upgrades_to_meeting_formats_with_its_data(tmp_path: Path) -> None:
    from groupkeeper.materials import service as materials
    from groupkeeper.materials.service import MeetingNote

    path = tmp_path / "v5.groupkeeper"
    _migrated(path, "0005_pairings")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'TWELVE_STEP', 'en', 'America/Regina',"
        " '2025-01-01 09:00:00', 0, 'CA', 'OFF', 0, 0, 14)"
    )
    reader = conn.execute("SELECT id FROM role WHERE name = 'Reader'").fetchone()[0]
    conn.execute(
        "INSERT INTO resource (id, kind, title, body, archived, phone, text_line, hours, region, website, crisis,"
        " author, copies, file_name, media_type, size, sha256, text_status, created_at, updated_at)"
        " VALUES (9, 'READING', 'Our group guidelines', 'Be kind.', 0, '', '', '', '', '', 0, '', 0, '', '', 0, '',"
        " NULL, '2025-01-01 09:00:00', '2025-01-01 09:00:00')"
    )
    conn.execute(
        "INSERT INTO meeting_series (id, name, rrule, start_date, end_date, start_time, duration_minutes,"
        " location_name, address, room, directions, accessibility, language, notes, created_at, updated_at)"
        " VALUES (3, 'Sunday Serenity', 'FREQ=WEEKLY;BYDAY=SU', '2025-01-05', NULL, '10:00:00.000000', 60,"
        " 'Hall', '', '', '', '', 'en', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00')"
    )
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        assert [x.name for x in service.list_series(s)] == ["Sunday Serenity"]
        usual = materials.format_for_series(s, 3)
        assert usual is not None and usual.name == "Our usual meeting"
        guidelines = next(x for x in usual.sections if x.heading == "Our group guidelines")
        assert (guidelines.reading_id, guidelines.role_id) == (
            9,
            reader,
        )  # linked by title and name
        welcome = next(x for x in usual.sections if x.heading == "Welcome to newcomers")
        assert welcome.reading_id is None and welcome.text  # no such reading: words instead
    # And the upgraded file takes notes and formats.
    with open_store(path) as st, st.session() as s, s.begin():
        materials.save_note(s, 3, date(2025, 1, 12), MeetingNote("Acceptance", "", ""))
        materials.set_series_format(s, 3, usual.id)
    with open_store(path) as st, st.session() as s:
        assert materials.get_note(s, 3, date(2025, 1, 12)).topic == "Acceptance"
        assert service.get_series(s, 3).data.format_id == usual.id


# One meeting series, as a file from 0006 on holds it.
SUNDAY_SERENITY = (
    "INSERT INTO meeting_series (id, name, rrule, start_date, end_date, start_time, duration_minutes,"
    " location_name, address, room, directions, accessibility, language, notes, format_id,"
    " created_at, updated_at) VALUES (3, 'Sunday Serenity', 'FREQ=WEEKLY;BYDAY=SU', '2025-01-05',"
    " NULL, '10:00:00.000000', 60, 'Hall', '', '', '', '', 'en', '', NULL, '2025-01-01 09:00:00',"
    " '2025-01-01 09:00:00')"
)


def test_a_0006_file_upgrades_to_a_group_uid_that_never_changes(tmp_path: Path) -> None:
    path = tmp_path / "v6.groupkeeper"
    _migrated(path, "0006_meeting_formats")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'TWELVE_STEP', 'en', 'America/Regina',"
        " '2025-01-01 09:00:00', 0, 'CA', 'OFF', 0, 0, 14)"
    )
    conn.execute(SUNDAY_SERENITY)
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        group = get_group(s)
        assert group is not None and group.name == "Prairie Hope"
        assert len(group.uid) == 32 and int(group.uid, 16) >= 0  # a random hex identifier
        assert [x.name for x in service.list_series(s)] == ["Sunday Serenity"]
    # Renaming the group keeps it; so does opening the file again.
    from dataclasses import replace

    from groupkeeper.group.service import save_group

    with open_store(path) as st, st.session() as s, s.begin():
        save_group(s, replace(group, name="Prairie Hope Group"))
    with open_store(path) as st, st.session() as s:
        again = get_group(s)
        assert again is not None and again.uid == group.uid


def test_a_0007_file_upgrades_to_a_contact_printed_nowhere(tmp_path: Path) -> None:
    from dataclasses import replace

    from groupkeeper.group.contact import ContactPlace, GroupContact
    from groupkeeper.group.service import save_group

    path = tmp_path / "v7.groupkeeper"
    _migrated(path, "0007_group_uid")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'TWELVE_STEP', 'fr', 'America/Regina',"
        " '2025-01-01 09:00:00', 1, 'CA', 'OFF', 0, 0, 21, 'a1b2c3d4e5f60718293a4b5c6d7e8f90')"
    )
    conn.execute(SUNDAY_SERENITY)
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        group = get_group(s)
        assert [x.name for x in service.list_series(s)] == ["Sunday Serenity"]
    assert group is not None
    assert (group.name, group.language, group.country, group.uid) == (
        "Prairie Hope", "fr", "CA", "a1b2c3d4e5f60718293a4b5c6d7e8f90",
    )  # fmt: skip
    # Nothing the group did not choose: no contact, printed nowhere, no service numbers.
    assert (group.contact, group.service_number, group.district) == (GroupContact(), "", "")
    conn = sqlite3.connect(path)
    assert conn.execute(
        "SELECT checkin_days, version_num FROM group_info, alembic_version"
    ).fetchone() == (21, HEAD)
    conn.close()
    saved = [b.tag for b in backups.list_backups(path) if b.tag.startswith("before-upgrade")]
    assert saved == ["before-upgrade-0007_group_uid"]
    # And the upgraded file keeps a contact and the places it prints.
    contact = GroupContact("306 555 0100", "", "prairiehope.ca", frozenset({ContactPlace.SCHEDULE}))
    with open_store(path) as st, st.session() as s, s.begin():
        save_group(s, replace(group, contact=contact, service_number="000123456"))
    with open_store(path) as st, st.session() as s:
        again = get_group(s)
    assert again is not None and again.uid == group.uid
    assert again.contact == replace(contact, website="https://prairiehope.ca")
    assert again.service_number == "000123456"


def test_a_0008_file_upgrades_with_the_crisis_check_moved_off_the_paper(tmp_path: Path) -> None:
    """The starter's "Check this number..." note leaves every item's notes (it printed under
    9-8-8 for a person in crisis to read) and becomes the group's task on Home."""
    from groupkeeper.library import service as library
    from groupkeeper.library.starter import check_due

    check = "Check this number is still right, and add local crisis and support lines beside it."
    path = tmp_path / "v8.groupkeeper"
    _migrated(path, "0008_group_contact")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'TWELVE_STEP', 'en', 'America/Regina',"
        " '2025-01-01 09:00:00', 1, 'CA', 'OFF', 0, 0, 21, 'a1b2c3d4e5f60718293a4b5c6d7e8f90',"
        " '', '', '', '', '', '')"
    )
    insert = (
        "INSERT INTO resource (id, kind, title, body, archived, phone, text_line, hours, region,"
        " website, crisis, author, copies, file_name, media_type, size, sha256, text_status,"
        " created_at, updated_at) VALUES (?, 'CONTACT', ?, ?, 0, ?, '', '24 hours', 'Canada', '',"
        " 1, '', 0, '', '', 0, '', NULL, '2025-01-01 09:00:00', '2025-01-01 09:00:00')"
    )
    conn.execute(
        insert, (4, "9-8-8 Suicide Crisis Helpline", f"Call or text 9-8-8. {check}", "988")
    )
    conn.execute(insert, (5, "Prairie Distress Line", "Our own line, checked in May.", "555-0199"))
    conn.commit()
    conn.close()

    with open_store(path) as st, st.session() as s:
        lines = {c.title: c.body for c in library.crisis_lines(s)}
        due = check_due(s)
    assert lines == {
        "9-8-8 Suicide Crisis Helpline": "Call or text 9-8-8.",
        "Prairie Distress Line": "Our own line, checked in May.",  # the group's own, as it was
    }
    assert set(due) == set(lines)  # until someone says the numbers are right
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    conn.close()


def test_a_0008_file_without_the_starter_s_note_has_no_check_due(tmp_path: Path) -> None:
    from groupkeeper.library.starter import check_due

    path = tmp_path / "v8-own.groupkeeper"
    _migrated(path, "0008_group_contact")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'TWELVE_STEP', 'en', 'America/Regina',"
        " '2025-01-01 09:00:00', 1, 'CA', 'OFF', 0, 0, 21, 'a1b2c3d4e5f60718293a4b5c6d7e8f90',"
        " '', '', '', '', '', '')"
    )
    conn.commit()
    conn.close()
    with open_store(path) as st, st.session() as s:
        assert check_due(s) == ()


# A group as revision 0009 keeps it, and a series as revisions 0002 to 0010 keep it.
GROUP_0009 = (
    "INSERT INTO group_info VALUES (1, 'Prairie Hope', 'TWELVE_STEP', 'en', 'America/Regina',"
    " '2025-01-01 09:00:00', 1, 'CA', 'OFF', 0, 0, 21, 'a1b2c3d4e5f60718293a4b5c6d7e8f90',"
    " '', '', '', '', '', '', 0)"
)


def _old_series(
    conn: sqlite3.Connection, sid: int, rule: str, start: str, end: str | None,
    place: str = "Hall", address: str = "", updated: str = "2025-01-01 09:00:00",
) -> None:  # fmt: skip
    conn.execute(
        "INSERT INTO meeting_series (id, name, rrule, start_date, end_date, start_time,"
        " duration_minutes, location_name, address, room, directions, accessibility, language,"
        " notes, format_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '19:00:00.000000',"
        " 60, ?, ?, '', '', '', 'en', '', NULL, '2025-01-01 09:00:00', ?)",
        (sid, f"Meeting {sid}", rule, start, end, place, address, updated),
    )


def test_a_0009_file_keeps_its_every_other_week_meetings_where_they_were(tmp_path: Path) -> None:
    """Every-N series now count from their first meeting; revision 0010 moves an old file's
    first dates onto the first meeting they really had, so not one meeting moves."""
    from datetime import datetime, time

    from dateutil.rrule import rrulestr

    path = tmp_path / "v9.groupkeeper"
    _migrated(path, "0009_crisis_check")
    conn = sqlite3.connect(path)
    conn.execute(GROUP_0009)
    series = {  # id: (rule, first date, end date)
        1: ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2027-01-06", None),  # met 18 Jan, not 11
        2: ("FREQ=MONTHLY;INTERVAL=2;BYDAY=1SU", "2027-01-20", None),  # met 7 Mar, not 7 Feb
        3: ("FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH", "2026-03-04", "2027-06-30"),
        4: ("FREQ=WEEKLY;BYDAY=WE", "2027-01-04", None),  # every week: nothing to change
        5: ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2027-01-11", None),  # already a meeting day
        6: ("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO", "2027-01-06", "2027-01-12"),  # never met
    }
    for sid, (rule, start, end) in series.items():
        _old_series(conn, sid, rule, start, end)
    conn.commit()
    conn.close()

    def before(sid: int) -> list[date]:
        rule, start, end = series[sid]
        first = datetime.combine(date.fromisoformat(start), time())
        last = datetime.combine(date.fromisoformat(end or "2032-12-31"), time())
        return [d.date() for d in rrulestr(rule, dtstart=first).between(first, last, inc=True)]

    with open_store(path) as st, st.session() as s:
        records = {r.id: r for r in service.list_series(s)}
        for sid in (1, 2, 3, 4, 5):
            got = [
                o.day
                for o in service.occurrences(s, date(2026, 1, 1), date(2032, 12, 31))
                if o.series_id == sid
            ]
            assert got == before(sid), sid
    starts = {sid: r.data.start_date for sid, r in records.items()}
    assert starts[1] == date(2027, 1, 18) and starts[2] == date(2027, 3, 7)
    assert starts[4] == date(2027, 1, 4) and starts[5] == date(2027, 1, 11)
    assert starts[6] == date(2027, 1, 6)  # no meeting under the old counting: left as it was


def test_0010_leaves_a_rule_it_does_not_know_untouched(tmp_path: Path) -> None:
    path = tmp_path / "v9-odd.groupkeeper"
    _migrated(path, "0009_crisis_check")
    conn = sqlite3.connect(path)
    _old_series(conn, 7, "FREQ=SECONDLY;INTERVAL=2", "2027-01-06", None)
    conn.commit()
    conn.close()
    _migrated(path)
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT rrule, start_date FROM meeting_series").fetchall() == [
        ("FREQ=SECONDLY;INTERVAL=2", "2027-01-06")
    ]
    conn.close()


def test_a_0010_file_upgrades_onl_to_online_and_keeps_updated_in_utc(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old "ONL" format becomes the attendance it meant (hybrid where the series has a
    place), and the local updated_at becomes UTC, as this computer's clock read it."""
    import time as clock
    from datetime import UTC, datetime

    from groupkeeper.schedule.occurrences import Attendance

    path = tmp_path / "v10.groupkeeper"
    _migrated(path, "0010_series_phase")
    conn = sqlite3.connect(path)
    conn.execute(GROUP_0009)
    for sid, place, address in ((1, "Hall", "1 Main St"), (2, "", ""), (3, "Hall", "")):
        _old_series(conn, sid, "FREQ=WEEKLY;BYDAY=MO", "2027-01-04", None, place, address,
                    updated="2026-07-01 12:00:00.000000")  # fmt: skip
    conn.executemany(
        "INSERT INTO series_format VALUES (?, ?)", [(1, "ONL"), (1, "O"), (2, "ONL"), (3, "C")]
    )
    conn.commit()
    conn.close()
    monkeypatch.setenv("TZ", "America/Toronto")
    clock.tzset()
    try:
        with open_store(path) as st, st.session() as s:
            got = {r.id: r for r in service.list_series(s)}
    finally:
        monkeypatch.delenv("TZ")
        clock.tzset()
    assert got[1].data.online.attendance is Attendance.HYBRID and got[1].data.formats == ("O",)
    assert got[2].data.online.attendance is Attendance.ONLINE and got[2].data.formats == ()
    assert got[3].data.online.attendance is Attendance.IN_PERSON
    assert got[3].data.formats == ("C",)
    # 12:00 in Toronto in July (EDT, UTC-4) is 16:00 UTC.
    assert got[1].updated_at == datetime(2026, 7, 1, 16, 0, tzinfo=UTC)
    assert got[1].data.location.latitude is None and got[1].data.slugs == ()


def test_a_0011_file_upgrades_to_an_unpublished_file(tmp_path: Path) -> None:
    """Revision 0012 adds the publication row's table: an upgraded file was never published
    (generation 0), and its data is as it was."""
    from groupkeeper.store.publication import NEVER, read

    path = tmp_path / "v11.groupkeeper"
    _migrated(path, "0011_online_meetings")
    conn = sqlite3.connect(path)
    conn.execute(GROUP_0009)
    conn.execute(
        "INSERT INTO meeting_series (id, name, rrule, start_date, end_date, start_time,"
        " duration_minutes, location_name, address, room, directions, accessibility, language,"
        " notes, format_id, attendance, conference_url, conference_url_notes, conference_phone,"
        " conference_phone_notes, listing_slugs, latitude, longitude, region, sub_region,"
        " created_at, updated_at) VALUES (1, 'Zoom Mondays', 'FREQ=WEEKLY;BYDAY=MO',"
        " '2027-01-04', NULL, '19:00:00.000000', 60, '', 'Elm Falls', '', '', '', 'en', '',"
        " NULL, 'ONLINE', 'https://zoom.us/j/1', '', '', '', '{\"0\": \"zoom-mondays\"}',"
        " 45.5, -75.1, 'North', '', '2025-01-01 09:00:00', '2025-01-01 09:00:00')"
    )
    conn.commit()
    conn.close()
    with open_store(path) as st, st.session() as s:
        [series] = service.list_series(s)
    assert series.name == "Zoom Mondays" and series.data.online.url == "https://zoom.us/j/1"
    assert series.data.slugs == ((0, "zoom-mondays"),)
    conn = sqlite3.connect(path)
    assert read(conn) == NEVER
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    conn.close()
