"""Evaluate rules on a system: risks in four states, duplicates collapsed, stable order.

- component rules: one risk per matching component;
- flow rules: matching flows are collapsed per receiving component (one risk, all flows);
- path rules: a breadth-first search from every matching source at once, through the
  ``through`` component if given, to each matching sink; components satisfying the
  control are barriers. A sink reachable around every barrier is *applies*, reachable
  only through a barrier is *mitigated*. One risk per sink, with the shortest path.
A rule that matches nothing yields one ``not_applicable`` entry. Decisions (accepted /
mitigated by a person) override *applies*; an expired acceptance does not.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any

from assura.ara.paths import find_attack_paths
from assura.ara.predicate import Env, PathView, Pred
from assura.ara.result import Analysis, Decision, Risk
from assura.ara.rules import LEVELS, Driver, Rule, RuleSet, severity_of
from assura.ara.system import FlowRef, System

__all__ = ["analyze", "model_digest"]

_SEV_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3, "info": 4}
_STATE_ORDER = {"applies": 0, "accepted": 1, "mitigated": 2, "not_applicable": 3}


def model_digest(system: System) -> str:
    data = system.model.model_dump(mode="json", by_alias=True, exclude={"inferred_from"})
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def analyze(
    system: System,
    rules: RuleSet,
    decisions: Mapping[str, Decision] | None = None,
    *,
    today: dt.date | None = None,
    max_paths: int = 25,
) -> Analysis:
    """Analyse ``system`` with ``rules``; ``decisions`` are keyed by risk key."""
    env = Env(system, rules.class_preds)
    decisions = decisions or {}
    today = today or dt.datetime.now(dt.UTC).date()
    risks: list[Risk] = []
    for rule in rules.rules:
        found = list(_evaluate(rule, env))
        if not found:
            sev = severity_of(rule.likelihood, rule.impact)
            found = [
                _risk(
                    rule,
                    "system",
                    "not_applicable",
                    rule.likelihood,
                    rule.impact,
                    ("no component, flow or path matches this rule",),
                    sev=sev,
                )
            ]
        risks.extend(_decide(r, decisions.get(r.key), today) for r in found)
    risks = _collapse(risks)
    risks.sort(key=lambda r: (_STATE_ORDER[r.state], _SEV_ORDER[r.severity], r.rule_id, r.element))
    paths, total, weak = find_attack_paths(env, rules, max_paths=max_paths)
    return Analysis(
        system=system.name,
        source=system.source,
        model_digest=model_digest(system),
        rules_digest=rules.digest,
        rule_count=len(rules.rules),
        component_count=len(system.components),
        flow_count=len(system.flows),
        risks=tuple(risks),
        attack_paths=tuple(paths),
        attack_paths_total=total,
        weakest_links=tuple(weak),
    )


def _evaluate(rule: Rule, env: Env) -> Iterable[Risk]:
    if rule.scope == "component":
        yield from _component_rule(rule, env)
    elif rule.scope == "flow":
        yield from _flow_rule(rule, env)
    else:
        yield from _path_rule(rule, env)


def _component_rule(rule: Rule, env: Env) -> Iterable[Risk]:
    for c in env.system.components.values():
        if not rule.applies(env, c):
            continue
        missing = rule.control_missing is None or rule.control_missing(env, c)
        lik, imp, reasons = _levels(rule, env, c)
        state = "applies" if missing else "mitigated"
        if not missing:
            reasons = (*reasons, "control present: the control condition is met on this component")
        yield _risk(
            rule,
            f"components/{c.id}",
            state,
            lik,
            imp,
            reasons,
            comps=(c.id,),
            line=env.system.component_line(c.id),
        )


def _flow_rule(rule: Rule, env: Env) -> Iterable[Risk]:
    groups: dict[str, list[tuple[FlowRef, bool]]] = {}
    for f in env.system.flows:
        if rule.applies(env, f):
            missing = rule.control_missing is None or rule.control_missing(env, f)
            boundary = env.system.boundary_of[f.dst] if rule.group_by == "boundary" else None
            element = f"boundaries/{boundary}" if boundary else f"components/{f.dst}"
            groups.setdefault(element, []).append((f, missing))
    for element, items in groups.items():
        open_flows = [f for f, m in items if m]
        chosen = open_flows or [f for f, _ in items]
        lik, imp = "low", "low"
        reasons: tuple[str, ...] = ()
        for f in chosen:
            li, im, rs = _levels(rule, env, f)
            if (LEVELS.index(li), LEVELS.index(im)) >= (LEVELS.index(lik), LEVELS.index(imp)):
                lik, imp, reasons = li, im, rs
        if not open_flows:
            reasons = (*reasons, "control present on every matching flow")
        elif len(chosen) > 1:
            into = element.split("/", 1)[1]
            reasons = (*reasons, f"{len(chosen)} flows into {into} collapsed into one risk")
        comps = tuple(sorted({x for f in chosen for x in (f.src, f.dst)}))
        state = "applies" if open_flows else "mitigated"
        yield _risk(
            rule,
            element,
            state,
            lik,
            imp,
            reasons,
            comps=comps,
            flows=tuple(f.id for f in chosen),
            line=env.system.flow_line(chosen[0]),
        )


def _path_rule(rule: Rule, env: Env) -> Iterable[Risk]:
    assert rule.path_from is not None and rule.path_to is not None
    comps = env.system.components
    sources = [c.id for c in comps.values() if rule.path_from(env, c)]
    if not sources:
        return
    sinks = {c.id for c in comps.values() if rule.path_to(env, c)}
    if not sinks:
        return
    through = rule.path_through
    barrier = rule.control_missing
    open_paths = _search(env, sources, sinks, through, barrier)
    all_paths = _search(env, sources, sinks, through, None) if barrier is not None else open_paths
    for sink in sorted(all_paths, key=lambda s: env.system.comp_index[s]):
        nodes, flows = open_paths.get(sink) or all_paths[sink]
        state = "applies" if sink in open_paths else "mitigated"
        pv = PathView(nodes)
        lik, imp, reasons = _levels(rule, env, pv)
        reasons = (*reasons, f"reachable from {comps[nodes[0]].label} in {len(nodes) - 1} hop(s)")
        if state == "mitigated" and barrier is not None:
            stops = [n for n in nodes[1:] if barrier(env, comps[n])]
            reasons = (*reasons, f"every path passes a control: {', '.join(stops)}")
        yield _risk(
            rule,
            f"components/{sink}",
            state,
            lik,
            imp,
            reasons,
            comps=nodes,
            flows=flows,
            path=nodes,
            line=env.system.component_line(sink),
        )


def _search(
    env: Env, sources: list[str], sinks: set[str], through: Pred | None, barrier: Pred | None
) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Multi-source BFS over (component, passed-through) states; shortest path per sink."""
    comps = env.system.components
    parent: dict[tuple[str, bool], tuple[tuple[str, bool], str] | None] = {}
    queue: deque[tuple[str, bool]] = deque()
    for s in sources:
        st = (s, through is None or through(env, comps[s]))
        if st not in parent:
            parent[st] = None
            queue.append(st)
    found: dict[str, tuple[str, bool]] = {}
    while queue:
        node, passed = cur = queue.popleft()
        for f in env.system.out_edges[node]:
            nxt_c = comps[f.dst]
            if barrier is not None and barrier(env, nxt_c):
                continue
            nxt = (f.dst, passed or through is None or through(env, nxt_c))
            if nxt in parent:
                continue
            parent[nxt] = (cur, f.id)
            if nxt[1] and f.dst in sinks and f.dst not in found:
                found[f.dst] = nxt
            queue.append(nxt)
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for sink, st in found.items():
        nodes, flows = [st[0]], []
        p = parent[st]
        while p is not None:
            prev, fid = p
            nodes.append(prev[0])
            flows.append(fid)
            p = parent[prev]
        out[sink] = (tuple(reversed(nodes)), tuple(reversed(flows)))
    return out


