"""Helpers the collectors share: table presence, freshness, timestamps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from assura.maturity.interface import CheckResult, CheckState, CollectContext

__all__ = ["aware", "has_tables", "is_fresh", "not_installed"]


def has_tables(session: Session, *names: str) -> bool:
    """Whether every table in ``names`` exists in the connected database."""
    insp = inspect(session.get_bind())
    return all(insp.has_table(n) for n in names)


def aware(ts: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; the store writes UTC, so mark them UTC."""
    if ts is None:
        return None
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=UTC)


def is_fresh(ts: datetime | None, ctx: CollectContext) -> bool:
    ts = aware(ts)
    return ts is not None and ctx.now - timedelta(
        days=ctx.window_days
    ) <= ts <= ctx.now + timedelta(minutes=5)


def not_installed(checks: tuple[str, ...], module: str) -> list[CheckResult]:
    msg = f"not observable yet ({module} module not installed)"
    return [CheckResult(c, CheckState.NOT_INSTALLED, msg) for c in checks]
