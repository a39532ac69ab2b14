"""Pattern checkers that need no data flow: unsafe model and data loading.

Each checker is a plugin (see :class:`~assura.codescan.interface.Checker`). Calls are
matched by their resolved name, including indirect forms: ``functools.partial(torch.load,
...)``, ``**{"trust_remote_code": True}`` and keyword dicts. A call behind an opt-in flag
(``if allow_dangerous_deserialization:``) is not reported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from assura.codescan.callsites import finding, is_true, iter_calls, module_gated_lines
from assura.codescan.catalog import Catalog
from assura.codescan.symbols import ModuleInfo
from assura.findings import Finding

__all__ = ["HubPinChecker", "JinjaChecker", "RemoteCodeChecker", "UnsafeLoadChecker"]

_PICKLE = {
    "pickle.load",
    "pickle.loads",
    "_pickle.load",
    "_pickle.loads",
    "cPickle.load",
    "cPickle.loads",
    "dill.load",
    "dill.loads",
    "cloudpickle.load",
    "cloudpickle.loads",
    "joblib.load",
    "pandas.read_pickle",
    "jsonpickle.decode",
    "shelve.open",
    "pickle.Unpickler",
    "torch.serialization.load",
}
_SAFE_YAML = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader", "FullLoader", "CFullLoader"}
_HUB = ("from_pretrained", "hf_hub_download", "snapshot_download")
_JINJA = {
    "jinja2.Template",
    "jinja2.environment.Template",
    "jinja2.Environment().from_string",
    "jinja2.environment.Environment().from_string",
    "flask.render_template_string",
}


class UnsafeLoadChecker:
    """pickle/joblib/dill loads, torch.load without weights_only=True, unsafe yaml.load."""

    id = "unsafe-load"

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]:
        for cs in iter_calls(module):
            if cs.gated:
                continue
            if cs.name in _PICKLE or (
                cs.name == "numpy.load" and is_true(cs.keywords.get("allow_pickle"), module)
            ):
                yield finding(
                    catalog,
                    "CODE-UNSAFE-PICKLE",
                    module,
                    cs.node,
                    f"{cs.name}() runs code embedded in the data",
                )
            elif cs.name in ("torch.load",) and not is_true(
                cs.keywords.get("weights_only"), module
            ):
                yield finding(
                    catalog,
                    "CODE-TORCH-LOAD",
                    module,
                    cs.node,
                    "torch.load unpickles arbitrary objects unless weights_only=True",
                )
            elif cs.name in ("yaml.unsafe_load", "yaml.unsafe_load_all"):
                yield finding(
                    catalog,
                    "CODE-YAML-LOAD",
                    module,
                    cs.node,
                    f"{cs.name}() constructs arbitrary Python objects",
                )
            elif cs.name in ("yaml.load", "yaml.load_all"):
                loader = cs.keywords.get("Loader") or (cs.args[1] if len(cs.args) > 1 else None)
                lname = (module.resolve(loader) or "") if loader is not None else ""
                if lname.rsplit(".", 1)[-1] not in _SAFE_YAML:
                    what = (
                        f"Loader={lname}" if lname else "no Loader (unsafe default in PyYAML < 6)"
                    )
                    yield finding(catalog, "CODE-YAML-LOAD", module, cs.node, what)


class RemoteCodeChecker:
    """trust_remote_code=True (keyword, ``**{...}`` or a kwargs dict) and LangChain's
    ``allow_dangerous_*=True`` opt-ins."""

    id = "remote-code"

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]:
        seen: set[int] = set()
        gated = module_gated_lines(module)
        for cs in iter_calls(module):
            if cs.gated:
                continue
            flag = cs.keywords.get("trust_remote_code")
            if flag is not None and is_true(flag, module) and flag.lineno not in seen:
                seen.add(flag.lineno)
                yield finding(
                    catalog,
                    "CODE-TRUST-REMOTE-CODE",
                    module,
                    flag,
                    f"{cs.name or 'call'}(trust_remote_code=True)",
                )
            for k, v in cs.keywords.items():
                if k.startswith("allow_dangerous") and is_true(v, module):
                    yield finding(catalog, "CODE-LC-DANGEROUS-OPTIN", module, cs.node, f"{k}=True")
        for node in ast.walk(module.source.tree):
            if isinstance(node, ast.Dict) and node.lineno not in seen and node.lineno not in gated:
                for dk, dv in zip(node.keys, node.values, strict=True):
                    if (
                        isinstance(dk, ast.Constant)
                        and dk.value == "trust_remote_code"
                        and is_true(dv, module)
                    ):
                        seen.add(node.lineno)
                        yield finding(
                            catalog,
                            "CODE-TRUST-REMOTE-CODE",
                            module,
                            node,
                            '{"trust_remote_code": True} passed as keyword arguments',
                        )


class HubPinChecker:
    """Hub downloads of a hard-coded repository id without ``revision=``."""

    id = "hub-pin"

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]:
        for cs in iter_calls(module):
            if not cs.name.endswith(_HUB) or "revision" in cs.keywords:
                continue
            repo = cs.keywords.get("repo_id") or cs.keywords.get("pretrained_model_name_or_path")
            repo = repo or (cs.args[0] if cs.args else None)
            if (
                isinstance(repo, ast.Constant)
                and isinstance(repo.value, str)
                and _remote_id(repo.value)
            ):
                yield finding(
                    catalog,
                    "CODE-HUB-UNPINNED",
                    module,
                    cs.node,
                    f"{repo.value!r} fetched at whatever revision is current",
                    0.7,
                )


def _static(e: ast.expr, mod: ModuleInfo, depth: int) -> bool:
    """``e`` is built only from literals, module-level constants and reads of literal paths
    (``Template(PROMPT)``, ``Template(open("prompt.j2").read())``): the template is the
    project's own, not input."""
    if depth > 8:
        return False
    if isinstance(e, ast.Constant):
        return True
    if isinstance(e, ast.Name):
        if e.id == "__file__":
            return True
        bound = mod.consts.get(e.id)
        return bound is not None and _static(bound, mod, depth + 1)
    if isinstance(e, ast.JoinedStr):
        return all(_static(v, mod, depth + 1) for v in e.values)
    if isinstance(e, ast.FormattedValue):
        return _static(e.value, mod, depth + 1)
    if isinstance(e, ast.BinOp):
        return _static(e.left, mod, depth + 1) and _static(e.right, mod, depth + 1)
    if isinstance(e, ast.Attribute):
        return _static(e.value, mod, depth + 1)
    if isinstance(e, ast.Call):
        base = e.func.value if isinstance(e.func, ast.Attribute) else None
        return (
            (base is None or _static(base, mod, depth + 1))
            and all(_static(a, mod, depth + 1) for a in e.args)
            and all(_static(k.value, mod, depth + 1) for k in e.keywords)
        )
    return False


def _remote_id(s: str) -> bool:
    return (
        bool(s) and not s.startswith((".", "/", "~", "\\")) and ":" not in s and s.count("/") <= 1
    )


class JinjaChecker:
    """Unsandboxed Jinja (``jinja2.Template(s)``, ``Environment().from_string(s)``,
    ``render_template_string(s)``) with a template that is not a literal."""

    id = "jinja"

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]:
        for cs in iter_calls(module):
            name = cs.name
            if (
                name.endswith(".from_string")
                and "Environment()" in name
                and "Sandboxed" not in name
            ):
                name = "jinja2.Environment().from_string" if name.startswith("jinja2") else name
            if name not in _JINJA:
                continue
            src = cs.args[0] if cs.args else cs.keywords.get("source")
            if src is None or _static(src, module, 0):
                continue
            yield finding(
                catalog,
                "CODE-JINJA-UNSANDBOXED",
                module,
                cs.node,
                f"{cs.name}() compiles a template from a non-literal string; use jinja2.sandbox.ImmutableSandboxedEnvironment",
            )
