"""Persistence: SQLAlchemy tables, Alembic migrations, repositories.

SQLite inside ``ASSURA_HOME`` by default; PostgreSQL (or any SQLAlchemy URL) through
``ASSURA_DATABASE_URL``. Migrations run on first open.
"""

from assura.store import tables as tables
from assura.store.base import Base, new_id, utcnow
from assura.store.db import Store, open_store

__all__ = ["Base", "Store", "new_id", "open_store", "tables", "utcnow"]
