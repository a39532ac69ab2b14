"""Shared fixtures: an isolated ASSURA_HOME, and the store on SQLite and PostgreSQL.

PostgreSQL is the real server at 127.0.0.1:5432 (user postgres, trust auth); each test
session gets its own database, dropped at the end. Set ASSURA_TEST_PG_URL to point
elsewhere, or ASSURA_TEST_SKIP_PG=1 to run without it (CI never sets that).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from assura.store import Store, open_store

# Property tests check answers, never speed: a per-example deadline only makes them flaky
# on a loaded CI machine (tests never assert on wall-clock time).
settings.register_profile("assura", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("assura")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"

_PG_ADMIN = os.environ.get("ASSURA_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever touches the real ~/.assura: every test gets a home of its own."""
    monkeypatch.setenv("ASSURA_HOME", str(tmp_path_factory.mktemp("home")))
    monkeypatch.delenv("ASSURA_DATABASE_URL", raising=False)
    monkeypatch.delenv("ASSURA_LEDGER_KEY", raising=False)


@pytest.fixture
def assura_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point ASSURA_HOME at a fresh folder (SQLite store inside it)."""
    home = tmp_path / "assura-home"
    monkeypatch.setenv("ASSURA_HOME", str(home))
    monkeypatch.delenv("ASSURA_DATABASE_URL", raising=False)
    return home


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session."""
    if os.environ.get("ASSURA_TEST_SKIP_PG") == "1":
        pytest.skip("PostgreSQL tests disabled by ASSURA_TEST_SKIP_PG=1")
    import psycopg

    name = f"assura_test_{uuid.uuid4().hex[:10]}"
    admin = _PG_ADMIN.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = admin.rsplit("/", 1)[0]
    try:
        yield f"postgresql+psycopg://{base.split('://', 1)[1]}/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """The store on SQLite and on PostgreSQL, freshly migrated and empty."""
    if request.param == "sqlite":
        s = open_store(f"sqlite:///{tmp_path / 'store.db'}")
        yield s
        s.dispose()
        return
    url = request.getfixturevalue("pg_database_url")
    _reset_schema(url)
    s = open_store(url)
    try:
        yield s
    finally:
        s.dispose()


@pytest.fixture
def pg_home(assura_home: Path, pg_database_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """ASSURA_DATABASE_URL pointed at the session's PostgreSQL database, emptied."""
    monkeypatch.setenv("ASSURA_DATABASE_URL", pg_database_url)
    _reset_schema(pg_database_url)
    return pg_database_url


def _reset_schema(url: str) -> None:
    """Drop everything, so the next open migrates an empty database from scratch."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
