"""Maturity in the store: gather evidence, run an assessment, save and read versions.

Functions take a SQLAlchemy ``Session`` (the caller owns the transaction). Saving appends
an audit event to the ledger in the same transaction when the ledger is installed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assura.errors import InputNotFound
from assura.maturity.answers import RecordResolver, load_answers
from assura.maturity.assess import assess
from assura.maturity.collectors import CollectorRegistry, RiskSource, default_registry
from assura.maturity.interface import (
    AnswersFile,
    Assessment,
    Catalog,
    CheckResult,
    CheckState,
    CollectContext,
    OrgSize,
    RiskRecord,
)
from assura.maturity.report import assessment_dict
from assura.store.base import new_id, utcnow
from assura.store.tables.maturity import MaturityActivityRow, MaturityAssessmentRow

__all__ = [
    "collect_checks",
    "collect_risks",
    "get_assessment",
    "list_assessments",
    "load_answers_checked",
    "record_resolver",
    "run_assessment",
    "save_assessment",
]


def collect_checks(
    session: Session, catalog: Catalog, registry: CollectorRegistry, ctx: CollectContext
) -> dict[str, CheckResult]:
    """Run every collector; checks the catalog names but nobody answers are NOT_INSTALLED."""
    out: dict[str, CheckResult] = {}
    for collector in registry:
        for result in collector.collect(session, ctx):
            out[result.check] = result
    for activity in catalog.activities:
        for check in activity.evidence:
            if check not in out:
                out[check] = CheckResult(
                    check,
                    CheckState.NOT_INSTALLED,
                    "not observable yet (no collector for this check)",
                )
    return out


def collect_risks(
    session: Session, registry: CollectorRegistry, ctx: CollectContext
) -> list[RiskRecord]:
    risks: list[RiskRecord] = []
    for collector in registry:
        if isinstance(collector, RiskSource):
            risks.extend(collector.risks(session, ctx))
    return risks


def record_resolver(session: Session) -> RecordResolver:
    """``record:<type>/<id>`` references in answers files, checked against the store."""
    from assura.store.tables.scans import ScanRow

    types: dict[str, Any] = {"scan": ScanRow, "assessment": MaturityAssessmentRow}
    int_keyed = {"ledger_checkpoint", "ledger_entry"}
    try:
        from assura.store.tables.ledger import LedgerCheckpointRow, LedgerEntryRow, LineageRow

        types.update(
            lineage=LineageRow, ledger_checkpoint=LedgerCheckpointRow, ledger_entry=LedgerEntryRow
        )
    except ImportError:  # pragma: no cover - the ledger is part of the platform
        pass
    try:
        from assura.store.tables.ara import AraAnalysisRow, AraDecisionRow

        types.update(ara_analysis=AraAnalysisRow, ara_decision=AraDecisionRow)
    except ImportError:  # pragma: no cover
        pass

    def resolve(record_type: str, record_id: str) -> bool:
        row_type = types.get(record_type)
        if row_type is None:
            return False
        key: Any = record_id
        if record_type in int_keyed:
            if not record_id.isdigit():
                return False
            key = int(record_id)
        return session.get(row_type, key) is not None

    return resolve


def load_answers_checked(session: Session, path: str | Path, catalog: Catalog) -> AnswersFile:
    return load_answers(path, catalog, resolver=record_resolver(session))


def run_assessment(
    session: Session,
    catalog: Catalog,
    answers: AnswersFile | None,
    *,
    org_size: OrgSize | None = None,
    now: datetime | None = None,
    window_days: int = 30,
    registry: CollectorRegistry | None = None,
) -> Assessment:
    """Collect platform evidence and open risks, then assess (nothing is written)."""
    registry = registry if registry is not None else default_registry()
    now = now or utcnow()
    size = org_size or (answers.org_size if answers is not None else None) or OrgSize.SMALL
    ctx = CollectContext(now=now, window_days=window_days)
    checks = collect_checks(session, catalog, registry, ctx)
    risks = collect_risks(session, registry, ctx)
    return assess(
        catalog, answers, checks, org_size=size, now=now, window_days=window_days, risks=risks
    )


def save_assessment(session: Session, assessment: Assessment) -> MaturityAssessmentRow:
    """Store ``assessment`` as the next version; returns the row (``id``, ``version``)."""
    last = session.scalar(select(func.max(MaturityAssessmentRow.version)))
    doc = assessment_dict(assessment)
    doc["id"], doc["version"] = new_id(), (last or 0) + 1
    row = MaturityAssessmentRow(
        id=doc["id"],
        version=doc["version"],
        created_at=assessment.created_at,
        org_size=assessment.org_size.value,
        organisation=assessment.organisation,
        window_days=assessment.window_days,
        catalog_version=assessment.catalog_version,
        answers_path=assessment.answers_path,
        summary=doc["summary"],
        result=doc,
    )
    for r in assessment.results:
        evidence: list[dict[str, Any]] = [i.to_dict() for i in r.evidence_items if i.fresh]
        if r.answer is not None:
            evidence.extend({"ref": ref} for ref in r.answer.evidence)
        row.activities.append(
            MaturityActivityRow(
                activity_id=r.activity.id,
                practice=r.activity.practice,
                level=r.activity.level,
                status=r.status.value,
                answer=r.answer.answer if r.answer else None,
                owner=r.answer.owner if r.answer else None,
                evidence=evidence,
            )
        )
    session.add(row)
    session.flush()
    _audit(session, row)
    return row


def _audit(session: Session, row: MaturityAssessmentRow) -> None:
    from assura.config import current_actor
    from assura.ledger import append_event

    append_event(
        session,
        actor=current_actor(),
        action="maturity.assess",
        resource=f"maturity_assessment:{row.id}",
        data={"version": row.version, "org_size": row.org_size, **row.summary},
    )


def list_assessments(session: Session, limit: int = 50) -> list[MaturityAssessmentRow]:
    q = select(MaturityAssessmentRow).order_by(MaturityAssessmentRow.version.desc()).limit(limit)
    return list(session.scalars(q))


def get_assessment(session: Session, ref: str) -> MaturityAssessmentRow:
    """By version number, id, unique id prefix (4+ characters), or ``latest``."""
    row: MaturityAssessmentRow | None = None
    if ref == "latest":
        row = session.scalar(
            select(MaturityAssessmentRow).order_by(MaturityAssessmentRow.version.desc()).limit(1)
        )
        ref_ok = False
    else:
        ref_ok = True
    if ref_ok and ref.isdigit() and len(ref) < 10:
        row = session.scalar(
            select(MaturityAssessmentRow).where(MaturityAssessmentRow.version == int(ref))
        )
    if ref_ok and row is None:
        row = session.get(MaturityAssessmentRow, ref)
        if row is None and len(ref) >= 4:
            found = list(
                session.scalars(
                    select(MaturityAssessmentRow)
                    .where(MaturityAssessmentRow.id.startswith(ref))
                    .limit(2)
                )
            )
            row = found[0] if len(found) == 1 else None
    if row is None:
        raise InputNotFound(f"no saved maturity assessment {ref!r} (see `assura maturity history`)")
    return row
