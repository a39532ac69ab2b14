"""Each example yields the risks a reviewer would name, with references and paths.

The expectations are written by hand from reading the three example models, not by
copying the engine's output.
"""

from __future__ import annotations

import pytest

from assura.ara import Analysis, Risk


def risk(a: Analysis, rule_id: str, element: str) -> Risk:
    for r in a.risks:
        if r.rule_id == rule_id and r.element == element:
            return r
    raise AssertionError(
        f"{rule_id} on {element} not found; have {sorted((r.rule_id, r.element) for r in a.risks)}"
    )


def test_three_examples_exist(analysed: dict[str, Analysis]) -> None:
    assert {"rag-chatbot", "mcp-agent", "finetune-pipeline"} <= set(analysed)


# --- tool-using agent with MCP servers -------------------------------------------------


def test_agent_indirect_injection_reaches_shell_tool(analysed: dict[str, Analysis]) -> None:
    r = risk(analysed["mcp-agent"], "ARA-PI-003", "components/mcp-shell")
    assert r.state == "applies"
    assert r.severity == "critical"
    # retrieved issue text → GitHub MCP → agent → model → agent → shell tool
    assert r.path == ("github-issues", "mcp-github", "agent", "claude", "agent", "mcp-shell")
    assert "LLM01:2025" in r.references["owasp_llm"]
    assert "AML.T0051.001" in r.references["atlas"]  # indirect prompt injection
    assert "ASI01" in r.references["owasp_agentic"]
    assert any(m.guard == "prompt-injection" for m in r.mitigations)
    assert r.references["nist_ai_rmf"] and r.references["iso_42001"]


def test_agent_other_expected_risks(analysed: dict[str, Analysis]) -> None:
    a = analysed["mcp-agent"]
    shell = risk(a, "ARA-AG-001", "components/mcp-shell")  # unsandboxed shell, no approval
    assert (shell.state, shell.severity) == ("applies", "critical")
    assert "CWE-250" in shell.references["cwe"]
    unpinned = risk(a, "ARA-AG-002", "components/mcp-github")  # third-party MCP, not pinned
    assert unpinned.state == "applies"
    assert "ASI04" in unpinned.references["owasp_agentic"]
    trifecta = risk(a, "ARA-AG-004", "components/agent")  # untrusted + secrets + network
    assert trifecta.severity == "critical"
    assert "AML.T0086" in trifecta.references["atlas"]
    assert risk(a, "ARA-AG-005", "components/memory").state == "applies"
    assert risk(a, "ARA-INF-003", "components/agent").state == "applies"  # vault → agent
    # the model's own endpoint is authenticated: that flow risk is mitigated, not open
    assert risk(a, "ARA-INF-001", "boundaries/anthropic").state == "mitigated"
    # the agent is the component whose hardening cuts the most high-risk paths
    assert a.weakest_links[0].component == "agent"


# --- RAG chatbot ----------------------------------------------------------------------


def test_rag_indirect_injection_via_retrieved_content(analysed: dict[str, Analysis]) -> None:
    a = analysed["rag-chatbot"]
    r = risk(a, "ARA-PI-002", "components/gpt")
    assert r.state == "applies"
    assert r.path == ("forum", "crawler", "kb", "chat-api", "gpt")
    assert set(r.references["atlas"]) >= {"AML.T0051.001", "AML.T0070"}
    direct = risk(a, "ARA-PI-001", "components/gpt")
    assert direct.path == ("customer", "chat-api", "gpt")
    assert "AML.T0051.000" in direct.references["atlas"]


def test_rag_store_poisoning_pii_and_access(analysed: dict[str, Analysis]) -> None:
    a = analysed["rag-chatbot"]
    assert risk(a, "ARA-RAG-001", "components/kb").state == "applies"  # public forum → kb
    rag2 = risk(a, "ARA-RAG-002", "components/kb")  # confidential, authentication: none
    assert "LLM08:2025" in rag2.references["owasp_llm"]
    pii = risk(a, "ARA-DATA-001", "components/gpt")  # CRM PII → hosted model, no redaction
    assert pii.path == ("crm", "chat-api", "gpt")
    assert any(m.guard == "pii-redaction" for m in pii.mitigations)
    tickets = risk(a, "ARA-PI-005", "components/ticket-tool")
    assert tickets.path is not None and tickets.path[-1] == "ticket-tool"
    assert risk(a, "ARA-INF-004", "components/chat-api").state == "applies"  # no rate limit
    # no agent and no shell tool in this system: those rules are not applicable
    states = {r.rule_id: r.state for r in a.risks if r.element == "system"}
    assert states.get("ARA-PI-003") == "not_applicable"
    assert states.get("ARA-AG-001") == "not_applicable"


# --- fine-tuning pipeline ---------------------------------------------------------------


def test_finetune_poisoning_through_writable_bucket(analysed: dict[str, Analysis]) -> None:
    a = analysed["finetune-pipeline"]
    r = risk(a, "ARA-DATA-002", "components/feedback-bucket")
    assert r.state == "applies"
    assert "LLM04:2025" in r.references["owasp_llm"]
    assert "AML.T0020" in r.references["atlas"]
    assert "riskDataPoisoning" in r.references["cosai"]
    # the curated set is writable only by the pipeline and hash-verified: mitigated
    assert risk(a, "ARA-DATA-002", "components/curated").state == "mitigated"


def test_finetune_unpinned_hub_download(analysed: dict[str, Analysis]) -> None:
    a = analysed["finetune-pipeline"]
    r = risk(a, "ARA-SC-001", "components/trainer")
    assert r.state == "applies"
    assert "LLM03:2025" in r.references["owasp_llm"]
    assert "AML.T0010.003" in r.references["atlas"]
    assert "CWE-494" in r.references["cwe"]
    published = risk(a, "ARA-SC-003", "components/registry")
    assert published.path == ("hf-hub", "trainer", "eval", "registry")
    assert risk(a, "ARA-SC-004", "components/registry").state == "applies"
    assert risk(a, "ARA-DATA-003", "components/trainer").state == "applies"  # PII training
    assert a.weakest_links and a.weakest_links[0].component == "trainer"


@pytest.mark.parametrize("name", ["rag-chatbot", "mcp-agent", "finetune-pipeline"])
def test_every_risk_is_referenced(analysed: dict[str, Analysis], name: str) -> None:
    for r in analysed[name].risks:
        assert (
            r.references.get("owasp_llm")
            or r.references.get("owasp_agentic")
            or r.references.get("cwe")
        ), r.rule_id
        assert r.references.get("nist_ai_rmf"), r.rule_id
        assert r.references.get("iso_42001"), r.rule_id
        assert r.references.get("atlas") or any(m.atlas for m in r.mitigations), r.rule_id
        assert r.reasons[0].startswith("severity "), r.rule_id
