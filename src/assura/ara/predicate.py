"""The small declarative predicate language of ARA rules. Never ``eval``.

A predicate is YAML data, compiled once (validated, with the rule file's line on error)
into a closure. Three contexts, each with its own operators:

component   ``type``, ``class``, ``trust``, ``eq``/``ne``/``in``/``exists``/``matches``/
            ``contains``/``contains_any`` on attributes, ``flow_from_type``,
            ``flow_to_type``, ``flow_in``/``flow_out`` (a flow predicate),
            ``reachable_from``/``reaches`` (a component predicate: some matching
            component reaches this one / is reached from it, one flow or more)
flow        the attribute operators on flow attributes, ``from``/``to`` (component
            predicates on the endpoints)
path        ``source``/``sink``/``any_on_path`` (component predicates), ``length_le``

``all``/``any``/``not`` and ``always: true|false`` work in every context. Attribute names
are checked against the schema (``properties.X`` reaches free-form properties).
"""

from __future__ import annotations

import enum
import re
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assura.ara.model import COMPONENT_FIELDS, FLOW_FIELDS, Component, ComponentType
from assura.ara.system import System

__all__ = ["Ctx", "Env", "PathView", "Pred", "PredicateError", "compile_predicate"]


class PredicateError(ValueError):
    """A predicate that does not validate; ``where`` is a path inside the predicate."""

    def __init__(self, message: str, where: Sequence[str | int] = ()) -> None:
        super().__init__(message)
        self.where = tuple(where)


class Ctx(enum.Enum):
    COMPONENT = "component"
    FLOW = "flow"
    PATH = "path"


@dataclass(frozen=True, slots=True)
class PathView:
    """What a path predicate sees: the component ids from source to sink."""

    nodes: tuple[str, ...]


Subject = Any  # Component | FlowRef | PathView
Pred = Callable[["Env", Subject], bool]


@dataclass
class Env:
    """Evaluation environment: the system, named classes, and per-analysis caches."""

    system: System
    classes: Mapping[str, Pred] = field(default_factory=dict)
    _reach: dict[tuple[int, bool], frozenset[str]] = field(default_factory=dict)
    _class_cache: dict[tuple[str, str], bool] = field(default_factory=dict)

    def in_class(self, name: str, comp: Component) -> bool:
        key = (name, comp.id)
        hit = self._class_cache.get(key)
        if hit is None:
            hit = self.classes[name](self, comp)
            self._class_cache[key] = hit
        return hit

    def reachable_from(self, pred: Pred, forward: bool = True) -> frozenset[str]:
        """Ids of components reachable (by flows, one hop or more) from any matching one;
        with ``forward=False``, the ids of components that can reach a matching one."""
        key = (id(pred), forward)
        hit = self._reach.get(key)
        if hit is None:
            starts = [c.id for c in self.system.components.values() if pred(self, c)]
            edges = self.system.out_edges if forward else self.system.in_edges
            seen: set[str] = set()
            queue = deque(starts)
            while queue:
                cur = queue.popleft()
                for f in edges[cur]:
                    nxt = f.dst if forward else f.src
                    if nxt not in seen:
                        seen.add(nxt)
                        queue.append(nxt)
            hit = frozenset(seen)
            self._reach[key] = hit
        return hit


_TYPES = frozenset(t.value for t in ComponentType)
_ATTR_OPS = ("eq", "ne", "in", "exists", "matches", "contains", "contains_any")


def compile_predicate(
    data: Any, ctx: Ctx, classes: Sequence[str] = (), where: Sequence[str | int] = ()
) -> Pred:
    """Validate ``data`` as a predicate in ``ctx`` and return its evaluator."""
    return _Compiler(frozenset(classes)).compile(data, ctx, tuple(where))


