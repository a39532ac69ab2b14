"""A regex read with the standard library's own parser, for exact speed-ups.

Analysers derive cheap facts from their own regexes: the characters a match can start
with (inventory), the digits every match must hold (guard PII). The parser,
``re._parser``, is private to CPython, so it is reached only through :func:`parse`,
which gives None when it is missing or has changed: callers then skip the speed-up and
the results stay the same.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["REPEATS", "parse"]

REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
"""Opcode names of repeats; their argument is ``(min, max, items)``."""


def parse(pattern: str) -> Any | None:
    """The parsed form of ``pattern`` (a sequence of ``(opcode, argument)``), or None."""
    try:
        return importlib.import_module("re._parser").parse(pattern)
    except Exception:  # noqa: BLE001 - a private API: any failure means "no analysis"
        return None
