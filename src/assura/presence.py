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

:func:`present_any_case` answers ``frozenset(w for w in words if w in text.lower())`` from
the same single scan of ``text`` (its words are in the database with Hyperscan's ASCII
case folding), so that a caller need not lower-case the text and scan it a second time.
Only two characters lower-case to ASCII letters (U+0130 and the Kelvin sign): a text
holding one is scanned lower-cased instead, and words that are not ASCII are looked for in
:func:`lowered` text one by one.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterable
from typing import Any

__all__ = [
    "any_case_words",
    "lowered",
    "other_line_breaks",
    "prepare",
    "present",
    "present_any_case",
    "words",
]

_hs: Any
try:  # pragma: no branch - which one runs depends on the platform
    import hyperscan as _hs
except ImportError:  # pragma: no cover - no wheel for this platform: plain ``in`` checks
    _hs = None

_lock = threading.Lock()
# (word, any case) -> pattern id, in order of registration
_known: dict[tuple[str, bool], int] = {}
_sets: set[tuple[frozenset[str], bool]] = set()  # word sets all of whose words are known
# (database, (word, any case) of each pattern id) swapped as one object; None until a scan
_state: dict[str, Any] = {"compiled": None, "generation": 0}
_local = threading.local()  # Hyperscan scratch space is per thread
# characters whose str.lower() holds an ASCII letter although they are not ASCII
_LOWER_TO_ASCII = ("\u0130", "\u212a")


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text.lower()``, computed once per text for all callers."""
    return text.lower()


def words(*items: str | Iterable[str]) -> frozenset[str]:
    """The non-empty words given (strings or iterables of them), registered for the scan.

    Detectors call this once at import or construction, so that the first file is scanned
    for every word; :func:`present` registers an unknown set itself too.
    """
    found = _gather(items)
    _register(found, False)
    return found


def any_case_words(*items: str | Iterable[str]) -> frozenset[str]:
    """As :func:`words`, for :func:`present_any_case`."""
    found = _gather(items)
    _register(found, True)
    return found


def present(text: str, wanted: frozenset[str]) -> frozenset[str]:
    """The words of ``wanted`` that occur in ``text`` (``""`` never asked for)."""
    if (wanted, False) not in _sets:
        _register(wanted, False)
    if _hs is None or _state.get("failed"):
        return frozenset(w for w in wanted if w in text)
    try:
        found = _scan(text, _state["generation"])[0] & wanted
    except Exception:  # noqa: BLE001 - e.g. a CPU Hyperscan cannot run on: plain checks
        _state["failed"] = True
        return frozenset(w for w in wanted if w in text)
    singles = _single_chars(wanted)  # not in the database: `in` finds a character faster
    if singles:
        found |= {c for c in singles if c in text}
    return found


def present_any_case(text: str, wanted: frozenset[str]) -> frozenset[str]:
    """The words of ``wanted`` that occur in ``text.lower()``."""
    if (wanted, True) not in _sets:
        _register(wanted, True)
    if _hs is None or _state.get("failed"):
        low = lowered(text)
        return frozenset(w for w in wanted if w in low)
    # where a character lower-cases to an ASCII letter, the lower-cased text is scanned
    # (every ASCII letter in it is small: folding case there changes nothing)
    scanned = lowered(text) if not text.isascii() and _folds_to_ascii(text) else text
    try:
        found = _scan(scanned, _state["generation"])[1] & wanted
    except Exception:  # noqa: BLE001 - as in present()
        _state["failed"] = True
        low = lowered(text)
        return frozenset(w for w in wanted if w in low)
    odd = _not_ascii(wanted)  # not in the database: Hyperscan folds ASCII letters only
    if odd:
        low = lowered(text)
        found |= {w for w in odd if w in low}
    return found


def other_line_breaks(text: str) -> bool:
    """Whether ``text`` holds a line boundary of ``str.splitlines()`` other than "\\n"
    (a caller that counts lines by "\\n" must split them then)."""
    return bool(present(text, _OTHER_BREAKS))


def prepare() -> None:
    """Build the database for every word registered so far, now instead of at the first
    scan (a caller about to fork workers builds it once, for all of them; Hyperscan
    releases the GIL while it builds, so another thread can work meanwhile)."""
    if _hs is not None and not _state.get("failed"):
        try:
            _compiled()
        except Exception:  # noqa: BLE001 - as in present(): the scans fall back then
            _state["failed"] = True


def _gather(items: tuple[str | Iterable[str], ...]) -> frozenset[str]:
    out: set[str] = set()
    for item in items:
        out.update([item] if isinstance(item, str) else item)
    return frozenset(w for w in out if w)


@functools.lru_cache(maxsize=4)
def _folds_to_ascii(text: str) -> bool:
    """Whether ``text`` holds a character that lower-cases to an ASCII letter (asked by
    several detectors per text; ``str.isascii`` is free, this is a scan)."""
    return any(c in text for c in _LOWER_TO_ASCII)


@functools.lru_cache(maxsize=256)
def _single_chars(wanted: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in wanted if len(w) == 1)


@functools.lru_cache(maxsize=256)
def _not_ascii(wanted: frozenset[str]) -> frozenset[str]:
    return frozenset(w for w in wanted if not w.isascii())


def _in_database(word: str, any_case: bool) -> bool:
    """Exact words all; any-case ones only where case folding is ASCII's: an ASCII word
    written in lower case (one with a capital can never be in a lower-cased text); exact
    words of one character are looked for with ``in``: in the database they matched
    nearly every text, and each match is a call back into Python."""
    if not any_case:
        return len(word) > 1
    return bool(word) and word.isascii() and word == word.lower()


def _register(found: frozenset[str], any_case: bool) -> None:
    with _lock:
        new = [
            (w, any_case)
            for w in sorted(found)
            if _in_database(w, any_case) and (w, any_case) not in _known
        ]
        for key in new:
            _known[key] = len(_known)
        if new:
            _state["compiled"] = None
            _state["generation"] += 1
        _sets.add((found, any_case))


def _compiled() -> tuple[Any, list[tuple[str, bool]]]:
    compiled: tuple[Any, list[tuple[str, bool]]] | None = _state["compiled"]
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
                literal = not any("\x00" in w for w, _ in names)
                one, fold = _hs.HS_FLAG_SINGLEMATCH, _hs.HS_FLAG_CASELESS
                db.compile(
                    expressions=[_utf8(w) if literal else _escaped(w) for w, _ in names],
                    ids=list(range(len(names))),
                    elements=len(names),
                    flags=[one | fold if any_case else one for _, any_case in names],
                    literal=literal,
                )
            _state["compiled"] = (db, names)
        result: tuple[Any, list[tuple[str, bool]]] = _state["compiled"]
        return result


def _utf8(word: str) -> bytes:
    return word.encode("utf-8", "surrogatepass")


def _escaped(word: str) -> bytes:
    """``word`` as a Hyperscan regex that matches exactly its UTF-8 bytes."""
    return b"".join(b"\\x%02x" % b for b in _utf8(word))


@functools.lru_cache(maxsize=8)
def _scan(text: str, generation: int) -> tuple[frozenset[str], frozenset[str]]:
    """Every registered word in ``text``: (exact ones, any-case ones); ``generation`` keys
    the cache to the database."""
    db, names = _compiled()
    if not names:
        return frozenset(), frozenset()
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
    hits = [names[i] for i in ids]
    return (
        frozenset(w for w, any_case in hits if not any_case),
        frozenset(w for w, any_case in hits if any_case),
    )


# the line boundaries of str.splitlines() but "\n" (see other_line_breaks), registered at
# import like any detector's words
_OTHER_BREAKS = words("\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")
