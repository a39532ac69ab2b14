"""Texts about attacks: security write-ups, red-team reports, essays, awareness training.

The commonest false positive of an injection detector is not a stray "ignore": it is a
text that is about prompt injection. A bug report says the bot "revealed its system
prompt when asked to repeat the text above", a newsletter says "jailbreak prompts like
DAN make the model adopt a persona with no rules", an essay answers a classmate who wants
"an AI with no rules". Their sentences describe the attack in the attack's own words; the
n-gram classifier scores them as the attack, and the pattern layer's discount for quoted
mentions (:mod:`assura.guard.mentions`) does not reach a description.

What gives such a text away is its vocabulary: the words of two or more concepts of the
field (prompt injection, attackers, red teams, vulnerabilities, mitigations, OWASP), at
least one of them talk of attacks rather than of security in general. An injection rarely
uses them; :class:`Discussion` finds them, and the scanner weighs the text's injection
evidence by :attr:`Discussion.weight`. The concepts are data
(``catalogs/guard/discussion.yaml``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

from assura.guard.catalog import build_catalog
from assura.guard.mentions import mention_spans
from assura.regex_prefilter import Prefilter

__all__ = ["DISCUSSION_RESOURCE", "Discussion", "load_discussion"]

DISCUSSION_RESOURCE = "discussion.yaml"
_CJK = "\u2e80"  # from here on, scripts written without spaces between words


class Discussion:
    """The concepts, each compiled into its own regexes behind an RE2 copy."""

    def __init__(
        self,
        terms: Mapping[str, Sequence[str]],
        core: Collection[str],
        unless: Sequence[str] = (),
        *,
        min_terms: int = 2,
        weight: float = 0.7,
        gate: bool = True,
    ) -> None:
        """``gate``: ask each concept's RE2 copy first (the answers are the same either
        way; off, every text runs the ``re`` searches)."""
        if not terms or any(not alts for alts in terms.values()):
            raise ValueError("every concept needs at least one term")
        unknown = sorted(set(core) - set(terms))
        if unknown or not core:
            raise ValueError(f"core concepts must be among the terms: {unknown or 'none given'}")
        if min_terms < 1 or not 0.0 <= weight <= 1.0:
            raise ValueError("min_terms must be at least 1 and weight within 0..1")
        self.names = tuple(terms)
        self.core = frozenset(core)
        self.min_terms = min_terms
        self.weight = weight
        # per concept: its terms in spaced scripts (on word boundaries), and those in
        # scripts without spaces, asked only of a text that is not ASCII (one alternation
        # of both was measured 10x slower: no literal prefix for ``re`` to skip ahead on)
        self._rx = [_compile([t for t in alts if not _unspaced(t)]) for alts in terms.values()]
        self._cjk = [_compile([t for t in alts if _unspaced(t)]) for alts in terms.values()]
        self._core = [i for i, n in enumerate(self.names) if n in self.core]
        # RE2 copies answer "not this concept" in microseconds; ``re`` runs only after them
        both = [re.compile("|".join(_bounded(t) for t in alts)) for alts in terms.values()]
        self._pre = Prefilter(both if gate else [])
        self._unless = re.compile("|".join(f"(?:{u})" for u in unless)) if unless else None

    def concepts(self, text: str) -> tuple[str, ...]:
        """The concepts whose words ``text`` (normalised) uses, in order of first use;
        empty where it uses no core concept."""
        enc = self._pre.encode(text)
        maybe = [i for i in range(len(self.names)) if self._pre.may_match(i, enc)]
        if not any(i in maybe for i in self._core):
            return ()
        spaced_only = text.isascii()
        found = []
        for i in maybe:
            at = [
                m.start()
                for rx in (self._rx[i], None if spaced_only else self._cjk[i])
                if rx is not None and (m := rx.search(text)) is not None
            ]
            if at:
                found.append((min(at), i))
        if not any(i in self._core for _, i in found):
            return ()
        return tuple(self.names[i] for _, i in sorted(found))

    def about_attacks(self, text: str) -> tuple[str, ...]:
        """The concepts that make ``text`` (normalised) a text about attacks, or () where
        it is not: too few of them, or an ``unless`` regex matches outside a quoted mention
        (the text asks the model to be the demonstration)."""
        found = self.concepts(text)
        if len(found) < self.min_terms:
            return ()
        if self._unless is not None:
            asks = [(m.start(), m.end()) for m in self._unless.finditer(text)]
            if asks:
                quoted = mention_spans(text)
                if not all(any(x <= a and b <= y for x, y in quoted) for a, b in asks):
                    return ()
        return found


def _unspaced(term: str) -> bool:
    return any(c >= _CJK for c in term)


def _bounded(term: str) -> str:
    """The term on word boundaries, except in scripts that put no spaces between words."""
    return f"(?:{term})" if _unspaced(term) else rf"\b(?:{term})\b"


def _compile(terms: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(_bounded(t) for t in terms)) if terms else None


def load_discussion(path: Path | None = None) -> Discussion:
    """The shipped concepts (built once per process), or those in ``path``."""
    return _shipped() if path is None else _load(path)


@functools.cache
def _shipped() -> Discussion:
    return _load(None)


def _load(path: Path | None) -> Discussion:
    return build_catalog(path, DISCUSSION_RESOURCE, "discussion terms", "terms", _from_doc)


def _from_doc(doc: dict[str, Any]) -> Discussion:
    return Discussion(
        {str(k): [str(t) for t in v or []] for k, v in doc["terms"].items()},
        [str(c) for c in doc.get("core") or []],
        [str(u) for u in doc.get("unless") or []],
        min_terms=int(doc.get("min_terms", 2)),
        weight=float(doc.get("weight", 0.7)),
    )
