"""Where the strings and comments of a Python text are, from one regex pass, no parse.

Some questions need only that: is this word written in code, or inside a string or a
comment? A syntax tree answers them at about forty times the cost (0.5 ms against 19 ms
for an 80 KB test module here). The rules are the tokenizer's of Python 3.11: outside
strings and comments, a quote opens a string (triple-quoted ones may span lines, a
backslash escapes the next character in every kind, raw ones included) and ``#`` opens a
comment that ends at the line's end. An f-string is one string token, as 3.11 reads it;
the code inside its braces is reported as ``fstring``, so a caller that must see that
code can fall back on the syntax tree.

On text that is not valid Python the spans are still well defined (an unterminated
quote opens nothing), which suits callers that read code lexically *because* it may not
parse.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["Lexed", "lex"]

_TOKEN = re.compile(
    r"""'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"""
    r'''|"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'''
    r"""|'[^'\\\n]*(?:\\.[^'\\\n]*)*'"""
    r'''|"[^"\\\n]*(?:\\.[^"\\\n]*)*"'''
    r"""|\#[^\n]*""",
    re.S,
)
_F_PREFIXES = frozenset({"f", "fr", "rf"})
_PREFIXES = _F_PREFIXES | {"r", "u", "b", "br", "rb"}
_IDENT_TAIL = re.compile(r"\w{1,3}$")

Where = Literal["code", "string", "fstring", "comment"]


@dataclass(frozen=True, slots=True)
class Lexed:
    """The string and comment spans of one text, in order (``kinds[i]`` for span i)."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    kinds: tuple[Where, ...]

    def where(self, pos: int) -> Where:
        """What holds the character at ``pos``: code, a string, an f-string or a comment."""
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and pos < self.ends[i]:
            return self.kinds[i]
        return "code"

    def span_ending_at(self, end: int) -> int | None:
        """The string or comment span that ends exactly at ``end``, if any."""
        i = bisect.bisect_left(self.ends, end)
        return i if i < len(self.ends) and self.ends[i] == end else None

    def literal(self, i: int) -> str:
        """What string span ``i`` holds between its quotes, as written (escapes kept)."""
        token = self.text[self.starts[i] : self.ends[i]]
        quotes = 3 if len(token) >= 6 and token[:3] in ("'''", '"""') else 1
        return token[quotes:-quotes]

    def joined(self, i: int) -> list[int]:
        """String span ``i`` and the strings it touches, in order (``"a" "b"``, which
        Python reads as one constant, across comments and line breaks)."""
        before: list[int] = []
        first = i
        while (k := self._string_ending(self._code_before_string(first))) is not None:
            before.append(k)
            first = k
        run = [*reversed(before), i]
        while (k := self._string_starting(self.next_code_index(self.ends[run[-1]]))) is not None:
            run.append(k)
        return run

    def _code_before_string(self, i: int) -> int:
        return self.prev_code_index(self.starts[i] - self._prefix(i))

    def _string_ending(self, pos: int) -> int | None:
        """The string span whose closing quote is at ``pos``, if any."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0 or self.kinds[k] == "comment" or self.ends[k] != pos + 1:
            return None
        return k

    def _string_starting(self, pos: int) -> int | None:
        """The string span that starts at ``pos``, its prefix letters included, if any."""
        k = bisect.bisect_left(self.starts, pos)
        if k == len(self.starts) or self.kinds[k] == "comment":
            return None
        start = self.starts[k]
        if start == pos or (start - pos <= 2 and self._prefix(k) == start - pos):
            return k
        return None

    def _prefix(self, i: int) -> int:
        """How many prefix letters (``rb``, ``f``...) stand before string span ``i``."""
        start = self.starts[i]
        return len(_prefix(self.text, start))

    def prev_code_index(self, pos: int) -> int:
        """Where the last character of code before ``pos`` is, past whitespace and
        comments (-1 if none). ``pos`` is taken to be in code."""
        text = self.text
        i = pos - 1
        while i >= 0:
            if text[i].isspace():
                i -= 1
                continue
            k = bisect.bisect_right(self.starts, i) - 1
            if k >= 0 and i < self.ends[k] and self.kinds[k] == "comment":
                i = self.starts[k] - 1
                continue
            return i
        return -1

    def next_code_index(self, pos: int) -> int:
        """Where the first character of code at or after ``pos`` is, past whitespace and
        comments (``len(text)`` if none). ``pos`` is taken to be in code."""
        text = self.text
        size = len(text)
        i = pos
        while i < size:
            if text[i].isspace():
                i += 1
                continue
            if text[i] == "#":  # in code, a hash opens a comment: it ends at the line's end
                end = text.find("\n", i)
                i = size if end == -1 else end
                continue
            return i
        return size


@functools.lru_cache(maxsize=4)
def lex(text: str) -> Lexed:
    """The string and comment spans of ``text`` (cached: several detectors ask)."""
    starts: list[int] = []
    ends: list[int] = []
    kinds: list[Where] = []
    for m in _TOKEN.finditer(text):
        start = m.start()
        starts.append(start)
        ends.append(m.end())
        if text[start] == "#":
            kinds.append("comment")
            continue
        kinds.append("fstring" if _prefix(text, start) in _F_PREFIXES else "string")
    return Lexed(text, tuple(starts), tuple(ends), tuple(kinds))


def _prefix(text: str, start: int) -> str:
    """The string prefix (``rb``, ``f``... lower-cased) before the quote at ``start``, or
    "" (``if"x"`` has none: a word that is no prefix is code)."""
    m = _IDENT_TAIL.search(text, max(0, start - 3), start)
    word = m.group().lower() if m is not None else ""
    return word if word in _PREFIXES else ""
