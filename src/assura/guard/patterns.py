"""The fast pattern layer: weighted regexes from ``catalogs/guard/injection_patterns.yaml``.

Patterns are data (users may pass their own file) and run on normalised text. A match
that is quoted rather than issued counts for less: inside quotes in a text that discusses
attacks ("what is the 'ignore previous instructions' attack?"), or inside a quote that
follows a word in any language ("hid the sentence '…'", "Anweisungen wie „…“",
:mod:`assura.guard.mentions`). Write-ups and training material quote the attacks they
discuss: that is the commonest hard negative.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assura.errors import ParseError
from assura.guard import word_patterns
from assura.guard.catalog import read_yaml, source_name
from assura.guard.language import ENGLISH_WORDS
from assura.guard.mentions import mention_spans
from assura.presence import present, words
from assura.regex_needs import needed_literal_alternatives
from assura.regex_prefilter import Prefilter

__all__ = ["Pattern", "PatternHit", "PatternSet", "load_patterns"]

PATTERNS_RESOURCE = "injection_patterns.yaml"
WORDS_RESOURCE = "injection_words.yaml"
"""Per-language word lists the shipped set also compiles (:mod:`assura.guard.word_patterns`)."""

_DISCUSSION = re.compile(
    r"\b(?:what\s+is|what\s+are|what\s+does|how\s+(?:do|can|should|to|would|does)|explain|"
    r"defen[cs]e|defend|protect|detect(?:ion|s)?|prevent|mitigat\w*|example\s+of|attacks?|"
    r"filter|classifier|translate|unit\s+test|research|paper|training|awareness)\b"
)
_QUOTES = "\"'`“”‘’«»「」"
_DAMPEN = 0.45
UNLESS_SPAN = 100
SPANS = 4
"""The prefilter keeps repeats of at most this many ("a verb, then its object within three
words"): a copy that let them run the whole text passed on most English prompts."""
# Patterns tagged with these languages need non-Latin letters (skipped on ASCII text).
_NON_LATIN = frozenset({"zh", "ja", "ru", "nonlatin"}) | word_patterns.NON_LATIN


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    lang: str
    weight: float
    regex: re.Pattern[str]
    indirect: bool = False
    needs: tuple[tuple[frozenset[str], ...], ...] = ()
    """Per alternative, sets of strings: every match holds one string of each set of some
    alternative (set by :class:`PatternSet`; empty: unknown, never skipped)."""
    word_start: bool = False
    """Every needed string starts a word in any match (the Latin-script word-list
    patterns): the gate may then ignore strings found only inside words."""
    whole: frozenset[str] = frozenset()
    """Needed strings that any match holds as whole words (with ``word_start``)."""
    unless: re.Pattern[str] | None = None
    """Found within :data:`UNLESS_SPAN` characters of a match, it makes the match ordinary
    ("developer mode" beside "Android" or "Xcode")."""
    content_only: bool = False
    """Evidence only in a document or tool result ("delete all my e-mails" is what a user
    asks an agent for, and what content must not tell it)."""


@dataclass(frozen=True, slots=True)
class PatternHit:
    pattern: Pattern
    start: int
    end: int
    score: float
    excerpt: str


class PatternSet:
    """A compiled list of patterns; ``hits(text)`` returns the best hit per pattern."""

    def __init__(
        self,
        patterns: Iterable[Pattern],
        *,
        gate: bool = True,
        prefilter: Callable[[Pattern], bool] | None = None,
    ) -> None:
        """``gate``: skip a regex on texts its own parse proves it cannot match (the strings
        every match holds, :mod:`assura.regex_needs`); the hits are the same either way.
        ``prefilter`` picks the patterns whose loose RE2 copy is asked before the regex
        runs, after the literal gate (:mod:`assura.regex_prefilter`); all by default,
        with ``gate``."""
        self.patterns = tuple(
            replace(p, needs=(p.needs or needed_literal_alternatives(p.regex)) if gate else ())
            for p in patterns
        )
        # every need's strings, looked up in one pass over the text (assura.presence)
        self._words = words(*(need for p in self.patterns for alt in p.needs for need in alt))
        # string -> the patterns that need it: a pattern can match a text only if, for one
        # of its alternatives, the text holds a string of each of its sets; so each
        # alternative is indexed by one set, the one of longest (likely rarest) strings, and
        # only the patterns of the strings found are looked at
        by_word: dict[str, set[int]] = {}
        always: set[int] = set()
        for i, p in enumerate(self.patterns):
            if not p.needs or not all(alt and all(alt) for alt in p.needs):
                always.add(i)  # a pattern with no known string is looked at on every text
                continue
            for alt in p.needs:
                for w in max(alt, key=lambda need: (min(map(len, need)), -len(need))):
                    by_word.setdefault(w, set()).add(i)
        self._by_word = {w: frozenset(ix) for w, ix in by_word.items()}
        self._always = frozenset(always)
        # the strings whose place in a word matters (those of word_start patterns)
        self._start_words = frozenset(
            w for p in self.patterns if p.word_start for alt in p.needs for n in alt for w in n
        )
        # pattern index -> index in the prefilter (the patterns it was built for)
        self._in_prefilter: dict[int, int] = {}
        self.prefilter: Prefilter | None = None
        if gate:
            pick = prefilter or (lambda _p: True)
            chosen = [i for i, p in enumerate(self.patterns) if pick(p)]
            if chosen:
                self._in_prefilter = {i: k for k, i in enumerate(chosen)}
                self.prefilter = Prefilter([self.patterns[i].regex for i in chosen], spans=SPANS)

    def hits(self, text: str, *, content: bool = True) -> list[PatternHit]:
        """The best hit per pattern; ``content=False`` (a user's own turn) leaves out the
        ``content_only`` patterns."""
        out: list[PatternHit] = []
        discussion: bool | None = None
        mentions: list[tuple[int, int]] | None = None
        ascii_text = text.isascii()
        found = present(text, self._words) if self._words else frozenset()
        starts: tuple[frozenset[str], frozenset[str]] | None = None
        encoded: bytes | None = None
        disjoint = found.isdisjoint
        candidates = set(self._always)
        for w in found:
            candidates.update(self._by_word.get(w, ()))
        for i in sorted(candidates):
            p = self.patterns[i]
            if p.content_only and not content:
                continue
            if ascii_text and p.lang in _NON_LATIN:
                continue  # these patterns need Cyrillic or CJK characters
            if p.needs and all(any(map(disjoint, alt)) for alt in p.needs):
                continue  # each alternative lacks a string: cheaper than letting the regex find out
            if p.word_start and p.needs:
                if starts is None:
                    starts = _word_starts(text, found & self._start_words)
                begin, whole = starts
                have = (begin - p.whole) | (whole & p.whole)
                if all(any(map(have.isdisjoint, alt)) for alt in p.needs):
                    continue  # the words are there only inside other words
            k = self._in_prefilter.get(i)
            if k is not None and self.prefilter is not None:
                if encoded is None:
                    encoded = self.prefilter.encode(text)
                if not self.prefilter.may_match(k, encoded):
                    continue  # its loose copy does not match: neither can the regex
            m = p.regex.search(text)
            if m is None:
                continue
            a, b = m.start(), m.end()
            if p.unless is not None and p.unless.search(
                text[max(0, a - UNLESS_SPAN) : b + UNLESS_SPAN]
            ):
                continue
            score = p.weight
            in_quotes = _quoted(text, a, b)
            if in_quotes and discussion is None:
                discussion = bool(_DISCUSSION.search(text))
            if mentions is None:
                mentions = mention_spans(text)
            if (in_quotes and discussion) or any(x <= a and b <= y for x, y in mentions):
                score *= _DAMPEN
            out.append(PatternHit(p, a, b, score, text[a:b][:120]))
        return out


_WORD = re.compile(r"\w+")


def _word_starts(text: str, found: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Of the plain words in ``found``: those that begin a word of ``text``, and those
    that are a word of it ("hange" is in "change" but begins no word there). Strings
    that are not plain words are kept in both: the regex decides. One sorted list of the
    words, one bisection per string."""
    toks = sorted(set(_WORD.findall(text)))
    tokset = frozenset(toks)
    starts, whole = set(), set()
    for s in found:
        if _WORD.fullmatch(s) is None:
            starts.add(s)
            whole.add(s)
            continue
        i = bisect_left(toks, s)
        if i < len(toks) and toks[i].startswith(s):
            starts.add(s)
            if s in tokset:
                whole.add(s)
    return frozenset(starts), frozenset(whole)


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3) : start]
    after = text[end : end + 40]
    return any(q in before for q in _QUOTES) and any(q in after for q in _QUOTES)


def load_patterns(path: Path | None = None) -> PatternSet:
    """Compile the shipped patterns, or those in ``path`` (same YAML shape).

    The shipped set is built once per process and shared (a PatternSet is read-only once
    built; building it reads the needs out of every regex, ~0.1 s); a file is read anew.
    """
    return _shipped() if path is None else _load(path)


@functools.cache
def _shipped() -> PatternSet:
    words = word_patterns.build(
        _yaml(None, WORDS_RESOURCE), source=source_name(None, WORDS_RESOURCE)
    )
    own, contexts = _read(None, PATTERNS_RESOURCE)
    missing = {w.unless for w in words if w.unless and w.unless not in contexts}
    if missing:
        msg = f"unknown context {sorted(missing)[0]!r}"
        raise ParseError(msg, path=source_name(None, WORDS_RESOURCE))
    own_ids = {p.id for p in own}
    return PatternSet(
        [
            *own,
            *(
                Pattern(
                    id=w.id,
                    lang=w.lang,
                    weight=w.weight,
                    regex=w.regex,
                    needs=(w.needs,) if w.needs else (),
                    word_start=w.lang not in _NON_LATIN,
                    whole=w.whole,
                    unless=contexts[w.unless] if w.unless else None,
                )
                for w in words
            ),
        ],
        # the hand-written patterns and the English word lists: the word gate rules most
        # other languages' word lists out of English text, and their copies are the
        # biggest to build; but not the lists whose strings hold English words (Turkish
        # "bu", Vietnamese "in" and "system prompt"), which passed it on most prompts
        prefilter=lambda p: p.id in own_ids or p.lang == "en" or _english_needs(p),
    )


def _english_needs(p: Pattern) -> bool:
    return any(need & ENGLISH_WORDS for alt in p.needs for need in alt)


def _load(path: Path) -> PatternSet:
    return PatternSet(_read(path, path.name)[0])


def _yaml(path: Path | None, resource: str) -> Any:
    return read_yaml(path, resource, "injection patterns")


def _read(path: Path | None, resource: str) -> tuple[list[Pattern], dict[str, re.Pattern[str]]]:
    """The file's patterns, and its named ``contexts`` (regexes that a pattern's ``unless``
    names)."""
    name = source_name(path, resource)
    doc = _yaml(path, resource)
    if not isinstance(doc, dict) or not isinstance(doc.get("patterns"), list):
        raise ParseError("expected a mapping with a 'patterns' list", path=name)
    try:
        contexts = {str(k): re.compile(str(v)) for k, v in (doc.get("contexts") or {}).items()}
    except (AttributeError, re.error) as exc:
        raise ParseError(f"contexts: {exc}", path=name) from None
    out: list[Pattern] = []
    for i, item in enumerate(doc["patterns"]):
        unless = item.get("unless") if isinstance(item, dict) else None
        if unless and str(unless) not in contexts:
            raise ParseError(f"pattern #{i + 1}: unknown context {unless!r}", path=name)
        try:
            out.append(
                Pattern(
                    id=str(item["id"]),
                    lang=str(item.get("lang", "any")),
                    weight=float(item["weight"]),
                    regex=re.compile(str(item["regex"])),
                    indirect=bool(item.get("indirect", False)),
                    unless=contexts[str(unless)] if unless else None,
                    content_only=bool(item.get("content_only", False)),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
            raise ParseError(f"pattern #{i + 1}: {exc}", path=name) from None
    return out, contexts
