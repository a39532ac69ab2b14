"""The store on SQLite and PostgreSQL: migrations match the tables, round trips work."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from assura.errors import ConfigError, InputNotFound, StoreError
from assura.findings import Finding, Location, Severity
from assura.services.scans import get_scan, list_scans, record_findings_scan, scan_dict
from assura.store import Base, Store, open_store


def test_migrations_create_exactly_the_declared_tables(store: Store) -> None:
    with store.engine.connect() as conn:
        ctx = MigrationContext.configure(conn)
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == [], f"migrations and tables differ: {diff}"


def test_migrate_is_idempotent(store: Store) -> None:
    store.migrate()
    store.migrate()


def test_findings_scan_round_trip(store: Store) -> None:
    f = Finding("T-1", Severity.HIGH, "bad thing", Location("a/b.py", 3), references=("CWE-1",))
    with store.session() as s:
        scan = record_findings_scan(s, kind="codescan", target="/x", findings=[f], summary={"n": 1})
        scan_id = scan.id
    with store.session() as s:
        got = get_scan(s, scan_id[:8])
        d = scan_dict(got)
        assert d["kind"] == "codescan"
        assert d["findings"][0]["rule_id"] == "T-1"
        assert d["findings"][0]["location"] == {"path": "a/b.py", "line": 3}
        assert [x.id for x in list_scans(s, kind="codescan")] == [scan_id]
        assert list_scans(s, kind="inventory") == []


def test_unknown_scan_is_a_user_error(store: Store) -> None:
    with store.session() as s, pytest.raises(InputNotFound):
        get_scan(s, "doesnotexist")


def test_failed_transaction_writes_nothing(store: Store) -> None:
    f = Finding("T-1", Severity.LOW, "x")
    with pytest.raises(RuntimeError), store.session() as s:
        record_findings_scan(s, kind="codescan", target="/x", findings=[f])
        raise RuntimeError("boom")
    with store.session() as s:
        assert list_scans(s) == []


def test_bad_database_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        open_store("nosuchdialect://x")


def test_unreachable_postgres_is_a_store_error() -> None:
    with pytest.raises(StoreError):
        open_store("postgresql+psycopg://postgres@127.0.0.1:1/none?connect_timeout=2")


def test_default_store_lives_in_assura_home(assura_home: Path) -> None:
    s = open_store()
    assert (assura_home / "assura.db").is_file()
    s.dispose()
