"""The schema list each revision is checked against at open matches what the migrations and
a new file really hold, so a file GroupKeeper made is never refused as altered."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from groupkeeper.store import AlteredFileError, open_store, schema
from groupkeeper.store.migrate import upgrade_to_head
from groupkeeper.store.revisions import APPLICATION_ID, HEAD, KNOWN_REVISIONS
from groupkeeper.store.sqlitefile import integrity_check


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {f"{t} {n}" for t, n in conn.execute("SELECT type, name FROM sqlite_schema")}
    finally:
        conn.close()


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_each_revision_lists_what_its_migrations_make(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "migrated.groupkeeper"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    upgrade_to_head(engine, revision)
    engine.dispose()
    assert _names(path) == schema.expected(revision)


def test_a_new_file_holds_exactly_the_head_schema(demo_file: Path) -> None:
    assert list(schema.ADDED) == list(KNOWN_REVISIONS)
    assert _names(demo_file) == schema.expected(HEAD)


def test_analyze_leaves_a_file_that_still_opens(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute("ANALYZE")
    conn.close()
    open_store(demo_file).close()


def test_check_names_what_was_planted(demo_file: Path) -> None:
    conn = sqlite3.connect(demo_file)
    conn.execute('CREATE TRIGGER "x\x1b[2J" AFTER DELETE ON member BEGIN SELECT 1; END')
    conn.commit()
    conn.close()
    with pytest.raises(AlteredFileError, match=r"a trigger named 'x\\x1b\[2J'"):
        integrity_check(demo_file)


def test_every_column_has_a_value_rule() -> None:
    """A column type the value check does not know would let any value through unnoticed."""
    from groupkeeper.store import registry, values
    from groupkeeper.store.base import Base

    _ = registry
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            rules = values._rules(column)
            assert any("typeof" in r or "NOT IN" in r or "IS NOT" in r for r in rules), (
                f"{table.name}.{column.name}: {column.type!r}"
            )
