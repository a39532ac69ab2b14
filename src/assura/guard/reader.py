"""Does a text speak to, or about, the AI that reads it? (``catalogs/guard/ai_reader.yaml``).

An indirect injection inside a document has to reach the model: it names it ("AI:",
"assistant", "agent", "KI", "ИИ", "助手"), its user ("tell the user"), its instructions
("your system prompt") or fakes a chat-template marker. Ordinary documents are full of
imperatives addressed to people, and the n-gram classifier, trained mostly on prompts,
reads those as instructions. The injection scanner therefore lets the classifier count in
full on a document or tool result only when :func:`ReaderCues.present` finds a cue.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from assura.errors import ParseError
from assura.guard.catalog import read_yaml, source_name
from assura.guard.normalize import normalize

__all__ = ["RESOURCE", "ReaderCues", "compile_cues", "default_cues"]

RESOURCE = "ai_reader.yaml"


class ReaderCues:
    """One compiled regex over normalised text."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex

    def present(self, normalized_text: str) -> bool:
        return self.regex.search(normalized_text) is not None


def _word(w: str) -> str:
    parts = normalize(w.replace("*", "\x00")).text.split("\x00")
    return r"\w*".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts)


def compile_cues(doc: Any, *, source: str = RESOURCE) -> ReaderCues:
    """Compile the YAML mapping ``{latin: [...], other: [...], markers: [...]}``.

    Latin words match whole, bounded by ASCII letters only, so "AI请注意" counts.
    """
    if not isinstance(doc, dict):
        raise ParseError("expected a mapping with 'latin', 'other' and 'markers'", path=source)
    try:
        latin = [_word(str(w)) for w in doc["latin"]]
        other = [_word(str(w)) for w in doc["other"]]
        markers = [str(m) for m in doc["markers"]]
        for m in markers:
            re.compile(m)
    except (KeyError, TypeError) as exc:
        raise ParseError(f"missing or malformed list: {exc}", path=source) from None
    except re.error as exc:
        raise ParseError(f"bad marker regex: {exc}", path=source) from None
    alts = [
        r"(?<![a-z0-9_])(?:" + "|".join(sorted(latin, key=len, reverse=True)) + r")(?![a-z0-9_])",
        "(?:" + "|".join(sorted(other, key=len, reverse=True)) + ")",
        *markers,
    ]
    return ReaderCues(re.compile("|".join(f"(?:{a})" for a in alts)))


@lru_cache(maxsize=1)
def default_cues() -> ReaderCues:
    return compile_cues(
        read_yaml(None, RESOURCE, "AI-reader cues"), source=source_name(None, RESOURCE)
    )
