"""The rule language: validated on load with file:line errors, evaluated without eval."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.ara import analyze, load_rules, load_system_text
from assura.ara.predicate import Ctx, Env, PredicateError, compile_predicate
from assura.errors import ParseError

SYSTEM = """
system: {name: t}
components:
  - {id: u, type: user}
  - {id: app, type: app, rate_limited: true, properties: {team: payments}}
  - {id: m, type: llm, hosting: saas}
  - {id: sh, type: tool, capabilities: [shell]}
flows:
  - {from: u, to: app, carries: [prompt], authenticated: true}
  - {from: app, to: m, carries: [prompt, pii]}
  - {from: m, to: app, carries: [response]}
  - {from: app, to: sh, carries: [tool_call]}
"""


@pytest.fixture
def env() -> Env:
    return Env(load_system_text(SYSTEM))


def ev(env: Env, pred: dict, cid: str, ctx: Ctx = Ctx.COMPONENT) -> bool:
    p = compile_predicate(pred, ctx)
    subject = env.system.components[cid]
    return p(env, subject)


@pytest.mark.parametrize(
    ("pred", "cid", "expected"),
    [
        ({"type": "llm"}, "m", True),
        ({"type": ["tool", "app"]}, "m", False),
        ({"eq": {"hosting": "saas"}}, "m", True),
        ({"ne": {"hosting": "saas"}}, "app", True),
        ({"in": {"hosting": ["saas", "cloud"]}}, "m", True),
        ({"exists": "hosting"}, "app", False),
        ({"contains": {"capabilities": "shell"}}, "sh", True),
        ({"contains_any": {"capabilities": ["email", "shell"]}}, "sh", True),
        ({"matches": {"properties.team": "^pay"}}, "app", True),
        ({"flow_from_type": ["user"]}, "app", True),
        ({"flow_to_type": ["tool"]}, "app", True),
        ({"flow_in": {"contains": {"carries": "pii"}}}, "m", True),
        ({"flow_out": {"eq": {"authenticated": True}}}, "u", True),
        ({"reachable_from": {"type": "user"}}, "sh", True),
        ({"reaches": {"type": "tool"}}, "u", True),
        ({"trust": "untrusted"}, "u", True),
        ({"not": {"type": "user"}}, "u", False),
        ({"all": [{"type": "app"}, {"eq": {"rate_limited": True}}]}, "app", True),
        ({"any": [{"type": "tool"}, {"always": False}]}, "app", False),
    ],
)
def test_component_predicates(env: Env, pred: dict, cid: str, expected: bool) -> None:
    assert ev(env, pred, cid) is expected


def test_flow_predicates(env: Env) -> None:
    p = compile_predicate({"all": [{"from": {"type": "app"}}, {"to": {"type": "llm"}}]}, Ctx.FLOW)
    assert [f.id for f in env.system.flows if p(env, f)] == ["app->m"]


@pytest.mark.parametrize(
    ("pred", "ctx", "needle"),
    [
        ({"tyep": "llm"}, Ctx.COMPONENT, "unknown operator 'tyep'"),
        ({"type": "lllm"}, Ctx.COMPONENT, "unknown component type 'lllm'"),
        ({"eq": {"colour": "red"}}, Ctx.COMPONENT, "unknown component attribute 'colour'"),
        ({"matches": {"name": "("}}, Ctx.COMPONENT, "bad regular expression"),
        ({"class": "nope"}, Ctx.COMPONENT, "unknown class 'nope'"),
        ({"from": {"type": "app"}}, Ctx.COMPONENT, "unknown operator 'from'"),
        ({"sink": {"type": "app"}}, Ctx.FLOW, "unknown operator 'sink'"),
        ({"all": []}, Ctx.COMPONENT, "non-empty list"),
        ({}, Ctx.COMPONENT, "non-empty mapping"),
        ({"in": {"hosting": "saas"}}, Ctx.COMPONENT, "expects a list"),
        ({"length_le": 0}, Ctx.PATH, "positive integer"),
        ({"__import__": "os"}, Ctx.COMPONENT, "unknown operator"),
    ],
)
def test_bad_predicates_are_rejected(pred: dict, ctx: Ctx, needle: str) -> None:
    with pytest.raises(PredicateError, match=needle.replace("(", r"\(")):
        compile_predicate(pred, ctx)


RULE = """rules:
  - id: X-TEST-001
    version: 2
    title: test
    scope: component
    applies:
      all:
        - type: llm
        - eq: {colour: red}
    likelihood: {level: low}
    impact: {level: low}
