"""What a call does to taint: sources, sinks, sanitisers, container updates, and the
summaries of functions defined in the project (inter-procedural flow)."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from assura.codescan.catalog import SinkSpec
from assura.codescan.reporting import sink_labels
from assura.codescan.roles import check_system_kw
from assura.codescan.symbols import ClassInfo, FunctionInfo, call_parts, raw_name
from assura.codescan.taint import EMPTY, Label, Taint, clear, extend, union

if TYPE_CHECKING:
    from assura.codescan.walker import FunctionAnalyzer

__all__ = ["attribute_source", "callee_sinks", "eval_call"]

_MUTATORS = {
    "append",
    "extend",
    "add",
    "insert",
    "update",
    "put",
    "put_nowait",
    "appendleft",
    "setdefault",
    "add_message",
    "add_user_message",
}


def callee_sinks(an: FunctionAnalyzer, c: ast.Call) -> bool:
    """The call goes to a project function that passes its arguments to a sink."""
    target = _callee(an, c)
    if not isinstance(target, FunctionInfo):
        return False
    summ = an.state.summaries.get(target.key)
    return bool(summ and summ.sinks)


def attribute_source(an: FunctionAnalyzer, e: ast.Attribute) -> Taint:
    if an.fn is not None and an.fn.authed:
        return EMPTY
    name = an.module.resolve(e, an.types)
    raw = raw_name(e)
    for kind, label, rx in an.project.catalog.attributes:
        if (name and rx.match(name)) or (raw and rx.match(raw)):
            return frozenset({Label(kind, label, (an.loc(e),))})
    return EMPTY


def _callee(an: FunctionAnalyzer, c: ast.Call) -> FunctionInfo | ClassInfo | None:
    proj, mod, func = an.project, an.module, c.func
    if isinstance(func, ast.Name):
        if func.id in an.types:
            return None
        if func.id in mod.functions:
            return mod.functions[func.id]
        if func.id in mod.classes:
            return mod.classes[func.id]
        dotted = mod.resolve(func)
        return proj.lookup(dotted) if dotted and dotted != func.id else None
    if not isinstance(func, ast.Attribute):
        return None
    v, attr = func.value, func.attr
    if isinstance(v, ast.Name) and v.id in ("self", "cls") and an.cls is not None:
        m = proj.method(an.cls, attr)
        if m is not None:
            return m
        refs = an.cls.field_funcs.get(attr)
        if not refs:
            return None
        return mod.functions.get(refs[0]) or next(
            (f for f in mod.all_functions if f.name == refs[0]), None
        )
    if (
        isinstance(v, ast.Attribute)
        and isinstance(v.value, ast.Name)
        and v.value.id == "self"
        and an.cls
    ):
        owner = proj.class_of(an.cls.field_types.get(v.attr))
        return proj.method(owner, attr) if owner is not None else None
    dotted = mod.resolve(v, an.types)
    if dotted is None:
        return None
    owner = proj.class_of(dotted)
    if owner is not None:
        return proj.method(owner, attr)
    if dotted.split(".")[0] in ("self", "cls"):
        return None
    found = proj.lookup(f"{dotted}.{attr}")
    return found if isinstance(found, FunctionInfo) else None


def _bind(
    fn: FunctionInfo, c: ast.Call, args: list[Taint], kws: dict[str | None, Taint]
) -> dict[str, Taint]:
    params = fn.params
    offset = 1 if fn.binds_self else 0
    if offset and isinstance(c.func, ast.Name):
        offset = 0 if fn.node.name != "__init__" else 1
    out: dict[str, Taint] = {}
    npos = len(fn.node.args.posonlyargs) + len(fn.node.args.args)
    for i, t in enumerate(args):
        j = i + offset
        if j < npos:
            out[params[j]] = t
        elif fn.vararg:
            out[fn.vararg] = union(out.get(fn.vararg, EMPTY), t)
    for k, t in kws.items():
        if k is not None and k in params:
            out[k] = t
        elif fn.kwarg:
            out[fn.kwarg] = union(out.get(fn.kwarg, EMPTY), t)
        elif k is None:
            for p in params[offset:]:
                out[p] = union(out.get(p, EMPTY), t)
    return out


def _apply_summary(
    an: FunctionAnalyzer,
    fn: FunctionInfo,
    c: ast.Call,
    args: list[Taint],
    kws: dict[str | None, Taint],
) -> Taint:
    an.deps.add(fn.key)
    summ = an.state.summaries.get(fn.key)
    if summ is None:
        return union(*args, *kws.values())
    bound = _bind(fn, c, args, kws)
    here = an.loc(c)
    result = extend(summ.ret_labels, here) if summ.ret_labels else EMPTY
    for p, hops in summ.ret_params.items():
        if p in bound and bound[p]:
            result = union(result, extend(bound[p], here, *hops))
    for hit in summ.sinks.values():
        t = bound.get(hit.param)
        if t:
            sink_labels(an, hit.rule, extend(t, here, *hit.hops), hit.sink, hit.call, via=True)
    return result


def _kw_value(c: ast.Call, name: str) -> ast.expr | None:
    for k in c.keywords:
        if k.arg == name:
            return k.value
    return None


def _fixed_program(c: ast.Call) -> bool:
    """``subprocess.run(["git", "diff", x])`` without a shell: the program is fixed."""
    shell = _kw_value(c, "shell")
    if shell is not None and not (isinstance(shell, ast.Constant) and not shell.value):
        return False
    first = c.args[0] if c.args else _kw_value(c, "args")
    return (
        isinstance(first, ast.List | ast.Tuple)
        and bool(first.elts)
        and isinstance(first.elts[0], ast.Constant)
        and isinstance(first.elts[0].value, str)
    )


def _check_sink(
    an: FunctionAnalyzer,
    spec: SinkSpec,
    c: ast.Call,
    args: list[Taint],
    kws: dict[str | None, Taint],
    name: str,
    recv: Taint,
) -> None:
    if any(_kw_value(c, k) is not None for k in spec.unless_kw):
        return
    if spec.fixed_program_ok and _fixed_program(c):
        return
    for k, want in spec.when_kw:
        v = _kw_value(c, k)
        if not (isinstance(v, ast.Constant) and v.value == want):
            return
    t = union(
        *(args[i] for i in spec.args if 0 <= i < len(args)),
        *((recv,) if -1 in spec.args else ()),
        *(v for k, v in kws.items() if k in spec.kwargs),
    )
    if t:
        sink = an.loc(c)
        sink_labels(an, spec.rule, extend(t, sink), sink, name)


def eval_call(an: FunctionAnalyzer, c: ast.Call) -> Taint:
    cat = an.project.catalog
    recv = an.expr(c.func.value) if isinstance(c.func, ast.Attribute) else EMPTY
    args = [an.expr(a) for a in c.args]
    kws: dict[str | None, Taint] = {}
    for k in c.keywords:
        kws[k.arg] = union(kws.get(k.arg, EMPTY), an.expr(k.value))
    names, method, receivers = call_parts(c, an.module, an.types)
    name = names[0] if names else "<call>"
    if method in _MUTATORS and isinstance(c.func, ast.Attribute):
        base = raw_name(c.func.value)
        t = union(*args, *kws.values())
        if base is not None and t:
            an.env[base] = union(an.lookup(base), extend(t, an.loc(c)))
    check_system_kw(an, c, kws, names)
    terminal = False
    for spec in cat.sinks:
        if spec.match.matches(names, method, receivers):
            _check_sink(an, spec, c, args, kws, name, recv)
            terminal = terminal or not spec.propagates
    for rules, m in cat.sanitizers:
        if m.matches(names, method, receivers):
            if "*" in rules:
                return EMPTY
            return clear(union(recv, *args, *kws.values()), rules)
    for src in cat.sources:
        if src.match.matches(names, method, receivers):
            return frozenset({Label(src.kind, src.label, (an.loc(c),))})
    if terminal:
        return EMPTY
    target = _callee(an, c)
    if isinstance(target, FunctionInfo):
        result = _apply_summary(an, target, c, args, kws)
        if target.cls is not None and isinstance(c.func, ast.Attribute):
            for other in an.project.overrides(target.cls, target.name)[:8]:
                result = union(result, _apply_summary(an, other, c, args, kws))
        return result
    if isinstance(target, ClassInfo):
        init = an.project.method(target, "__init__")
        if init is not None:
            _apply_summary(an, init, c, args, kws)
        return union(*args, *kws.values())
    return union(recv, *args, *kws.values())
