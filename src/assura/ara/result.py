"""Result types of an analysis: frozen dataclasses with ``to_dict`` for the JSON register.

A risk's identity is ``key = rule_id@rule_version:element`` (element: ``components/ID``,
``flows/ID`` or ``system``); ``id`` is a short hash of the key, stable across runs, so a
register can be compared across commits and acceptance survives re-analysis.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assura.ara.rules import Mitigation
from assura.findings import Severity

__all__ = [
    "STATES",
    "Analysis",
    "AttackPath",
    "Change",
    "Decision",
    "Risk",
    "WeakLink",
    "risk_id",
]

STATES = ("applies", "accepted", "mitigated", "not_applicable")


def risk_id(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Decision:
    """A person's decision on a risk: accepted (with expiry) or mitigated, who and why."""

    state: str
    owner: str
    reason: str
    expires: str | None = None
    decided_at: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d = {"state": self.state, "owner": self.owner, "reason": self.reason}
        if self.expires:
            d["expires"] = self.expires
        if self.decided_at:
            d["decided_at"] = self.decided_at
        return d


@dataclass(frozen=True, slots=True)
class Risk:
    key: str
    rule_id: str
    rule_version: int
    title: str
    severity: str
    likelihood: str
    impact: str
    reasons: tuple[str, ...]
    state: str
    element: str
    components: tuple[str, ...] = ()
    flows: tuple[str, ...] = ()
    path: tuple[str, ...] | None = None
    references: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    mitigations: tuple[Mitigation, ...] = ()
    decision: Decision | None = None
    line: int | None = None

    @property
    def id(self) -> str:
        return risk_id(self.key)

    @property
    def sev(self) -> Severity:
        return Severity(self.severity)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "key": self.key,
            "rule_id": self.rule_id,
            "rule_version": self.rule_version,
            "title": self.title,
            "severity": self.severity,
            "likelihood": self.likelihood,
            "impact": self.impact,
            "reasons": list(self.reasons),
            "state": self.state,
            "element": self.element,
            "components": list(self.components),
            "flows": list(self.flows),
            "path": list(self.path) if self.path is not None else None,
            "references": {k: list(v) for k, v in self.references.items()},
            "mitigations": [m.to_dict() for m in self.mitigations],
        }
        if self.decision is not None:
            d["decision"] = self.decision.to_dict()
        if self.line is not None:
            d["line"] = self.line
        return d


@dataclass(frozen=True, slots=True)
class AttackPath:
    rank: int
    source: str
    asset: str
    asset_classes: tuple[str, ...]
    nodes: tuple[str, ...]
    flows: tuple[str, ...]
    score: float
    severity: str
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "source": self.source,
            "asset": self.asset,
            "asset_classes": list(self.asset_classes),
            "path": list(self.nodes),
            "flows": list(self.flows),
            "score": self.score,
            "severity": self.severity,
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True, slots=True)
class WeakLink:
    component: str
    paths_cut: int
    high_risk_paths: int
    """How many paths were considered: the critical/high ones (the medium ones if none)."""
    remaining_after: int
    """Of those source→asset pairs, how many stay connected after hardening this and the
    earlier picks."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "component": self.component,
            "paths_cut": self.paths_cut,
            "high_risk_paths": self.high_risk_paths,
            "remaining_after": self.remaining_after,
        }


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # new | resolved | changed
    key: str
    title: str
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": risk_id(self.key),
            "key": self.key,
            "title": self.title,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Analysis:
    system: str
    source: str | None
    model_digest: str
    rules_digest: str
    rule_count: int
    component_count: int
    flow_count: int
    risks: tuple[Risk, ...]
    attack_paths: tuple[AttackPath, ...]
    attack_paths_total: int
    weakest_links: tuple[WeakLink, ...]
    changes: tuple[Change, ...] | None = None

    def open_risks(self) -> list[Risk]:
        return [r for r in self.risks if r.state == "applies"]

    def summary(self) -> dict[str, Any]:
        by_state = dict.fromkeys(STATES, 0)
        by_sev = {s.value: 0 for s in reversed(Severity)}
        for r in self.risks:
            by_state[r.state] += 1
            if r.state == "applies":
                by_sev[r.severity] += 1
        return {"by_state": by_state, "open_by_severity": by_sev}

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": "assura.ara.register/1",
            "system": {
                "name": self.system,
                "source": self.source,
                "model_digest": self.model_digest,
                "components": self.component_count,
                "flows": self.flow_count,
            },
            "rules": {"count": self.rule_count, "digest": self.rules_digest},
            "summary": self.summary(),
            "risks": [r.to_dict() for r in self.risks],
            "attack_paths": [p.to_dict() for p in self.attack_paths],
            "attack_paths_total": self.attack_paths_total,
            "weakest_links": [w.to_dict() for w in self.weakest_links],
        }
        if self.changes is not None:
            d["changes"] = [c.to_dict() for c in self.changes]
        return d