class _Compiler:
    def __init__(self, classes: frozenset[str]) -> None:
        self.classes = classes

    def compile(self, data: Any, ctx: Ctx, where: tuple[str | int, ...]) -> Pred:
        if not isinstance(data, dict) or not data:
            raise PredicateError("a predicate must be a non-empty mapping of operators", where)
        parts = [self._op(op, arg, ctx, (*where, op)) for op, arg in data.items()]
        if len(parts) == 1:
            return parts[0]
        return lambda env, s: all(p(env, s) for p in parts)

    def _list(self, arg: Any, ctx: Ctx, where: tuple[str | int, ...]) -> list[Pred]:
        if not isinstance(arg, list) or not arg:
            raise PredicateError("expects a non-empty list of predicates", where)
        return [self.compile(a, ctx, (*where, i)) for i, a in enumerate(arg)]

    def _op(self, op: str, arg: Any, ctx: Ctx, where: tuple[str | int, ...]) -> Pred:
        if op == "all":
            ps = self._list(arg, ctx, where)
            return lambda env, s: all(p(env, s) for p in ps)
        if op == "any":
            ps = self._list(arg, ctx, where)
            return lambda env, s: any(p(env, s) for p in ps)
        if op == "not":
            p = self.compile(arg, ctx, where)
            return lambda env, s: not p(env, s)
        if op == "always":
            if not isinstance(arg, bool):
                raise PredicateError("'always' takes true or false", where)
            return lambda env, s: arg
        if op in _ATTR_OPS and ctx is not Ctx.PATH:
            return _attr_op(op, arg, ctx, where)
        handler = _CTX_OPS[ctx].get(op)
        if handler is None:
            allowed = sorted(
                {"all", "any", "not", "always", *_CTX_OPS[ctx]}
                | (set(_ATTR_OPS) if ctx is not Ctx.PATH else set())
            )
            raise PredicateError(
                f"unknown operator {op!r} in a {ctx.value} predicate"
                f" (allowed: {', '.join(allowed)})",
                where,
            )
        return handler(self, arg, where)

    # component context -------------------------------------------------------------
    def c_type(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        types = frozenset(_names(arg, where))
        bad = sorted(types - _TYPES)
        if bad:
            raise PredicateError(f"unknown component type {bad[0]!r}", where)
        return lambda env, c: c.type.value in types

    def c_class(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        names = _names(arg, where)
        for n in names:
            if n not in self.classes:
                raise PredicateError(f"unknown class {n!r}", where)
        return lambda env, c: any(env.in_class(n, c) for n in names)

    def c_trust(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        if arg not in ("trusted", "untrusted"):
            raise PredicateError("'trust' is trusted or untrusted", where)
        return lambda env, c: env.system.trust(c.id) == arg

    def c_flow_from_type(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        types = frozenset(_names(arg, where))
        self.c_type(sorted(types), where)
        return lambda env, c: any(
            env.system.components[f.src].type.value in types for f in env.system.in_edges[c.id]
        )

    def c_flow_to_type(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        types = frozenset(_names(arg, where))
        self.c_type(sorted(types), where)
        return lambda env, c: any(
            env.system.components[f.dst].type.value in types for f in env.system.out_edges[c.id]
        )

    def c_flow_in(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.FLOW, where)
        return lambda env, c: any(p(env, f) for f in env.system.in_edges[c.id])

    def c_flow_out(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.FLOW, where)
        return lambda env, c: any(p(env, f) for f in env.system.out_edges[c.id])

    def c_reachable_from(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.COMPONENT, where)
        return lambda env, c: c.id in env.reachable_from(p)

    def c_reaches(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.COMPONENT, where)
        return lambda env, c: c.id in env.reachable_from(p, forward=False)

    # flow context -------------------------------------------------------------------
    def f_from(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.COMPONENT, where)
        return lambda env, f: p(env, env.system.components[f.src])

    def f_to(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.COMPONENT, where)
        return lambda env, f: p(env, env.system.components[f.dst])

    # path context -------------------------------------------------------------------
    def p_source(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.COMPONENT, where)
        return lambda env, pv: p(env, env.system.components[pv.nodes[0]])

    def p_sink(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.COMPONENT, where)
        return lambda env, pv: p(env, env.system.components[pv.nodes[-1]])

    def p_any_on_path(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        p = self.compile(arg, Ctx.COMPONENT, where)
        return lambda env, pv: any(p(env, env.system.components[n]) for n in pv.nodes)

    def p_length_le(self, arg: Any, where: tuple[str | int, ...]) -> Pred:
        if not isinstance(arg, int) or isinstance(arg, bool) or arg < 1:
            raise PredicateError("'length_le' takes a positive integer (number of hops)", where)
        return lambda env, pv: len(pv.nodes) - 1 <= arg


_Handler = Callable[[_Compiler, Any, tuple[str | int, ...]], Pred]
_CTX_OPS: dict[Ctx, dict[str, _Handler]] = {
    Ctx.COMPONENT: {
        "type": _Compiler.c_type,
        "class": _Compiler.c_class,
        "trust": _Compiler.c_trust,
        "flow_from_type": _Compiler.c_flow_from_type,
        "flow_to_type": _Compiler.c_flow_to_type,
        "flow_in": _Compiler.c_flow_in,
        "flow_out": _Compiler.c_flow_out,
        "reachable_from": _Compiler.c_reachable_from,
        "reaches": _Compiler.c_reaches,
    },
    Ctx.FLOW: {"from": _Compiler.f_from, "to": _Compiler.f_to},
    Ctx.PATH: {
        "source": _Compiler.p_source,
        "sink": _Compiler.p_sink,
        "any_on_path": _Compiler.p_any_on_path,
        "length_le": _Compiler.p_length_le,
    },
}


def _names(arg: Any, where: tuple[str | int, ...]) -> list[str]:
    items = arg if isinstance(arg, list) else [arg]
    if not items or not all(isinstance(x, str) for x in items):
        raise PredicateError("expects a name or a list of names", where)
    return list(items)


def _getter(name: Any, ctx: Ctx, where: tuple[str | int, ...]) -> Callable[[Env, Subject], Any]:
    if not isinstance(name, str):
        raise PredicateError("attribute names are strings", where)
    if name.startswith("properties."):
        key = name.removeprefix("properties.")
        if ctx is Ctx.FLOW:
            return lambda env, f: f.flow.properties.get(key)
        return lambda env, c: c.properties.get(key)
    known = COMPONENT_FIELDS if ctx is Ctx.COMPONENT else FLOW_FIELDS
    if name not in known:
        raise PredicateError(
            f"unknown {ctx.value} attribute {name!r} (known: {', '.join(sorted(known))};"
            " use properties.NAME for your own)",
            where,
        )
    if ctx is Ctx.COMPONENT:
        return lambda env, c: _plain(getattr(c, name))
    if name == "crosses_boundary":
        return lambda env, f: f.crosses_boundary
    if name == "id":
        return lambda env, f: f.id
    attr = "from_" if name == "from" else name
    return lambda env, f: _plain(getattr(f.flow, attr))


def _plain(v: Any) -> Any:
    return v.value if isinstance(v, enum.Enum) else v


def _attr_op(op: str, arg: Any, ctx: Ctx, where: tuple[str | int, ...]) -> Pred:
    if op == "exists":
        names = _names(arg, where)
        getters = [_getter(n, ctx, where) for n in names]
        return lambda env, s: all(g(env, s) not in (None, (), [], {}, "") for g in getters)
    if not isinstance(arg, dict) or not arg:
        raise PredicateError(f"'{op}' takes a mapping of attribute: value", where)
    parts: list[Pred] = []
    for name, value in arg.items():
        g = _getter(name, ctx, (*where, name))
        parts.append(_compare(op, g, value, (*where, name)))
    return lambda env, s: all(p(env, s) for p in parts)


def _compare(
    op: str, g: Callable[[Env, Subject], Any], value: Any, where: tuple[str | int, ...]
) -> Pred:
    if op == "eq":
        return lambda env, s: g(env, s) == value
    if op == "ne":
        return lambda env, s: g(env, s) != value
    if op in ("in", "contains_any"):
        if not isinstance(value, list):
            raise PredicateError(f"'{op}' expects a list of values", where)
        vals = list(value)
        if op == "in":
            return lambda env, s: g(env, s) in vals
        return lambda env, s: _seq(g(env, s)) & set(map(str, vals)) != set()
    if op == "contains":
        wanted = {str(v) for v in (value if isinstance(value, list) else [value])}
        return lambda env, s: wanted <= _seq(g(env, s))
    if op == "matches":
        if not isinstance(value, str):
            raise PredicateError("'matches' expects a regular expression string", where)
        try:
            rx = re.compile(value)
        except re.error as exc:
            raise PredicateError(f"bad regular expression: {exc}", where) from None
        return lambda env, s: isinstance(v := g(env, s), str) and rx.search(v) is not None
    raise PredicateError(f"unknown operator {op!r}", where)  # pragma: no cover


def _seq(v: Any) -> set[str]:
    if v is None:
        return set()
    if isinstance(v, list | tuple | set | frozenset):
        return {str(x) for x in v}
    return {str(v)}
