"""Many regexes, one pass: which of them can match a text, before ``re`` runs any.

Python's ``re`` tries every position of a text for every pattern; the guard runs a few
hundred patterns over each input. :class:`Prefilter` compiles a *looser* copy of each
pattern into one Hyperscan database and scans the text once: a pattern whose looser copy
does not match cannot match either, and its ``re`` search is skipped. The answers stay
exactly ``re``'s, because the copy only ever matches more:

- counted repeats become ``*`` or ``+`` (``{0,80}`` → ``*``), so Hyperscan builds small
  automata (bounded repeats of classes made it take minutes);
- assertions (``\\b``, ``^``, look-arounds) are dropped, back-references match anything,
  atomic groups are plain groups;
- the text is scanned as ASCII with every other character replaced by ``?``, and every
  part of a pattern that could match a non-ASCII character also matches ``?``.

A pattern the copy cannot be made for (one that ignores case, a construct the parser
gives in a shape not known here) is not in the database (not in
:attr:`Prefilter.covered`): the caller runs it as before. Without Hyperscan (no
wheel for the platform) nothing is covered and every pattern runs as before.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from typing import Any

from assura.presence import _hs
from assura.regex_ast import REPEATS, parse

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


def loose_pattern(regex: re.Pattern[str], *, counts: int = 0) -> bytes | None:
    """A Hyperscan pattern over ASCII-with-``?`` text that matches wherever ``regex``
    matches (and maybe elsewhere); None where no such copy is made. Counted repeats of a
    single character up to ``counts`` stay counted (``\\d{2,4}``), which keeps a copy of
    a digit rule selective; longer ones and repeats of groups become ``*``/``+``."""
    if regex.flags & ~_ALLOWED_FLAGS:
        return None
    parsed = parse(regex.pattern)
    if parsed is None:
        return None
    try:
        if parsed.state.flags & ~_ALLOWED_FLAGS:
            return None
        return _Copier(counts).seq(parsed)
    except (_NoCopy, AttributeError, TypeError, ValueError, RecursionError):
        return None


_ONE_CHAR = frozenset({"LITERAL", "NOT_LITERAL", "ANY", "IN", "CATEGORY"})


class _Copier:
    def __init__(self, counts: int) -> None:
        self.counts = counts

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
        if single and hi <= self.counts:
            return inner + (b"{%d}" % lo if lo == hi else b"{%d,%d}" % (lo, hi))
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
    """A Hyperscan database of the loose copy of each of ``patterns``: ``may_match(i,
    data)`` is False only where pattern ``i`` cannot match the text ``data`` encodes.

    One database per pattern, not one for all: a database of several of the guard's
    patterns was seen to miss a match that each pattern's own database finds (Hyperscan
    0.9.1 wheel, three patterns), and a prefilter that misses a match is worse than none.
    A scan of one small database costs a few microseconds where ``re`` takes tens over
    2 KB; callers ask only for the patterns their cheaper checks left.

    With ``background``, the databases are built in a daemon thread (about a second for
    the guard's own patterns; Hyperscan releases the GIL meanwhile) and every pattern
    may match until they are ready, so that a process that scans once does not wait.
    The answers of the caller are the same either way; only the time differs.
    """

    def __init__(
        self, patterns: Sequence[re.Pattern[str]], *, background: bool = False, counts: int = 0
    ) -> None:
        self._dbs: list[Any] = [None] * len(patterns)
        self._scratch: list[Any] = []  # one per database; each thread clones them
        self._local = threading.local()
        self._done = threading.Event()
        if _hs is None:
            self._done.set()
            return
        copies = [loose_pattern(p, counts=counts) for p in patterns]
        if background:
            threading.Thread(target=self._build, args=(copies,), daemon=True).start()
        else:
            self._build(copies)

    def _build(self, copies: list[bytes | None]) -> None:
        dbs: list[Any] = [None] * len(copies)
        scratch: list[Any] = [None] * len(copies)
        flags = _hs.HS_FLAG_SINGLEMATCH | _hs.HS_FLAG_ALLOWEMPTY
        try:
            for i, copy in enumerate(copies):
                if copy is None:
                    continue
                try:
                    db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
                    db.compile(expressions=[copy], ids=[0], elements=1, flags=[flags])
                except Exception:  # noqa: BLE001 - this pattern runs as before
                    continue
                scratch[i] = _hs.Scratch(db)  # a scratch cannot grow to serve two
                dbs[i] = db
            self._scratch = scratch
            self._dbs = dbs
        except Exception:  # noqa: BLE001 - no databases: every pattern runs as before
            self._dbs = [None] * len(copies)
        finally:
            self._done.set()

    @property
    def covered(self) -> frozenset[int]:
        """Indices of the patterns a database answers for (none until built)."""
        return frozenset(i for i, db in enumerate(self._dbs) if db is not None)

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the databases are built; whether any pattern is covered."""
        self._done.wait(timeout)
        return bool(self.covered)

    @staticmethod
    def encode(text: str) -> bytes:
        """The text as the databases read it: ASCII, every other character a ``?``."""
        return text.encode("ascii", "replace")

    def may_match(self, index: int, data: bytes) -> bool:
        """False only when pattern ``index`` cannot match the text ``data`` encodes."""
        db = self._dbs[index] if index < len(self._dbs) else None
        if db is None:
            return True
        mine = getattr(self._local, "scratch", None)
        if mine is None:
            mine = self._local.scratch = [s.clone() if s else None for s in self._scratch]
        hit: list[int] = []
        try:
            db.scan(data, match_event_handler=lambda *_a: hit.append(1), scratch=mine[index])
        except Exception:  # noqa: BLE001 - e.g. a CPU Hyperscan cannot run on
            return True
        return bool(hit)
