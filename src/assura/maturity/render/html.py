"""A self-contained HTML report (inline CSS and the SVG chart; no scripts, no network)."""

from __future__ import annotations

from html import escape
from typing import Any

from assura.maturity.render.chart import scorecard_svg
from assura.maturity.render.markdown import FRAMEWORK_NAMES

__all__ = ["report_html"]

_CSS = """body{font-family:sans-serif;margin:2em;max-width:70em;color:#222}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#eee}.verified{background:#c8e6c9}.declared,.claimed{background:#e8f5e9}.stale{background:#fff3e0}
.absent,.unanswered,.partial{background:#fff}.note{color:#555}"""


def _row(cells: list[Any], cls: str = "") -> str:
    attr = f' class="{escape(cls)}"' if cls else ""
    return f"<tr{attr}>" + "".join(f"<td>{escape(str(c))}</td>" for c in cells) + "</tr>"


def _head(cells: list[str]) -> str:
    return "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in cells) + "</tr>"


def report_html(doc: dict[str, Any]) -> str:
    org = doc.get("organisation") or "(organisation not named)"
    s = doc["summary"]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>AI security maturity: {escape(org)}</title><style>{_CSS}</style></head><body>",
        f"<h1>AI security maturity: {escape(org)}</h1>",
        f"<p>Assessed {escape(doc['created_at'][:19])} UTC for a <b>{escape(doc['org_size'])}</b> organisation; "
        f"evidence window {doc['window_days']} days. {s['observed']} of {s['activities']} activities observed, "
        f"{s['verified']} verified from platform records.</p>",
        '<p class="note">A count of observed activities per practice and level, not a security score.</p>',
        "<h2>Scorecard</h2>",
        scorecard_svg(doc),
        "<table>" + _head(["practice", "name", "level 1", "level 2", "level 3", "complete to"]),
    ]
    for r in doc["scorecard"]:
        cells = [r["practice"], r["name"]]
        for lvl in ("1", "2", "3"):
            c = r["levels"].get(lvl)
            cells.append(f"{c['observed']}/{c['total']} ({c['verified']} verified)" if c else "-")
        cells.append(r["highest_complete_level"] or "-")
        parts.append(_row(cells))
    parts.append("</table><h2>Roadmap</h2>")
    if doc.get("profile"):
        parts.append(f"<p>{escape(doc['profile']['title'])}: {escape(doc['profile']['focus'])}</p>")
    if doc["roadmap"]:
        parts.append(
            "<table>" + _head(["phase", "activity", "title", "status", "why", "open risks"])
        )
        for i in doc["roadmap"]:
            risks = ", ".join(f"{r['id']} ({r['title']})" for r in i["linked_risks"])
            parts.append(
                _row([i["phase"], i["activity"], i["title"], i["status"], i["reason"], risks])
            )
        parts.append("</table>")
    else:
        parts.append("<p>No gaps in the baseline.</p>")
    parts.append("<h2>Evidence from the platform</h2><table>" + _head(["check", "state", "detail"]))
    parts += [_row([c["check"], c["state"], c["message"]]) for c in doc["checks"]]
    parts.append(
        "</table><h2>Activities</h2><table>"
        + _head(["activity", "level", "title", "status", "answer", "owner", "evidence"])
    )
    for a in doc["activities"]:
        ans = a.get("answer") or {}
        recs = [
            f"{e['record_type']}/{e['record_id']}"
            for c in a.get("checks", [])
            for e in c["evidence"]
            if e["fresh"]
        ]
        parts.append(
            _row(
                [
                    a["id"],
                    a["level"],
                    a["title"],
                    a["status"],
                    ans.get("key", ""),
                    ans.get("owner") or "",
                    ", ".join(recs + list(ans.get("evidence", []))),
                ],
                a["status"],
            )
        )
    parts.append("</table><h2>Framework coverage</h2><table>")
    parts.append(
        _head(
            [
                "framework",
                "items",
                "mapped",
                "with evidence",
                "declared only",
                "no evidence",
                "not covered",
            ]
        )
    )
    for fw, c in doc["coverage_summary"].items():
        parts.append(
            _row(
                [
                    FRAMEWORK_NAMES.get(fw, fw),
                    c["items"],
                    c["mapped"],
                    c["evidence"],
                    c["declared"],
                    c["no evidence"],
                    c["not covered"],
                ]
            )
        )
    parts.append("</table>")
    for fw in ("nist-ai-rmf", "iso-42001"):
        parts.append(
            f"<h3>{escape(FRAMEWORK_NAMES[fw])}</h3><table>"
            + _head(["id", "title", "state", "activities"])
        )
        for r in doc["coverage"][fw]:
            acts = (
                r.get("reason")
                and f"not covered by any activity: {r['reason']}"
                or ", ".join(r["activities"])
            )
            parts.append(
                _row([r["id"], r["title"], r["state"], acts], r["state"].replace(" ", "-"))
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
