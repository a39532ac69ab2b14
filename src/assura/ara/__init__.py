"""Architectural risk analysis (ARA) for AI systems.

A system model (YAML: components typed for AI systems, data flows, trust boundaries) in;
a risk register (risks in four states with reasons, references and mitigations), ranked
attack paths, the weakest links and a data-flow diagram out. Rules are data
(``catalogs/ara/rules/*.yaml``) written in a small declarative predicate language.

    >>> from assura.ara import analyze, load_rules, load_system
    >>> system = load_system("examples/systems/rag-chatbot.yaml")
    >>> analysis = analyze(system, load_rules())
    >>> [r.rule_id for r in analysis.open_risks()][:1]  # doctest: +SKIP
"""

from assura.ara.diff import compare
from assura.ara.engine import analyze, model_digest
from assura.ara.infer import infer_system
from assura.ara.model import (
    Component,
    ComponentType,
    Flow,
    SystemModel,
    TrustBoundary,
    json_schema,
    to_yaml,
)
from assura.ara.otm import from_otm, to_otm
from assura.ara.render import FORMATS, render, render_diagram, to_mermaid, to_sarif, to_svg
from assura.ara.result import (
    STATES,
    Analysis,
    AttackPath,
    Change,
    Decision,
    Risk,
    WeakLink,
    risk_id,
)
from assura.ara.rules import Rule, RuleSet, load_rules, severity_of
from assura.ara.system import System, build_system, load_system, load_system_text

__all__ = [
    "FORMATS",
    "STATES",
    "Analysis",
    "AttackPath",
    "Change",
    "Component",
    "ComponentType",
    "Decision",
    "Flow",
    "Risk",
    "Rule",
    "RuleSet",
    "System",
    "SystemModel",
    "TrustBoundary",
    "WeakLink",
    "analyze",
    "build_system",
    "compare",
    "from_otm",
    "infer_system",
    "json_schema",
    "load_rules",
    "load_system",
    "load_system_text",
    "model_digest",
    "render",
    "render_diagram",
    "risk_id",
    "severity_of",
    "to_mermaid",
    "to_otm",
    "to_sarif",
    "to_svg",
    "to_yaml",
]
