"""Recognise fixes that gate or validate a dangerous call.

- opt-in flags: ``if not allow_dangerous_deserialization: raise ...`` before the call, or
  the call inside ``if allow_dangerous_code:``; the flag is a name matching
  :data:`GATE_RX`;
- allow-lists: ``if x in ALLOWED:`` / ``if x not in ALLOWED: raise`` / ``assert x in ...``;
- validators: ``validate_code(x)`` as a statement (it raises on bad input), or
  ``if is_safe(x):`` / ``if not check(x): return``; ``re.fullmatch(p, x)``, ``x.isdigit()``.
"""

from __future__ import annotations

import ast
import re

from assura.codescan.names import raw_name

__all__ = [
    "GATE_RX",
    "class_is_gated",
    "gate_polarity",
    "gated_lines",
    "guard_vars",
    "is_validator_name",
    "terminates",
]

GATE_RX = re.compile(
    r"(?i)(allow_dangerous|dangerous|unsafe|allow_(code|exec|pickle|remote|unsafe|shell)|"
    r"trust_remote|enable_(code|exec|shell|pickle)|allow_.*(exec|code|pickle|deserial))"
)
_VALIDATE_RX = re.compile(
    r"(?i)^_*(validate|verify|check|sanitize|sanitise|ensure_|assert_|is_safe|is_valid|"
    r"is_allowed|is_permitted|is_trusted|safe_|allowed|whitelist|allowlist)"
)
_NOT_VALIDATORS = {"check_output", "check_call", "checkpoint", "check_same_thread"}
_PRED_METHODS = {
    "isdigit",
    "isalnum",
    "isidentifier",
    "isnumeric",
    "isdecimal",
    "isalpha",
    "startswith",
    "is_relative_to",
    "fullmatch",
}


def is_validator_name(name: str | None) -> bool:
    if not name:
        return False
    last = name.rsplit(".", 1)[-1].rstrip("()")
    return last not in _NOT_VALIDATORS and bool(_VALIDATE_RX.match(last))


def _gate_name(e: ast.expr) -> bool:
    """``e`` refers to an opt-in flag: a name, attribute or (env-var) string matching GATE_RX."""
    for n in ast.walk(e):
        if isinstance(n, ast.Name):
            text = n.id
        elif isinstance(n, ast.Attribute):
            text = n.attr
        elif isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) < 64:
            text = n.value
        else:
            continue
        if GATE_RX.search(text):
            return True
    return False


def gate_polarity(test: ast.expr) -> int:
    """+1: the true branch runs only when an opt-in flag is set; -1: the false branch does."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return -gate_polarity(test.operand)
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return 1 if any(gate_polarity(v) > 0 for v in test.values) else 0
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
        return -1 if any(gate_polarity(v) < 0 for v in test.values) else 0
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and _gate_name(test.left):
        right, op = test.comparators[0], test.ops[0]
        if isinstance(right, ast.Constant) and isinstance(right.value, bool):
            positive = right.value == isinstance(op, ast.Is | ast.Eq)
            return 1 if positive else -1
        return -1 if isinstance(op, ast.NotEq | ast.IsNot | ast.NotIn) else 1
    return 1 if _gate_name(test) else 0


def guard_vars(test: ast.expr) -> tuple[set[str], set[str]]:
    """Names (raw dotted text) known to be validated in the (true, false) branch of ``test``."""
    then: set[str] = set()
    other: set[str] = set()
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        t, o = guard_vars(test.operand)
        return o, t
    if isinstance(test, ast.BoolOp):
        for v in test.values:
            t, o = guard_vars(v)
            if isinstance(test.op, ast.And):
                then |= t
            else:
                other |= o
        return then, other
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        op, left, right = test.ops[0], test.left, test.comparators[0]
        name = raw_name(left)
        if name is not None and not isinstance(right, ast.Constant | ast.JoinedStr):
            if isinstance(op, ast.In):
                then.add(name)
            elif isinstance(op, ast.NotIn):
                other.add(name)
        if name is not None and isinstance(right, ast.Constant):
            if isinstance(op, ast.Eq):
                then.add(name)
            elif isinstance(op, ast.NotEq):
                other.add(name)
        return then, other
    if isinstance(test, ast.Call):
        fname = raw_name(test.func)
        args = [raw_name(a) for a in test.args] + [raw_name(k.value) for k in test.keywords]
        names = {a for a in args if a}
        if fname and (is_validator_name(fname) or fname.endswith((".fullmatch", ".match"))):
            then |= names
        if isinstance(test.func, ast.Attribute) and test.func.attr in _PRED_METHODS:
            recv = raw_name(test.func.value)
            if recv:
                then.add(recv)
    return then, other


def terminates(body: list[ast.stmt]) -> bool:
    """The block always leaves (return/raise/continue/break or sys.exit) at its end."""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, ast.Return | ast.Raise | ast.Continue | ast.Break):
        return True
    if isinstance(last, ast.Expr) and isinstance(last.value, ast.Call):
        n = raw_name(last.value.func) or ""
        return n in ("sys.exit", "exit", "quit", "os._exit", "st.stop", "abort", "flask.abort")
    if isinstance(last, ast.If):
        return terminates(last.body) and terminates(last.orelse)
    return False


def gated_lines(tree: ast.AST) -> set[int]:
    """Line numbers of statements that run only behind an opt-in flag (see module doc)."""
    out: set[int] = set()

    def mark(stmts: list[ast.stmt]) -> None:
        for s in stmts:
            for n in ast.walk(s):
                if hasattr(n, "lineno"):
                    out.add(n.lineno)

    def block(stmts: list[ast.stmt]) -> None:
        for i, s in enumerate(stmts):
            if isinstance(s, ast.ClassDef) and class_is_gated(s):
                mark([s])
                continue
            if isinstance(s, ast.If):
                pol = gate_polarity(s.test)
                if pol > 0:
                    mark(s.body)
                    block(s.orelse)
                    if terminates(s.orelse):
                        mark(stmts[i + 1 :])
                        return
                    continue
                if pol < 0:
                    mark(s.orelse)
                    block(s.body)
                    if terminates(s.body):
                        mark(stmts[i + 1 :])
                        return
                    continue
            for field in ("body", "orelse", "finalbody", "handlers"):
                sub = getattr(s, field, None)
                if isinstance(sub, list) and sub and isinstance(sub[0], ast.stmt):
                    block(sub)
                elif isinstance(sub, list):
                    for h in sub:
                        if isinstance(h, ast.ExceptHandler):
                            block(h.body)
            if isinstance(s, ast.Match):
                for case in s.cases:
                    block(case.body)

    block(
        tree.body if isinstance(tree, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef) else []
    )
    return out


_INIT_LIKE = {"__init__", "__post_init__", "model_post_init", "validate_environment"}


def _refuses_without_gate(body: list[ast.stmt]) -> bool:
    for s in body:
        if isinstance(s, ast.If):
            pol = gate_polarity(s.test)
            if (pol < 0 and terminates(s.body)) or (pol > 0 and terminates(s.orelse)):
                return True
    return False


def class_is_gated(cls: ast.ClassDef) -> bool:
    """The class refuses to be built unless an opt-in flag is set: its ``__init__`` (or a
    post-init / pydantic validator) raises when the flag is off, so every method is gated."""
    for item in cls.body:
        if not isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        validator = any(
            "validator" in (raw_name(d.func if isinstance(d, ast.Call) else d) or "")
            for d in item.decorator_list
        )
        if (item.name in _INIT_LIKE or validator) and _refuses_without_gate(item.body):
            return True
    return False
