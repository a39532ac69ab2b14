"""Evidence from whitebox scans: model files scanned, AI-integration code scanned.

Both read the lead's generic ``scans`` table (``kind`` = artifacts / codescan) and compare
with the newest inventory scans, so "every repo that has AI" is the population.
"""

from __future__ import annotations

from typing import ClassVar

from sqlalchemy.orm import Session

from assura.maturity.collectors._base import aware, has_tables, is_fresh, not_installed
from assura.maturity.collectors.inventory import latest_scans
from assura.maturity.interface import CheckResult, CheckState, CollectContext, EvidenceItem
from assura.store.tables.scans import ScanRow

__all__ = ["ArtifactsCollector", "CodescanCollector"]


def _covers(scan_target: str, repo: str) -> bool:
    """Whether a scan of ``scan_target`` covers (part of) the repo at ``repo``."""
    a, b = scan_target.rstrip("/"), repo.rstrip("/")
    return a == b or a.startswith(b + "/")


def _item(scan: ScanRow, ctx: CollectContext, what: str) -> EvidenceItem:
    when = aware(scan.finished_at or scan.started_at)
    n = len(scan.findings)
    return EvidenceItem(
        "scan",
        scan.id,
        f"{what} of {scan.target}: {n} finding(s)",
        when,
        is_fresh(when, ctx),
        scan.target,
    )


def _population(session: Session, ctx: CollectContext, kinds: tuple[str, ...] | None) -> list[str]:
    """Targets of the newest inventory scans that hold components of ``kinds`` (None: any)."""
    return [
        inv.target
        for inv in latest_scans(session, "inventory")
        if (kinds is None and inv.components)
        or any(c.kind in (kinds or ()) for c in inv.components)
    ]


def _judge(
    check: str, what: str, scans: list[ScanRow], population: list[str], ctx: CollectContext
) -> CheckResult:
    if not scans:
        return CheckResult(check, CheckState.MISSING, f"no {what} in the store")
    items = [_item(s, ctx, what) for s in scans]
    fresh = [i for i in items if i.fresh]
    if not fresh:
        return CheckResult(
            check, CheckState.STALE, f"no {what} in the last {ctx.window_days} days", tuple(items)
        )
    uncovered = [t for t in population if not any(_covers(i.subject, t) for i in fresh)]
    if uncovered:
        return CheckResult(
            check,
            CheckState.STALE,
            f"{len(uncovered)} of {len(population)} repo(s) with AI have no {what} in the last "
            f"{ctx.window_days} days: {', '.join(sorted(uncovered)[:5])}",
            tuple(items),
        )
    scope = f"all {len(population)} repo(s) with AI" if population else f"{len(fresh)} target(s)"
    return CheckResult(
        check,
        CheckState.SATISFIED,
        f"{what} within {ctx.window_days} days for {scope}",
        tuple(fresh),
    )


class ArtifactsCollector:
    id: ClassVar[str] = "artifacts"
    checks: ClassVar[tuple[str, ...]] = ("artifacts.models_scanned",)

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]:
        if not has_tables(session, "scans", "findings"):
            return not_installed(self.checks, "artifacts")
        scans = latest_scans(session, "artifacts")
        population = _population(session, ctx, ("model_file",))
        return [_judge("artifacts.models_scanned", "model file scan", scans, population, ctx)]


class CodescanCollector:
    id: ClassVar[str] = "codescan"
    checks: ClassVar[tuple[str, ...]] = ("codescan.scan_recent",)

    def collect(self, session: Session, ctx: CollectContext) -> list[CheckResult]:
        if not has_tables(session, "scans", "findings"):
            return not_installed(self.checks, "codescan")
        scans = latest_scans(session, "codescan")
        population = _population(session, ctx, None)
        return [_judge("codescan.scan_recent", "code scan", scans, population, ctx)]
