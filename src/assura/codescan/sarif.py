"""SARIF 2.1.0 output with ``codeFlows`` so the source → sink path shows in code-scanning UIs.

Skipped files are reported as tool execution notifications (level ``note``), so a file
that was not analysed is visible rather than silently clean.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from assura import __version__
from assura.codescan.catalog import Catalog
from assura.codescan.interface import CodeScanReport
from assura.findings import Finding, Location
from assura.reports.sarif import SARIF_SCHEMA, level, security_severity

__all__ = ["SARIF_SCHEMA", "to_sarif"]


def _phys(loc: Location) -> dict[str, Any]:
    out: dict[str, Any] = {
        "artifactLocation": {"uri": PurePosixPath(loc.path).as_posix(), "uriBaseId": "%SRCROOT%"}
    }
    if loc.line is not None and loc.line >= 1:
        out["region"] = {"startLine": loc.line}
    return out


def _result(f: Finding, index: int) -> dict[str, Any]:
    res: dict[str, Any] = {
        "ruleId": f.rule_id,
        "ruleIndex": index,
        "level": level(f.severity),
        "message": {"text": f.message},
        "partialFingerprints": {"assuraFingerprint/v1": f.fingerprint},
        "properties": {"severity": f.severity.value, "confidence": f.confidence},
    }
    if f.location is not None:
        res["locations"] = [{"physicalLocation": _phys(f.location)}]
    if f.flow:
        steps = []
        last = len(f.flow) - 1
        for i, loc in enumerate(f.flow):
            text = "source" if i == 0 else "sink" if i == last else "flows through"
            steps.append({"location": {"physicalLocation": _phys(loc), "message": {"text": text}}})
        res["codeFlows"] = [{"threadFlows": [{"locations": steps}]}]
    return res


def to_sarif(report: CodeScanReport, catalog: Catalog) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log (a JSON-serialisable dict)."""
    used = sorted({f.rule_id for f in report.findings})
    index = {rid: i for i, rid in enumerate(used)}
    rules: list[dict[str, Any]] = []
    for rid in used:
        info = catalog.rules.get(rid)
        if info is None:
            rules.append({"id": rid})
            continue
        rules.append(
            {
                "id": rid,
                "name": rid.title().replace("-", ""),
                "shortDescription": {"text": info.title},
                "defaultConfiguration": {"level": level(info.severity)},
                "properties": {
                    "tags": ["security", *info.references],
                    "security-severity": security_severity(info.severity),
                },
            }
        )
    notes = [
        {
            "level": "note",
            "message": {"text": f"not analysed: {s.reason}"},
            "locations": [{"physicalLocation": _phys(Location(s.path))}],
        }
        for s in report.skipped
    ]
    root = Path(report.root).resolve()
    root_uri = (root if root.is_dir() else root.parent).as_uri().rstrip("/") + "/"
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "assura-codescan",
                "version": __version__,
                "informationUri": "https://github.com/assura/assura",
                "rules": rules,
            }
        },
        "originalUriBaseIds": {"%SRCROOT%": {"uri": root_uri}},
        "invocations": [{"executionSuccessful": True, "toolExecutionNotifications": notes}],
        "results": [_result(f, index[f.rule_id]) for f in report.findings],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
