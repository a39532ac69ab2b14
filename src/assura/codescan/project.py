"""The project: every module of the scan, and name → definition lookup across them.

Imports are resolved to modules of the scanned tree where possible (``from pkg.util import
f``); a name imported from a package whose ``__init__`` re-export is not in the tree falls
back to the one definition of that name under the same top-level package, if unique.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict

from assura.codescan.catalog import Catalog
from assura.codescan.symbols import ClassInfo, FunctionInfo, ModuleInfo, raw_name

__all__ = ["AUTH_RX", "Project"]

_TOOL_KWARGS = {"tools", "functions", "function_map", "tool_functions"}
_TOOL_METHODS = {"bind_tools", "bind_functions", "register_tools", "add_tools", "with_tools"}

AUTH_RX = re.compile(
    r"(?i)(auth|login|current_?(active_?)?user|get_?current|verify_?token|require|jwt|api_?key|"
    r"permission|oauth|security|guard|protected)"
)


class Project:
    def __init__(self, modules: list[ModuleInfo], catalog: Catalog) -> None:
        self.modules = {m.name: m for m in modules}
        self.catalog = catalog
        self._by_name: dict[str, list[FunctionInfo | ClassInfo]] = defaultdict(list)
        self._tops = {m.name.split(".")[0] for m in modules}
        for m in modules:
            for f in m.functions.values():
                self._by_name[f.name].append(f)
            for c in m.classes.values():
                self._by_name[c.name].append(c)
        self._subclasses: dict[str, list[ClassInfo]] = defaultdict(list)
        for m in modules:
            for c in m.classes.values():
                for b in c.bases:
                    base = self.lookup(b)
                    if isinstance(base, ClassInfo) and base is not c:
                        self._subclasses[base.key].append(c)
        self._mark_entries()

    def overrides(self, cls: ClassInfo, name: str) -> list[FunctionInfo]:
        """Methods called ``name`` in the project's subclasses of ``cls`` (virtual dispatch)."""
        out: list[FunctionInfo] = []
        seen = {cls.key}
        todo = list(self._subclasses.get(cls.key, ()))
        while todo and len(seen) < 64:
            sub = todo.pop()
            if sub.key in seen:
                continue
            seen.add(sub.key)
            if name in sub.methods:
                out.append(sub.methods[name])
            todo.extend(self._subclasses.get(sub.key, ()))
        return out

    # -- lookup -------------------------------------------------------------------------
    def lookup(self, dotted: str, depth: int = 0) -> FunctionInfo | ClassInfo | None:
        """The project definition a resolved dotted name refers to, if any."""
        name = dotted[:-2] if dotted.endswith("()") else dotted
        if "(" in name or "[" in name or depth > 4:
            return None
        parts = name.split(".")
        for i in range(len(parts) - 1, 0, -1):
            mod = self.modules.get(".".join(parts[:i]))
            if mod is None:
                continue
            rest = parts[i:]
            found = self._in_module(mod, rest, depth)
            if found is not None:
                return found
        if len(parts) > 1 and parts[0] in self._tops:
            cands = self._by_name.get(parts[-1], [])
            if len(cands) == 1:
                return cands[0]
            if len(parts) > 2:
                owners = [c for c in self._by_name.get(parts[-2], []) if isinstance(c, ClassInfo)]
                if len(owners) == 1:
                    return self.method(owners[0], parts[-1])
        return None

    def _in_module(
        self, mod: ModuleInfo, rest: list[str], depth: int
    ) -> FunctionInfo | ClassInfo | None:
        head = rest[0]
        if head in mod.functions and len(rest) == 1:
            return mod.functions[head]
        if head in mod.classes:
            cls = mod.classes[head]
            return cls if len(rest) == 1 else self.method(cls, rest[1]) if len(rest) == 2 else None
        if head in mod.imports:
            return self.lookup(".".join([mod.imports[head], *rest[1:]]), depth + 1)
        return None

    def class_of(self, type_name: str | None) -> ClassInfo | None:
        if not type_name or not type_name.endswith("()"):
            return None
        found = self.lookup(type_name[:-2])
        return found if isinstance(found, ClassInfo) else None

    def method(self, cls: ClassInfo, name: str, depth: int = 0) -> FunctionInfo | None:
        if name in cls.methods:
            return cls.methods[name]
        if depth > 5:
            return None
        for b in cls.bases:
            base = self.lookup(b)
            if isinstance(base, ClassInfo) and base is not cls:
                found = self.method(base, name, depth + 1)
                if found is not None:
                    return found
        return None

    def subclass_of(self, cls: ClassInfo, pattern_names: list[str], depth: int = 0) -> list[str]:
        """Resolved names of ``cls``'s bases, transitively through project classes."""
        out = list(cls.bases)
        if depth > 5:
            return out
        for b in cls.bases:
            base = self.lookup(b)
            if isinstance(base, ClassInfo) and base is not cls:
                out.extend(self.subclass_of(base, pattern_names, depth + 1))
        return out

    # -- entry points (functions whose parameters are untrusted) -------------------------
    def _mark_entries(self) -> None:
        for mod in self.modules.values():
            for fn in mod.all_functions:
                fn.authed = _authenticated(mod, fn)
                for dec in fn.node.decorator_list:
                    target = dec.func if isinstance(dec, ast.Call) else dec
                    suffix = "()" if isinstance(dec, ast.Call) else ""
                    dnames = [n + suffix for n in (mod.resolve(target), raw_name(target)) if n]
                    for ep in self.catalog.entry_points:
                        if ep.decorators is None:
                            continue
                        if any(ep.decorators.match(n) for n in dnames):
                            if not (ep.kind == "user_input" and fn.authed):
                                fn.entry = (ep.kind, ep.label)
                if fn.cls is not None and fn.entry is None:
                    for ep in self.catalog.entry_points:
                        if ep.base_classes is None or fn.name not in ep.base_methods:
                            continue
                        bases = self.subclass_of(fn.cls, [])
                        if any(ep.base_classes.match(b) for b in bases):
                            fn.entry = (ep.kind, ep.label)
            self._mark_registered(mod)

    def _mark_registered(self, mod: ModuleInfo) -> None:
        tool_lists: list[ast.expr] = []
        for node in ast.walk(mod.source.tree):
            if not isinstance(node, ast.Call):
                continue
            # plain functions handed to an agent/LLM as tools: tools=[f, g], bind_tools([f])
            tool_lists += [k.value for k in node.keywords if k.arg in _TOOL_KWARGS]
            if isinstance(node.func, ast.Attribute) and node.func.attr in _TOOL_METHODS:
                tool_lists += node.args
            cname = mod.resolve(node.func)
            if cname is None:
                continue
            for ep in self.catalog.entry_points:
                if ep.register_calls is None or not ep.register_calls.match(cname):
                    continue
                if ep.register_when_imported and not any(
                    v.split(".")[0] in ep.register_when_imported for v in mod.imports.values()
                ):
                    continue
                cands = [k.value for k in node.keywords if k.arg in ep.register_args]
                cands += [node.args[i] for i in ep.register_positional if i < len(node.args)]
                for c in cands:
                    target = self._callable_ref(mod, c)
                    if target is not None and target.entry is None:
                        target.entry = (ep.kind, ep.label)
        if tool_lists:
            # the same module dispatches model-chosen calls: {"name": func} tables count too
            tool_lists += [n for n in ast.walk(mod.source.tree) if isinstance(n, ast.Dict)]
        for lst in tool_lists:
            elts = lst.values if isinstance(lst, ast.Dict) else getattr(lst, "elts", [lst])
            for e in elts:
                if isinstance(e, ast.Name | ast.Attribute):
                    target = self._callable_ref(mod, e)
                    if target is not None and target.entry is None:
                        target.entry = ("tool_arg", "agent tool argument")

    def _callable_ref(self, mod: ModuleInfo, expr: ast.expr) -> FunctionInfo | None:
        if isinstance(expr, ast.Name):
            if expr.id in mod.functions:
                return mod.functions[expr.id]
            for f in mod.all_functions:
                if f.name == expr.id:
                    return f
        dotted = mod.resolve(expr)
        found = self.lookup(dotted) if dotted else None
        return found if isinstance(found, FunctionInfo) else None


