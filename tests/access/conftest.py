"""A SQLite-only store for tests whose logic does not depend on the database engine.

The shared ``store`` fixture (SQLite and PostgreSQL) stays on the tests that exercise
the database: appends, locking, proofs from stored hashes, the HTTP decision point.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assura.store import Store, open_store


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'store.db'}")
    yield s
    s.dispose()
