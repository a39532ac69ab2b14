"""The literal strings a regex cannot match without: a provably safe pre-check.

:func:`needed_literals` reads a pattern with the standard library's own parser and
returns a set of strings such that every match contains at least one of them (as a
substring of the matched text), or None when no such set can be worked out (a possibly
empty match, case-insensitive parts, classes only...). A text that holds none of them
cannot match, so a detector may skip the regex, or the whole rule, on that text.
:func:`needed_literal_sets` gives several such sets at once (every match holds a string
of each), and :func:`needed_literal_alternatives` one conjunction per branch of a pattern
that is a single alternation; the guard's patterns, PII rules and the inventory's
detectors use them (with :mod:`assura.presence` answering which strings a text holds).
"""

from __future__ import annotations

import re
from typing import Any

from assura.regex_ast import REPEATS, parse

__all__ = [
    "leading_literal",
    "needed_literal_alternatives",
    "needed_literal_sets",
    "needed_literals",
]

_Need = frozenset[str] | None


Regex = str | re.Pattern[str]
"""A pattern string, or a compiled pattern (whose IGNORECASE flag then counts too)."""


_UNKNOWN = (ImportError, AttributeError, TypeError, ValueError, RecursionError)
"""What reading a parse may raise when ``re``'s private parser has changed: no analysis."""


def _parsed(pattern: Regex) -> Any | None:
    """The parse of a case-sensitive pattern; None for one that ignores case (the needs
    are case-sensitive strings) or that cannot be read."""
    if isinstance(pattern, re.Pattern):
        if pattern.flags & re.IGNORECASE:
            return None
        pattern = pattern.pattern
    parsed = parse(pattern)
    try:
        return None if parsed is None or parsed.state.flags & re.IGNORECASE else parsed
    except _UNKNOWN:
        return None


