"""A self-contained HTML report: summary, inline SVG diagram, risk table, attack paths."""

from __future__ import annotations

from html import escape

from assura.ara.render.diagram import to_svg
from assura.ara.result import Analysis
from assura.ara.system import System

__all__ = ["to_html"]

_CSS = """
body{font-family:Helvetica,Arial,sans-serif;margin:2rem;color:#222;max-width:1200px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #ddd;
padding:4px 6px;text-align:left;vertical-align:top}th{background:#f4f4f4}
.critical{color:#fff;background:#8b0000}.high{background:#f5b7b1}.medium{background:#fdebd0}
.low{background:#eaf2f8}code{font-size:12px}.diagram{overflow-x:auto;border:1px solid #eee}
"""


def to_html(a: Analysis, system: System) -> str:
    s = a.summary()
    rows = []
    for r in a.risks:
        if r.state == "not_applicable":
            continue
        where = " → ".join(r.path) if r.path else ", ".join(r.flows)
        refs = ", ".join(x for k in r.references for x in r.references[k])
        decision = ""
        if r.decision is not None:
            decision = (
                f"<br><em>{escape(r.decision.state)} by {escape(r.decision.owner)}: "
                f"{escape(r.decision.reason)}</em>"
            )
        rows.append(
            f'<tr><td class="{r.severity}">{r.severity}</td><td>{r.state}{decision}</td>'
            f"<td><code>{escape(r.id)}</code><br><code>{escape(r.rule_id)}</code></td>"
            f"<td><code>{escape(r.element)}</code></td><td>{escape(r.title)}<br><small>"
            f"{escape('; '.join(r.reasons))}</small></td><td>{escape(where)}</td>"
            f"<td><small>{escape(refs)}</small></td><td><small>"
            f"{escape(' / '.join(m.text for m in r.mitigations))}</small></td></tr>"
        )
    paths = "".join(
        f'<tr><td>{p.rank}</td><td class="{p.severity}">{p.severity}</td><td>{p.score}</td>'
        f"<td>{escape(' → '.join(p.nodes))}</td><td>{escape(', '.join(p.asset_classes))}</td></tr>"
        for p in a.attack_paths
    )
    weak = "".join(
        f"<li><code>{escape(w.component)}</code>: on {w.paths_cut} of {w.high_risk_paths} "
        f"most severe paths; {w.remaining_after} pairs left after hardening</li>"
        for w in a.weakest_links
    )
    by = ", ".join(f"{k} {v}" for k, v in s["open_by_severity"].items())
    st = s["by_state"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ARA: {escape(a.system)}</title>
<style>{_CSS}</style></head><body>
<h1>Architectural risk analysis: {escape(a.system)}</h1>
<p>{a.component_count} components, {a.flow_count} flows, {a.rule_count} rules.
Open risks: {st["applies"]} ({by}); accepted {st["accepted"]}; mitigated {st["mitigated"]};
not applicable {st["not_applicable"]}.</p>
<h2>Data flows and trust boundaries</h2><div class="diagram">{to_svg(system, a)}</div>
<h2>Risks</h2><table><tr><th>severity</th><th>state</th><th>id / rule</th><th>element</th>
<th>risk and reasons</th><th>path / flows</th><th>references</th><th>mitigations</th></tr>
{"".join(rows)}</table>
<h2>Attack paths ({len(a.attack_paths)} of {a.attack_paths_total})</h2>
<table><tr><th>#</th><th>severity</th><th>score</th><th>path</th><th>asset</th></tr>{paths}</table>
<h2>Weakest links</h2><ol>{weak}</ol>
</body></html>
"""
