"""Custom regular expressions from the policy, each with a name (its placeholder label).

Patterns run on the original text (so matches can be redacted). Python's ``re`` has no
time limit: policy authors must avoid nested quantifiers; text is capped at 200,000
characters for this scanner.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from assura.findings import Finding, Severity
from assura.guard.interface import Direction, ScanContext, ScanResult, Span
from assura.guard.scanners._base import finding

__all__ = ["RegexScanner"]

MAX_CHARS = 200_000


class RegexScanner:
    id: ClassVar[str] = "regex"
    direction: ClassVar[Direction] = Direction.BOTH

    def __init__(self, *, patterns: Iterable[tuple[str, str]] = ()) -> None:
        self._rules = [(name, re.compile(rx)) for name, rx in patterns]

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        spans: list[Span] = []
        findings: list[Finding] = []
        for name, rx in self._rules:
            for m in rx.finditer(text[:MAX_CHARS]):
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
