"""A small SARIF 2.1.0 writer for :class:`~assura.findings.Finding` lists.

Kept free of analyser specifics so it can move to ``assura.reports`` unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol
from urllib.parse import quote

from assura import __version__
from assura.findings import Finding
from assura.reports.sarif import SARIF_SCHEMA, level, security_severity

__all__ = ["SARIF_SCHEMA", "sarif_log"]


class RuleLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def references(self) -> tuple[str, ...]: ...


def _uri(path: str) -> str:
    return quote(path.replace("\\", "/"), safe="/:._-~")


def sarif_log(
    findings: Iterable[Finding], rules: Mapping[str, RuleLike], *, tool_name: str = "assura"
) -> dict[str, Any]:
    """A SARIF 2.1.0 log with one run: the rules used and one result per finding."""
    items = list(findings)
    used = sorted({f.rule_id for f in items})
    index = {rid: i for i, rid in enumerate(used)}
    driver_rules = []
    for rid in used:
        r = rules.get(rid)
        driver_rules.append(
            {
                "id": rid,
                "name": r.name if r else rid,
                "shortDescription": {"text": r.description if r else rid},
                "properties": {"tags": list(r.references) if r else []},
            }
        )
    results = []
    for f in items:
        res: dict[str, Any] = {
            "ruleId": f.rule_id,
            "ruleIndex": index[f.rule_id],
            "level": level(f.severity),
            "message": {"text": f.message},
            "partialFingerprints": {"assuraFingerprint/v1": f.fingerprint},
            "properties": {
                "severity": f.severity.value,
                "security-severity": security_severity(f.severity),
                "tags": list(f.references),
            },
        }
        loc = f.location
        if loc is not None:
            phys: dict[str, Any] = {"artifactLocation": {"uri": _uri(loc.path)}}
            if loc.member is None and loc.offset is not None:
                phys["region"] = {"byteOffset": loc.offset}
            elif loc.line is not None:
                phys["region"] = {"startLine": loc.line}
            sl: dict[str, Any] = {"physicalLocation": phys}
            if loc.member is not None:
                sl["logicalLocations"] = [
                    {"fullyQualifiedName": f"{loc.path}!{loc.member}", "kind": "member"}
                ]
                if loc.offset is not None:
                    res["properties"]["memberOffset"] = loc.offset
            res["locations"] = [sl]
        results.append(res)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": tool_name,
                        "version": __version__,
                        "informationUri": "https://github.com/assura",
                        "rules": driver_rules,
                    }
                },
                "results": results,
            }
        ],
    }
