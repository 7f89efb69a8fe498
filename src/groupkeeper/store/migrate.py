"""Alembic, imported only when a file actually needs upgrading."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def script_revisions() -> list[str]:
    """The revisions in the Alembic scripts, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(engine: Engine, target: str = "head") -> None:
    """Upgrade with foreign keys off, then prove no reference was broken.

    Batch migrations on SQLite rebuild a table by copying it and dropping the old one; with
    foreign keys on, that drop would cascade and silently delete dependent rows (a series'
    format codes, its cancelled dates). SQLite ignores this pragma inside a transaction, so
    it is set first, on its own.
    """
    cfg = alembic_config()
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        with conn.begin():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"Upgrade would break references: {broken[:5]}")
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.commit()
