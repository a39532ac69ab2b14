"""Exports: Markdown, HTML, CSV, JSON and the SVG chart are well formed and safe."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from assura.maturity import Answer, AnswersFile, Catalog, OrgSize, assess, assessment_dict
from assura.maturity.render import (
    activities_csv,
    coverage_csv,
    report_html,
    report_markdown,
    scorecard_svg,
    to_json,
)

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _doc(catalog: Catalog) -> dict:  # type: ignore[type-arg]
    hostile = '=HYPERLINK("http://evil.example")'
    answers = AnswersFile(
        "a.yaml",
        "<script>alert(1)</script> & Co",
        OrgSize.MEDIUM,
        {
            "AIM-GOV-1.1": Answer(
                "AIM-GOV-1.1", "whole", 1.0, ("https://x.example/p",), hostile, "a | b"
            )
        },
    )
    return assessment_dict(
        assess(catalog, answers, {}, org_size=OrgSize.MEDIUM, now=NOW, window_days=30)
    )


def test_svg_is_well_formed_and_has_a_row_per_practice(catalog: Catalog) -> None:
    svg = scorecard_svg(_doc(catalog))
    root = ET.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    for practice in catalog.practices:
        assert any(t.startswith(practice.id + " ") for t in texts)
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # nothing fetched


def test_html_escapes_user_text(catalog: Catalog) -> None:
    html = report_html(_doc(catalog))
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in html
    assert "<script" not in html.lower()


def test_csv_neutralises_formulas(catalog: Catalog) -> None:
    rows = list(csv.DictReader(io.StringIO(activities_csv(_doc(catalog)))))
    gov = next(r for r in rows if r["activity"] == "AIM-GOV-1.1")
    assert gov["owner"].startswith("'=")
    cov = list(csv.DictReader(io.StringIO(coverage_csv(_doc(catalog), "iso-42001"))))
    assert len(cov) == 38


def test_markdown_and_json(catalog: Catalog) -> None:
    doc = _doc(catalog)
    md = report_markdown(doc, chart_path="chart.svg")
    assert "![scorecard](chart.svg)" in md and "## Roadmap" in md and "a | b" not in md
    assert "not a security score" in md
    assert json.loads(to_json(doc))["summary"] == doc["summary"]
    assert "score" not in doc["summary"]
