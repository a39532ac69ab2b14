"""Alembic environment: runs against the engine the Store hands over."""

from __future__ import annotations

from alembic import context

from assura.store import tables  # noqa: F401  (fills Base.metadata)
from assura.store.base import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    context.run_migrations()
