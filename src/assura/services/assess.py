"""Saving a whole assessment: each scan, the risk register, one ledger entry each."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from assura.ara.service import save_analysis
from assura.assess import Assessment
from assura.config import current_actor
from assura.services.inventory import record_inventory
from assura.services.scans import record_findings_scan

__all__ = ["record_assessment"]


def record_assessment(
    session: Session, a: Assessment, *, actor: str | None = None
) -> dict[str, Any]:
    """Save the assessment's scans and register in the caller's transaction; return their ids."""
    actor = current_actor(actor)
    inv = record_inventory(session, a.inventory, actor=actor)
    art = record_findings_scan(
        session,
        kind="artifacts",
        target=a.target,
        findings=a.artifacts.findings,
        summary={"files": {r.path: r.verdict.value for r in a.artifacts.files}},
        actor=actor,
    )
    code = record_findings_scan(
        session,
        kind="codescan",
        target=a.target,
        findings=a.code.findings,
        summary={"files": a.code.files_scanned, "skipped": len(a.code.skipped)},
        actor=actor,
    )
    saved, _ = save_analysis(session, a.analysis, actor=actor)
    return {"inventory": inv.id, "artifacts": art.id, "codescan": code.id, "ara": saved.id}
