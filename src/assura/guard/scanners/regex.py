"""Custom regular expressions from the policy, each with a name (its placeholder label).

Patterns run on the original text (so matches can be redacted), with the ``regex``
package rather than ``re``: made to be compatible with ``re`` (its default ``VERSION0``), but
it rules out much catastrophic backtracking by itself (``(\\w+\\s?)+$`` on eight words
and a "!" took ``re`` 8 s here and ``regex`` 0.6 ms; with ten words ``re`` ran 4.8 min
without an answer) and takes a time limit for the rest. A pattern
that runs past :data:`TIME_LIMIT` seconds on one text raises :class:`PatternTimeout`:
the guard reports it and, failing closed by default, blocks; the text is not let through
unscanned. Text is capped at 200,000 characters for this scanner.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

import regex

from assura.findings import Finding, Severity
from assura.guard.interface import Direction, ScanContext, ScanResult, Span
from assura.guard.scanners._base import finding

__all__ = ["PatternTimeout", "RegexScanner"]

MAX_CHARS = 200_000
TIME_LIMIT = 0.25
"""Seconds one policy pattern may take on one text (ordinary ones take microseconds)."""


class PatternTimeout(RuntimeError):
    """A policy pattern backtracked past the time limit: the pattern's fault, not the text's."""


class RegexScanner:
    id: ClassVar[str] = "regex"
    direction: ClassVar[Direction] = Direction.BOTH

    def __init__(self, *, patterns: Iterable[tuple[str, str]] = ()) -> None:
        self._rules = [(name, regex.compile(rx)) for name, rx in patterns]

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        spans: list[Span] = []
        findings: list[Finding] = []
        for name, rx in self._rules:
            try:
                matches = list(rx.finditer(text[:MAX_CHARS], timeout=TIME_LIMIT))
            except TimeoutError:
                raise PatternTimeout(
                    f"custom pattern {name!r} ran past {TIME_LIMIT} s on this input: it "
                    "backtracks catastrophically (a nested quantifier such as (a|aa)+?); "
                    "rewrite it"
                ) from None
            for m in matches:
                if m.end() == m.start():
                    continue
                spans.append(Span(m.start(), m.end(), name))
                findings.append(
                    finding(
                        "GUARD-REGEX-001",
                        Severity.MEDIUM,
                        f"custom pattern {name!r} matched",
                        scanner=self.id,
                        label=name,
                        score=1.0,
                        span=(m.start(), m.end()),
                    )  # fmt: skip
                )
        return ScanResult(1.0 if findings else 0.0, tuple(spans), tuple(findings))
