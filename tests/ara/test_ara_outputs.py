"""Renderers (SVG, Mermaid, SARIF, Markdown, HTML), OTM round trip, inference."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.ara import (
    RuleSet,
    analyze,
    from_otm,
    infer_system,
    load_system,
    load_system_text,
    render,
    to_mermaid,
    to_otm,
    to_sarif,
    to_svg,
    to_yaml,
)
from assura.errors import ParseError
from assura.findings import Location

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "systems"

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("name", ["rag-chatbot", "mcp-agent", "finetune-pipeline"])
def test_svg_is_wellformed_with_boundaries(name: str, rules: RuleSet) -> None:
    s = load_system(EXAMPLES / f"{name}.yaml")
    a = analyze(s, rules)
    root = ET.fromstring(to_svg(s, a))
    groups = root.findall(f"{SVG}g")
    assert sum(g.get("class") == "component" for g in groups) == len(s.components)
    assert sum(g.get("class") == "flow" for g in groups) == len(s.flows)
    assert sum(g.get("class") == "boundary" for g in groups) == len(s.model.trust_boundaries)
    dashed = [r for g in groups if g.get("class") == "boundary" for r in g.findall(f"{SVG}rect")]
    assert all(r.get("stroke-dasharray") for r in dashed)
    assert "http" not in "".join(root.itertext())  # nothing to fetch


def test_mermaid(rules: RuleSet) -> None:
    s = load_system(EXAMPLES / "mcp-agent.yaml")
    text = to_mermaid(s, analyze(s, rules))
    assert text.startswith("flowchart LR")
    assert text.count("subgraph") == len(s.model.trust_boundaries)
    assert text.count("-->") == len(s.flows)


def test_sarif(rules: RuleSet) -> None:
    s = load_system(EXAMPLES / "mcp-agent.yaml")
    sarif = to_sarif(analyze(s, rules))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert "ARA-PI-003" in ids
    res = [r for r in run["results"] if r["ruleId"] == "ARA-PI-003"][0]
    assert res["level"] == "error"
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("mcp-agent.yaml")
    assert loc["region"]["startLine"] > 1
    assert res["partialFingerprints"]["assuraRiskKey/v1"] == "ARA-PI-003@1:components/mcp-shell"


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_text_formats(fmt: str, rules: RuleSet) -> None:
    s = load_system(EXAMPLES / "rag-chatbot.yaml")
    out = render(analyze(s, rules), s, fmt)
    assert "ARA-PI-002" in out
    assert "Weakest" in out or "weakest" in out.lower()


def test_otm_round_trip_keeps_the_analysis(rules: RuleSet) -> None:
    s = load_system(EXAMPLES / "rag-chatbot.yaml")
    a = analyze(s, rules)
    doc = to_otm(s, a)
    assert doc["otmVersion"] == "0.2.0"
    assert {t["id"] for t in doc["trustZones"]} >= {"internet", "ingest"}
    assert doc["threats"] and all("risk" in t for t in doc["threats"])
    back = load_system_text(to_yaml(from_otm(json.dumps(doc))))
    a2 = analyze(back, rules)
    key = lambda x: sorted((r.key, r.state, r.severity) for r in x.risks)  # noqa: E731
    assert key(a2) == key(a)


def test_otm_foreign_document_guesses_types() -> None:
    doc = {
        "otmVersion": "0.1.0",
        "project": {"name": "foreign", "id": "f"},
        "trustZones": [{"id": "pub", "name": "Public", "risk": {"trustRating": 1}}],
        "components": [
            {
                "id": "u",
                "name": "Browser user",
                "type": "web-client",
                "parent": {"trustZone": "pub"},
            },
            {
                "id": "c",
                "name": "Chroma vector DB",
                "type": "datastore",
                "parent": {"trustZone": "pub"},
            },
        ],
        "dataflows": [
            {"id": "f1", "name": "q", "source": "u", "destination": "c", "bidirectional": True}
        ],
    }
    m = from_otm(json.dumps(doc))
    assert [c.type.value for c in m.components] == ["user", "vector_store"]
    assert len(m.flows) == 2
    assert m.trust_boundaries[0].trust == "untrusted"


def test_otm_bad_input() -> None:
    with pytest.raises(ParseError, match="not valid JSON"):
        from_otm("{", "x.otm.json")
    with pytest.raises(ParseError, match="otmVersion"):
        from_otm("{}", "x.otm.json")
    dangling = {
        "otmVersion": "0.2.0",
        "components": [{"id": "a", "type": "user"}],
        "dataflows": [{"id": "f", "source": "a", "destination": "ghost"}],
    }
    with pytest.raises(ParseError, match="x.otm.json.*dangling flow endpoint"):
        from_otm(json.dumps(dangling), "x.otm.json")
    with pytest.raises(ParseError, match="malformed OTM|has no id"):
        from_otm(json.dumps({"otmVersion": 1, "trustZones": [{"name": "z"}]}), "x.otm.json")


def _comp(kind: str, name: str, line: int, provider: str | None = None, **props):  # type: ignore[no-untyped-def]
    return SimpleNamespace(
        kind=SimpleNamespace(value=kind),
        name=name,
        provider=provider,
        properties=props,
        detector="fake",
        evidence=(Location("app.py", line),),
    )


def test_infer_from_inventory_and_codescan(tmp_path: Path, rules: RuleSet) -> None:
    inv = SimpleNamespace(
        components=[
            ("repo", _comp("sdk", "openai", 1, provider="openai")),
            ("repo", _comp("vector_store", "chroma", 2)),
            ("repo", _comp("agent_framework", "langchain", 3)),
        ]
    )
    shell = SimpleNamespace(rule_id="CODE-LLM-SHELL", location=Location("app.py", 14), data={})
    scan = SimpleNamespace(findings=[shell])
    m = infer_system(tmp_path, name="demo", inventory=lambda p: inv, codescan=lambda p: scan)
    types = {c.id: c.type.value for c in m.components}
    assert types["llm-openai"] == "llm" and types["vs-chroma"] == "vector_store"
    assert types["agent"] == "agent" and types["shell-tool"] == "tool"
    edges = {(f.from_, f.to) for f in m.flows}
    # app → LLM (through the agent), app → vector store, loader → vector store, agent → shell
    assert {
        ("app", "agent"),
        ("agent", "llm-openai"),
        ("agent", "vs-chroma"),
        ("document-loader", "vs-chroma"),
        ("agent", "shell-tool"),
    } <= edges
    tool = next(c for c in m.components if c.id == "shell-tool")
    assert tool.inferred_from[0].path == "app.py" and tool.inferred_from[0].line == 14
    assert tool.inferred_from[0].detector == "CODE-LLM-SHELL"
    a = analyze(load_system_text(to_yaml(m)), rules)  # the draft is a valid model
    assert any(r.rule_id == "ARA-AG-001" and r.state == "applies" for r in a.risks)


def test_infer_real_scanners_on_a_tiny_repo(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_text("openai==1.30.0\nchromadb\n")
    (tmp_path / "app.py").write_text(
        "import chromadb\nfrom openai import OpenAI\nclient = OpenAI()\ndb = chromadb.Client()\n"
    )
    m = infer_system(tmp_path)
    types = {c.type.value for c in m.components}
    assert {"app", "user", "llm", "vector_store"} <= types
    assert all(c.inferred_from for c in m.components if c.type.value in ("llm", "vector_store"))


_json = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.text(max_size=8)),
    lambda kids: st.one_of(
        st.lists(kids, max_size=3),
        st.dictionaries(
            st.sampled_from(
                [
                    "otmVersion",
                    "project",
                    "name",
                    "id",
                    "components",
                    "dataflows",
                    "trustZones",
                    "type",
                    "parent",
                    "trustZone",
                    "source",
                    "destination",
                    "attributes",
                    "risk",
                    "trustRating",
                    "tags",
                ]
            ),
            kids,
            max_size=4,
        ),
    ),
    max_leaves=15,
)


@settings(max_examples=200, deadline=2000)
@given(_json)
def test_otm_import_never_crashes(doc: object) -> None:
    try:
        from_otm(json.dumps(doc), "fuzz.otm.json")
    except ParseError:
        pass
