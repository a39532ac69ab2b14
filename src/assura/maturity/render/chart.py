"""A bar chart of the scorecard as standalone SVG (pure Python, no fonts or network).

One row per practice, three stacked bar segments per level: verified activities (dark),
declared ones (light), and the rest of the level (outline). Never one overall score.
"""

from __future__ import annotations

from html import escape
from typing import Any

__all__ = ["scorecard_svg"]

_COLORS = {1: ("#1b5e20", "#81c784"), 2: ("#0d47a1", "#64b5f6"), 3: ("#4a148c", "#ba68c8")}
_ROW = 26
_LABEL = 300
_CELL = 22  # width of one activity in a level's bar


def scorecard_svg(
    doc: dict[str, Any],
    title: str = "AI security maturity: activities observed per practice and level",
) -> str:
    """Render ``doc['scorecard']`` (see report.assessment_dict) as an SVG document."""
    rows = doc["scorecard"]
    max_per_level = {
        lvl: max((r["levels"].get(str(lvl), {}).get("total", 0) for r in rows), default=0)
        for lvl in (1, 2, 3)
    }
    x0 = {1: _LABEL + 10}
    x0[2] = x0[1] + max(max_per_level[1], 2) * _CELL + 45
    x0[3] = x0[2] + max(max_per_level[2], 2) * _CELL + 45
    width = max(x0[3] + max(max_per_level[3], 2) * _CELL + 45, 8 * len(title) + 20, 620)
    top = 70
    height = top + len(rows) * _ROW + 60
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="10" y="22" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    out.extend(
        f'<text x="{x0[lvl]}" y="{top - 12}" font-weight="bold">Level {lvl}</text>'
        for lvl in (1, 2, 3)
    )
    for i, r in enumerate(rows):
        y = top + i * _ROW
        label = f"{r['practice']}  {r['name']}"
        label = label if len(label) <= 42 else label[:41] + "…"
        out.append(f'<text x="10" y="{y + 15}">{escape(label)}</text>')
        for lvl in (1, 2, 3):
            cell = r["levels"].get(str(lvl))
            if not cell:
                continue
            dark, light = _COLORS[lvl]
            for k in range(cell["total"]):
                x = x0[lvl] + k * _CELL
                if k < cell["verified"]:
                    fill = dark
                elif k < cell["observed"]:
                    fill = light
                else:
                    fill = "#ffffff"
                out.append(
                    f'<rect x="{x}" y="{y + 3}" width="{_CELL - 3}" height="{_ROW - 8}" fill="{fill}" '
                    f'stroke="#555555" stroke-width="1"><title>{escape(r["practice"])} level {lvl}: '
                    f"{cell['observed']}/{cell['total']} observed, {cell['verified']} verified</title></rect>"
                )
            out.append(
                f'<text x="{x0[lvl] + cell["total"] * _CELL + 2}" y="{y + 15}" fill="#333333">'
                f"{cell['observed']}/{cell['total']}</text>"
            )
    ly = top + len(rows) * _ROW + 25
    out.append(
        f'<rect x="10" y="{ly - 11}" width="14" height="14" fill="#1b5e20" stroke="#555555"/>'
    )
    out.append(f'<text x="30" y="{ly}">verified by platform evidence</text>')
    out.append(
        f'<rect x="230" y="{ly - 11}" width="14" height="14" fill="#81c784" stroke="#555555"/>'
    )
    out.append(f'<text x="250" y="{ly}">declared in the questionnaire</text>')
    out.append(
        f'<rect x="450" y="{ly - 11}" width="14" height="14" fill="#ffffff" stroke="#555555"/>'
    )
    out.append(f'<text x="470" y="{ly}">not observed</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
