"""Attack paths and weakest links.

Sources are components in a class with ``role: source`` (untrusted users, external
content, third-party models and datasets); assets are components in a class with
``role: asset`` (secrets, PII, code execution, weights, training data, side effects).
For every source a breadth-first search gives the shortest path to every reachable asset
(one path per source→asset pair, so the count stays bounded by sources × assets).
Paths are scored from the source's likelihood and the asset's impact, raised by
unauthenticated boundary crossings and lowered by guards and human approval on the way.

The weakest link is chosen greedily: the component (other than the attacker's source) on
the most high-risk paths (critical/high; medium when there are none); after each pick the remaining high-risk source→asset pairs are
recounted exactly on the graph without the picked components.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping

from assura.ara.predicate import Env
from assura.ara.result import AttackPath, WeakLink
from assura.ara.rules import LEVELS, RuleSet
from assura.ara.system import FlowRef

__all__ = ["find_attack_paths"]

MAX_PICKS = 3


def find_attack_paths(
    env: Env, rules: RuleSet, *, max_paths: int = 25
) -> tuple[list[AttackPath], int, list[WeakLink]]:
    comps = env.system.components
    src_level: dict[str, int] = {}
    asset_level: dict[str, int] = {}
    asset_labels: dict[str, list[str]] = {}
    for cls in rules.classes.values():
        if cls.role not in ("source", "asset"):
            continue
        for c in comps.values():
            if env.in_class(cls.name, c):
                lvl = LEVELS.index(cls.level) + 1
                if cls.role == "source":
                    src_level[c.id] = max(src_level.get(c.id, 0), lvl)
                else:
                    asset_level[c.id] = max(asset_level.get(c.id, 0), lvl)
                    asset_labels.setdefault(c.id, []).append(cls.label)
    flow_map = {f.id: f for f in env.system.flows}
    adj = _adjacency(env)
    reach: dict[str, set[str]] = {}
    scored: list[tuple[float, tuple[str, ...], tuple[str, ...], str, str, tuple[str, ...]]] = []
    for s in comps:  # component order: deterministic
        if s not in src_level:
            continue
        found, reach[s] = _bfs_paths(adj, s, asset_level)
        for a, (nodes, flows) in found.items():
            score, reasons = _score(env, flow_map, src_level[s], asset_level[a], nodes, flows)
            scored.append((score, nodes, flows, s, a, reasons))
    scored.sort(key=lambda t: (-t[0], len(t[1]), t[3], t[4]))
    paths = [
        AttackPath(i + 1, s, a, tuple(asset_labels[a]), nodes, flows, score, _sev(score), reasons)
        for i, (score, nodes, flows, s, a, reasons) in enumerate(scored)
    ]
    high = [p for p in paths if p.severity in ("critical", "high")]
    weak = _weakest(env, adj, reach, high or [p for p in paths if p.severity == "medium"])
    return paths[:max_paths], len(paths), weak


def _adjacency(env: Env) -> dict[str, list[tuple[str, str]]]:
    return {c: [(f.dst, f.id) for f in fs] for c, fs in env.system.out_edges.items()}


def _bfs_paths(
    adj: Mapping[str, list[tuple[str, str]]], start: str, assets: Mapping[str, int]
) -> tuple[dict[str, tuple[tuple[str, ...], tuple[str, ...]]], set[str]]:
    """Shortest path from ``start`` to every reachable asset, and the reachable set."""
    parent: dict[str, tuple[str, str] | None] = {start: None}
    queue = deque([start])
    found: list[str] = []
    while queue:
        cur = queue.popleft()
        for dst, fid in adj[cur]:
            if dst in parent:
                continue
            parent[dst] = (cur, fid)
            if dst in assets:
                found.append(dst)
            queue.append(dst)
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for a in found:
        nodes, flows = [a], []
        p = parent[a]
        while p is not None:
            nodes.append(p[0])
            flows.append(p[1])
            p = parent[p[0]]
        out[a] = (tuple(reversed(nodes)), tuple(reversed(flows)))
    return out, set(parent)


def _reach(
    adj: Mapping[str, list[tuple[str, str]]], start: str, banned: frozenset[str]
) -> set[str]:
    seen = {start}
    queue = deque([start])
    while queue:
        for dst, _ in adj[queue.popleft()]:
            if dst not in seen and dst not in banned:
                seen.add(dst)
                queue.append(dst)
    return seen


def _score(
    env: Env,
    flow_map: Mapping[str, FlowRef],
    src: int,
    asset: int,
    nodes: tuple[str, ...],
    flows: tuple[str, ...],
) -> tuple[float, tuple[str, ...]]:
    comps = env.system.components
    score = float(src + asset)
    reasons = [f"source likelihood {LEVELS[src - 1]}", f"asset impact {LEVELS[asset - 1]}"]
    weak_flows = 0
    for fid in flows:
        f = flow_map[fid]
        if f.crosses_boundary and f.flow.authenticated is not True:
            weak_flows += 1
    if weak_flows:
        score += min(1.0, 0.5 * weak_flows)
        reasons.append(f"{weak_flows} boundary crossing(s) not known to be authenticated")
    guards = [n for n in nodes[1:] if comps[n].type.value == "guardrail" or comps[n].guards]
    if guards:
        score -= min(2.0, float(len(guards)))
        reasons.append(f"guarded at {', '.join(guards)}")
    approvals = [n for n in nodes[1:] if comps[n].human_approval is True]
    if approvals:
        score -= 1.5
        reasons.append(f"human approval at {', '.join(approvals)}")
    hops = len(nodes) - 1
    if hops > 1:
        score -= 0.25 * (hops - 1)
    return round(score, 2), tuple(reasons)


def _sev(score: float) -> str:
    if score >= 7:
        return "critical"
    if score >= 5.5:
        return "high"
    if score >= 4:
        return "medium"
    return "low"


def _weakest(
    env: Env,
    adj: Mapping[str, list[tuple[str, str]]],
    reach: Mapping[str, set[str]],
    high: list[AttackPath],
) -> list[WeakLink]:
    if not high:
        return []
    pairs = {(p.source, p.asset) for p in high}
    uncovered = list(high)
    picked: list[str] = []
    out: list[WeakLink] = []
    order = {cid: i for i, cid in enumerate(env.system.components)}
    while uncovered and len(picked) < MAX_PICKS:
        counts: dict[str, int] = {}
        for p in uncovered:
            for n in set(p.nodes[1:]):
                counts[n] = counts.get(n, 0) + 1
        best = min(counts, key=lambda n: (-counts[n], order[n]))
        picked.append(best)
        uncovered = [p for p in uncovered if best not in p.nodes[1:]]
        remaining = _still_connected(adj, reach, pairs, frozenset(picked))
        out.append(WeakLink(best, counts[best], len(high), remaining))
    return out


def _still_connected(
    adj: Mapping[str, list[tuple[str, str]]],
    reach: Mapping[str, set[str]],
    pairs: Iterable[tuple[str, str]],
    banned: frozenset[str],
) -> int:
    """How many source→asset pairs stay connected once ``banned`` components are removed."""
    by_source: dict[str, set[str]] = {}
    for s, a in pairs:
        by_source.setdefault(s, set()).add(a)
    n = 0
    for s, assets in by_source.items():
        if s in banned:
            continue
        if reach[s].isdisjoint(banned):  # no banned component reachable: nothing changes
            n += len(assets)
            continue
        n += len(assets & _reach(adj, s, banned))
    return n
