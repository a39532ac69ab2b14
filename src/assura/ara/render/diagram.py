"""Data-flow diagrams with trust boundaries: SVG (own layout, no network) and Mermaid.

Layout: every trust boundary is a horizontal band (nested boundaries are bands inside
their parent, indented), components without a boundary get a band of their own, and
inside a band a component's column is its breadth-first distance from the components
nothing flows into. Bands never overlap, so dashed boundary rectangles stay readable.
"""

from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass
from html import escape

from assura.ara.result import Analysis
from assura.ara.system import System

__all__ = ["to_mermaid", "to_svg"]

BOX_W, BOX_H, COL_W, ROW_H = 150, 46, 210, 70
PAD, LABEL_H, INDENT = 16, 22, 14

_COLOURS = {
    "user": "#fde2e2",
    "client": "#fde2e2",
    "external_content": "#fde2e2",
    "model_hub": "#fde2e2",
    "llm": "#e8e0f8",
    "embedding_model": "#e8e0f8",
    "agent": "#e8e0f8",
    "vector_store": "#dceefb",
    "dataset": "#dceefb",
    "memory": "#dceefb",
    "database": "#dceefb",
    "model_registry": "#dceefb",
    "secret_store": "#fff1c2",
    "tool": "#ffe4cc",
    "mcp_server": "#ffe4cc",
    "guardrail": "#dff5e1",
    "human_reviewer": "#dff5e1",
    "monitoring": "#dff5e1",
}


@dataclass
class _Box:
    x: float
    y: float
    w: float
    h: float


def _columns(system: System) -> dict[str, int]:
    starts = [
        c for c in system.components if not system.in_edges[c] or system.trust(c) == "untrusted"
    ] or list(system.components)[:1]
    col = dict.fromkeys(starts, 0)
    queue = deque(starts)
    while queue:
        cur = queue.popleft()
        for f in system.out_edges[cur]:
            if f.dst not in col:
                col[f.dst] = col[cur] + 1
                queue.append(f.dst)
    for c in system.components:  # unreachable islands
        col.setdefault(c, 0)
    return col


def _layout(system: System) -> tuple[dict[str, _Box], list[tuple[str, _Box]], float, float]:
    col = _columns(system)
    width = (max(col.values()) + 1) * COL_W + 2 * PAD
    children: dict[str | None, list[str]] = {}
    for tb in system.model.trust_boundaries:
        children.setdefault(system.boundary_parent[tb.id], []).append(tb.id)
    members: dict[str | None, list[str]] = {}
    for cid in system.components:
        members.setdefault(system.boundary_of[cid], []).append(cid)
    boxes: dict[str, _Box] = {}
    frames: list[tuple[str, _Box]] = []

    def place_nodes(ids: list[str], y: float) -> float:
        stack: dict[int, int] = {}
        for cid in ids:
            k = stack.get(col[cid], 0)
            stack[col[cid]] = k + 1
            boxes[cid] = _Box(PAD + col[cid] * COL_W + 20, y + k * ROW_H, BOX_W, BOX_H)
        return max(stack.values(), default=0) * ROW_H

    def place_boundary(bid: str, y: float, depth: int) -> float:
        top = y
        y += LABEL_H
        y += place_nodes(members.get(bid, []), y)
        for child in children.get(bid, []):
            y += place_boundary(child, y, depth + 1) + PAD / 2
        height = max(y - top + PAD / 2, LABEL_H + ROW_H / 2)
        inset = depth * INDENT
        frames.append((bid, _Box(PAD / 2 + inset, top, width - PAD - 2 * inset, height)))
        return height

    y = PAD + place_nodes(members.get(None, []), PAD)
    for bid in children.get(None, []):
        y += place_boundary(bid, y, 0) + PAD
    return boxes, frames, width, y + PAD


def _clip(a: _Box, b: _Box) -> tuple[float, float, float, float]:
    ax, ay = a.x + a.w / 2, a.y + a.h / 2
    bx, by = b.x + b.w / 2, b.y + b.h / 2

    def edge(cx: float, cy: float, dx: float, dy: float, box: _Box) -> tuple[float, float]:
        if dx == 0 and dy == 0:
            return cx, cy
        tx = (box.w / 2) / abs(dx) if dx else math.inf
        ty = (box.h / 2) / abs(dy) if dy else math.inf
        t = min(tx, ty)
        return cx + dx * t, cy + dy * t

    x1, y1 = edge(ax, ay, bx - ax, by - ay, a)
    x2, y2 = edge(bx, by, ax - bx, ay - by, b)
    return x1, y1, x2, y2


