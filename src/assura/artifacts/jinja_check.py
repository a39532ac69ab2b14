"""Chat templates (Jinja) that reach Python internals when rendered outside a sandbox.

The template is parsed with Jinja's own parser (never rendered) and its syntax tree is
searched for dunder attribute access, the ``attr`` filter with dunder or computed names,
and attribute access on Jinja's helper globals (``cycler``, ``joiner``, ``namespace``,
``lipsum``, ``self``), the usual ways from a template to ``os`` (CVE-2024-34359 class).
A raw-text pass backs the parser up for templates Jinja cannot parse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["TemplateIssue", "check_template"]

_HELPERS = frozenset(
    {
        "cycler",
        "joiner",
        "namespace",
        "lipsum",
        "self",
        "config",
        "request",
        "range",
        "dict",
        "url_for",
        "get_flashed_messages",
        "os",
        "subprocess",
        "builtins",
    }
)
_DANGEROUS = frozenset(
    {
        "__class__",
        "__globals__",
        "__subclasses__",
        "__mro__",
        "__base__",
        "__bases__",
        "__builtins__",
        "__import__",
        "__init__",
        "__dict__",
        "__getattribute__",
        "__code__",
        "__reduce__",
        "__reduce_ex__",
        "mro",
        "func_globals",
        "f_globals",
        "gi_frame",
        "cr_frame",
        "tb_frame",
        "f_back",
        "_TemplateReference__context",
    }
)
_RAW = re.compile(
    r"__(class|globals|subclasses|mro|base|bases|builtins|import|init|dict|getattribute|code)__|\b(popen|subprocess|os\.system|import_module|eval\(|exec\()",
    re.I,
)


@dataclass(frozen=True, slots=True)
class TemplateIssue:
    severity: str
    """``critical`` | ``high`` | ``medium``."""
    message: str


def check_template(source: str) -> list[TemplateIssue]:
    """Issues in one template text (bounded: at most the first 1 MiB is analysed)."""
    source = source[: 1 << 20]
    try:
        from jinja2 import Environment, nodes
        from jinja2.exceptions import TemplateSyntaxError

        env = Environment(extensions=["jinja2.ext.loopcontrols", "jinja2.ext.do"])
        try:
            tree = env.parse(source)
        except (TemplateSyntaxError, RecursionError, MemoryError, ValueError) as exc:
            issues = [
                TemplateIssue("medium", f"template does not parse as Jinja ({str(exc)[:100]})")
            ]
            return issues + _raw(source)
    except ImportError:  # pragma: no cover - jinja2 is a dependency
        return _raw(source)
    found: dict[str, TemplateIssue] = {}
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Filter, nodes.Name)):
        if isinstance(node, nodes.Getattr):
            _attr_issue(found, node.attr, _base_name(node.node))
        elif (
            isinstance(node, nodes.Getitem)
            and isinstance(node.arg, nodes.Const)
            and isinstance(node.arg.value, str)
        ):
            _attr_issue(found, node.arg.value, _base_name(node.node))
        elif isinstance(node, nodes.Filter) and node.name == "attr":
            arg = node.args[0] if node.args else None
            if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                _attr_issue(found, arg.value, None)
            else:
                found.setdefault(
                    "attr-dyn",
                    TemplateIssue("high", "uses the attr filter with a computed attribute name"),
                )
        elif isinstance(node, nodes.Name) and node.name in (
            "os",
            "subprocess",
            "builtins",
            "__builtins__",
            "import",
        ):
            found.setdefault(
                "name:" + node.name, TemplateIssue("high", f"references {node.name!r}")
            )
    return list(found.values())


def _base_name(node: object) -> str | None:
    from jinja2 import nodes

    while isinstance(node, nodes.Getattr | nodes.Getitem | nodes.Call | nodes.Filter):
        node = node.node
    return node.name if isinstance(node, nodes.Name) else None


def _attr_issue(found: dict[str, TemplateIssue], attr: str, base: str | None) -> None:
    if attr in _DANGEROUS or (attr.startswith("__") and attr.endswith("__")):
        found.setdefault(
            "attr:" + attr,
            TemplateIssue(
                "critical",
                f"accesses {attr!r}: reaches Python internals (code execution when rendered without a sandbox)",
            ),
        )
    elif attr.startswith("_"):
        found.setdefault(
            "attr:" + attr, TemplateIssue("high", f"accesses private attribute {attr!r}")
        )
    elif (
        base in _HELPERS
        and base not in ("namespace", "range", "dict")
        and attr not in ("next", "reset", "current")
    ):
        found.setdefault(
            f"helper:{base}.{attr}",
            TemplateIssue(
                "high", f"accesses {base}.{attr}: template helper objects lead to Python globals"
            ),
        )


def _raw(source: str) -> list[TemplateIssue]:
    hits = sorted({m.group(0) for m in _RAW.finditer(source)})
    return [TemplateIssue("high", f"template text contains {', '.join(hits[:5])}")] if hits else []
