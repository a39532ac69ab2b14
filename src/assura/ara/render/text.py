"""Plain-text and Markdown renderings of an analysis (deterministic, no colour codes)."""

from __future__ import annotations

from assura.ara.result import Analysis, Risk
from assura.ara.rulefile import reference_titles

__all__ = ["to_markdown", "to_text"]


def _refs(r: Risk) -> str:
    return ", ".join(x for k in r.references for x in r.references[k] if k != "biml")


def _arrow(nodes: tuple[str, ...]) -> str:
    return " → ".join(nodes)


def _summary_line(a: Analysis) -> str:
    s = a.summary()
    st, sev = s["by_state"], s["open_by_severity"]
    by = ", ".join(f"{k} {v}" for k, v in sev.items() if k != "info")
    return (
        f"open risks: {st['applies']} ({by}) · accepted {st['accepted']} · "
        f"mitigated {st['mitigated']} · not applicable {st['not_applicable']}"
    )


def to_text(a: Analysis, *, show_all: bool = False) -> str:
    out = [
        f"{a.system}: {a.component_count} components, {a.flow_count} flows, {a.rule_count} rules",
        _summary_line(a),
        "",
    ]
    for r in a.risks:
        if r.state == "not_applicable" or (r.state == "mitigated" and not show_all):
            continue
        out.append(f"[{r.severity.upper()}] {r.id}  {r.rule_id}  {r.element}  ({r.state})")
        out.append(f"    {r.title}")
        if r.path:
            out.append(f"    path: {_arrow(r.path)}")
        elif r.flows:
            out.append(f"    flows: {', '.join(r.flows)}")
        out.append(f"    why: {'; '.join(r.reasons[1:3])}")
        if r.decision is not None:
            d = r.decision
            until = f" until {d.expires}" if d.expires else ""
            out.append(f"    {d.state} by {d.owner}{until}: {d.reason}")
        out.append(f"    refs: {_refs(r)}")
        if r.mitigations:
            out.append(f"    fix: {r.mitigations[0].text}")
    if not show_all and any(r.state == "mitigated" for r in a.risks):
        out.append("(mitigated risks hidden; --all shows them)")
    out.append("")
    out.append(f"Attack paths ({len(a.attack_paths)} of {a.attack_paths_total}):")
    out.extend(
        f"  {p.rank:>3}. {p.severity:<8} {p.score:>5}  {_arrow(p.nodes)}"
        f"  [{', '.join(p.asset_classes)}]"
        for p in a.attack_paths
    )
    if a.weakest_links:
        w = a.weakest_links[0]
        out.append("")
        out.append(
            f"Weakest link: {w.component} (on {w.paths_cut} of {w.high_risk_paths} most severe "
            f"paths; hardening it leaves {w.remaining_after} source→asset pairs connected)"
        )
        out.extend(
            f"  then: {x.component} (cuts {x.paths_cut} more; {x.remaining_after} left)"
            for x in a.weakest_links[1:]
        )
    if a.changes is not None:
        out.append("")
        out.append(f"Changes since the last saved analysis: {len(a.changes)}")
        out.extend(f"  {c.kind:<8} {c.key}  {c.detail}" for c in a.changes)
    return "\n".join(out) + "\n"


def to_markdown(a: Analysis, *, diagram: str | None = None) -> str:
    out = [
        f"# Architectural risk analysis: {a.system}",
        "",
        f"{a.component_count} components, {a.flow_count} flows, {a.rule_count} rules "
        f"(rules digest `{a.rules_digest}`, model digest `{a.model_digest}`).",
        "",
        _summary_line(a),
        "",
    ]
    if diagram:
        out += ["```mermaid", diagram.rstrip(), "```", ""]
    out += [
        "## Risks",
        "",
        "| severity | state | rule | element | risk | path / flows | references |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in a.risks:
        if r.state == "not_applicable":
            continue
        where = _arrow(r.path) if r.path else ", ".join(r.flows)
        out.append(
            f"| {r.severity} | {r.state} | `{r.rule_id}` | `{r.element}` | {_md(r.title)} | "
            f"{_md(where)} | {_md(_refs(r))} |"
        )
    na = [r.rule_id for r in a.risks if r.state == "not_applicable"]
    if na:
        out += ["", f"Not applicable to this system: {', '.join(f'`{x}`' for x in na)}."]
    out += ["", "## Why, and what to do (open risks)", ""]
    for r in a.risks:
        if r.state not in ("applies", "accepted"):
            continue
        out.append(f"### `{r.id}` {_md(r.title)} — {r.element}")
        out.append("")
        out.extend(f"- {_md(x)}" for x in r.reasons)
        if r.decision is not None:
            d = r.decision
            out.append(
                f"- **{d.state}** by {d.owner}: {_md(d.reason)}"
                + (f" (expires {d.expires})" if d.expires else "")
            )
        out.append(f"- References: {_md(_named_refs(r))}")
        for m in r.mitigations:
            guard = f" (assura guard `{m.guard}`)" if m.guard else ""
            if m.atlas:
                name = reference_titles().get("atlas_mitigations", {}).get(m.atlas, "")
                guard += f" (ATLAS {m.atlas} {name})".replace(" )", ")")
            out.append(f"- Mitigation: {_md(m.text)}{guard}")
        out.append("")
    out += [
        "## Attack paths",
        "",
        "| # | severity | score | path | asset |",
        "| --- | --- | --- | --- | --- |",
    ]
    for p in a.attack_paths:
        out.append(
            f"| {p.rank} | {p.severity} | {p.score} | {_md(_arrow(p.nodes))} | "
            f"{', '.join(p.asset_classes)} |"
        )
    out.append("")
    out.append(f"{len(a.attack_paths)} of {a.attack_paths_total} source→asset paths shown.")
    if a.weakest_links:
        out += ["", "## Weakest links", ""]
        for i, w in enumerate(a.weakest_links, 1):
            out.append(
                f"{i}. `{w.component}`: on {w.paths_cut} of {w.high_risk_paths} most severe paths; "
                f"after hardening, {w.remaining_after} of those source→asset pairs stay connected."
            )
    return "\n".join(out) + "\n"


def _named_refs(r: Risk) -> str:
    titles = reference_titles()
    parts = []
    for k, ids in r.references.items():
        for x in ids:
            name = titles.get(k, {}).get(x)
            parts.append(f"{x} {name}" if name and name != x and k != "nist_ai_rmf" else x)
    return "; ".join(parts)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
