"""SARIF 2.1.0 for code-scanning UIs: open and accepted risks (accepted ones suppressed)."""

from __future__ import annotations

from typing import Any

from assura import __version__
from assura.ara.result import Analysis, Risk
from assura.reports.sarif import level, security_severity

__all__ = ["to_sarif"]


def to_sarif(a: Analysis) -> dict[str, Any]:
    risks = [r for r in a.risks if r.state in ("applies", "accepted")]
    rule_ids = sorted({r.rule_id for r in risks})
    first: dict[str, Risk] = {}
    for r in risks:
        first.setdefault(r.rule_id, r)
    rules = [
        {
            "id": rid,
            "name": rid,
            "shortDescription": {"text": first[rid].title},
            "properties": {
                "tags": ["security", "ai", *(x for v in first[rid].references.values() for x in v)],
                "security-severity": security_severity(first[rid].severity),
            },
        }
        for rid in rule_ids
    ]
    index = {rid: i for i, rid in enumerate(rule_ids)}
    results = [_result(r, index[r.rule_id], a.source or a.system) for r in risks]
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "assura-ara",
                        "version": __version__,
                        "informationUri": "https://github.com/assura/assura",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }


def _result(r: Risk, idx: int, uri: str) -> dict[str, Any]:
    where = f" via {' → '.join(r.path)}" if r.path else ""
    loc: dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if r.line is not None:
        loc["region"] = {"startLine": r.line}
    res: dict[str, Any] = {
        "ruleId": r.rule_id,
        "ruleIndex": idx,
        "level": level(r.severity),
        "message": {"text": f"{r.title} ({r.element}){where}"},
        "locations": [{"physicalLocation": loc, "logicalLocations": [{"name": r.element}]}],
        "partialFingerprints": {"assuraRiskKey/v1": r.key},
        "properties": {
            "risk_id": r.id,
            "severity": r.severity,
            "state": r.state,
            "reasons": list(r.reasons),
            "references": {k: list(v) for k, v in r.references.items()},
        },
    }
    if r.decision is not None and r.state == "accepted":
        res["suppressions"] = [
            {
                "kind": "external",
                "status": "accepted",
                "justification": f"{r.decision.owner}: {r.decision.reason}",
            }
        ]
    return res
