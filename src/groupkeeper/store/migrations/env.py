"""Alembic environment: always run on a connection handed in by ``store.migrate``."""

from __future__ import annotations

from alembic import context

import groupkeeper.store.registry as registry
from groupkeeper.store.base import Base

_ = registry
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
