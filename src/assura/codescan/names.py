"""Dotted names of expressions, without resolution (shared by symbols and guards)."""

from __future__ import annotations

import ast

__all__ = ["raw_name"]


def raw_name(expr: ast.expr) -> str | None:
    """The dotted text of ``expr`` without any resolution (``self.llm_chain.predict``)."""
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        base = raw_name(expr.value)
        return None if base is None else f"{base}.{expr.attr}"
    if isinstance(expr, ast.Call):
        base = raw_name(expr.func)
        return None if base is None else f"{base}()"
    if isinstance(expr, ast.Subscript):
        base = raw_name(expr.value)
        return None if base is None else f"{base}[]"
    return None
