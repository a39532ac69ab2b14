"""Store-backed services for ARA: save registers, record decisions, load them back.

Functions take a SQLAlchemy ``Session`` (from ``Store.session()``); each write is also
appended to the audit ledger in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assura.ara.diff import compare
from assura.ara.result import Analysis, Decision, risk_id
from assura.errors import InputNotFound, InvalidInput
from assura.ledger import append_event
from assura.store.tables.ara import AraAnalysisRow, AraDecisionRow, AraSystemRow

__all__ = [
    "SavedAnalysis",
    "latest_register",
    "list_analyses",
    "list_decisions",
    "load_decisions",
    "record_decision",
    "save_analysis",
]


@dataclass(frozen=True, slots=True)
class SavedAnalysis:
    id: str
    system: str
    seq: int
    created_at: str
    summary: dict[str, Any]


def _system(session: Session, name: str, *, create: bool) -> AraSystemRow | None:
    row = session.scalars(select(AraSystemRow).where(AraSystemRow.name == name)).first()
    if row is None and create:
        row = AraSystemRow(name=name)
        session.add(row)
        session.flush()
    return row


def latest_register(session: Session, system: str) -> dict[str, Any] | None:
    row = _latest(session, system)
    return None if row is None else dict(row.register)


def _latest(session: Session, system: str) -> AraAnalysisRow | None:
    sysrow = _system(session, system, create=False)
    if sysrow is None:
        return None
    return session.scalars(
        select(AraAnalysisRow)
        .where(AraAnalysisRow.system_id == sysrow.id)
        .order_by(AraAnalysisRow.seq.desc())
        .limit(1)
    ).first()


def save_analysis(
    session: Session, analysis: Analysis, *, actor: str = "cli"
) -> tuple[SavedAnalysis, Analysis]:
    """Save ``analysis``; return the saved record and the analysis with ``changes`` set."""
    previous = latest_register(session, analysis.system)
    with_changes = replace(analysis, changes=compare(previous, analysis))
    sysrow = _system(session, analysis.system, create=True)
    assert sysrow is not None
    seq = (
        session.scalar(
            select(func.max(AraAnalysisRow.seq)).where(AraAnalysisRow.system_id == sysrow.id)
        )
        or 0
    ) + 1
    register = with_changes.to_dict()
    canonical = json.dumps(register, sort_keys=True, separators=(",", ":")).encode()
    row = AraAnalysisRow(
        system_id=sysrow.id,
        seq=seq,
        source=analysis.source,
        model_digest=analysis.model_digest,
        rules_digest=analysis.rules_digest,
        summary=register["summary"],
        register=register,
    )
    session.add(row)
    session.flush()
    append_event(
        session,
        actor=actor,
        action="ara.analysis.saved",
        resource=f"ara:{analysis.system}:{seq}",
        data={"summary": register["summary"], "changes": len(with_changes.changes or ())},
        evidence=["sha256:" + hashlib.sha256(canonical).hexdigest()],
    )
    saved = SavedAnalysis(
        row.id, analysis.system, seq, row.created_at.isoformat(), register["summary"]
    )
    return saved, with_changes


def list_analyses(session: Session, system: str) -> list[SavedAnalysis]:
    sysrow = _system(session, system, create=False)
    if sysrow is None:
        raise InputNotFound(f"no saved analysis for system {system!r}")
    return [
        SavedAnalysis(r.id, system, r.seq, r.created_at.isoformat(), dict(r.summary))
        for r in sysrow.analyses
    ]


def load_decisions(session: Session, system: str) -> dict[str, Decision]:
    sysrow = _system(session, system, create=False)
    if sysrow is None:
        return {}
    rows = session.scalars(
        select(AraDecisionRow).where(AraDecisionRow.system_id == sysrow.id)
    ).all()
    return {r.risk_key: _decision(r) for r in rows}


def list_decisions(session: Session, system: str | None = None) -> list[tuple[str, str, Decision]]:
    """(system, risk key, decision) for every decision, optionally of one system."""
    q = select(AraSystemRow.name, AraDecisionRow).join(
        AraDecisionRow, AraDecisionRow.system_id == AraSystemRow.id
    )
    if system is not None:
        q = q.where(AraSystemRow.name == system)
    rows = session.execute(q.order_by(AraSystemRow.name, AraDecisionRow.risk_key)).all()
    return [(name, d.risk_key, _decision(d)) for name, d in rows]


def _decision(r: AraDecisionRow) -> Decision:
    return Decision(
        state=r.state,
        owner=r.owner,
        reason=r.reason,
        expires=r.expires_at.date().isoformat() if r.expires_at else None,
        decided_at=r.decided_at.isoformat(),
    )


def record_decision(
    session: Session,
    risk: str,
    *,
    state: str,
    owner: str,
    reason: str,
    expires: dt.date | None = None,
    system: str | None = None,
) -> tuple[str, str]:
    """Record that ``risk`` (a risk id or key) is accepted or mitigated; returns (system, key).

    A risk id is looked up in the latest saved analysis of ``system`` (or of every system
    when not given), so save an analysis first.
    """
    if state not in ("accepted", "mitigated"):
        raise InvalidInput(f"unknown decision {state!r}")
    if not owner.strip() or not reason.strip():
        raise InvalidInput("a decision needs an owner and a reason")
    sys_name, key = _resolve(session, risk, system)
    sysrow = _system(session, sys_name, create=True)
    assert sysrow is not None
    row = session.scalars(
        select(AraDecisionRow).where(
            AraDecisionRow.system_id == sysrow.id, AraDecisionRow.risk_key == key
        )
    ).first()
    expires_at = (
        dt.datetime.combine(expires, dt.time(23, 59, 59), tzinfo=dt.UTC) if expires else None
    )
    if row is None:
        row = AraDecisionRow(system_id=sysrow.id, risk_key=key)
        session.add(row)
    row.state, row.owner, row.reason, row.expires_at = state, owner, reason, expires_at
    row.decided_at = dt.datetime.now(dt.UTC)
    session.flush()
    append_event(
        session,
        actor=owner,
        action=f"ara.risk.{state}",
        resource=f"ara:{sys_name}:{key}",
        data={"reason": reason, "expires": expires.isoformat() if expires else None},
    )
    return sys_name, key


def _resolve(session: Session, risk: str, system: str | None) -> tuple[str, str]:
    if "@" in risk and ":" in risk:
        if system is None:
            raise InvalidInput("give --system when naming a risk by its key")
        return system, risk
    names = (
        [system]
        if system
        else list(session.scalars(select(AraSystemRow.name).order_by(AraSystemRow.name)))
    )
    hits: list[tuple[str, str]] = []
    for name in names:
        reg = latest_register(session, name) or {}
        hits.extend((name, r["key"]) for r in reg.get("risks", []) if risk_id(r["key"]) == risk)
    if not hits:
        where = f" of system {system!r}" if system else ""
        raise InputNotFound(
            f"no risk {risk!r} in the latest saved analysis{where} (run analyze --save first)"
        )
    if len(hits) > 1:
        raise InvalidInput(f"risk {risk!r} is in several systems; give --system")
    return hits[0]