def needed_literals(pattern: Regex) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None if unknown."""
    parsed = _parsed(pattern)
    try:
        need = None if parsed is None else _sequence(parsed, False)
    except _UNKNOWN:
        return None
    return None if need is None else _minimal(need)


def leading_literal(pattern: Regex) -> str:
    """The literal every match of ``pattern`` starts with (``""`` where none is known): a
    caller may then try the regex only where that literal stands."""
    parsed = _parsed(pattern)
    if parsed is None:
        return ""
    out: list[str] = []
    try:
        for op, av in parsed:
            if str(op) != "LITERAL":
                break
            out.append(chr(av))
    except _UNKNOWN:
        return ""
    return "".join(out)


def needed_literal_sets(pattern: Regex, most: int = 3) -> tuple[frozenset[str], ...]:
    """Up to ``most`` sets, each of which every match of ``pattern`` holds a string of.

    A conjunction of :func:`needed_literals`: the pattern's top-level items must all match,
    so the need of each holds at once (``ignore … instructions`` needs a verb AND a noun).
    A text lacking every string of any one set cannot match. Empty when nothing is known.
    """
    parsed = _parsed(pattern)
    try:
        return () if parsed is None else _conjunction(parsed, most)
    except _UNKNOWN:
        return ()


def needed_literal_alternatives(
    pattern: Regex, most: int = 3
) -> tuple[tuple[frozenset[str], ...], ...]:
    """For a pattern that is one alternation (``\\b(?:A|B|C)``), the
    :func:`needed_literal_sets` of each alternative: a text can match only if it holds a
    string of every set of some alternative. Any other pattern gives one alternative.
    Empty when some alternative has no known need (then nothing may be skipped).
    """
    parsed = _parsed(pattern)
    if parsed is None:
        return ()
    try:
        alts = _top_alternatives(parsed)
        out = tuple(_conjunction(alt, most) for alt in (alts if alts is not None else [parsed]))
    except _UNKNOWN:
        return ()
    return () if any(not conj for conj in out) else out


_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})


def _top_alternatives(parsed: Any) -> list[Any] | None:
    """The alternatives of the one BRANCH a pattern consists of (zero-width items aside,
    which only narrow where it matches), or None for any other shape."""
    items = [(str(op), av) for op, av in parsed]
    rest = [(op, av) for op, av in items if op not in _ZERO_WIDTH]
    if len(rest) != 1:
        return None
    op, av = rest[0]
    if op == "SUBPATTERN":
        _group, add, remove, sub = av
        if add & 2 or remove & 2:
            return None
        inner = [(str(o), a) for o, a in sub]
        if len(inner) != 1:
            return None
        op, av = inner[0]
    if op != "BRANCH":
        return None
    return list(av[1])


def _conjunction(items: Any, most: int) -> tuple[frozenset[str], ...]:
    seen: list[tuple[frozenset[str] | None, _Need]] = []
    best = _walk(items, False, seen)[1]
    found: list[frozenset[str]] = []
    for cand in (best, *(c for pair in seen for c in pair)):
        if cand is not None and "" not in cand:
            need = _minimal(cand)  # two sets may become one ("instructions?" → "instruction")
            if need not in found:
                found.append(need)
    found.sort(key=lambda s: (-min(len(w) for w in s), len(s)))
    return tuple(found[:most])


def _minimal(need: frozenset[str]) -> frozenset[str]:
    """Drop strings that hold another string of the set (that one occurs whenever they do)."""
    return frozenset(s for s in need if not any(t != s and t in s for t in need))


_CAP = 64  # most strings an exact set may hold (products grow fast)


def _better(a: _Need, b: _Need) -> _Need:
    """The more selective of two needs (longer shortest string, then fewer strings)."""
    if b is None or "" in b:
        return a
    if a is None:
        return b
    ka = (min(len(s) for s in a), -len(a))
    kb = (min(len(s) for s in b), -len(b))
    return b if kb > ka else a


def _sequence(items: Any, icase: bool) -> _Need:
    """Every item of a sequence is matched, so the need of any one of them holds."""
    return _walk(items, icase)[1]


def _walk(
    items: Any, icase: bool, seen: list[tuple[frozenset[str] | None, _Need]] | None = None
) -> tuple[frozenset[str] | None, _Need]:
    """(every string the sequence can match, if few; its need); ``seen`` collects the
    (exact, need) of each item.

    A run of items with exact sets matches one string of their product, so that product
    is a need as well (unless it holds the empty string).
    """
    best: _Need = None
    whole: frozenset[str] | None = frozenset({""})
    window: frozenset[str] | None = frozenset({""})
    for op, av in _merge_literals(items, icase):
        exact, need = _item(str(op), av, icase)
        if seen is not None:
            seen.append((exact, need))
        best = _better(best, need)
        if exact is None:
            ends = _repeat_ends(str(op), av, icase)
            if ends is not None and window is not None:
                # a repeat of an exact part starts and ends with one copy of it
                best = _better(best, _product(window, ends))
            best = _better(best, window)
            window = ends if ends is not None else frozenset({""})
            whole = None
            continue
        best = _better(best, exact)
        if whole is not None:
            whole = _product(whole, exact)
        grown = _product(window, exact) if window is not None else None
        if grown is None:  # too many: keep what the window had, start again here
            best = _better(best, window)
            grown = exact
        window = grown
    best = _better(best, window)
    return whole, best


def _repeat_ends(name: str, av: Any, icase: bool) -> frozenset[str] | None:
    """For a repeat (at least once) of an exact part: its strings, which every match of the
    repeat starts and ends with; else None."""
    if name not in REPEATS or av[0] < 1:
        return None
    exact = _walk(av[2], icase)[0]
    return exact if exact and "" not in exact else None


def _product(a: frozenset[str], b: frozenset[str]) -> frozenset[str] | None:
    if len(a) * len(b) > _CAP:
        return None
    return frozenset(x + y for x in a for y in b)


def _merge_literals(items: Any, icase: bool) -> list[tuple[Any, Any]]:
    """The items with each run of plain characters as one ``_TEXT`` item (one product
    per word instead of one per character: patterns full of words load 10x faster)."""
    out: list[tuple[Any, Any]] = []
    run: list[str] = []
    for op, av in items:
        if str(op) == "LITERAL" and not icase:
            run.append(chr(av))
            continue
        if run:
            out.append(("_TEXT", "".join(run)))
            run = []
        out.append((op, av))
    if run:
        out.append(("_TEXT", "".join(run)))
    return out


def _item(name: str, av: Any, icase: bool) -> tuple[frozenset[str] | None, _Need]:
    """(every string the item can match, if few and known; its need)."""
    if name == "_TEXT":
        return frozenset({av}), None
    if name == "LITERAL":
        return (None, None) if icase else (frozenset({chr(av)}), None)
    if name == "IN":
        return (None, None) if icase else (_chars(av), None)
    if name == "SUBPATTERN":
        _group, add, remove, sub = av
        return _walk(sub, (icase or bool(add & 2)) and not remove & 2)
    if name == "ATOMIC_GROUP":
        return _walk(av, icase)
    if name == "BRANCH":
        exact: set[str] | None = set()
        found: set[str] | None = set()
        for alt in av[1]:
            alt_exact, alt_need = _walk(alt, icase)
            if alt_need is None or "" in alt_need:
                found = None  # one way through needs nothing
            elif found is not None:
                found |= alt_need
            if alt_exact is None or exact is None:
                exact = None
            else:
                exact |= alt_exact
        if exact is not None and len(exact) > _CAP:
            exact = None
        return (
            frozenset(exact) if exact is not None else None,
            frozenset(found) if found is not None else None,
        )
    if name in REPEATS:
        lo, hi, sub = av
        inner_exact, inner_need = _walk(sub, icase)
        need = inner_need if lo >= 1 else None
        if inner_exact is not None and (lo, hi) == (0, 1):
            return inner_exact | {""}, need
        if inner_exact is not None and (lo, hi) == (1, 1):
            return inner_exact, need
        return None, need
    return None, None  # any, categories, anchors, look-arounds, back-references


def _chars(items: Any) -> frozenset[str] | None:
    """The characters of a small class without negation or categories, else None."""
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _CAP:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return frozenset(out) if 0 < len(out) <= _CAP else None