def to_svg(system: System, analysis: Analysis | None = None) -> str:
    """A standalone SVG data-flow diagram; the weakest link (if any) is outlined in red."""
    boxes, frames, width, height = _layout(system)
    weakest = {w.component for w in analysis.weakest_links[:1]} if analysis else set()
    names = {tb.id: tb.name or tb.id for tb in system.model.trust_boundaries}
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif">',
        f"<title>{escape(system.name)}: data flows and trust boundaries</title>",
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        'markerHeight="7" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" '
        'fill="#555"/></marker></defs>',
        f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>',
    ]
    for bid, fr in sorted(frames, key=lambda t: t[1].x):
        out.append(
            f'<g class="boundary" id="tb-{escape(bid)}"><rect x="{fr.x:.1f}" y="{fr.y:.1f}" '
            f'width="{fr.w:.1f}" height="{fr.h:.1f}" fill="none" stroke="#c0392b" '
            f'stroke-width="1.5" stroke-dasharray="6 4" rx="6"/><text x="{fr.x + 8:.1f}" '
            f'y="{fr.y + 15:.1f}" font-size="12" fill="#c0392b">{escape(names[bid])}</text></g>'
        )
    pairs = {(f.src, f.dst) for f in system.flows}
    for f in system.flows:
        x1, y1, x2, y2 = _clip(boxes[f.src], boxes[f.dst])
        length = math.hypot(x2 - x1, y2 - y1) or 1.0
        nx, ny = (y2 - y1) / length, -(x2 - x1) / length  # unit normal
        if (f.dst, f.src) in pairs:  # two-way: draw the two arrows side by side
            x1, y1, x2, y2 = x1 + 5 * nx, y1 + 5 * ny, x2 + 5 * nx, y2 + 5 * ny
        label = ", ".join(f.flow.carries[:3])
        out.append(
            f'<g class="flow" id="flow-{escape(f.id)}"><line x1="{x1:.1f}" y1="{y1:.1f}" '
            f'x2="{x2:.1f}" y2="{y2:.1f}" stroke="#555" stroke-width="1.2" '
            f'marker-end="url(#arrow)"/>'
        )
        if label:
            mx, my = x1 + (x2 - x1) * 0.45 + 9 * nx, y1 + (y2 - y1) * 0.45 + 9 * ny + 3
            out.extend(
                f'<text x="{mx:.1f}" y="{my:.1f}" font-size="9" {paint} '
                f'text-anchor="middle">{escape(label)}</text>'
                for paint in ('fill="#fff" stroke="#fff" stroke-width="3"', 'fill="#333"')
            )
        out.append("</g>")
    for cid, c in system.components.items():
        b = boxes[cid]
        fill = _COLOURS.get(c.type.value, "#f2f2f2")
        stroke, sw = ("#d0021b", 3) if cid in weakest else ("#333", 1)
        out.append(
            f'<g class="component" id="c-{escape(cid)}"><rect x="{b.x:.1f}" y="{b.y:.1f}" '
            f'width="{b.w}" height="{b.h}" rx="5" fill="{fill}" stroke="{stroke}" '
            f'stroke-width="{sw}"/><text x="{b.x + b.w / 2:.1f}" y="{b.y + 19:.1f}" '
            f'font-size="12" text-anchor="middle">{escape(_short(c.label, 22))}</text>'
            f'<text x="{b.x + b.w / 2:.1f}" y="{b.y + 35:.1f}" font-size="9" fill="#555" '
            f'text-anchor="middle">{escape(c.type.value)}</text></g>'
        )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _short(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def to_mermaid(system: System, analysis: Analysis | None = None) -> str:
    """A Mermaid ``flowchart LR`` with nested subgraphs for trust boundaries."""
    ids = {cid: f"c{i}" for i, cid in enumerate(system.components)}
    lines = ["flowchart LR"]
    children: dict[str | None, list[str]] = {}
    for tb in system.model.trust_boundaries:
        children.setdefault(system.boundary_parent[tb.id], []).append(tb.id)
    members: dict[str | None, list[str]] = {}
    for cid in system.components:
        members.setdefault(system.boundary_of[cid], []).append(cid)
    names = {tb.id: tb.name or tb.id for tb in system.model.trust_boundaries}
    bids = {tb.id: f"b{i}" for i, tb in enumerate(system.model.trust_boundaries)}

    def node(cid: str, indent: str) -> str:
        c = system.components[cid]
        return f'{indent}{ids[cid]}["{_mm(c.label)}<br/><i>{c.type.value}</i>"]'

    def boundary(bid: str, indent: str) -> None:
        lines.append(f'{indent}subgraph {bids[bid]}["{_mm(names[bid])}"]')
        lines.extend(node(cid, indent + "  ") for cid in members.get(bid, []))
        for child in children.get(bid, []):
            boundary(child, indent + "  ")
        lines.append(f"{indent}end")

    lines.extend(node(cid, "  ") for cid in members.get(None, []))
    for bid in children.get(None, []):
        boundary(bid, "  ")
    for f in system.flows:
        label = ", ".join(f.flow.carries[:3])
        arrow = f'-->|"{_mm(label)}"|' if label else "-->"
        lines.append(f"  {ids[f.src]} {arrow} {ids[f.dst]}")
    lines.extend(f"  style {bid} stroke-dasharray: 5 5" for bid in bids.values())
    if analysis and analysis.weakest_links:
        w = analysis.weakest_links[0].component
        lines.append(f"  style {ids[w]} stroke:#d0021b,stroke-width:3px")
    return "\n".join(lines) + "\n"


def _mm(text: str) -> str:
    return text.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")
