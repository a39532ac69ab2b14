"""Agent over-privilege and broad MCP servers.

- an agent is handed a shell, a Python REPL, code execution or unrestricted file writes
  (LangChain/CrewAI/LlamaIndex tool classes, ``load_tools([...'terminal'...])``) and the
  module shows no human confirmation step (approval callbacks, ``interrupt_before``,
  ``human_in_the_loop``, a ``confirm``/``approve`` function);
- an MCP server is started with arguments that grant the whole filesystem or disable
  permission prompts.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from assura.codescan.callsites import finding, iter_calls
from assura.codescan.catalog import Catalog
from assura.codescan.symbols import ModuleInfo
from assura.findings import Finding

__all__ = ["AgentPrivilegeChecker", "McpChecker"]

_DANGEROUS_TOOLS = re.compile(
    r"(^|\.)(ShellTool|PythonREPLTool|PythonAstREPLTool|BashProcess|TerminalTool|WriteFileTool|"
    r"DeleteFileTool|MoveFileTool|CodeInterpreterTool|E2BDataAnalysisTool|create_python_agent|"
    r"BashTool|ComputerTool|LocalCommandLineCodeExecutor)$"
)
_DANGEROUS_NAMES = {"terminal", "shell", "bash", "python_repl", "python", "sleep_and_exec"}
_CONFIRM = re.compile(
    r"(?i)(approv|confirm|human_in_the_loop|interrupt_before|interrupt_after|humaninput|require_consent|ask_user)"
)
_MCP_CALLS = re.compile(
    r"(^|\.)(StdioServerParameters|MCPServerStdio|stdio_client|StdioServerParams|StdioConnection)$"
)
_BROAD_ARGS = {
    "/",
    "~",
    "$HOME",
    "${HOME}",
    "C:\\",
    "--allow-all",
    "-A",
    "--dangerously-skip-permissions",
    "--yolo",
    "--privileged",
    "--no-sandbox",
    "--allow-write",
    "--allow-run",
    "--unsafe",
}


def _has_confirmation(mod: ModuleInfo) -> bool:
    for n in ast.walk(mod.source.tree):
        text = (
            n.id
            if isinstance(n, ast.Name)
            else n.attr
            if isinstance(n, ast.Attribute)
            else n.arg
            if isinstance(n, ast.keyword)
            else None
        )
        if text and _CONFIRM.search(text):
            return True
    return False


class AgentPrivilegeChecker:
    id = "agent-privilege"

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]:
        hits = []
        for cs in iter_calls(module):
            if cs.gated:
                continue
            if _DANGEROUS_TOOLS.search(cs.name):
                hits.append(
                    (
                        cs.node,
                        f"{cs.name.rsplit('.', 1)[-1]} gives the agent a shell, code execution or file writes",
                    )
                )
            elif cs.name.endswith("load_tools") and cs.args and isinstance(cs.args[0], ast.List):
                names = {e.value for e in cs.args[0].elts if isinstance(e, ast.Constant)}
                bad = sorted(str(x) for x in names & _DANGEROUS_NAMES)
                if bad:
                    hits.append(
                        (cs.node, f"load_tools({bad}) gives the agent a shell or code execution")
                    )
            elif cs.name.endswith("FileManagementToolkit") and "selected_tools" not in cs.keywords:
                hits.append(
                    (
                        cs.node,
                        "FileManagementToolkit without selected_tools exposes file write and delete",
                    )
                )
        if hits and not _has_confirmation(module):
            for node, msg in hits:
                yield finding(
                    catalog,
                    "CODE-AGENT-OVERPRIV",
                    module,
                    node,
                    f"{msg}, and no confirmation step is visible",
                )


def _str_args(e: ast.expr | None) -> list[str]:
    if isinstance(e, ast.List | ast.Tuple):
        return [x.value for x in e.elts if isinstance(x, ast.Constant) and isinstance(x.value, str)]
    return []


class McpChecker:
    id = "mcp"

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]:
        for cs in iter_calls(module):
            if _MCP_CALLS.search(cs.name):
                args = _str_args(cs.keywords.get("args"))
                params = cs.keywords.get("params")
                if isinstance(params, ast.Dict):
                    args += _str_args(
                        dict(
                            zip(
                                [getattr(k, "value", None) for k in params.keys],
                                params.values,
                                strict=True,
                            )
                        ).get("args")
                    )
                bad = [a for a in args if a in _BROAD_ARGS]
                if bad:
                    yield finding(
                        catalog,
                        "CODE-MCP-BROAD",
                        module,
                        cs.node,
                        f"server arguments {bad} grant the whole filesystem or skip permission checks",
                    )
        for n in ast.walk(module.source.tree):
            if isinstance(n, ast.Dict):
                keys = {
                    k.value: v
                    for k, v in zip(n.keys, n.values, strict=True)
                    if isinstance(k, ast.Constant)
                }
                if "command" in keys and "args" in keys:
                    bad = [a for a in _str_args(keys["args"]) if a in _BROAD_ARGS]
                    if bad:
                        yield finding(
                            catalog,
                            "CODE-MCP-BROAD",
                            module,
                            n,
                            f"server arguments {bad} grant the whole filesystem or skip permission checks",
                        )
