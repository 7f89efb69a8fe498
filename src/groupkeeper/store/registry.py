"""Imports every feature package's models so ``Base.metadata`` holds the whole schema,
and lists what a brand-new file is seeded with."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

import groupkeeper.store.publication as publication_model
from groupkeeper.group import models as group
from groupkeeper.library import models as library_models
from groupkeeper.materials import models as materials_models
from groupkeeper.pairing import models as pairing_models
from groupkeeper.roster import models as roster_models
from groupkeeper.schedule import models as schedule_models
from groupkeeper.store.undo import Step

__all__ = [
    "SEEDS", "group", "library_models", "materials_models", "pairing_models", "publication_model",
    "roster_models", "schedule_models",
]  # fmt: skip

SEEDS: tuple[Callable[[Connection], None], ...] = (
    roster_models.seed_defaults,
    pairing_models.seed_defaults,
    materials_models.seed_defaults,  # after the roles it names
)


def _reindex_library(conn: Connection, step: Step) -> None:
    # The library's service (with its text readers) loads only when an undo needs it.
    from groupkeeper.library import service as library_service

    library_service.reindex_step(conn, step)


AFTER_REPLAY: tuple[Callable[[Connection, Step], None], ...] = (_reindex_library,)
"""Bring derived data the undo triggers cannot see up to date after an undo or redo."""
