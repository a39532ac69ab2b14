"""YAML that remembers where things were: mappings record the 1-based line of each key.

Used for user-written answers files and catalogs, so every validation error can name
``file:line``. Only the safe YAML subset is constructed (``yaml.SafeLoader`` nodes).
"""

from __future__ import annotations

from typing import Any

import yaml

from assura.errors import ParseError

__all__ = ["LineDict", "LineList", "load_yaml"]

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: much faster
_MAX_BYTES = 2_000_000
_MAX_DEPTH = 40


class LineDict(dict[str, Any]):
    """A dict whose ``lines[key]`` is the line of that key; ``line`` is the mapping's own."""

    line: int
    lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.lines.get(key, self.line)


class LineList(list[Any]):
    line: int
    lines: list[int]


def load_yaml(text: str, path: str) -> Any:
    """Parse ``text`` (named ``path`` in errors) into LineDict/LineList/scalars."""
    if len(text.encode("utf-8", "replace")) > _MAX_BYTES:
        raise ParseError(f"file larger than {_MAX_BYTES} bytes", path=path)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark is not None else None
        raise ParseError(f"not valid YAML: {exc.problem}", path=path, line=line) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise ParseError(f"not valid YAML: {exc}", path=path) from None
    if node is None:
        return None
    return _convert(node, path, 0)


def _convert(node: yaml.Node, path: str, depth: int) -> Any:
    line = node.start_mark.line + 1
    if depth > _MAX_DEPTH:
        raise ParseError("nesting too deep", path=path, line=line)
    if isinstance(node, yaml.MappingNode):
        out = LineDict()
        out.line = line
        out.lines = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, path)
            if not isinstance(key, str):
                key = str(key)
            if key in out:
                raise ParseError(
                    f"duplicate key {key!r}", path=path, line=key_node.start_mark.line + 1
                )
            out[key] = _convert(value_node, path, depth + 1)
            out.lines[key] = key_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = LineList()
        seq.line = line
        seq.lines = []
        for item in node.value:
            seq.append(_convert(item, path, depth + 1))
            seq.lines.append(item.start_mark.line + 1)
        return seq
    return _scalar(node, path)


def _scalar(node: yaml.Node, path: str) -> Any:
    if not isinstance(node, yaml.ScalarNode):
        raise ParseError(
            "a mapping key must be a plain value", path=path, line=node.start_mark.line + 1
        )
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
        raise ParseError(f"bad value: {exc}", path=path, line=node.start_mark.line + 1) from None
    finally:
        loader.dispose()
