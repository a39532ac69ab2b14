"""Keras model configs (``model_config`` in .h5, ``config.json`` in .keras).

Finds Lambda layers (marshalled bytecode or source), module/function references that
Keras would import and call (CVE-2025-1550 class: ``{"module": "os", "class_name":
"function", "config": "system"}``), and custom objects that need user code at load.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

from assura.artifacts.interface import ScanContext
from assura.artifacts.pickle.policy import load_policy
from assura.artifacts.rules import finding
from assura.findings import Finding, Severity

__all__ = ["keras_findings", "looks_like_keras"]

_KERAS_MODULES = re.compile(
    r"^(keras|tf_keras|tensorflow\.keras|tensorflow\.python\.keras|keras_nlp|keras_hub|keras_cv|keras_core)(\.|$)"
)
_NAMES = re.compile(rb"[A-Za-z_][A-Za-z0-9_.]{1,40}")
_MAX_NODES = 200_000


def looks_like_keras(doc: Any) -> bool:
    return isinstance(doc, dict) and "class_name" in doc and "config" in doc


def _code_names(code: str) -> list[str]:
    try:
        raw = base64.b64decode(code.replace("\\n", "\n"), validate=False)
    except (binascii.Error, ValueError):
        return []
    names = [m.group(0).decode() for m in _NAMES.finditer(raw)]
    return [n for n in dict.fromkeys(names) if not n.startswith(("<", "/"))][:12]


def keras_findings(ctx: ScanContext, doc: Any) -> Iterator[Finding]:
    classes: Counter[str] = Counter()
    seen = 0
    stack: list[tuple[Any, str]] = [(doc, "")]
    policy = load_policy()
    while stack and seen < _MAX_NODES:
        node, layer = stack.pop()
        seen += 1
        if isinstance(node, list):
            stack.extend((x, layer) for x in node)
            continue
        if not isinstance(node, dict):
            continue
        cls = node.get("class_name")
        cfg = node.get("config")
        module = node.get("module")
        if isinstance(cls, str):
            if isinstance(cfg, dict) and isinstance(cfg.get("name"), str):
                layer = cfg["name"]
                classes[cls] += 1
            if cls == "Lambda" and isinstance(cfg, dict):
                yield _lambda(ctx, layer, cfg)
            elif cls == "__lambda__" and isinstance(cfg, dict):
                pass  # reported with its Lambda layer
            elif isinstance(module, str) and not _KERAS_MODULES.search(module):
                name = cfg if cls == "function" and isinstance(cfg, str) else cls
                d = policy.classify(module, name)
                if d.kind == "deny":
                    yield finding(
                        "ART-KER-002",
                        Severity.CRITICAL,
                        f"layer {layer!r} makes Keras import and call {module}.{name}: {d.what}",
                        ctx.loc(),
                    )
                else:
                    yield finding(
                        "ART-KER-003",
                        Severity.MEDIUM,
                        f"layer {layer!r} needs {module}.{name} imported at load (custom object)",
                        ctx.loc(),
                    )
            elif (
                module is None
                and isinstance(node.get("registered_name"), str)
                and ">" in node["registered_name"]
            ):
                yield finding(
                    "ART-KER-003",
                    Severity.MEDIUM,
                    f"layer {layer!r} needs custom object {node['registered_name']!r}",
                    ctx.loc(),
                )
        for key, v in node.items():
            if key == "function" and cls == "Lambda":
                continue
            if isinstance(v, dict | list):
                stack.append((v, layer))
    ctx.facts.setdefault("framework", "keras")
    ctx.facts["layers"] = dict(classes.most_common(60))
    if isinstance(doc, dict):
        ctx.facts["model_class"] = doc.get("class_name")


def _lambda(ctx: ScanContext, layer: str, cfg: dict[str, Any]) -> Finding:
    fn = cfg.get("function")
    code = None
    if isinstance(fn, dict) and isinstance(fn.get("config"), dict):
        code = fn["config"].get("code")
    elif isinstance(fn, list) and fn and isinstance(fn[0], str):
        code = fn[0]
    elif isinstance(fn, str):
        code = fn
    if cfg.get("function_type") == "function" and isinstance(cfg.get("module"), str):
        what = f"function {cfg.get('module')}.{fn}"
    elif isinstance(code, str) and code.lstrip().startswith("lambda"):
        what = f"Python source {code[:120]!r}"
    elif isinstance(code, str):
        names = _code_names(code)
        what = "marshalled bytecode" + (f" (names in it: {', '.join(names)})" if names else "")
    else:
        what = "a function"
    return finding(
        "ART-KER-001",
        Severity.CRITICAL,
        f"Lambda layer {layer!r} runs {what} when the model is loaded/called",
        ctx.loc(),
    )
