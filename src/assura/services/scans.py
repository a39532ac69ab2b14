"""Saving and reading scans of any analyser (inventory, artifacts, codescan)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assura import __version__
from assura.errors import InputNotFound
from assura.findings import Finding
from assura.store.base import utcnow
from assura.store.tables import FindingRow, ScanRow

__all__ = ["add_findings", "audit", "get_scan", "list_scans", "record_findings_scan", "scan_dict"]


def record_findings_scan(
    session: Session,
    *,
    kind: str,
    target: str,
    findings: Sequence[Finding],
    summary: dict[str, Any] | None = None,
    started_at: datetime | None = None,
    actor: str | None = None,
) -> ScanRow:
    """Save one scan and its findings in the caller's transaction; logged to the ledger."""
    scan = ScanRow(
        kind=kind,
        target=target,
        started_at=started_at or utcnow(),
        finished_at=utcnow(),
        tool_version=__version__,
        summary=summary or {},
    )
    session.add(scan)
    add_findings(scan, findings)
    session.flush()
    audit(
        session,
        action=f"{kind}.scan",
        resource=f"scan:{scan.id}",
        data={"target": target, **(summary or {})},
    )
    return scan


def add_findings(scan: ScanRow, findings: Iterable[Finding]) -> None:
    for i, f in enumerate(findings):
        d = f.to_dict()
        scan.findings.append(
            FindingRow(
                seq=i,
                rule_id=f.rule_id,
                severity=f.severity.value,
                fingerprint=f.fingerprint,
                message=f.message,
                path=f.location.path if f.location else None,
                line=f.location.line if f.location else None,
                detail=d,
            )
        )


def list_scans(session: Session, *, kind: str | None = None, limit: int = 50) -> list[ScanRow]:
    q = select(ScanRow).order_by(ScanRow.started_at.desc(), ScanRow.id).limit(limit)
    if kind is not None:
        q = q.where(ScanRow.kind == kind)
    return list(session.scalars(q))


def get_scan(session: Session, scan_id: str, *, kind: str | None = None) -> ScanRow:
    """A scan by id or by a unique id prefix (at least 4 characters)."""
    scan = session.get(ScanRow, scan_id)
    if scan is None and len(scan_id) >= 4:
        rows = list(session.scalars(select(ScanRow).where(ScanRow.id.startswith(scan_id)).limit(2)))
        scan = rows[0] if len(rows) == 1 else None
    if scan is None or (kind is not None and scan.kind != kind):
        raise InputNotFound(f"no {kind + ' ' if kind else ''}scan with id {scan_id!r}")
    return scan


def scan_dict(scan: ScanRow, *, with_items: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": scan.id,
        "kind": scan.kind,
        "target": scan.target,
        "started_at": scan.started_at.isoformat(),
        "finished_at": scan.finished_at.isoformat() if scan.finished_at else None,
        "tool_version": scan.tool_version,
        "summary": scan.summary,
    }
    if with_items:
        d["systems"] = [{"name": s.name, "root": s.root} for s in scan.systems]
        d["components"] = [
            {
                "system": c.system,
                "kind": c.kind,
                "name": c.name,
                "version": c.version,
                "provider": c.provider,
                "confidence": c.confidence,
                "evidence": c.evidence,
                **({"properties": c.properties} if c.properties else {}),
            }
            for c in scan.components
        ]
        d["findings"] = [f.detail for f in scan.findings]
    return d


def audit(
    session: Session, *, action: str, resource: str, data: dict[str, Any], actor: str | None = None
) -> None:
    """Append an event to the audit ledger in the caller's transaction."""
    from assura.config import current_actor
    from assura.ledger import append_event

    append_event(
        session,
        actor=current_actor(actor),
        action=action,
        resource=resource,
        data=data,
    )
