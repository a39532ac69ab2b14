"""The assessment as one JSON-serialisable document; every export renders from it.

Saved assessments keep this document, so a report rebuilt later from the store is the
report as it was on the day (``schema`` versions the layout).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from assura.maturity.interface import (
    Assessment,
    CheckResult,
    FrameworkCoverage,
    LinkedRisk,
)

__all__ = ["SCHEMA", "assessment_dict", "coverage_summary"]

SCHEMA = "assura.maturity/1"


def _risk(link: LinkedRisk) -> dict[str, Any]:
    r = link.risk
    return {
        "id": r.id,
        "record_type": r.record_type,
        "title": r.title,
        "system": r.system,
        "status": r.status,
        "shared": list(link.shared),
    }


def _check(c: CheckResult, *, items: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {"check": c.check, "state": c.state.value, "message": c.message}
    if items:
        d["evidence"] = [i.to_dict() for i in c.items]
    return d


def _coverage_row(c: FrameworkCoverage) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": c.item.id,
        "title": c.item.title,
        "state": c.state,
        "activities": list(c.activities),
        "verified": list(c.verified),
        "observed": list(c.observed),
    }
    if c.item.group:
        d["group"] = c.item.group
    if c.not_covered_reason is not None:
        d["reason"] = c.not_covered_reason
    return d


def coverage_summary(rows: list[dict[str, Any]]) -> dict[str, int]:
    counts = Counter(r["state"] for r in rows)
    return {
        "items": len(rows),
        "mapped": sum(1 for r in rows if r["activities"]),
        "evidence": counts.get("evidence", 0),
        "declared": counts.get("declared", 0),
        "no evidence": counts.get("no evidence", 0),
        "not covered": counts.get("not covered", 0),
    }


def assessment_dict(a: Assessment) -> dict[str, Any]:
    """Everything a report shows, as plain JSON types."""
    activities = []
    for r in a.results:
        act = r.activity
        d: dict[str, Any] = {
            "id": act.id,
            "domain": act.domain,
            "practice": act.practice,
            "level": act.level,
            "title": act.title,
            "status": r.status.value,
            "observed": r.status.observed,
            "baseline": [s.value for s in act.sizes],
            "frameworks": {k: list(v) for k, v in act.frameworks.items()},
        }
        if r.answer is not None:
            d["answer"] = {
                "key": r.answer.answer,
                "value": r.answer.value,
                "evidence": list(r.answer.evidence),
                "owner": r.answer.owner,
                "notes": r.answer.notes,
            }
        if r.checks:
            d["checks"] = [_check(c) for c in r.checks]
        if r.linked_risks:
            d["linked_risks"] = [_risk(x) for x in r.linked_risks]
        activities.append(d)
    scorecard = [
        {
            "practice": s.practice.id,
            "name": s.practice.name,
            "domain": s.practice.domain,
            "levels": {
                str(level): {"verified": v, "observed": o, "total": t}
                for level, (v, o, t) in sorted(s.per_level.items())
            },
            "highest_complete_level": s.highest_complete_level,
        }
        for s in a.scores
    ]
    coverage = {fw: [_coverage_row(c) for c in rows] for fw, rows in a.coverage.items()}
    statuses = Counter(r.status.value for r in a.results)
    return {
        "schema": SCHEMA,
        "created_at": a.created_at.isoformat(),
        "organisation": a.organisation,
        "org_size": a.org_size.value,
        "window_days": a.window_days,
        "catalog_version": a.catalog_version,
        "answers_path": a.answers_path,
        "profile": {"title": a.profile.title, "focus": a.profile.focus} if a.profile else None,
        "summary": {
            "activities": len(a.results),
            "observed": sum(1 for r in a.results if r.status.observed),
            "verified": statuses.get("verified", 0),
            "statuses": dict(sorted(statuses.items())),
        },
        "scorecard": scorecard,
        "activities": activities,
        "coverage": coverage,
        "coverage_summary": {fw: coverage_summary(rows) for fw, rows in coverage.items()},
        "roadmap": [
            {
                "phase": i.phase,
                "activity": i.activity.id,
                "title": i.activity.title,
                "practice": i.activity.practice,
                "level": i.activity.level,
                "status": i.status.value,
                "reason": i.reason,
                "linked_risks": [_risk(x) for x in i.linked_risks],
            }
            for i in a.roadmap
        ],
        "checks": [_check(c, items=False) for c in a.checks],
    }
