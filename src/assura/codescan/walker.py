"""Intra-procedural taint walk of one function (or a module's top-level code).

Flow-sensitive over statements: assignments replace a variable's taint, branches are
analysed on copies and merged, loops run twice, and guards (allow-lists, validators,
opt-in flags; see :mod:`assura.codescan.guards`) clear or gate taint. Calls are handled
in :mod:`assura.codescan.calls` (sources, sinks, sanitisers, summaries of project calls).
"""

from __future__ import annotations

import ast

from assura.codescan import calls, roles
from assura.codescan.guards import gate_polarity, guard_vars, is_validator_name
from assura.codescan.project import Project
from assura.codescan.symbols import ClassInfo, FunctionInfo, ModuleInfo, raw_name
from assura.codescan.taint import EMPTY, Label, State, Summary, Taint, extend, union
from assura.findings import Location

__all__ = ["FunctionAnalyzer"]

_Env = dict[str, Taint]


class FunctionAnalyzer:
    def __init__(
        self, project: Project, state: State, module: ModuleInfo, fn: FunctionInfo | None
    ) -> None:
        self.project = project
        self.state = state
        self.module = module
        self.fn = fn
        self.cls: ClassInfo | None = fn.cls if fn is not None else None
        self.env: _Env = {}
        self.types: dict[str, str] = {}
        self.gated = self.cls is not None and self.cls.gated
        self.summary = Summary()
        self.deps: set[str] = set()
        self.key = fn.key if fn is not None else f"{module.name}:<module>"

    # -- helpers --------------------------------------------------------------------------
    def loc(self, node: ast.AST) -> Location:
        return Location(self.module.path, getattr(node, "lineno", None))

    def run(self) -> Summary:
        if self.fn is None:
            body = [
                s
                for s in self.module.source.tree.body
                if not isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            ]
            self.block(body)
            return self.summary
        fn = self.fn
        start = self.loc(fn.node)
        for i, p in enumerate(fn.params + [x for x in (fn.vararg, fn.kwarg) if x]):
            if i == 0 and fn.binds_self:
                continue
            t: set[Label] = {Label("param", p, (start,))}
            if fn.entry is not None:
                t.add(Label(fn.entry[0], fn.entry[1], (start,)))
            self.env[p] = frozenset(t)
        self.block(fn.node.body)
        return self.summary

    def lookup(self, name: str) -> Taint:
        if name in self.env:
            return self.env[name]
        if name.startswith("self.") and self.cls is not None and name.count(".") == 1:
            self.deps.add(f"field:{self.cls.key}")
            return self.state.fields.get(self.cls.key, {}).get(name[5:], EMPTY)
        return EMPTY

    def clear_names(self, names: set[str]) -> None:
        for n in names:
            if n in self.env:
                self.env[n] = EMPTY
            for k in [k for k in self.env if k.startswith(n + ".")]:
                self.env[k] = EMPTY

    # -- statements -----------------------------------------------------------------------
    def block(self, body: list[ast.stmt]) -> bool:
        for s in body:
            if self.stmt(s):
                return True
        return False

    def stmt(self, s: ast.stmt) -> bool:  # noqa: C901 - one branch per statement kind
        if isinstance(s, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            return False
        if isinstance(s, ast.Assign):
            t = self.expr(s.value)
            for tgt in s.targets:
                self.assign(tgt, t, s.value)
        elif isinstance(s, ast.AnnAssign):
            if s.value is not None:
                self.assign(s.target, self.expr(s.value), s.value)
        elif isinstance(s, ast.AugAssign):
            t = union(self.expr(s.value), self.expr(s.target))
            self.assign(s.target, t, None)
        elif isinstance(s, ast.Expr):
            self.expr(s.value)
            if (
                isinstance(s.value, ast.Call)
                and is_validator_name(raw_name(s.value.func))
                and not calls.callee_sinks(self, s.value)
            ):
                names = {raw_name(a) for a in s.value.args} | {
                    raw_name(k.value) for k in s.value.keywords
                }
                self.clear_names({n for n in names if n})
        elif isinstance(s, ast.Return):
            if s.value is not None:
                self.returns(self.expr(s.value), s)
            return True
        elif isinstance(s, ast.Raise):
            if s.exc is not None:
                self.expr(s.exc)
            return True
        elif isinstance(s, ast.Continue | ast.Break):
            return True
        elif isinstance(s, ast.If):
            return self.if_(s)
        elif isinstance(s, ast.For | ast.AsyncFor):
            it = self.expr(s.iter)
            for _ in range(2):
                self.assign(s.target, it, None)
                before = dict(self.env)
                self.block(s.body)
                self.merge(before)
            self.block(s.orelse)
        elif isinstance(s, ast.While):
            self.expr(s.test)
            for _ in range(2):
                before = dict(self.env)
                self.block(s.body)
                self.merge(before)
            self.block(s.orelse)
        elif isinstance(s, ast.With | ast.AsyncWith):
            for item in s.items:
                t = self.expr(item.context_expr)
                if item.optional_vars is not None:
                    self.assign(item.optional_vars, t, item.context_expr)
            return self.block(s.body)
        elif isinstance(s, ast.Try | ast.TryStar):
            before = dict(self.env)
            body_term = self.block(s.body)
            for h in s.handlers:
                self.merge(before)
                if h.name:
                    self.env[h.name] = EMPTY
                self.block(h.body)
            if not body_term:
                self.block(s.orelse)
            self.block(s.finalbody)
        elif isinstance(s, ast.Assert):
            self.expr(s.test)
            then, _ = guard_vars(s.test)
            self.clear_names(then)
        elif isinstance(s, ast.Match):
            self.expr(s.subject)
            before = dict(self.env)
            for case in s.cases:
                saved = dict(self.env)
                self.env = dict(before)
                self.block(case.body)
                self.merge(saved)
        return False

    def merge(self, other: _Env) -> None:
        for k, v in other.items():
            mine = self.env.get(k)
            self.env[k] = v if mine is None else union(mine, v)

    def if_(self, s: ast.If) -> bool:
        self.expr(s.test)
        then_clean, else_clean = guard_vars(s.test)
        pol = gate_polarity(s.test)
        saved, g0 = dict(self.env), self.gated
        self.clear_names(then_clean)
        self.gated = g0 or pol > 0
        t_term = self.block(s.body)
        env_then = self.env
        self.env = dict(saved)
        self.clear_names(else_clean)
        self.gated = g0 or pol < 0
        e_term = self.block(s.orelse)
        env_else = self.env
        self.gated = g0
        if t_term and not e_term:
            self.env = env_else
            self.gated = g0 or pol < 0
        elif e_term and not t_term:
            self.env = env_then
            self.gated = g0 or pol > 0
        else:
            self.env = env_then
            self.merge(env_else)
        return t_term and e_term

    def returns(self, t: Taint, node: ast.AST) -> None:
        where = self.loc(node)
        for lab in t:
            if lab.is_param:
                if lab.name not in self.summary.ret_params and "*" not in lab.cleared:
                    self.summary.ret_params[lab.name] = lab.hops + (where,)
            elif "*" not in lab.cleared:
                self.summary.ret_labels = union(
                    self.summary.ret_labels, extend(frozenset({lab}), where)
                )

    def assign(self, tgt: ast.expr, t: Taint, value: ast.expr | None) -> None:
        if isinstance(tgt, ast.Tuple | ast.List):
            for e in tgt.elts:
                self.assign(e.value if isinstance(e, ast.Starred) else e, t, None)
            return
        t = extend(t, self.loc(tgt))
        if isinstance(tgt, ast.Name):
            self.env[tgt.id] = t
            if isinstance(value, ast.Call):
                res = self.module.resolve(value, self.types)
                if res is not None:
                    self.types[tgt.id] = res
            elif isinstance(value, ast.Attribute):
                res = self.module.resolve(value, self.types)
                if res is not None and res.startswith("self.") and self.cls is not None:
                    ft = self.cls.field_types.get(res.split(".")[1])
                    if ft is not None:
                        self.types[tgt.id] = ft
            return
        name = raw_name(tgt)
        if isinstance(tgt, ast.Attribute) and name is not None:
            self.env[name] = t
            if name.startswith("self.") and name.count(".") == 1 and self.cls is not None:
                self.state.store_field(self.cls.key, tgt.attr, t)
        elif isinstance(tgt, ast.Subscript):
            base = raw_name(tgt.value)
            if base is not None and t:
                self.env[base] = union(self.lookup(base), t)

    # -- expressions ----------------------------------------------------------------------
    def expr(self, e: ast.expr | None) -> Taint:  # noqa: C901 - one branch per node kind
        if e is None or isinstance(e, ast.Constant | ast.Lambda):
            return EMPTY
        if isinstance(e, ast.Name):
            return self.lookup(e.id)
        if isinstance(e, ast.Attribute):
            name = raw_name(e)
            if name is not None and (name in self.env or name.startswith("self.")):
                got = self.lookup(name)
                if got or name in self.env:
                    return got
            src = calls.attribute_source(self, e)
            return src if src else self.expr(e.value)
        if isinstance(e, ast.Subscript):
            self.expr(e.slice)
            name = raw_name(e)
            return union(self.expr(e.value), self.env.get(name, EMPTY) if name else EMPTY)
        if isinstance(e, ast.Call):
            return calls.eval_call(self, e)
        if isinstance(e, ast.BinOp):
            return union(self.expr(e.left), self.expr(e.right))
        if isinstance(e, ast.BoolOp):
            return union(*(self.expr(v) for v in e.values))
        if isinstance(e, ast.Compare):
            self.expr(e.left)
            for c in e.comparators:
                self.expr(c)
            return EMPTY
        if isinstance(e, ast.UnaryOp):
            t = self.expr(e.operand)
            return EMPTY if isinstance(e.op, ast.Not) else t
        if isinstance(e, ast.IfExp):
            self.expr(e.test)
            return union(self.expr(e.body), self.expr(e.orelse))
        if isinstance(e, ast.JoinedStr):
            return union(*(self.expr(v) for v in e.values))
        if isinstance(e, ast.FormattedValue):
            return self.expr(e.value)
        if isinstance(e, ast.List | ast.Tuple | ast.Set):
            t = union(*(self.expr(x) for x in e.elts))
            if isinstance(e, ast.Tuple):
                roles.check_role_tuple(self, e)
            return t
        if isinstance(e, ast.Dict):
            ts = [self.expr(k) for k in e.keys if k is not None] + [self.expr(v) for v in e.values]
            roles.check_role_dict(self, e)
            return union(*ts)
        if isinstance(e, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            for g in e.generators:
                self.assign(g.target, self.expr(g.iter), None)
                for cond in g.ifs:
                    self.expr(cond)
            if isinstance(e, ast.DictComp):
                return union(self.expr(e.key), self.expr(e.value))
            return self.expr(e.elt)
        if isinstance(e, ast.Await | ast.Starred | ast.YieldFrom):
            return self.expr(e.value)
        if isinstance(e, ast.Yield):
            t = self.expr(e.value)
            self.returns(t, e)
            return EMPTY
        if isinstance(e, ast.NamedExpr):
            t = self.expr(e.value)
            self.assign(e.target, t, e.value)
            return t
        return EMPTY
