"""Evidence from the audit ledger: recent signed checkpoints (each one re-hashes the whole
log before signing) and lineage records per model version."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from assura.maturity.collectors._base import aware, has_tables, is_fresh, not_installed
from assura.maturity.interface import CheckResult, CheckState, CollectContext, EvidenceItem
from assura.store.tables.ledger import LedgerCheckpointRow, LineageRow

__all__ = ["LedgerCollector"]


class LedgerCollector:
    id: ClassVar[str] = "ledger"
    checks: ClassVar[tuple[str, ...]] = ("ledger.verified", "lineage.recorded")

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]:
        if not has_tables(session, "ledger_checkpoints", "lineage_records"):
            return not_installed(self.checks, "ledger")
        return [self._verified(session, ctx), self._lineage(session, ctx)]

    def _verified(self, session: Session, ctx: CollectContext) -> CheckResult:
        q = select(LedgerCheckpointRow).order_by(LedgerCheckpointRow.created_at.desc()).limit(20)
        rows = list(session.scalars(q))
        check = "ledger.verified"
        if not rows:
            return CheckResult(
                check, CheckState.MISSING, "no signed ledger checkpoint in the store"
            )
        items = tuple(
            EvidenceItem(
                "ledger_checkpoint",
                str(r.id),
                f"signed checkpoint of {r.size} entries (log re-hashed before signing)",
                aware(r.created_at),
                is_fresh(r.created_at, ctx),
                "ledger",
            )
            for r in rows
        )
        fresh = tuple(i for i in items if i.fresh)
        if not fresh:
            return CheckResult(
                check,
                CheckState.STALE,
                f"no ledger checkpoint in the last {ctx.window_days} days",
                items[:1],
            )
        return CheckResult(
            check,
            CheckState.SATISFIED,
            f"{len(fresh)} verified checkpoint(s) in the last {ctx.window_days} days",
            fresh,
        )

    def _lineage(self, session: Session, ctx: CollectContext) -> CheckResult:
        q = select(LineageRow).order_by(LineageRow.recorded_at.desc()).limit(200)
        rows = list(session.scalars(q))
        check = "lineage.recorded"
        if not rows:
            return CheckResult(check, CheckState.MISSING, "no lineage record in the store")
        items = tuple(
            EvidenceItem(
                "lineage",
                str(r.id),
                f"lineage of {r.model} {r.version}",
                aware(r.recorded_at),
                is_fresh(r.recorded_at, ctx),
                f"{r.model}@{r.version}",
            )
            for r in rows
        )
        fresh = tuple(i for i in items if i.fresh)
        if not fresh:
            return CheckResult(
                check,
                CheckState.STALE,
                f"no model version had its lineage recorded in the last {ctx.window_days} days",
                items,
            )
        return CheckResult(
            check,
            CheckState.SATISFIED,
            f"lineage recorded for {len(fresh)} model version(s) in the last {ctx.window_days} days",
            fresh,
        )
