"""Prompt construction that puts untrusted input into the system role."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from assura.codescan.names import raw_name
from assura.codescan.reporting import sink_labels
from assura.codescan.taint import EMPTY, Taint, extend, union

if TYPE_CHECKING:
    from assura.codescan.walker import FunctionAnalyzer

__all__ = ["check_role_dict", "check_role_tuple", "check_system_kw"]

_SYSTEM_KW = {"system", "system_prompt", "system_instruction", "system_message"}
_INSTRUCTIONS_CALLS = (".responses.create", ".responses.parse", "agents.Agent", ".Agent")
_SYSTEM_CALLS = (
    "SystemMessage",
    "SystemMessagePromptTemplate.from_template",
    "SystemPromptTemplate",
)


def _system_report(an: FunctionAnalyzer, t: Taint, node: ast.AST, what: str) -> None:
    if t:
        sink = an.loc(node)
        sink_labels(an, "CODE-PROMPT-SYSTEM-ROLE", extend(t, sink), sink, what)


def check_system_kw(
    an: FunctionAnalyzer, c: ast.Call, kws: dict[str | None, Taint], names: list[str]
) -> None:
    keys = set(_SYSTEM_KW)
    if any(n.endswith(_INSTRUCTIONS_CALLS) for n in names):
        keys.add("instructions")
    for k in keys & {k for k in kws if k}:
        _system_report(an, kws[k], c, f"{names[0] if names else 'call'}({k}=...)")
    if names and any(n.rsplit("()", 1)[0].endswith(_SYSTEM_CALLS) for n in names):
        t = union(
            *(an.env.get(raw_name(a) or "", EMPTY) for a in c.args), kws.get("content", EMPTY)
        )
        if c.args and not raw_name(c.args[0]):
            t = union(t, an.expr(c.args[0]))
        _system_report(an, t, c, names[0])


def check_role_dict(an: FunctionAnalyzer, d: ast.Dict) -> None:
    role = content = None
    for k, v in zip(d.keys, d.values, strict=True):
        if isinstance(k, ast.Constant) and k.value == "role":
            role = v
        elif isinstance(k, ast.Constant) and k.value == "content":
            content = v
    if (
        isinstance(role, ast.Constant)
        and role.value in ("system", "developer")
        and content is not None
    ):
        _system_report(an, an.expr(content), d, "{'role': 'system'}")


def check_role_tuple(an: FunctionAnalyzer, t: ast.Tuple) -> None:
    if len(t.elts) == 2 and isinstance(t.elts[0], ast.Constant) and t.elts[0].value == "system":
        second = t.elts[1]
        if not isinstance(second, ast.Constant):
            _system_report(an, an.expr(second), t, "('system', ...)")
