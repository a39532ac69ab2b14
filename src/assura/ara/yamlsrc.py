"""YAML reading that keeps line numbers, so every error can name ``file:line``.

:func:`load_yaml` composes the YAML node tree (safe: no tags beyond the core schema),
turns it into plain Python values and records the line of every value by its path
(``("components", 2, "type")``). Duplicate keys, non-scalar keys, excessive nesting and
oversize files are errors rather than silently accepted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assura.errors import InputNotFound, ParseError

__all__ = ["LineMap", "YamlDoc", "load_yaml", "load_yaml_text"]

MAX_BYTES = 8 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 1_000_000  # bounds alias expansion ("billion laughs")

PathKey = tuple[str | int, ...]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: same marks
_STR = "tag:yaml.org,2002:str"


@dataclass(frozen=True, slots=True)
class LineMap:
    """Line (1-based) of each value, keyed by its path from the document root."""

    lines: dict[PathKey, int] = field(default_factory=dict)

    def line(self, path: Sequence[str | int]) -> int | None:
        """The line of ``path`` or of its nearest recorded ancestor."""
        key = tuple(path)
        while True:
            if key in self.lines:
                return self.lines[key]
            if not key:
                return None
            key = key[:-1]


@dataclass(frozen=True, slots=True)
class YamlDoc:
    data: Any
    lines: LineMap
    path: str

    def error(self, message: str, at: Sequence[str | int] = ()) -> ParseError:
        return ParseError(message, path=self.path, line=self.lines.line(at))


def load_yaml(path: str | Path) -> YamlDoc:
    p = Path(path)
    if not p.is_file():
        raise InputNotFound(f"{p}: no such file")
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise ParseError(f"file too large ({size} bytes, limit {MAX_BYTES})", path=str(p))
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ParseError(f"not UTF-8 text ({exc.reason})", path=str(p)) from None
    return load_yaml_text(text, str(p))


def load_yaml_text(text: str, name: str = "<string>") -> YamlDoc:
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "malformed YAML"
        raise ParseError(f"malformed YAML: {problem}", path=name, line=line) from None
    except yaml.YAMLError as exc:
        raise ParseError(f"malformed YAML: {exc}", path=name) from None
    lines: dict[PathKey, int] = {}
    if node is None:
        return YamlDoc(None, LineMap(lines), name)
    builder = _Builder(name, lines)
    data = builder.build(node, (), 0)
    return YamlDoc(data, LineMap(lines), name)


class _Builder:
    def __init__(self, name: str, lines: dict[PathKey, int]) -> None:
        self.name = name
        self.lines = lines
        self.constructor = yaml.constructor.SafeConstructor()
        self.count = 0

    def build(self, node: yaml.Node, path: PathKey, depth: int) -> Any:
        line = node.start_mark.line + 1
        self.count += 1
        if self.count > MAX_NODES:
            raise ParseError(
                f"more than {MAX_NODES} values (alias expansion?)", path=self.name, line=line
            )
        if depth > MAX_DEPTH:
            raise ParseError(f"nesting deeper than {MAX_DEPTH} levels", path=self.name, line=line)
        self.lines.setdefault(path, line)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                kline = key_node.start_mark.line + 1
                if not isinstance(key_node, yaml.ScalarNode):
                    raise ParseError("mapping keys must be scalars", path=self.name, line=kline)
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise ParseError(
                        "YAML merge keys (<<) are not supported", path=self.name, line=kline
                    )
                key = str(self._scalar(key_node))
                if key in out:
                    raise ParseError(f"duplicate key {key!r}", path=self.name, line=kline)
                self.lines[(*path, key)] = kline
                out[key] = self.build(value_node, (*path, key), depth + 1)
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(n, (*path, i), depth + 1) for i, n in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        raise ParseError("unsupported YAML node", path=self.name, line=line)  # pragma: no cover

    def _scalar(self, node: yaml.ScalarNode) -> Any:
        if node.tag == _STR:  # the common case, without the constructor's overhead
            return node.value
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.YAMLError as exc:
            raise ParseError(
                f"bad scalar: {exc}", path=self.name, line=node.start_mark.line + 1
            ) from None
