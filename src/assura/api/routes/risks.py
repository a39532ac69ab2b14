"""Risk registers (ARA) and maturity assessments: read endpoints."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from assura.access.api_deps import require
from assura.api.deps import DbSession
from assura.ara.service import latest_register, list_analyses
from assura.errors import InputNotFound
from assura.maturity.service import get_assessment, list_assessments
from assura.store.tables.ara import AraSystemRow

router = APIRouter(prefix="/v1", tags=["risks", "maturity"])


@router.get("/systems", dependencies=[Depends(require("risk:read"))])
def systems(session: DbSession) -> dict[str, Any]:
    """AI systems that have a saved risk register."""
    names = list(session.scalars(select(AraSystemRow.name).order_by(AraSystemRow.name)))
    return {"systems": names}


@router.get("/systems/{system}/register", dependencies=[Depends(require("risk:read"))])
def register(system: str, session: DbSession) -> dict[str, Any]:
    """The newest saved risk register of one system."""
    reg = latest_register(session, system)
    if reg is None:
        raise InputNotFound(f"no saved risk register for system {system!r}")
    return reg


@router.get("/systems/{system}/analyses", dependencies=[Depends(require("risk:read"))])
def analyses(system: str, session: DbSession) -> dict[str, Any]:
    """Every saved analysis of one system, oldest first, with its summary."""
    return {"analyses": [asdict(a) for a in list_analyses(session, system)]}


@router.get("/maturity/assessments", dependencies=[Depends(require("maturity:read"))])
def assessments(session: DbSession, limit: int = Query(50, ge=1, le=500)) -> dict[str, Any]:
    """Saved maturity assessments, newest first (summaries)."""
    rows = list_assessments(session, limit=limit)
    return {
        "assessments": [
            {
                "id": r.id,
                "version": r.version,
                "created_at": r.created_at.isoformat(),
                "org_size": r.org_size,
                "summary": r.summary,
            }
            for r in rows
        ]
    }


@router.get("/maturity/assessments/{ref}", dependencies=[Depends(require("maturity:read"))])
def assessment(ref: str, session: DbSession) -> dict[str, Any]:
    """One saved assessment (by version, id or ``latest``), as it was saved."""
    row = get_assessment(session, ref)
    return {
        "id": row.id,
        "version": row.version,
        "created_at": row.created_at.isoformat(),
        **row.result,
    }
