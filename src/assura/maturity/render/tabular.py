"""JSON and CSV exports of an assessment document."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

__all__ = ["activities_csv", "coverage_csv", "to_json"]


def to_json(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, sort_keys=False, default=str) + "\n"


def _safe(value: Any) -> str:
    """CSV cells that a spreadsheet would run as a formula get a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def activities_csv(doc: dict[str, Any]) -> str:
    """One row per activity: status, answer, owner, evidence, linked risks, framework ids."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        [
            "activity",
            "practice",
            "level",
            "title",
            "status",
            "answer",
            "owner",
            "evidence",
            "records",
            "linked_risks",
            "nist_ai_rmf",
            "nist_ai_600_1",
            "iso_42001",
            "samm",
            "bsimm",
        ]
    )
    for a in doc["activities"]:
        ans = a.get("answer") or {}
        records = [
            f"{e['record_type']}/{e['record_id']}"
            for c in a.get("checks", [])
            for e in c["evidence"]
            if e["fresh"]
        ]
        fw = a["frameworks"]
        w.writerow(
            [
                _safe(x)
                for x in (
                    a["id"],
                    a["practice"],
                    a["level"],
                    a["title"],
                    a["status"],
                    ans.get("key"),
                    ans.get("owner"),
                    " ".join(ans.get("evidence", [])),
                    " ".join(records),
                    " ".join(r["id"] for r in a.get("linked_risks", [])),
                    "; ".join(fw.get("nist-ai-rmf", [])),
                    " ".join(fw.get("nist-ai-600-1", [])),
                    " ".join(fw.get("iso-42001", [])),
                    " ".join(fw.get("samm", [])),
                    " ".join(fw.get("bsimm", [])),
                )
            ]
        )
    return buf.getvalue()


def coverage_csv(doc: dict[str, Any], framework: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(
        ["framework", "id", "title", "state", "activities", "verified", "observed", "reason"]
    )
    for r in doc["coverage"][framework]:
        w.writerow(
            [
                _safe(x)
                for x in (
                    framework,
                    r["id"],
                    r["title"],
                    r["state"],
                    " ".join(r["activities"]),
                    " ".join(r["verified"]),
                    " ".join(r["observed"]),
                    r.get("reason", ""),
                )
            ]
        )
    return buf.getvalue()
