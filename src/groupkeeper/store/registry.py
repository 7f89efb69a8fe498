"""Imports every feature package's models so ``Base.metadata`` holds the whole schema."""

from __future__ import annotations

from groupkeeper.schedule import models as schedule_models
from groupkeeper.store import group

__all__ = ["group", "schedule_models"]
