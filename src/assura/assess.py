"""A whole assessment of a repo: inventory → model files → code → system model → ARA.

Pure, like the analysers it calls: a path in, an :class:`Assessment` out. Saving it is
:func:`assura.services.assess.record_assessment`'s job.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assura.ara import Analysis, System, analyze, build_system, infer_system, load_rules
from assura.artifacts import ArtifactReport, scan_paths
from assura.codescan import CodeScanReport
from assura.codescan import scan_path as code_scan
from assura.errors import InputNotFound
from assura.findings import Finding, Severity, max_severity
from assura.inventory import ComponentKind, InventoryResult
from assura.inventory import scan_path as inventory_scan

__all__ = ["Assessment", "assess"]


@dataclass(frozen=True)
class Assessment:
    """Everything one assessment found about one repo."""

    target: str
    inventory: InventoryResult
    artifacts: ArtifactReport
    code: CodeScanReport
    system: System
    analysis: Analysis

    @property
    def findings(self) -> list[Finding]:
        """Inventory, model-file and code findings together (ARA risks are separate)."""
        return [*self.inventory.findings, *self.artifacts.findings, *self.code.findings]

    def worst(self) -> Severity | None:
        sev = max_severity(self.findings)
        open_risks = [Severity.parse(r.severity) for r in self.analysis.open_risks()]
        candidates = [s for s in [sev, *open_risks] if s is not None]
        return max(candidates) if candidates else None

    def summary(self) -> dict[str, Any]:
        by_kind: dict[str, int] = {}
        for _, c in self.inventory.components:
            by_kind[c.kind.value] = by_kind.get(c.kind.value, 0) + 1
        return {
            "target": self.target,
            "systems": [s.name for s in self.inventory.systems],
            "components": by_kind,
            "model_files": {r.path: r.verdict.value for r in self.artifacts.files},
            "code_findings": len(self.code.findings),
            "risks_open": len(self.analysis.open_risks()),
            "worst": (w.value if (w := self.worst()) else None),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "inventory": self.inventory.to_dict(),
            "artifacts": self.artifacts.to_dict(),
            "code": {"findings": [f.to_dict() for f in self.code.findings]},
            "risk_register": self.analysis.to_dict(),
        }


def assess(path: str | Path, *, name: str | None = None) -> Assessment:
    """Run every whitebox analyser over ``path`` and analyse the system they describe."""
    root = Path(path)
    if not root.exists():
        raise InputNotFound(f"no such file or directory: {path}")
    inv = inventory_scan(root)
    code = code_scan(root)
    base = root if root.is_dir() else root.parent
    model_files = sorted(
        {
            base / loc.path
            for _, c in inv.components
            if c.kind is ComponentKind.MODEL_FILE
            for loc in c.evidence
            if loc.line is None and (base / loc.path).is_file()
        }
    )
    artifacts = scan_paths(model_files) if model_files else ArtifactReport(files=())
    model = infer_system(root, name=name, inventory=lambda _p: inv, codescan=lambda _p: code)
    system = build_system(model, source=str(root))
    analysis = analyze(system, load_rules())
    return Assessment(str(root.resolve()), inv, artifacts, code, system, analysis)
