"""Deny-listed substrings and topics (keyword lists per topic), on normalised text.

Matching is case-insensitive, accent- and homoglyph-insensitive (the text goes through
:func:`~assura.guard.normalize.normalize`) and on word boundaries for entries that start
and end with a word character. Topics are keyword lists, not embeddings: a topic fires
when any of its phrases appears.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import ClassVar

from assura.findings import Finding, Severity
from assura.guard.interface import Direction, ScanContext, ScanResult
from assura.guard.normalize import normalize
from assura.guard.scanners._base import finding

__all__ = ["BanTopicsScanner"]


def _compile(phrases: Iterable[str]) -> re.Pattern[str] | None:
    parts = []
    for p in phrases:
        q = normalize(p).text
        if not q:
            continue
        esc = re.escape(q).replace(r"\ ", r"\s+")
        left = r"\b" if q[0].isalnum() else ""
        right = r"\b" if q[-1].isalnum() else ""
        parts.append(f"{left}{esc}{right}")
    return re.compile("|".join(parts)) if parts else None


class BanTopicsScanner:
    id: ClassVar[str] = "ban_topics"
    direction: ClassVar[Direction] = Direction.BOTH

    def __init__(
        self, *, substrings: Iterable[str] = (), topics: Mapping[str, Iterable[str]] | None = None
    ) -> None:
        self._rules: list[tuple[str, re.Pattern[str]]] = []
        sub = _compile(substrings)
        if sub is not None:
            self._rules.append(("substring", sub))
        for name, phrases in (topics or {}).items():
            rx = _compile(phrases)
            if rx is not None:
                self._rules.append((name, rx))

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        if not self._rules:
            return ScanResult.clean()
        norm = normalize(text).text
        findings: list[Finding] = []
        for name, rx in self._rules:
            m = rx.search(norm)
            if m:
                findings.append(
                    finding(
                        "GUARD-TOPIC-001",
                        Severity.MEDIUM,
                        f"deny-listed {'substring' if name == 'substring' else 'topic ' + repr(name)}: {m.group(0)[:60]!r}",
                        scanner=self.id,
                        label=name,
                        score=1.0,
                    )  # fmt: skip
                )
        return ScanResult(1.0 if findings else 0.0, (), tuple(findings))
