"""Quoted mentions: an attack phrase someone quotes mid-sentence rather than issues.

Security write-ups, training material and incident notes quote attacks: 'hid the
sentence "ignore your previous instructions" in a job application', 'Angreifer
verstecken Anweisungen wie „ignoriere alle vorherigen Anweisungen“'. A pattern hit inside
such a quote is weaker evidence than the same words issued as an instruction.

What counts as a mention is syntactic and language-independent: a quoted fragment of at
most :data:`MAX_QUOTE` characters whose opening quote follows a letter or digit on the
same line ("phrases such as '…'", "例如“…”"). A quote that opens a line or follows
punctuation (a JSON value or array item, a field, a caption: "Text on the poster: '…'",
a new sentence) is not a mention: that is where injected text sits.
"""

from __future__ import annotations

import re

__all__ = ["MAX_QUOTE", "mention_spans"]

MAX_QUOTE = 200
_PAIRED = {"“": "”", "‘": "’", "«": "»", "„": "“”", "「": "」", "『": "』"}
_N = f"{{1,{MAX_QUOTE}}}"
_SYMMETRIC = re.compile(f'"[^"\\n]{_N}"|`[^`\\n]{_N}`')
_SINGLE = re.compile(f"(?<![\\w'])'(?=\\w)[^'\\n]{_N}?(?<=[\\w.!?])'(?!\\w)")
_OTHER = re.compile(
    "|".join(f"{re.escape(o)}[^{re.escape(c)}\\n]{_N}[{re.escape(c)}]" for o, c in _PAIRED.items())
)


def _follows_a_word(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j >= 0 and text[j].isalnum()


def mention_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every quoted mention in ``text`` (quotes included)."""
    spans = [
        (m.start(), m.end())
        for rx in (_SYMMETRIC, _SINGLE, _OTHER)
        for m in rx.finditer(text)
        if _follows_a_word(text, m.start())
    ]
    return sorted(spans)
