"""Registers and decisions in the store (SQLite and PostgreSQL via the `store` fixture)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assura.ara import RuleSet, analyze, load_system, load_system_text
from assura.ara.service import (
    latest_register,
    list_analyses,
    list_decisions,
    load_decisions,
    record_decision,
    save_analysis,
)
from assura.errors import InputNotFound, InvalidInput
from assura.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "systems"


def test_save_decide_reanalyse(store: Store, rules: RuleSet) -> None:
    system = load_system(EXAMPLES / "mcp-agent.yaml")
    first = analyze(system, rules)
    with store.session() as s:
        saved, a1 = save_analysis(s, first)
    assert saved.seq == 1 and a1.changes == ()
    target = next(r for r in first.risks if r.rule_id == "ARA-AG-002")
    with store.session() as s:
        sys_name, key = record_decision(
            s,
            target.id,
            state="accepted",
            owner="alice",
            reason="vendor audited",
            expires=dt.date(2099, 12, 31),
        )
    assert (sys_name, key) == ("coding-agent-mcp", target.key)
    with store.session() as s:
        decisions = load_decisions(s, system.name)
    again = analyze(system, rules, decisions)
    accepted = next(r for r in again.risks if r.key == target.key)
    assert accepted.state == "accepted" and accepted.decision is not None
    assert accepted.decision.owner == "alice" and accepted.decision.expires == "2099-12-31"
    with store.session() as s:
        saved2, a2 = save_analysis(s, again)
    assert saved2.seq == 2
    assert a2.changes is not None
    assert [(c.kind, c.key) for c in a2.changes] == [("changed", target.key)]
    with store.session() as s:
        assert [x.seq for x in list_analyses(s, system.name)] == [1, 2]
        reg = latest_register(s, system.name)
        rows = list_decisions(s)
    assert reg is not None and reg["changes"][0]["key"] == target.key
    assert rows[0][1] == target.key


def test_model_change_shows_new_and_resolved(store: Store, rules: RuleSet) -> None:
    text = (EXAMPLES / "mcp-agent.yaml").read_text()
    with store.session() as s:
        save_analysis(s, analyze(load_system_text(text), rules))
    fixed = text.replace(
        "    sandboxed: false\n    human_approval: false\n",
        "    sandboxed: true\n    human_approval: true\n",
    )
    with store.session() as s:
        _, a = save_analysis(s, analyze(load_system_text(fixed), rules))
    resolved = {c.key for c in a.changes or () if c.kind == "resolved"}
    assert "ARA-AG-001@1:components/mcp-shell" in resolved
    assert "ARA-PI-003@1:components/mcp-shell" in resolved


def test_decision_errors(store: Store) -> None:
    with store.session() as s, pytest.raises(InputNotFound, match="analyze --save"):
        record_decision(s, "0123456789abcdef", state="accepted", owner="a", reason="b")
    with store.session() as s, pytest.raises(InvalidInput, match="owner and a reason"):
        record_decision(s, "x", state="accepted", owner=" ", reason="b")
    with store.session() as s, pytest.raises(InvalidInput, match="--system"):
        record_decision(s, "ARA-X-1@1:components/a", state="accepted", owner="a", reason="b")
