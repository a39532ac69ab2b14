"""Per-module symbol tables: imports and aliases, functions, classes, field types.

Names are resolved to dotted strings: ``from jinja2 import Template as T; T(s)`` gives
``jinja2.Template``; ``client = OpenAI(); client.chat.completions.create`` gives
``openai.OpenAI().chat.completions.create`` (a constructor's result is written ``X()``).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from assura.codescan.guards import class_is_gated
from assura.codescan.interface import SourceFile
from assura.codescan.names import raw_name

__all__ = ["ClassInfo", "FunctionInfo", "ModuleInfo", "build_module", "call_parts", "raw_name"]

FuncNode = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass(eq=False)
class FunctionInfo:
    key: str
    name: str
    node: FuncNode
    module: ModuleInfo
    cls: ClassInfo | None
    params: list[str]
    vararg: str | None
    kwarg: str | None
    is_static: bool
    entry: tuple[str, str] | None = None  # (kind, label) when the params are untrusted
    authed: bool = False  # a route or handler behind an authentication dependency

    @property
    def binds_self(self) -> bool:
        return self.cls is not None and not self.is_static and bool(self.params)


@dataclass(eq=False)
class ClassInfo:
    key: str
    name: str
    node: ast.ClassDef
    module: ModuleInfo
    bases: list[str]
    methods: dict[str, FunctionInfo] = field(default_factory=dict)
    field_types: dict[str, str] = field(default_factory=dict)
    field_funcs: dict[str, list[str]] = field(default_factory=dict)
    gated: bool = False  # the class refuses to be built without an opt-in flag


@dataclass(eq=False)
class ModuleInfo:
    source: SourceFile
    is_package: bool
    imports: dict[str, str] = field(default_factory=dict)
    functions: dict[str, FunctionInfo] = field(default_factory=dict)
    classes: dict[str, ClassInfo] = field(default_factory=dict)
    all_functions: list[FunctionInfo] = field(default_factory=list)
    types: dict[str, str] = field(default_factory=dict)
    consts: dict[str, ast.expr] = field(default_factory=dict)
    seen: set[int] = field(default_factory=set)
    cache: dict[str, object] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.source.module

    @property
    def path(self) -> str:
        return self.source.path

    def resolve(self, expr: ast.expr, types: dict[str, str] | None = None) -> str | None:
        """Dotted name of ``expr`` with imports and known constructor types applied."""
        if isinstance(expr, ast.Name):
            if types is not None and expr.id in types:
                return types[expr.id]
            if expr.id in self.imports:
                return self.imports[expr.id]
            if expr.id in self.types:
                return self.types[expr.id]
            if expr.id in self.classes:
                return f"{self.name}.{expr.id}"
            return expr.id
        if isinstance(expr, ast.Attribute):
            base = self.resolve(expr.value, types)
            return None if base is None else f"{base}.{expr.attr}"
        if isinstance(expr, ast.Call):
            base = self.resolve(expr.func, types)
            return None if base is None else f"{base}()"
        if isinstance(expr, ast.Subscript):
            base = self.resolve(expr.value, types)
            return None if base is None else f"{base}[]"
        return None


def call_parts(
    call: ast.Call, module: ModuleInfo, types: dict[str, str] | None
) -> tuple[list[str], str | None, list[str]]:
    """(names, method, receivers) of a call, for :class:`~assura.codescan.catalog.Matcher`."""
    names: list[str] = []
    resolved = module.resolve(call.func, types)
    raw = raw_name(call.func)
    for n in (resolved, raw):
        if n is not None and n not in names:
            names.append(n)
    method: str | None = None
    receivers: list[str] = []
    if isinstance(call.func, ast.Attribute):
        method = call.func.attr
        recv = call.func.value
        rraw = raw_name(recv)
        if rraw is not None:
            receivers.append(rraw.rsplit(".", 1)[-1].rstrip("()[]"))
        rres = module.resolve(recv, types)
        if rres is not None and rres != rraw:
            receivers.append(rres.rstrip("()[]").rsplit(".", 1)[-1])
    return names, method, receivers


def _import_base(module: str, is_package: bool, level: int, target: str | None) -> str:
    parts = module.split(".")
    if not is_package:
        parts = parts[:-1]
    if level > 1:
        parts = parts[: max(0, len(parts) - (level - 1))]
    if target:
        parts.append(target)
    return ".".join(p for p in parts if p)


def _collect_imports(node: ast.AST, mod: ModuleInfo, into: dict[str, str]) -> None:
    for n in ast.walk(node):
        if isinstance(n, ast.Import):
            for a in n.names:
                if a.asname:
                    into[a.asname] = a.name
                else:
                    top = a.name.split(".")[0]
                    into[top] = top
        elif isinstance(n, ast.ImportFrom):
            base = n.module or ""
            if n.level:
                base = _import_base(mod.name, mod.is_package, n.level, n.module)
            for a in n.names:
                if a.name != "*":
                    into[a.asname or a.name] = f"{base}.{a.name}" if base else a.name


def _params(node: FuncNode) -> tuple[list[str], str | None, str | None]:
    a = node.args
    names = [p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
    return names, a.vararg.arg if a.vararg else None, a.kwarg.arg if a.kwarg else None


def _is_static(node: FuncNode) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "staticmethod" for d in node.decorator_list)


def _add_function(
    mod: ModuleInfo, node: FuncNode, cls: ClassInfo | None, prefix: str
) -> FunctionInfo:
    params, vararg, kwarg = _params(node)
    key = f"{mod.name}:{prefix}{node.name}"
    info = FunctionInfo(key, node.name, node, mod, cls, params, vararg, kwarg, _is_static(node))
    mod.all_functions.append(info)
    mod.seen.add(id(node))
    for child in ast.walk(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) and id(child) not in mod.seen:
            _add_function(mod, child, None, f"{prefix}{node.name}.<locals>.")
    return info


def _class_fields(cls: ClassInfo) -> None:
    mod = cls.module
    names = {f.name for f in mod.all_functions}
    for fn in cls.methods.values():
        for n in ast.walk(fn.node):
            if not isinstance(n, ast.Assign):
                continue
            for t in n.targets:
                if not (
                    isinstance(t, ast.Attribute)
                    and isinstance(t.value, ast.Name)
                    and t.value.id == "self"
                ):
                    continue
                if isinstance(n.value, ast.Call):
                    res = mod.resolve(n.value)
                    if res:
                        cls.field_types.setdefault(t.attr, res)
                refs = [
                    x.id for x in ast.walk(n.value) if isinstance(x, ast.Name) and x.id in names
                ]
                if refs:
                    cls.field_funcs.setdefault(t.attr, []).extend(refs)


def build_module(src: SourceFile) -> ModuleInfo:
    """Symbol table of one parsed module."""
    mod = ModuleInfo(src, src.path.endswith("__init__.py"))
    _collect_imports(src.tree, mod, mod.imports)
    for stmt in src.tree.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            mod.functions[stmt.name] = _add_function(mod, stmt, None, "")
        elif isinstance(stmt, ast.ClassDef):
            bases = [b for b in (mod.resolve(x) for x in stmt.bases) if b]
            cls = ClassInfo(f"{mod.name}:{stmt.name}", stmt.name, stmt, mod, bases)
            mod.classes[stmt.name] = cls
            for item in stmt.body:
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                    cls.methods[item.name] = _add_function(mod, item, cls, f"{stmt.name}.")
        elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            tgt = stmt.targets[0]
            if isinstance(tgt, ast.Name):
                mod.consts[tgt.id] = stmt.value
                if isinstance(stmt.value, ast.Call):
                    res = mod.resolve(stmt.value)
                    if res:
                        mod.types[tgt.id] = res
    for cls in mod.classes.values():
        _class_fields(cls)
        cls.gated = class_is_gated(cls.node)
    return mod