"""


def test_rule_file_error_names_line(tmp_path: Path) -> None:
    p = tmp_path / "r.yaml"
    p.write_text(RULE)
    with pytest.raises(ParseError) as err:
        load_rules([p])
    assert err.value.path == str(p)
    assert err.value.line == 9
    assert "unknown component attribute 'colour'" in str(err.value)


@pytest.mark.parametrize(
    ("patch", "needle"),
    [
        (("version: 2", "version: 0"), "version"),
        (("scope: component", "scope: everything"), "scope"),
        (("    title: test\n", "    title: test\n    colour: x\n"), "unknown key 'colour'"),
        (
            (
                "    impact: {level: low}\n",
                "    impact: {level: low}\n    references: {atlas: [AML.T9999]}\n",
            ),
            "unknown atlas reference 'AML.T9999'",
        ),
        (
            (
                "    impact: {level: low}\n",
                "    impact: {level: low}\n    references: {cwe: [CWE-abc]}\n",
            ),
            "unknown cwe reference",
        ),
        (("id: X-TEST-001", "id: ARA-PI-001"), "duplicate rule id 'ARA-PI-001'"),
    ],
)
def test_rule_schema_errors(tmp_path: Path, patch: tuple[str, str], needle: str) -> None:
    p = tmp_path / "r.yaml"
    p.write_text(RULE.replace("        - eq: {colour: red}\n", "").replace(*patch))
    with pytest.raises(ParseError, match=needle):
        load_rules([p])


def test_path_rule_shape_is_checked(tmp_path: Path) -> None:
    p = tmp_path / "r.yaml"
    p.write_text(RULE.replace("scope: component", "scope: path"))
    with pytest.raises(ParseError, match="path_from, to"):
        load_rules([p])


def test_user_rule_extends_without_code(tmp_path: Path) -> None:
    p = tmp_path / "team.yaml"
    p.write_text("""rules:
  - id: TEAM-PAY-001
    version: 1
    title: Payments apps must not call hosted models
    scope: path
    applies:
      path_from: {matches: {properties.team: "^payments$"}}
      to: {all: [{type: llm}, {eq: {hosting: saas}}]}
    control_missing:
      none_on_path: {contains: {guards: pii-redaction}}
    likelihood: {level: high}
    impact:
      level: medium
      drivers:
        - when: {any_on_path: {type: app}}
          level: high
          reason: goes through an app
    references: {owasp_llm: ["LLM02:2025"]}
""")
    rs = load_rules([tmp_path])
    a = analyze(load_system_text(SYSTEM), rs)
    mine = [r for r in a.risks if r.rule_id == "TEAM-PAY-001"]
    assert len(mine) == 1
    assert mine[0].path == ("app", "m")
    assert mine[0].impact == "high"
    assert any("goes through an app" in x for x in mine[0].reasons)


def test_builtin_rules_load_and_are_sorted(rules) -> None:  # type: ignore[no-untyped-def]
    ids = [r.id for r in rules.rules]
    assert ids == sorted(ids)
    assert len(ids) >= 20
    assert {"untrusted", "secrets", "pii", "code_execution"} <= set(rules.classes)


_atoms = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.sampled_from(["llm", "user", "hosting", "saas", "shell", "capabilities", "untrusted", "("]),
)
_keys = st.sampled_from(
    [
        "all",
        "any",
        "not",
        "type",
        "eq",
        "in",
        "exists",
        "matches",
        "contains",
        "class",
        "flow_in",
        "reaches",
        "from",
        "sink",
        "bogus",
    ]
)
_preds = st.recursive(
    _atoms,
    lambda kids: st.one_of(st.lists(kids, max_size=3), st.dictionaries(_keys, kids, max_size=3)),
    max_leaves=12,
)


@settings(max_examples=300, deadline=1000)
@given(_preds, st.sampled_from(list(Ctx)))
def test_compile_accepts_or_rejects_cleanly(data: object, ctx: Ctx) -> None:
    env = Env(load_system_text(SYSTEM))
    try:
        p = compile_predicate(data, ctx, classes=["untrusted"])
    except PredicateError:
        return
    if ctx is Ctx.COMPONENT:
        env = Env(env.system, {"untrusted": lambda e, c: c.type.value == "user"})
        for c in env.system.components.values():
            assert p(env, c) in (True, False)
