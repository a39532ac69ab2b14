"""Call sites of a module with resolved names, shared by the pattern checkers.

Indirect forms count: ``functools.partial(f, ...)`` is a call of ``f``; ``**{"k": v}`` and
``**CONST_DICT`` keyword dicts are read as keywords; ``x = Cls(); x.m()`` resolves to
``pkg.Cls().m``. Computed once per module and cached on it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from assura.codescan.catalog import Catalog
from assura.codescan.guards import gated_lines
from assura.codescan.symbols import ModuleInfo
from assura.findings import Finding, Location

__all__ = ["CallSite", "finding", "is_true", "iter_calls", "module_gated_lines"]


@dataclass(frozen=True, slots=True)
class CallSite:
    node: ast.Call
    name: str
    keywords: dict[str, ast.expr]
    args: tuple[ast.expr, ...]
    gated: bool


def _function_types(mod: ModuleInfo) -> dict[int, dict[str, str]]:
    """Per function node id: variable → constructor type (flow-insensitive)."""
    out: dict[int, dict[str, str]] = {}
    for fn in mod.all_functions:
        types: dict[str, str] = {}
        for n in ast.walk(fn.node):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.value, ast.Call):
                t = n.targets[0]
                res = mod.resolve(n.value)
                if res and isinstance(t, ast.Name):
                    types[t.id] = res
                elif (
                    res
                    and isinstance(t, ast.Attribute)
                    and isinstance(t.value, ast.Name)
                    and t.value.id == "self"
                ):
                    types[f"self.{t.attr}"] = res
        out[id(fn.node)] = types
    return out


def iter_calls(mod: ModuleInfo) -> list[CallSite]:
    """Every call of the module with its resolved name; partial(f, ...) counts as f(...).

    Computed once per module (the checkers share it)."""
    cached = mod.cache.get("call_sites")
    if cached is None:
        cached = list(_iter_calls(mod))
        mod.cache["call_sites"] = cached
    assert isinstance(cached, list)
    return cached


def module_gated_lines(mod: ModuleInfo) -> set[int]:
    cached = mod.cache.get("gated")
    if cached is None:
        cached = gated_lines(mod.source.tree)
        mod.cache["gated"] = cached
    assert isinstance(cached, set)
    return cached


def _iter_calls(mod: ModuleInfo) -> Iterator[CallSite]:
    gated = module_gated_lines(mod)
    ftypes = _function_types(mod)
    field_types = {f"self.{k}": v for c in mod.classes.values() for k, v in c.field_types.items()}

    def visit(node: ast.AST, types: dict[str, str]) -> Iterator[CallSite]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                yield from visit(child, {**field_types, **ftypes.get(id(child), {})})
                continue
            if isinstance(child, ast.Call):
                yield from _site(child, types)
            yield from visit(child, types)

    def _site(c: ast.Call, types: dict[str, str]) -> Iterator[CallSite]:
        func: ast.expr = c.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name | ast.Attribute):
            base = ast.unparse(func.value)
            if base in types:
                name = f"{types[base]}.{func.attr}"
            else:
                name = mod.resolve(func) or ""
        else:
            name = mod.resolve(func) or ""
        args = tuple(c.args)
        kws = {k.arg: k.value for k in c.keywords if k.arg}
        for k in c.keywords:
            if k.arg is None and isinstance(k.value, ast.Dict):
                for dk, dv in zip(k.value.keys, k.value.values, strict=True):
                    if isinstance(dk, ast.Constant) and isinstance(dk.value, str):
                        kws[dk.value] = dv
            elif (
                k.arg is None
                and isinstance(k.value, ast.Name)
                and isinstance(mod.consts.get(k.value.id), ast.Dict)
            ):
                d = mod.consts[k.value.id]
                assert isinstance(d, ast.Dict)
                for dk, dv in zip(d.keys, d.values, strict=True):
                    if isinstance(dk, ast.Constant) and isinstance(dk.value, str):
                        kws[dk.value] = dv
        if name in ("functools.partial", "partial") and args:
            inner = mod.resolve(args[0]) or ""
            yield CallSite(c, inner, kws, args[1:], c.lineno in gated)
        yield CallSite(c, name, kws, args, c.lineno in gated)

    yield from visit(mod.source.tree, {})


def is_true(e: ast.expr | None, mod: ModuleInfo) -> bool:
    if isinstance(e, ast.Constant):
        return e.value is True
    if isinstance(e, ast.Name) and isinstance(mod.consts.get(e.id), ast.Constant):
        c = mod.consts[e.id]
        return isinstance(c, ast.Constant) and c.value is True
    return False


def finding(
    catalog: Catalog, rule: str, mod: ModuleInfo, node: ast.AST, msg: str, conf: float = 0.9
) -> Finding:
    info = catalog.rule(rule)
    return Finding(
        rule_id=rule,
        severity=info.severity,
        message=f"{info.title}: {msg}",
        location=Location(mod.path, getattr(node, "lineno", None)),
        references=info.references,
        confidence=conf,
    )
