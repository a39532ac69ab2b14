"""Read endpoints for scans and the components they found."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from assura.access.api_deps import require
from assura.api.deps import DbSession
from assura.services.scans import get_scan, list_scans, scan_dict
from assura.store.tables import ComponentRow, ScanRow

router = APIRouter(prefix="/v1", tags=["scans"], dependencies=[Depends(require("scan:read"))])


@router.get("/scans")
def scans(
    session: DbSession, kind: str | None = None, limit: int = Query(50, ge=1, le=500)
) -> dict[str, Any]:
    """Saved scans, newest first."""
    return {
        "scans": [
            scan_dict(s, with_items=False) for s in list_scans(session, kind=kind, limit=limit)
        ]
    }


@router.get("/scans/{scan_id}")
def scan(scan_id: str, session: DbSession) -> dict[str, Any]:
    """One scan with its systems, components and findings."""
    return scan_dict(get_scan(session, scan_id))


@router.get("/components")
def components(
    session: DbSession,
    kind: str | None = None,
    system: str | None = None,
    scan_id: str | None = None,
    limit: int = Query(500, ge=1, le=5000),
) -> dict[str, Any]:
    """Components of the newest inventory scan of each target (or of one scan)."""
    q = select(ComponentRow, ScanRow).join(ScanRow, ComponentRow.scan_id == ScanRow.id)
    if scan_id is not None:
        q = q.where(ComponentRow.scan_id == get_scan(session, scan_id).id)
    else:
        latest = {}
        for s in session.scalars(
            select(ScanRow).where(ScanRow.kind == "inventory").order_by(ScanRow.started_at)
        ):
            latest[s.target] = s.id
        q = q.where(ComponentRow.scan_id.in_(list(latest.values()) or [""]))
    if kind is not None:
        q = q.where(ComponentRow.kind == kind)
    if system is not None:
        q = q.where(ComponentRow.system == system)
    q = q.order_by(ScanRow.target, ComponentRow.seq).limit(limit)
    out = []
    for c, s in session.execute(q).all():
        out.append(
            {
                "scan_id": s.id,
                "target": s.target,
                "system": c.system,
                "kind": c.kind,
                "name": c.name,
                "version": c.version,
                "provider": c.provider,
                "confidence": c.confidence,
                "evidence": c.evidence,
            }
        )
    return {"components": out}
