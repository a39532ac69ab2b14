"""Markdown report and coverage tables, rendered from an assessment document."""

from __future__ import annotations

from typing import Any

__all__ = ["FRAMEWORK_NAMES", "coverage_markdown", "coverage_text", "report_markdown"]

FRAMEWORK_NAMES = {
    "nist-ai-rmf": "NIST AI RMF 1.0 subcategories",
    "nist-ai-600-1": "NIST AI 600-1 suggested actions",
    "iso-42001": "ISO/IEC 42001:2023 Annex A controls",
    "samm": "OWASP SAMM v2 practices",
    "bsimm": "BSIMM16 related activities",
}
_PHASES = {
    1: "Phase 1: first steps",
    2: "Phase 2: complete level 1 of the baseline",
    3: "Phase 3: levels 2 and 3 of the baseline",
}


def _cell(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _level(cell: dict[str, int] | None) -> str:
    if not cell:
        return "-"
    s = f"{cell['observed']}/{cell['total']}"
    return s + (f" ({cell['verified']} verified)" if cell["verified"] else "")


def coverage_markdown(doc: dict[str, Any], framework: str, *, only_mapped: bool = False) -> str:
    rows = doc["coverage"][framework]
    s = doc["coverage_summary"][framework]
    out = [
        f"### {FRAMEWORK_NAMES.get(framework, framework)}",
        "",
        f"{s['items']} items: {s['mapped']} mapped to activities, {s['evidence']} with platform evidence, "
        f"{s['declared']} declared only, {s['no evidence']} with no evidence, {s['not covered']} not covered by any activity.",
        "",
        "| id | title | state | activities (observed marked *) |",
        "|---|---|---|---|",
    ]
    for r in rows:
        if only_mapped and not r["activities"] and "reason" not in r:
            continue
        acts = ", ".join(a + ("*" if a in r["observed"] else "") for a in r["activities"])
        if "reason" in r:
            acts = f"not covered by any activity: {r['reason']}"
        title = r["title"] if len(r["title"]) <= 90 else r["title"][:87] + "..."
        out.append(f"| {_cell(r['id'])} | {_cell(title)} | {r['state']} | {_cell(acts)} |")
    return "\n".join(out) + "\n"


def coverage_text(doc: dict[str, Any], framework: str) -> str:
    rows = doc["coverage"][framework]
    s = doc["coverage_summary"][framework]
    out = [
        f"{FRAMEWORK_NAMES.get(framework, framework)}: {s['items']} items, {s['mapped']} mapped, "
        f"{s['evidence']} with evidence, {s['declared']} declared, {s['no evidence']} no evidence, "
        f"{s['not covered']} not covered"
    ]
    width = max((len(r["id"]) for r in rows), default=4)
    for r in rows:
        if "reason" in r:
            detail = f"not covered by any activity ({r['reason']})"
        elif not r["activities"]:
            detail = "not covered by any activity"
        else:
            detail = ", ".join(a + ("*" if a in r["observed"] else "") for a in r["activities"])
        out.append(f"{r['id']:<{width}}  {r['state']:<11}  {detail}")
    return "\n".join(out) + "\n"


def report_markdown(doc: dict[str, Any], *, chart_path: str | None = None) -> str:
    org = doc.get("organisation") or "(organisation not named)"
    summ = doc["summary"]
    out = [
        f"# AI security maturity: {org}",
        "",
        f"Assessed {doc['created_at'][:19].replace('T', ' ')} UTC for a **{doc['org_size']}** organisation; "
        f"platform evidence counts when it is at most {doc['window_days']} days old."
        + (f" Saved as version {doc['version']}." if doc.get("version") else ""),
        "",
        f"{summ['observed']} of {summ['activities']} activities observed, {summ['verified']} of them verified from "
        "platform records. This is a count of observed activities, not a security score.",
        "",
        "## Scorecard",
        "",
        "Observed activities per practice and level (verified by platform evidence in brackets).",
        "",
    ]
    if chart_path:
        out += [f"![scorecard]({chart_path})", ""]
    out += [
        "| practice | name | level 1 | level 2 | level 3 | complete to |",
        "|---|---|---|---|---|---|",
    ]
    for r in doc["scorecard"]:
        lv = r["levels"]
        out.append(
            f"| {r['practice']} | {_cell(r['name'])} | {_level(lv.get('1'))} | {_level(lv.get('2'))} | "
            f"{_level(lv.get('3'))} | {r['highest_complete_level'] or '-'} |"
        )
    out += ["", "## Roadmap", ""]
    if doc.get("profile"):
        out += [f"{doc['profile']['title']}: {doc['profile']['focus']}", ""]
    if not doc["roadmap"]:
        out.append(f"No gaps in the {doc['org_size']} baseline.")
    phase = 0
    for item in doc["roadmap"]:
        if item["phase"] != phase:
            phase = item["phase"]
            out += ["", f"### {_PHASES[phase]}", ""]
        out.append(f"- **{item['activity']}** {item['title']} ({item['status']}): {item['reason']}")
        linked = item["linked_risks"]
        out.extend(
            f"  - open risk `{r['id']}` in {r['system']}: {_cell(r['title'])} (shares {', '.join(r['shared'])})"
            for r in linked[:3]
        )
        if len(linked) > 3:
            out.append(f"  - and {len(linked) - 3} more open risk(s)")
    out += ["", "## Evidence from the platform", "", "| check | state | detail |", "|---|---|---|"]
    for c in doc["checks"]:
        out.append(f"| {c['check']} | {c['state']} | {_cell(c['message'])} |")
    out += [
        "",
        "## Activities",
        "",
        "| activity | level | title | status | answer | owner | evidence |",
        "|---|---|---|---|---|---|---|",
    ]
    for a in doc["activities"]:
        ans = a.get("answer") or {}
        recs = [
            f"{e['record_type']}/{e['record_id'][:12]}"
            for c in a.get("checks", [])
            for e in c["evidence"]
            if e["fresh"]
        ]
        ev = ", ".join(recs + list(ans.get("evidence", [])))
        out.append(
            f"| {a['id']} | {a['level']} | {_cell(a['title'])} | {a['status']} | {_cell(ans.get('key', ''))} | "
            f"{_cell(ans.get('owner') or '')} | {_cell(ev)} |"
        )
    out += ["", "## Framework coverage", ""]
    out += [
        "| framework | items | mapped | with evidence | declared only | no evidence | not covered |",
        "|---|---|---|---|---|---|---|",
    ]
    for fw, s in doc["coverage_summary"].items():
        out.append(
            f"| {FRAMEWORK_NAMES.get(fw, fw)} | {s['items']} | {s['mapped']} | {s['evidence']} | {s['declared']} | "
            f"{s['no evidence']} | {s['not covered']} |"
        )
    for fw in ("nist-ai-rmf", "iso-42001"):
        out += ["", coverage_markdown(doc, fw)]
    return "\n".join(out).rstrip() + "\n"
