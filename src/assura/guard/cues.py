"""Cue lists as regexes (:mod:`assura.guard.framing`, :mod:`assura.guard.steering`), and
the distance checks framing scores its conjunctions with."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

__all__ = ["alternation", "starts", "within"]


def alternation(items: Sequence[str]) -> re.Pattern[str]:
    """One regex of the cues, each on word boundaries."""
    return re.compile(r"\b(?:" + "|".join(f"(?:{s})" for s in items) + r")\b")


def starts(rx: re.Pattern[str], text: str) -> list[int]:
    """Where the matches of ``rx`` in ``text`` start, in order."""
    return [m.start() for m in rx.finditer(text)]


def within(positions: list[int], at: int, distance: int) -> bool:
    """Whether some position lies within ``distance`` characters of ``at`` (sorted list)."""
    i = bisect_left(positions, at - distance)
    return i < len(positions) and positions[i] <= at + distance
