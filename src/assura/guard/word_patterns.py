"""Injection patterns built from per-language word lists (``catalogs/guard/injection_words.yaml``).

The hand-written patterns cover ten languages phrase by phrase. For the others the file
lists, per language, the words of three attacks and this module writes the regexes:

- ``override``: a verb (ignore, forget, …), a qualifier (previous, all, your, …) and a
  noun (instructions, rules, …) close together, in the orders languages use
  (verb-qualifier-noun, verb-noun-qualifier, qualifier-noun-verb; noun-qualifier-verb
  too in the scripts matched with character gaps).
  All three are required: "ignore the noise" or "the previous instructions for the washing
  machine" alone do not match.
- ``extract``: a verb (show, reveal, print, …) near a target (system prompt, hidden
  instructions, …), either order.
- ``persona``: an opener (from now on, you are now, developer mode, …) near a limit
  phrase (without restrictions, no rules, uncensored, …), either order.
- ``devmode``: a mode (developer mode, debug mode, …) near a state (enabled, filters
  off, …), either order.
- ``refusal``: a ban (never refuse, no warnings, no disclaimers, …) near an object
  (request, question, anything, …), either order: refusal suppression.
- ``fake_system``: a header (system message, admin notice, …) near a claim (new rules,
  restrictions removed, …), either order.
- ``exfil``: a verb (send, append, embed, …), data (conversation, chat history, …) and a
  sink (URL, image, webhook, …), in any order: three words keep "send the report to
  the address on file" out.

Words are written in their usual spelling and normalised here exactly as texts are
(:func:`~assura.guard.normalize.normalize`: lower case, Latin accents stripped, Thai and
Devanagari in NFKC), so a list stays readable and matches what the scanner sees. A
``*`` in a word (``talimat*``) lets it continue (``talimatları``), a ``+`` likewise
but with at least one more letter (``systemow+ prompt*``).

In the languages of :data:`NON_LATIN`, English loanwords ("developer mode", "URL") may
stand in any list but the first: every match then holds a letter of the script, which
the scanner's skip of those patterns on ASCII text relies on.

Latin-script languages use word gaps and ``\\b``. The languages in :data:`NON_LATIN` use
short character gaps and no ``\\b``: Thai writes no spaces, and ``\\b`` is unreliable inside
Devanagari and Bengali words (their vowel signs are not word characters to ``re``); one form
serves all of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, NamedTuple

from assura.errors import ParseError
from assura.guard.normalize import normalize

__all__ = ["CONCEPTS", "NON_LATIN", "WordPattern", "build"]

NON_LATIN = frozenset(
    {"ar", "fa", "ur", "he", "hi", "bn", "ko", "th", "el", "uk", "bg", "ru", "zh", "ja"}
)
"""Languages whose patterns need non-Latin letters (the scanner skips them on ASCII text)."""

# concept -> (id prefix, weight, word-list keys)
CONCEPTS: dict[str, tuple[str, float, tuple[str, ...]]] = {
    "override": ("override", 0.9, ("verbs", "qualifiers", "nouns")),
    "extract": ("extract", 0.85, ("verbs", "targets")),
    "persona": ("jailbreak.persona", 0.75, ("openers", "limits")),
    "devmode": ("jailbreak.devmode", 0.8, ("modes", "states")),
    # below 0.5: "answer without caveats: <a plain question>" is evidence, not a verdict
    "refusal": ("jailbreak.refusal", 0.45, ("bans", "objects")),
    "fake_system": ("fake_system", 0.8, ("headers", "claims")),
    "exfil": ("exfil", 0.8, ("verbs", "data", "sinks")),
}
_PAIR_GAP_WORDS = {"extract": 3, "persona": 8, "devmode": 4, "refusal": 5, "fake_system": 8}
_PAIR_GAP_CHARS = {"extract": 30, "persona": 60, "devmode": 30, "refusal": 40, "fake_system": 60}
_CHAR_GAP = r"[^.!?\n।。]{0,%d}?"
_PUNCT_GAPS = frozenset({"devmode", "refusal", "fake_system"})  # headers and short orders


_WORD_PARTS = re.compile(r"(\*|\+|\s+)")
_MARKS = {"*": r"\w*", "+": r"\w+"}


@cache
def _norm(part: str) -> str:
    """A word part as the scanner sees it (the same part recurs across lists)."""
    return normalize(part).text


def _atoms(w: str) -> tuple[str, ...]:
    """A list word as regex atoms: escaped characters, ``\\w*``, ``\\w+``, ``\\s+``."""
    out: list[str] = []
    for part in _WORD_PARTS.split(w.strip()):
        if part in _MARKS:
            out.append(_MARKS[part])
        elif part.isspace():
            out.append(r"\s+")
        elif part:
            out.extend(re.escape(c) for c in _norm(part))
    return tuple(out)


def _alt(words: Iterable[str]) -> str:
    """One alternation of the words, written as a trie: ``send|sende|server`` becomes
    ``(?:se(?:nd(?:e)?|rver))``. Python's ``re`` tries every branch of a flat alternation
    at every position of the text; a trie fails at the first character that fits none,
    which made the word patterns several times faster on long texts."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for atom in _atoms(w):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, Any]) -> str:
    branches = [atom + _emit(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
    return f"{body}?" if "" in node else body


def _words_gap(k: int, punct: bool = False) -> str:
    """Up to ``k`` words between two list words; with ``punct``, a word may end in
    punctuation ("SYSTEM UPDATE: new rules", "Never refuse. Answer everything.")."""
    lead = r"[^\w\s]*" if punct else ""
    return rf"{lead}\s+(?:\S+\s+){{0,{k}}}?"


def _override(v: str, q: str, n: str, latin: bool) -> list[str]:
    if latin:
        g = _words_gap
        return [
            f"{v}{g(2)}{q}{g(2)}{n}",
            rf"{v}{g(2)}{n}{g(1)}{q}",
            f"{q}{g(2)}{n}{g(3)}{v}",
        ]
    c = _CHAR_GAP % 40
    return [f"{v}{c}{q}{c}{n}", f"{v}{c}{n}{c}{q}", f"{q}{c}{n}{c}{v}", f"{n}{c}{q}{c}{v}"]


def _exfil(v: str, d: str, k: str, latin: bool) -> list[str]:
    g = _words_gap(4, punct=True) if latin else _CHAR_GAP % 40
    return [f"{v}{g}{d}{g}{k}", f"{d}{g}{v}{g}{k}", f"{d}{g}{k}{g}{v}", f"{k}{g}{d}{g}{v}"]


def _pair(a: str, b: str, concept: str, latin: bool) -> list[str]:
    if latin:
        gap = _words_gap(_PAIR_GAP_WORDS[concept], punct=concept in _PUNCT_GAPS)
    else:
        gap = _CHAR_GAP % _PAIR_GAP_CHARS[concept]
    return [f"{a}{gap}{b}", f"{b}{gap}{a}"]


class WordPattern(NamedTuple):
    id: str
    lang: str
    weight: float
    regex: re.Pattern[str]
    needs: tuple[frozenset[str], ...]
    """One set per word list: every match holds a string of each (each word's longest
    literal run). Given here because the trie regexes hide whole words from a parser."""
    whole: frozenset[str]
    """The needs that a match holds as whole words ("sende", not the "talimat" of
    "talimat*")."""
    unless: str | None = None
    """The name of a context (``contexts`` of injection_patterns.yaml) that makes a match
    ordinary: the file's ``unless`` mapping gives it per concept."""


def _literal(w: str) -> tuple[str, bool]:
    """The word's longest literal run that begins a word, and whether a match holds it as
    a whole word ("sende" must be the word sende; "talimat*" may be talimatları)."""
    split = _WORD_PARTS.split(w.strip())
    best, whole = "", False
    for i, part in enumerate(split):
        starts = i == 0 or split[i - 1].isspace()
        text = _norm(part) if starts and part.strip(" *+") else ""
        if len(text) > len(best):
            ends = i + 1 == len(split) or split[i + 1].isspace()
            best, whole = text, ends and re.fullmatch(r"\w+", text) is not None
    return best, whole


def build(doc: Any, *, source: str) -> list[WordPattern]:
    """A :class:`WordPattern` for every language and concept in ``doc``."""
    langs = doc.get("languages") if isinstance(doc, dict) else None
    if not isinstance(langs, dict):
        raise ParseError("expected a mapping with a 'languages' mapping", path=source)
    unless = doc.get("unless") or {}
    if not isinstance(unless, Mapping) or not set(unless) <= set(CONCEPTS):
        raise ParseError("'unless' must map concepts to context names", path=source)
    out: list[WordPattern] = []
    for lang, concepts in langs.items():
        if not isinstance(concepts, Mapping):
            raise ParseError(f"{lang}: expected a mapping of concepts", path=source)
        latin = str(lang) not in NON_LATIN
        for concept, words in concepts.items():
            if concept not in CONCEPTS:
                raise ParseError(f"{lang}: unknown concept {concept!r}", path=source)
            prefix, weight, keys = CONCEPTS[concept]
            try:
                chosen = [[str(w) for w in words[k]] for k in keys]
                if not latin:  # every match must hold the script (the scanner skips ASCII text)
                    chosen[0] = [w for w in chosen[0] if not w.isascii()]
                lists = [_alt(ws) for ws in chosen]
                lits = [[_literal(w) for w in ws] for ws in chosen]
            except (KeyError, TypeError) as exc:
                msg = f"{lang}.{concept}: needs {', '.join(keys)} ({exc})"
                raise ParseError(msg, path=source) from None
            if concept == "override":
                forms = _override(lists[0], lists[1], lists[2], latin)
            elif concept == "exfil":
                forms = _exfil(lists[0], lists[1], lists[2], latin)
            else:
                forms = _pair(lists[0], lists[1], concept, latin)
            body = "|".join(forms)
            regex = rf"\b(?:{body})\b" if latin else f"(?:{body})"
            needs = tuple(frozenset(t for t, _ in ls) for ls in lits)
            if not all(t for ls in lits for t, _ in ls):
                needs = ()  # a word with no literal: no gate
            # a literal whole in one word and a prefix in another is not "whole"
            whole = {t for ls in lits for t, w in ls if w} - {
                t for ls in lits for t, w in ls if not w
            }
            pid = f"{prefix}.{lang}"
            out.append(
                WordPattern(
                    pid,
                    str(lang),
                    weight,
                    re.compile(regex),
                    needs,
                    frozenset(whole),
                    unless.get(concept),
                )
            )
    return out
