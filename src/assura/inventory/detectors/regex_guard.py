"""An implied first-character lookahead for a regex (a pure speed-up, never a filter).

:func:`first_char_guard` reads a pattern with the standard library's own parser and
returns ``(?=[...])`` listing every character class a match can start with, or ``""``
when that cannot be worked out exactly (anchors, look-arounds, a possibly empty match,
negated sets...). Put before the pattern, the guard matches wherever the pattern could,
so results do not change; ``re`` then rejects most start positions at once instead of
trying every branch of a long alternation there.
"""

from __future__ import annotations

from typing import Any

from assura.regex_ast import REPEATS, parse

__all__ = ["first_char_guard"]

_CATEGORY_ESCAPES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
}


class _Unknown(Exception):
    """The pattern uses something the analysis does not model: no guard."""


def _char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if not ch.isalnum() else ch


def _in_set(items: list[tuple[Any, Any]]) -> list[str]:
    out: list[str] = []
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.append(_char(av))
        elif name == "RANGE":
            out.append(_char(av[0]) + "-" + _char(av[1]))
        elif name == "CATEGORY" and str(av) in _CATEGORY_ESCAPES:
            out.append(_CATEGORY_ESCAPES[str(av)])
        else:  # NEGATE, odd categories
            raise _Unknown
    return out


def _first(items: Any, icase: bool, cs: list[str], ci: list[str]) -> bool:
    """Add the possible first characters of ``items``; True when it can match empty."""
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            (ci if icase else cs).append(_char(av))
            return False
        if name == "IN":
            (ci if icase else cs).extend(_in_set(av))
            return False
        if name == "SUBPATTERN":
            _group, add, remove, sub = av
            if (add | remove) & ~2:  # only the IGNORECASE flag (2) is modelled
                raise _Unknown
            inner = (icase or bool(add & 2)) and not remove & 2
            if not _first(sub, inner, cs, ci):
                return False
            continue
        if name == "BRANCH":
            empty = False
            for alt in av[1]:
                empty = _first(alt, icase, cs, ci) or empty
            if not empty:
                return False
            continue
        if name in REPEATS:
            lo, _hi, sub = av
            if not _first(sub, icase, cs, ci) and lo > 0:
                return False
            continue
        raise _Unknown  # ANY, anchors, look-arounds, back-references...
    return True


def first_char_guard(pattern: str) -> str:
    """``(?=[...])`` implied by ``pattern`` (a ``str`` pattern without flags), or ``""``."""
    parsed = parse(pattern)
    if parsed is None:
        return ""
    try:
        if parsed.state.flags & ~32:  # anything beyond the default re.UNICODE
            return ""
        cs: list[str] = []
        ci: list[str] = []
        if _first(parsed, False, cs, ci):
            return ""  # the pattern can match the empty string
    except (_Unknown, ImportError, AttributeError, TypeError, ValueError, RecursionError):
        return ""
    parts = []
    if cs:
        parts.append("[" + "".join(dict.fromkeys(cs)) + "]")
    if ci:
        parts.append("(?i:[" + "".join(dict.fromkeys(ci)) + "])")
    return "(?=" + "|".join(parts) + ")" if parts else ""
