"""MCP servers in client configs (every format) and in code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.asset_mcp import McpConfigDetector, load_jsonc, parse_config
from assura.inventory.detectors.asset_mcp_code import McpCodeDetector
from assura.inventory.interface import Component, ComponentKind, SourceFile

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "asset" / "mcp"


def scan(detector: McpConfigDetector | McpCodeDetector, rel: str) -> dict[str, Component]:
    path = FIX / rel
    sf = SourceFile(rel, path, path.read_text("utf-8"), path.stat().st_size)
    assert detector.applies_to(rel)
    out = {c.name: c for c in detector.detect(sf)}
    assert all(c.kind is ComponentKind.MCP_SERVER for c in out.values())
    return out


@pytest.mark.parametrize(
    ("rel", "expected"),
    [
        ("claude_desktop_config.json", {"filesystem", "github", "remote-docs"}),
        (".vscode/mcp.json", {"perplexity", "fetch"}),
        (".cursor/mcp.json", {"sentry"}),
        ("config.toml", {"context7", "docs"}),
        ("settings.json", {"postgres-context"}),
        ("continue_config.yaml", {"SQLite"}),
        ("not_mcp.json", set()),
    ],
)
def test_config_formats(rel: str, expected: set[str]) -> None:
    assert set(scan(McpConfigDetector(), rel)) == expected


def test_config_properties_never_carry_values() -> None:
    found = scan(McpConfigDetector(), "claude_desktop_config.json")
    fs = found["filesystem"]
    assert fs.properties["command"] == "npx"
    assert fs.properties["package"] == "@modelcontextprotocol/server-filesystem"
    assert fs.properties["transport"] == "stdio"
    gh = found["github"]
    assert gh.properties["env"] == ["EXTRA_TOKEN", "GH_HOST", "GITHUB_PERSONAL_ACCESS_TOKEN"]
    assert gh.properties["package"] == "ghcr.io/github/github-mcp-server"
    remote = found["remote-docs"]
    assert remote.properties["url"] == "https://mcp.example-docs.io/mcp"
    assert remote.properties["headers"] == ["Authorization"]
    dumped = json.dumps([c.properties for c in found.values()])
    for secret in ("ghp_notarealtoken", "token=abc123", "user:pw", "Bearer zzz", "plainvalue42"):
        assert secret not in dumped
    assert gh.evidence[0].line == 7
    assert fs.evidence[0].line == 3


def test_codex_toml_masks_flag_values_and_names_token_env() -> None:
    found = scan(McpConfigDetector(), "config.toml")
    assert "ctx7-supersecretvalue" not in json.dumps(found["context7"].properties)
    assert found["docs"].properties["env"] == ["DEEPWIKI_TOKEN"]
    assert found["context7"].evidence[0].line == 3


def test_vscode_env_names_and_zed_command_object() -> None:
    vs = scan(McpConfigDetector(), ".vscode/mcp.json")
    assert vs["perplexity"].properties["env"] == ["PERPLEXITY_API_KEY"]
    zed = scan(McpConfigDetector(), "settings.json")["postgres-context"]
    assert zed.properties["command"] == "npx"
    assert zed.properties["env"] == ["DATABASE_URL"]


def test_code_multiserver_client_and_implemented_server() -> None:
    found = scan(McpCodeDetector(), "client_multi.py")
    assert set(found) == {"math", "weather"}
    assert found["math"].evidence[0].line == 7
    assert found["weather"].properties["transport"] == "sse"
    impl = scan(McpCodeDetector(), "math_server.py")
    assert set(impl) == {"Math"}
    assert impl["Math"].properties["role"] == "implemented"


def test_code_stdio_params_agents_and_sse() -> None:
    found = scan(McpCodeDetector(), "client_stdio.py")
    assert "@modelcontextprotocol/server-brave-search" in found
    assert found["@modelcontextprotocol/server-brave-search"].properties["env"] == ["BRAVE_API_KEY"]
    assert "git" in found
    assert "127.0.0.1:9000" in found
    assert "not-a-value-we-print" not in json.dumps([c.properties for c in found.values()])


def test_typescript_transport_and_server() -> None:
    found = scan(McpCodeDetector(), "client.ts")
    assert "notes-server" in found
    assert "weather" in found
    assert found["weather"].properties["command"] == "node"


def test_unrelated_command_dicts_are_not_servers() -> None:
    assert scan(McpCodeDetector(), "plain.py") == {}


def test_notebook_dict(tmp_path: Path) -> None:
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# MCP demo\n"]},
        {
            "cell_type": "code",
            "metadata": {},
            "outputs": [],
            "execution_count": 1,
            "source": [
                "servers = {\n",
                '    "search": {"command": "npx", "args": ["-y", "tavily-mcp"]},\n',
                "}\n",
                "client = MultiServerMCPClient(servers)\n",
            ],
        },
    ]
    text = json.dumps(
        {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1
    )
    path = tmp_path / "demo.ipynb"
    path.write_text(text)
    found = list(McpCodeDetector().detect(SourceFile("demo.ipynb", path, text, len(text))))
    assert [c.name for c in found] == ["search"]
    line = found[0].evidence[0].line
    assert line is not None and '\\"search\\"' in text.splitlines()[line - 1]


def test_jsonc_loader() -> None:
    assert load_jsonc('{"a": 1, // c\n "b": [1,2,], /* x */}') == {"a": 1, "b": [1, 2]}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from([".json", ".yaml", ".toml", ".jsonc"]))
def test_config_parsers_never_raise(text: str, ext: str) -> None:
    parse_config(text, ext)
    sf = SourceFile(f"x/mcp{ext}", Path("/nonexistent") / f"mcp{ext}", text, len(text))
    list(McpConfigDetector().detect(sf))
    list(McpCodeDetector().detect(SourceFile("x.py", Path("/nonexistent/x.py"), text, len(text))))


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda kids: (
            st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=10), kids, max_size=4)
        ),
        max_leaves=30,
    )
)
def test_structured_configs_never_raise(data: object) -> None:
    text = json.dumps({"mcpServers": data})
    sf = SourceFile("mcp.json", Path("/nonexistent/mcp.json"), text, len(text))
    list(McpConfigDetector().detect(sf))


def test_typescript_object_literals_and_create_client() -> None:
    found = scan(McpCodeDetector(), "agent.ts")
    assert {"github", "docs", "mcp.acme-tools.dev"} <= set(found)
    assert "transport" not in found
    assert found["github"].properties["package"] == "@modelcontextprotocol/server-github"
    assert found["github"].evidence[0].line == 6