def _levels(rule: Rule, env: Env, subject: Any) -> tuple[str, str, tuple[str, ...]]:
    lik, lreasons = _scale(
        "likelihood", rule.likelihood, rule.likelihood_reason, rule.likelihood_drivers, env, subject
    )
    imp, ireasons = _scale(
        "impact", rule.impact, rule.impact_reason, rule.impact_drivers, env, subject
    )
    return lik, imp, (*lreasons, *ireasons)


def _scale(
    name: str, base: str, why: str | None, drivers: tuple[Driver, ...], env: Env, subject: Any
) -> tuple[str, list[str]]:
    level = base
    reasons = [f"{name} {base}" + (f": {why}" if why else "")]
    for d in drivers:
        if d.when(env, subject) and LEVELS.index(d.level) > LEVELS.index(level):
            level = d.level
            reasons.append(f"{name} raised to {d.level}: {d.reason}")
    return level, reasons


def _risk(
    rule: Rule,
    element: str,
    state: str,
    lik: str,
    imp: str,
    reasons: tuple[str, ...],
    *,
    comps: tuple[str, ...] = (),
    flows: tuple[str, ...] = (),
    path: tuple[str, ...] | None = None,
    line: int | None = None,
    sev: str | None = None,
) -> Risk:
    return Risk(
        key=f"{rule.id}@{rule.version}:{element}",
        rule_id=rule.id,
        rule_version=rule.version,
        title=rule.title,
        severity=sev or severity_of(lik, imp),
        likelihood=lik,
        impact=imp,
        reasons=(
            f"severity {sev or severity_of(lik, imp)} = likelihood {lik} × impact {imp}",
            *reasons,
        ),
        state=state,
        element=element,
        components=comps,
        flows=flows,
        path=path,
        references=rule.references,
        mitigations=rule.mitigations,
        line=line,
    )


def _decide(risk: Risk, decision: Decision | None, today: dt.date) -> Risk:
    if decision is None or risk.state == "not_applicable":
        return risk
    from dataclasses import replace

    if decision.state == "accepted" and decision.expires:
        try:
            expires = dt.date.fromisoformat(decision.expires[:10])
        except ValueError:
            expires = today
        if expires < today:
            return replace(
                risk, reasons=(*risk.reasons, f"acceptance by {decision.owner} expired {expires}")
            )
    if risk.state == "mitigated" and decision.state == "accepted":
        return replace(risk, decision=decision)
    return replace(risk, state=decision.state, decision=decision)


def _collapse(risks: list[Risk]) -> list[Risk]:
    """Merge risks with the same key (one element matched twice); keep the worst."""
    by_key: dict[str, Risk] = {}
    for r in risks:
        prev = by_key.get(r.key)
        if prev is None or _worse(r, prev):
            by_key[r.key] = r
    return list(by_key.values())


def _worse(a: Risk, b: Risk) -> bool:
    def key(r: Risk) -> tuple[int, int]:
        return (
            -_STATE_ORDER[r.state],
            -_SEV_ORDER[r.severity],
        )

    return key(a) > key(b)
