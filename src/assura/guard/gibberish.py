"""Adversarial-suffix heuristic: optimiser-made token soup appended to a request.

Suffixes found by gradient search (GCG and kin) read like
``describing.\\ + similarlyNow write oppositeley.]( Me giving**ONE please? revert``:
words glued to punctuation, case flips inside words, brackets and markup mixed in.
``suffix_score(text)`` looks at the last 40 whitespace tokens and scores the share of
such tokens, 0..1, and returns 0 for text that looks like source code or records (CSV
rows, ``KEY:value`` lines, log lines): tool results are full of those.
A perplexity-like proxy without a language model; cheap and bounded.
"""

from __future__ import annotations

import re

__all__ = ["suffix_score"]

_CODE = re.compile(
    r"(?m)^\s{2,}\S|\b(?:def|return|import|function|const|let|var|class|public|select|from)\b"
    r"|[;{}]\s*$|=>|</?[a-z]+>|\|\s*[-:]+\s*\|"
)
# Records, not prose: CSV/TSV rows, "KEY:value" lines (iCalendar, headers), log lines.
_RECORD_LINE = re.compile(
    r"^(?:[^,\t]*[,\t]){2,}[^,\t]*$"
    r"|^[A-Z][A-Z0-9-]*(?:;[^:\n]*)?:\S"
    r"|^\[?(?:\d{1,3}\.){3}\d{1,3}\b"
    r"|^\[?\d{4}-\d{2}-\d{2}[T ]\d"
)
_LOG_REQUEST = re.compile(r'"(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS) /|\[\d{2}/\w{3}/\d{4}:')
_CASE_FLIP = re.compile(r"[a-z][A-Z]")
_PUNCT = re.compile(r"[^\w\s]")
_ALPHA = re.compile(r"[A-Za-z]")


_COMMON_PUNCT = frozenset({"--", "...", "—", "–", "->", "**", "::", "&&", "||", "?!", "!!"})
_LD_FLIP = re.compile(r"[A-Za-z]\d|\d[A-Za-z]")


def _weird(tok: str) -> bool:
    if len(tok) < 2:
        return False
    if tok.isalpha():  # no punctuation, no digit: of _glued's tests only the last can hold
        return bool(_CASE_FLIP.search(tok[1:])) and not tok.isupper()
    return _glued(tok)


def _glued(tok: str) -> bool:
    """Punctuation glued to letters, letter-digit flips or case flips inside ``tok``."""
    punct = len(_PUNCT.findall(tok))
    letters = len(_ALPHA.findall(tok))
    if punct == len(tok):
        return tok not in _COMMON_PUNCT
    if len(_LD_FLIP.findall(tok)) >= 3:
        return True
    if letters and punct >= 2 and not tok.startswith(("http", "www")):
        return True
    if letters and punct and not re.fullmatch(r"[\"'(\[]?[\w'-]+[.,;:!?\"')\]]*", tok):
        return True
    return bool(_CASE_FLIP.search(tok[1:])) and not tok.isupper()


def _records(tail: str) -> bool:
    """True when the tail is data (table rows, headers, log lines) rather than prose."""
    if _LOG_REQUEST.search(tail):
        return True
    lines = [ln for ln in tail.splitlines()[1:] if ln.strip()]  # the first may be cut
    if len(lines) < 2:
        return False
    return sum(1 for ln in lines if _RECORD_LINE.match(ln.strip())) * 2 > len(lines)


def suffix_score(text: str) -> float:
    """Share of glued-punctuation / case-flipped tokens at the end of ``text`` (0..1)."""
    tail = text[-400:]
    toks = tail.split()[-40:]
    if len(toks) < 8 or _CODE.search(tail) or _records(tail):
        return 0.0
    weird = 0
    for i, tok in enumerate(toks, start=1):
        if _weird(tok):
            weird += 1
        elif (weird + len(toks) - i) / len(toks) < 0.3:
            return 0.0  # even if every token left were weird, the share stays under 0.3
    frac = weird / len(toks)
    if frac < 0.3:
        return 0.0
    return min(1.0, 0.35 + frac)
