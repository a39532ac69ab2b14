"""Evidence from inventory scans: every scanned repo has a scan inside the window."""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from assura.maturity.collectors._base import aware, has_tables, is_fresh, not_installed
from assura.maturity.interface import CheckResult, CheckState, CollectContext, EvidenceItem
from assura.store.tables.scans import ScanRow

__all__ = ["InventoryCollector", "latest_scans"]

THIRD_PARTY_KINDS = ("sdk", "service", "model", "agent_framework", "mcp_server", "vector_store")


def latest_scans(session: Session, kind: str) -> list[ScanRow]:
    """The newest scan of ``kind`` per target, newest first."""
    rows = session.scalars(
        select(ScanRow).where(ScanRow.kind == kind).order_by(ScanRow.started_at.desc())
    )
    seen: dict[str, ScanRow] = {}
    for row in rows:
        seen.setdefault(row.target, row)
    return list(seen.values())


class InventoryCollector:
    id: ClassVar[str] = "inventory"
    checks: ClassVar[tuple[str, ...]] = ("inventory.scan_recent", "inventory.third_party_recorded")

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]:
        if not has_tables(session, "scans", "components"):
            return not_installed(self.checks, "inventory")
        scans = latest_scans(session, "inventory")
        if not scans:
            msg = "no inventory scan in the store"
            return [CheckResult(c, CheckState.MISSING, msg) for c in self.checks]
        items = []
        for scan in scans:
            when = aware(scan.finished_at or scan.started_at)
            items.append(
                EvidenceItem(
                    "scan",
                    scan.id,
                    f"inventory scan of {scan.target}: {scan.summary.get('components', '?')} component(s)",
                    when,
                    is_fresh(when, ctx),
                    subject=scan.target,
                )
            )
        stale = [i.subject for i in items if not i.fresh]
        if stale:
            recent = CheckResult(
                "inventory.scan_recent",
                CheckState.STALE,
                f"{len(stale)} of {len(items)} scanned target(s) have no inventory scan in the last "
                f"{ctx.window_days} days: {', '.join(sorted(stale)[:5])}",
                tuple(items),
            )
        else:
            recent = CheckResult(
                "inventory.scan_recent",
                CheckState.SATISFIED,
                f"all {len(items)} scanned target(s) have an inventory scan in the last {ctx.window_days} days",
                tuple(items),
            )
        return [recent, self._third_party(scans, items, ctx)]

    def _third_party(
        self, scans: list[ScanRow], items: list[EvidenceItem], ctx: CollectContext
    ) -> CheckResult:
        fresh = [(s, i) for s, i in zip(scans, items, strict=True) if i.fresh]
        if not fresh:
            return CheckResult(
                "inventory.third_party_recorded",
                CheckState.STALE,
                f"no inventory scan in the last {ctx.window_days} days records third-party AI use",
                tuple(items),
            )
        out = []
        total = 0
        for scan, item in fresh:
            comps = [c for c in scan.components if c.kind in THIRD_PARTY_KINDS]
            total += len(comps)
            out.append(
                EvidenceItem(
                    "scan",
                    item.record_id,
                    f"{len(comps)} third-party AI component(s) recorded in {item.subject}",
                    item.observed_at,
                    True,
                    subject=item.subject,
                )
            )
        return CheckResult(
            "inventory.third_party_recorded",
            CheckState.SATISFIED,
            f"{total} third-party AI component(s) recorded by {len(out)} fresh inventory scan(s)",
            tuple(out),
        )
