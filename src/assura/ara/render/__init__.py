"""Renderers of an analysis: text, json, markdown, html, sarif; diagrams: svg, mermaid."""

from __future__ import annotations

import json

from assura.ara.render.diagram import to_mermaid, to_svg
from assura.ara.render.html import to_html
from assura.ara.render.sarif import to_sarif
from assura.ara.render.text import to_markdown, to_text
from assura.ara.result import Analysis
from assura.ara.system import System
from assura.errors import InvalidInput

__all__ = [
    "FORMATS",
    "render",
    "render_diagram",
    "to_html",
    "to_markdown",
    "to_mermaid",
    "to_sarif",
    "to_svg",
    "to_text",
]

FORMATS = ("text", "json", "markdown", "html", "sarif")


def render(a: Analysis, system: System, fmt: str, *, show_all: bool = False) -> str:
    if fmt == "text":
        return to_text(a, show_all=show_all)
    if fmt == "json":
        return json.dumps(a.to_dict(), indent=2, ensure_ascii=False) + "\n"
    if fmt == "markdown":
        return to_markdown(a, diagram=to_mermaid(system, a))
    if fmt == "html":
        return to_html(a, system)
    if fmt == "sarif":
        return json.dumps(to_sarif(a), indent=2, ensure_ascii=False) + "\n"
    raise InvalidInput(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")


def render_diagram(system: System, a: Analysis | None, filename: str) -> str:
    """SVG for ``*.svg``, Mermaid for ``*.mmd``/``*.mermaid``."""
    low = filename.lower()
    if low.endswith(".svg"):
        return to_svg(system, a)
    if low.endswith((".mmd", ".mermaid")):
        return to_mermaid(system, a)
    raise InvalidInput(f"{filename}: diagram file must end in .svg or .mmd")
