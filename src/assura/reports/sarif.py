"""What every SARIF 2.1.0 writer in assura shares: the schema, levels and scores.

Each analyser renders its own results (code flows, container members, risk paths), but a
severity means the same level and the same ``security-severity`` everywhere.
"""

from __future__ import annotations

from assura.findings import Severity

__all__ = ["SARIF_SCHEMA", "level", "security_severity"]

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

_LEVEL = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
# GitHub code scanning reads `security-severity` (0.0-10.0) to rank security results.
_SCORE = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
    Severity.INFO: "1.0",
}


def level(severity: Severity | str) -> str:
    """The SARIF ``level`` of a severity."""
    return _LEVEL[Severity.parse(severity)]


def security_severity(severity: Severity | str) -> str:
    """The ``security-severity`` property of a severity, as SARIF consumers expect it."""
    return _SCORE[Severity.parse(severity)]
