"""Opening the database: engine, migrations on first use, transactional sessions."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from assura.config import Settings, load_settings
from assura.errors import ConfigError, StoreError

__all__ = ["Store", "open_store"]

_migrate_lock = threading.Lock()


class Store:
    """A handle on one database. Cheap to keep; open sessions with :meth:`session`."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = _make_engine(url)
        except SQLAlchemyError as exc:
            raise ConfigError(f"cannot use database URL {_safe(url)!r}: {exc}") from None
        except ModuleNotFoundError as exc:
            raise ConfigError(f"database driver missing for {_safe(url)!r}: {exc}") from None
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on error."""
        s = self._sessions()
        try:
            yield s
            s.commit()
        except SQLAlchemyError as exc:
            s.rollback()
            raise StoreError(
                f"database error: {exc.__class__.__name__}: {exc.orig if hasattr(exc, 'orig') else exc}"
            ) from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def migrate(self) -> None:
        """Bring the schema to the newest revision of every branch (idempotent)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(_migrations_dir()))
        cfg.attributes["engine"] = self.engine
        with _migrate_lock:
            try:
                command.upgrade(cfg, "heads")
            except OperationalError as exc:
                raise StoreError(f"cannot reach database {_safe(self.url)!r}: {exc.orig}") from None

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(settings: Settings | str | None = None, *, migrate: bool = True) -> Store:
    """Open (and by default migrate) the store named by ``settings`` or a URL."""
    if settings is None:
        settings = load_settings()
    if isinstance(settings, Settings):
        url = settings.effective_database_url
        if url.startswith("sqlite:///") and not settings.database_url:
            settings.home.mkdir(parents=True, exist_ok=True)
    else:
        url = settings
    store = Store(url)
    if migrate:
        store.migrate()
    return store


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return create_engine(url, pool_pre_ping=True)


def _migrations_dir() -> Path:
    return Path(str(resources.files("assura.store") / "migrations"))


def _safe(url: str) -> str:
    """The URL without a password, for messages."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        user = creds.split(":", 1)[0]
        return f"{scheme}://{user}:***@{host}" if ":" in creds else url
    return url
