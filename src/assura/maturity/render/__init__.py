"""Renderers of an assessment document: Markdown, HTML, JSON, CSV, SVG chart."""

from assura.maturity.render.chart import scorecard_svg
from assura.maturity.render.html import report_html
from assura.maturity.render.markdown import (
    FRAMEWORK_NAMES,
    coverage_markdown,
    coverage_text,
    report_markdown,
)
from assura.maturity.render.tabular import activities_csv, coverage_csv, to_json

__all__ = [
    "FRAMEWORK_NAMES",
    "activities_csv",
    "coverage_csv",
    "coverage_markdown",
    "coverage_text",
    "report_html",
    "report_markdown",
    "scorecard_svg",
    "to_json",
]
