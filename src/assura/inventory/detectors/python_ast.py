"""One parse of a Python text for every detector that needs its syntax tree.

The package detectors (imports) and the asset detectors (model ids, datasets, MCP servers
in code) read the same files; parsing is the most expensive thing they do, so the parse
and the node walk are cached per text here, where both families can reach them.
"""

from __future__ import annotations

import ast
import functools
import warnings

__all__ = ["MAX_AST_CHARS", "parse_python", "py_nodes", "walk_nodes"]

MAX_AST_CHARS = 3_000_000


@functools.lru_cache(maxsize=4)
def parse_python(text: str) -> ast.Module | None:
    """``ast.parse`` that never raises (None on syntax errors or absurd input) and never
    prints the warnings (invalid escapes, ...) that compiling someone's code can raise."""
    if len(text) > MAX_AST_CHARS:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return None


@functools.lru_cache(maxsize=4)
def py_nodes(text: str) -> tuple[ast.AST, ...]:
    """Every AST node of ``text`` from one walk, shared by the detectors (empty if unparsable)."""
    tree = parse_python(text)
    return walk_nodes(tree) if tree is not None else ()


def walk_nodes(tree: ast.AST) -> tuple[ast.AST, ...]:
    """The nodes of ``tree`` in exactly ``ast.walk``'s order (breadth first), about twice
    as fast: the generic field iteration of ``ast.iter_child_nodes`` is done inline."""
    out: list[ast.AST] = [tree]
    append, extend, node_type = out.append, out.extend, ast.AST
    for node in out:  # the list iterator also visits the nodes appended meanwhile
        for name in node._fields:
            value = getattr(node, name, None)
            if isinstance(value, node_type):
                append(value)
            elif isinstance(value, list) and value:
                extend([item for item in value if isinstance(item, node_type)])
    return tuple(out)
