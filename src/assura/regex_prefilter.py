"""Skip a regex that cannot match: a looser RE2 copy of it answers first, in microseconds.

Python's ``re`` tries every position of a text for every pattern; the guard runs a few
hundred patterns over each input, at tens of microseconds each on 2 KB. :class:`Prefilter`
compiles a *looser* copy of each pattern with RE2 (Google's linear-time engine, the
``google-re2`` package), which answers in a few microseconds: a pattern whose looser copy
does not match cannot match either, and its ``re`` search is skipped. The answers stay
exactly ``re``'s, because the copy only ever matches more:

- assertions (``\\b``, ``^``, look-arounds) are dropped, back-references match anything,
  atomic groups are plain groups; counted repeats become ``*`` or ``+`` (``{0,80}`` →
  ``*``) unless ``counts`` keeps short counted runs of one character, or the least count
  of a repeat (``{16,}``, ``(?:..){10,}``) up to ``counts``;
- the text is scanned as ASCII with every other character replaced by ``?``, and every
  part of a pattern that could match a non-ASCII character also matches ``?``.

Why RE2 and not Hyperscan (which :mod:`assura.presence` uses for literal words): the
Hyperscan 0.9.1 wheel missed matches of such copies, in a shared database and, found by
the property tests, in a pattern's own one (``this[ ?]+image.*(?:http|!\\[)`` on "render
this image 000000000000000!["; Vectorscan has open reports of the kind). A prefilter that
misses a match is worse than none. RE2 falls back from its DFA to an NFA when the DFA runs
out of memory, so a search is always answered.

A pattern the copy cannot be made for (one that ignores case, a construct the parser
gives in a shape not known here, one RE2 refuses) is not covered: the caller runs it as
before. Without ``google-re2`` nothing is covered and every pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from assura.regex_ast import REPEATS, parse

try:  # pragma: no branch - present wherever google-re2 has a wheel
    import re2

    _re2: Any = re2
except ImportError:  # pragma: no cover - no wheel for this platform: no prefilter
    _re2 = None

__all__ = ["Prefilter", "loose_pattern"]

_ANY = b"[\\x00-\\xff]"
_Q = ord("?")  # what every non-ASCII character of a text becomes
_ALLOWED_FLAGS = re.UNICODE | re.DOTALL | re.MULTILINE | re.ASCII
"""Global flags the copy is right for (``.`` matches anything in it, ``^``/``$`` are
dropped); any other (IGNORECASE, VERBOSE given outside the pattern) means no copy."""


def _category_bytes() -> dict[str, frozenset[int]]:
    """ASCII characters of each class escape, read off ``re`` itself; ``?`` is added to
    every one, since each also matches some non-ASCII character."""
    out = {}
    for name, esc in (
        ("CATEGORY_DIGIT", r"\d"),
        ("CATEGORY_NOT_DIGIT", r"\D"),
        ("CATEGORY_SPACE", r"\s"),
        ("CATEGORY_NOT_SPACE", r"\S"),
        ("CATEGORY_WORD", r"\w"),
        ("CATEGORY_NOT_WORD", r"\W"),
    ):
        rx = re.compile(esc)
        out[name] = frozenset({b for b in range(128) if rx.fullmatch(chr(b))} | {_Q})
    return out


_CATEGORIES = _category_bytes()


class _NoCopy(Exception):
    """The pattern holds something the loose copy is not made for."""


def loose_pattern(regex: re.Pattern[str], *, counts: int = 0, spans: int = 0) -> bytes | None:
    """An RE2 pattern over ASCII-with-``?`` bytes (Latin-1) that matches wherever
    ``regex`` matches (and maybe elsewhere); None where no such copy is made. Counted repeats of a
    single character up to ``counts`` stay counted (``\\d{2,4}``), which keeps a copy of
    a digit rule selective; any other repeat keeps a least count up to ``counts``
    (``[a-z0-9]{16,}``, ``(?:..){10,}``) and loses its most; a repeat of anything whose
    most is at most ``spans`` stays as it is (``(?:\\S+\\s+){0,3}``: "a verb, then its object
    within three words" stays that); the rest become ``*``/``+``."""
    if regex.flags & ~_ALLOWED_FLAGS:
        return None
    parsed = parse(regex.pattern)
    if parsed is None:
        return None
    try:
        if parsed.state.flags & ~_ALLOWED_FLAGS:
            return None
        return _Copier(counts, spans).seq(parsed)
    except (_NoCopy, AttributeError, TypeError, ValueError, RecursionError):
        return None


_ONE_CHAR = frozenset({"LITERAL", "NOT_LITERAL", "ANY", "IN", "CATEGORY"})


class _Copier:
    def __init__(self, counts: int, spans: int = 0) -> None:
        self.counts = counts
        self.spans = spans

    def seq(self, items: Any) -> bytes:
        return b"".join(self.item(str(op), av) for op, av in items)

    def item(self, op: str, av: Any) -> bytes:
        if op == "LITERAL":
            return _class({av} if av < 128 else {_Q})
        if op == "NOT_LITERAL":
            if av >= 128 or av == _Q:
                return _ANY
            return _class(set(range(256)) - {av})
        if op == "ANY":
            return _ANY
        if op == "IN":
            return _class(_in_bytes(av))
        if op == "CATEGORY":
            return _class(set(_CATEGORIES[str(av)]))
        if op == "BRANCH":
            return b"(?:" + b"|".join(self.seq(alt) for alt in av[1]) + b")"
        if op == "SUBPATTERN":
            _group, add, _del, p = av
            if add & ~_ALLOWED_FLAGS:
                raise _NoCopy(op)
            return b"(?:" + self.seq(p) + b")"
        if op in REPEATS:
            return self.repeat(*av)
        if op in ("AT", "ASSERT", "ASSERT_NOT"):
            return b""
        if op == "GROUPREF":
            return _ANY + b"*"
        if op == "GROUPREF_EXISTS":
            _group, yes, no = av
            return b"(?:" + self.seq(yes) + b"|" + (self.seq(no) if no is not None else b"") + b")"
        if op == "ATOMIC_GROUP":
            return b"(?:" + self.seq(av) + b")"
        raise _NoCopy(op)

    def repeat(self, lo: int, hi: int, p: Any) -> bytes:
        inner = b"(?:" + self.seq(p) + b")"
        if hi == 0:
            return b""
        if hi == 1:
            return inner if lo == 1 else inner + b"?"
        single = len(p) == 1 and str(p[0][0]) in _ONE_CHAR
        if (single and hi <= self.counts) or hi <= self.spans:
            return inner + (b"{%d}" % lo if lo == hi else b"{%d,%d}" % (lo, hi))
        if 1 < lo <= self.counts:  # {16,}, (?:..){10,}: keep the least, drop the most
            return inner + b"{%d,}" % lo
        return inner + (b"+" if lo >= 1 else b"*")


def _in_bytes(items: Any) -> set[int]:
    """The bytes a character class matches in ASCII-with-``?`` text."""
    got: set[int] = set()
    negate = False
    for op, av in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            got.add(av if av < 128 else _Q)
        elif name == "RANGE":
            lo, hi = av
            got.update(range(lo, min(hi, 127) + 1))
            if hi >= 128:
                got.add(_Q)
        elif name == "CATEGORY":
            got.update(_CATEGORIES[str(av)])
        else:
            raise _NoCopy(name)
    if negate:  # every non-ASCII character outside the class is a "?" too
        return (set(range(128)) - got) | {_Q}
    return got


def _class(byts: set[int]) -> bytes:
    if not byts:
        raise _NoCopy("empty class")  # [^\x00-\U0010ffff]: never matches; leave it to re
    if len(byts) >= 256:
        return _ANY
    if len(byts) == 1:
        return b"\\x%02x" % next(iter(byts))
    runs: list[bytes] = []
    for lo, hi in _runs(sorted(byts)):
        runs.append(b"\\x%02x" % lo if lo == hi else b"\\x%02x-\\x%02x" % (lo, hi))
    return b"[" + b"".join(runs) + b"]"


def _runs(values: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for v in values:
        if out and out[-1][1] == v - 1:
            out[-1] = (out[-1][0], v)
        else:
            out.append((v, v))
    return out


class Prefilter:
    """An RE2 regex of the loose copy of each of ``patterns``: ``may_match(i, text)`` is
    False only where pattern ``i`` cannot match ``text``.

    One regex per pattern, asked only for the patterns a caller's cheaper checks left:
    a single RE2 set of all of them was measured 4x slower than no prefilter on novel
    800-character texts (its DFA builds states for every pattern at once), though fast on
    a text it had seen. One regex costs a few microseconds on 2 KB where ``re`` takes tens.
    """

    def __init__(
        self, patterns: Sequence[re.Pattern[str]], *, counts: int = 0, spans: int = 0
    ) -> None:
        self._rx: list[Any] = [None] * len(patterns)
        if _re2 is not None:
            options = _re2.Options()
            options.encoding = _re2.Options.Encoding.LATIN1  # one byte per character
            options.never_capture = True
            options.log_errors = False
            for i, pattern in enumerate(patterns):
                copy = loose_pattern(pattern, counts=counts, spans=spans)
                if copy is None:
                    continue
                try:
                    self._rx[i] = _re2.compile(copy, options)
                except _re2.error:  # e.g. a counted repeat over RE2's limit: runs as before
                    continue
        self.covered = frozenset(i for i, rx in enumerate(self._rx) if rx is not None)
        """Indices of the patterns a copy answers for."""

    @staticmethod
    def encode(text: str) -> bytes:
        """The text as the copies read it: ASCII, every other character a ``?``."""
        return text.encode("ascii", "replace")

    def may_match(self, index: int, text: str | bytes) -> bool:
        """False only when pattern ``index`` cannot match ``text`` (bytes: already
        :meth:`encode`-d, as callers asking for several patterns pass it)."""
        rx = self._rx[index] if index < len(self._rx) else None
        if rx is None:
            return True
        data = self.encode(text) if isinstance(text, str) else text
        return rx.search(data) is not None
