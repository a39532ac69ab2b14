"""Evidence from access control, as recorded in the audit ledger.

- ``access.decisions_logged``: access decisions (``authz.decision`` entries) were written
  to the tamper-evident ledger inside the window;
- ``access.review_done``: a least-privilege review was recorded (an ``access.review*``
  entry) inside the window. The access module computes reviews but does not record them
  yet; until a review is recorded the check says "not observable yet".
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assura.maturity.collectors._base import aware, has_tables, is_fresh, not_installed
from assura.maturity.interface import CheckResult, CheckState, CollectContext, EvidenceItem
from assura.store.tables.ledger import LedgerEntryRow

__all__ = ["AccessCollector"]


def _entries(session: Session, prefix: str, limit: int = 5) -> tuple[int, list[LedgerEntryRow]]:
    where = LedgerEntryRow.action.startswith(prefix)
    total = session.scalar(select(func.count()).select_from(LedgerEntryRow).where(where)) or 0
    rows = session.scalars(
        select(LedgerEntryRow).where(where).order_by(LedgerEntryRow.seq.desc()).limit(limit)
    )
    return total, list(rows)


def _items(rows: list[LedgerEntryRow], what: str, ctx: CollectContext) -> tuple[EvidenceItem, ...]:
    return tuple(
        EvidenceItem(
            "ledger_entry",
            str(r.seq),
            f"{what}: {r.action} on {r.resource}",
            aware(r.ts),
            is_fresh(r.ts, ctx),
            r.actor,
        )
        for r in rows
    )


class AccessCollector:
    id: ClassVar[str] = "access"
    checks: ClassVar[tuple[str, ...]] = ("access.review_done", "access.decisions_logged")

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]:
        if not has_tables(session, "access_principals", "ledger_entries"):
            return not_installed(self.checks, "access")
        return [self._review(session, ctx), self._decisions(session, ctx)]

    def _review(self, session: Session, ctx: CollectContext) -> CheckResult:
        check = "access.review_done"
        total, rows = _entries(session, "access.review")
        if not total:
            msg = "not observable yet (least-privilege reviews are not recorded in the store)"
            return CheckResult(check, CheckState.NOT_INSTALLED, msg)
        items = _items(rows, "access review", ctx)
        if not any(i.fresh for i in items):
            return CheckResult(
                check,
                CheckState.STALE,
                f"no access review in the last {ctx.window_days} days",
                items[:1],
            )
        fresh = tuple(i for i in items if i.fresh)
        return CheckResult(
            check,
            CheckState.SATISFIED,
            f"access review recorded in the last {ctx.window_days} days",
            fresh,
        )

    def _decisions(self, session: Session, ctx: CollectContext) -> CheckResult:
        check = "access.decisions_logged"
        total, rows = _entries(session, "authz.decision")
        if not total:
            return CheckResult(check, CheckState.MISSING, "no access decision in the audit ledger")
        items = _items(rows, "access decision", ctx)
        fresh = tuple(i for i in items if i.fresh)
        if not fresh:
            return CheckResult(
                check,
                CheckState.STALE,
                f"no access decision logged in the last {ctx.window_days} days",
                items[:1],
            )
        return CheckResult(
            check,
            CheckState.SATISFIED,
            f"{total} access decision(s) in the ledger, latest within {ctx.window_days} days",
            fresh,
        )
