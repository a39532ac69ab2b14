"""The allow/deny policy for pickle callables, read from the bundled catalog.

Decision order: exact allow-list > deny-list > allow patterns > class names (CapWords)
under trusted packages > unknown. Unknown is *suspicious*, never clean.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assura.findings import Severity

__all__ = ["Decision", "PicklePolicy", "load_policy"]


@dataclass(frozen=True, slots=True)
class Decision:
    kind: str
    """``allow`` | ``deny`` | ``class`` (trusted package class) | ``unknown``."""
    severity: Severity = Severity.INFO
    what: str = ""
    nested: bool = False


_ALLOW = Decision("allow")
_CLASS = Decision("class")
_UNKNOWN = Decision("unknown", Severity.MEDIUM, "not on the allow-list")


@dataclass(frozen=True, slots=True)
class _Deny:
    module: str
    names: tuple[str, ...] | None
    decision: Decision


class PicklePolicy:
    def __init__(self, data: dict[str, Any]) -> None:
        self.allow = frozenset(data["allow"])
        self.patterns = [
            (re.compile(p["module"]), re.compile(p["name"])) for p in data["allow_patterns"]
        ]
        self.class_packages = frozenset(data["class_packages"])
        self.deny: dict[str, list[_Deny]] = {}
        for d in data["deny"]:
            names = None if d["names"] == "*" else tuple(d["names"])
            dec = Decision("deny", Severity.parse(d["severity"]), d["what"], bool(d.get("nested")))
            self.deny.setdefault(d["module"].split(".")[0], []).append(
                _Deny(d["module"], names, dec)
            )

    @lru_cache(maxsize=4096)  # noqa: B019 - one policy object per process, bounded cache
    def classify(self, module: str, name: str) -> Decision:
        dotted = f"{module}.{name}"
        if dotted in self.allow:
            return _ALLOW
        first = name.split(".")[0]
        if (
            _is_dunder(first)
            and first not in ("__newobj__", "__newobj_ex__")
            and not name.startswith("__pyx_")
        ):
            return Decision(
                "deny", Severity.CRITICAL, f"reaches the internals of {module} ({first})"
            )
        for d in self.deny.get(module.split(".")[0], ()):
            if d.names is None:
                if module == d.module or module.startswith(d.module + "."):
                    return d.decision
            elif module == d.module and (first in d.names or name in d.names):
                return d.decision
        for mod_re, name_re in self.patterns:
            if mod_re.search(module) and name_re.search(name.rsplit(".", 1)[-1]):
                return _ALLOW
        top = module.split(".")[0]
        if top in self.class_packages and _is_class_name(name):
            return _CLASS
        if module.startswith("<computed"):
            return Decision(
                "deny", Severity.CRITICAL, "import whose names are computed at load time"
            )
        return _UNKNOWN


def _is_dunder(s: str) -> bool:
    return len(s) > 4 and s.startswith("__") and s.endswith("__")


def _is_class_name(name: str) -> bool:
    last = name.rsplit(".", 1)[-1].lstrip("_")
    return bool(last) and last[0].isupper() and "." not in name


@lru_cache(maxsize=1)
def load_policy() -> PicklePolicy:
    """The bundled policy (``assura/catalogs/artifacts/pickle_policy.json``).

    Read beside the package rather than through ``importlib.resources``, whose import costs
    more than the rest of a small pickle's scan; assura is never installed zipped.
    """
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, os.pardir, os.pardir, "catalogs", "artifacts", "pickle_policy.json")
    with open(path, encoding="utf-8") as fh:
        return PicklePolicy(json.load(fh))
