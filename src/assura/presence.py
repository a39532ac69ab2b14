"""Which of many literal words occur in a text: one pass for every detector's pre-checks.

Detectors rule most files out with ``any(w in text for w in WORDS)``; each ``in`` is a
full scan of the text, and over a big tree those scans cost more than the detection
itself. :func:`present` answers all of them at once: every word a detector asked for is
compiled into one Hyperscan database, a text is scanned once (the answer is kept for the
few texts in flight) and each call gets the subset of its own words that occur.

The answer is exactly ``frozenset(w for w in words if w in text)``. The text and the words
are compared as UTF-8 (surrogates passed through): a UTF-8 sequence can only match at a
character boundary, so a byte match is a character match. Without Hyperscan (no wheel
for the platform, or a CPU it cannot run on) the same answer comes from the ``in``
checks themselves.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from typing import Any

__all__ = ["present", "words"]

_hs: Any
try:  # pragma: no branch - which one runs depends on the platform
    import hyperscan as _hs
except ImportError:  # pragma: no cover - no wheel for this platform: plain ``in`` checks
    _hs = None

_lock = threading.Lock()
_known: dict[str, int] = {}  # word -> pattern id, in order of registration
_sets: set[frozenset[str]] = set()  # word sets whose words are all in _known
# (database, word of each pattern id) swapped as one object; None until the next scan
_state: dict[str, Any] = {"compiled": None, "generation": 0}
_local = threading.local()  # Hyperscan scratch space is per thread


def words(*items: str | Iterable[str]) -> frozenset[str]:
    """The non-empty words given (strings or iterables of them), registered for the scan.

    Detectors call this once at import or construction, so that the first file is scanned
    for every word; :func:`present` registers an unknown set itself too.
    """
    out: set[str] = set()
    for item in items:
        out.update([item] if isinstance(item, str) else item)
    found = frozenset(w for w in out if w)
    _register(found)
    return found


def present(text: str, wanted: frozenset[str]) -> frozenset[str]:
    """The words of ``wanted`` that occur in ``text`` (``""`` never asked for)."""
    if wanted not in _sets:
        _register(wanted)
    if _hs is None or _state.get("failed"):
        return frozenset(w for w in wanted if w in text)
    try:
        return _scan(text, _state["generation"]) & wanted
    except Exception:  # noqa: BLE001 - e.g. a CPU Hyperscan cannot run on: plain checks
        _state["failed"] = True
        return frozenset(w for w in wanted if w in text)


def _register(found: frozenset[str]) -> None:
    with _lock:
        new = [w for w in sorted(found) if w and w not in _known]
        for w in new:
            _known[w] = len(_known)
        if new:
            _state["compiled"] = None
            _state["generation"] += 1
        _sets.add(found)


def _compiled() -> tuple[Any, list[str]]:
    compiled: tuple[Any, list[str]] | None = _state["compiled"]
    if compiled is not None:
        return compiled
    with _lock:
        if _state["compiled"] is None:
            assert _hs is not None
            names = list(_known)  # in id order: ids are given in order of registration
            db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
            if names:
                # the literal compiler (several times faster to build) takes C strings:
                # a word holding NUL goes through the regex one, as escaped bytes
                literal = not any("\x00" in w for w in names)
                db.compile(
                    expressions=[_utf8(w) if literal else _escaped(w) for w in names],
                    ids=list(range(len(names))),
                    elements=len(names),
                    flags=[_hs.HS_FLAG_SINGLEMATCH] * len(names),
                    literal=literal,
                )
            _state["compiled"] = (db, names)
        result: tuple[Any, list[str]] = _state["compiled"]
        return result


def _utf8(word: str) -> bytes:
    return word.encode("utf-8", "surrogatepass")


def _escaped(word: str) -> bytes:
    """``word`` as a Hyperscan regex that matches exactly its UTF-8 bytes."""
    return b"".join(b"\\x%02x" % b for b in _utf8(word))


@functools.lru_cache(maxsize=8)
def _scan(text: str, generation: int) -> frozenset[str]:
    """Every registered word in ``text`` (``generation`` keys the cache to the database)."""
    db, names = _compiled()
    if not names:
        return frozenset()
    scratch = getattr(_local, "scratch", None)
    if scratch is None or getattr(_local, "db", None) is not db:
        scratch = _hs.Scratch(db)
        _local.scratch, _local.db = scratch, db
    ids: list[int] = []
    db.scan(
        _utf8(text),
        match_event_handler=lambda i, _s, _e, _f, _c: ids.append(i),
        scratch=scratch,
    )
    return frozenset(names[i] for i in ids)