def _mentions_auth(node: ast.AST | None) -> bool:
    if node is None:
        return False
    for n in ast.walk(node):
        text = n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else None
        if text and AUTH_RX.search(text):
            return True
    return False


def _authenticated(mod: ModuleInfo, fn: FunctionInfo) -> bool:
    """A route/handler behind an auth decorator, an auth dependency of the route or its
    router (FastAPI ``dependencies=[Depends(...)]``), or an auth-typed parameter."""
    for dec in fn.node.decorator_list:
        target = dec.func if isinstance(dec, ast.Call) else dec
        if not isinstance(dec, ast.Call) and _mentions_auth(dec):
            return True
        if isinstance(dec, ast.Call):
            if _mentions_auth(dec.func) and not isinstance(dec.func, ast.Attribute):
                return True
            if any(k.arg == "dependencies" and _mentions_auth(k.value) for k in dec.keywords):
                return True
            if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name):
                router = mod.consts.get(target.value.id)
                if isinstance(router, ast.Call) and any(
                    k.arg == "dependencies" and _mentions_auth(k.value) for k in router.keywords
                ):
                    return True
    a = fn.node.args
    params = [*a.posonlyargs, *a.args, *a.kwonlyargs]
    defaults = [*a.defaults, *[d for d in a.kw_defaults if d is not None]]
    if any(_mentions_auth(p.annotation) for p in params):
        return True
    return any(isinstance(d, ast.Call) and _mentions_auth(d) for d in defaults)
