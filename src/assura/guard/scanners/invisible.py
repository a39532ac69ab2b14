"""Invisible and hidden text: tag characters, bidi controls, zero-width runs, hidden markup.

Unicode tag characters (U+E0000 block) carry invisible ASCII ("ASCII smuggling"); the
decoded payload is reported. Bidi overrides reorder what a reviewer sees (Trojan Source,
CWE-1007-like). Zero-width characters are counted, except a joiner between emoji or
letters of scripts that need it. Hidden HTML/markdown (comments, ``display:none``,
zero font size) hides text from people but not from the model. Spans are redactable:
redaction removes the invisible run.
"""

from __future__ import annotations

import re
from typing import ClassVar

from assura.findings import Finding, Severity
from assura.guard.interface import Direction, ScanContext, ScanResult, Span
from assura.guard.normalize import invisible_chars
from assura.guard.scanners._base import finding

__all__ = ["InvisibleTextScanner"]

REFS = ("LLM01:2025", "AML.T0051")
_TAGS = re.compile("[\U000e0000-\U000e007f]+")
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]+")
_ZW = re.compile("[\u200b\u200c\u200d\u2060-\u2064\ufeff\u180e]+")
_VS_SUPP = re.compile("[\U000e0100-\U000e01ef]{4,}")
_HIDDEN_MARKUP = re.compile(
    r"(?is)<!--.{8,}?-->|<[a-z]+[^>]*style\s*=\s*[\"'][^\"']*(?:display\s*:\s*none|"
    r"visibility\s*:\s*hidden|font-size\s*:\s*0|opacity\s*:\s*0(?:\.0+)?\b|color\s*:\s*(?:white|#fff\b|#ffffff))"
)


def _joiner_ok(text: str, start: int, end: int) -> bool:
    if end - start != 1 or text[start] not in "\u200c\u200d":
        return False
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return bool(before and after and not before.isascii() and not after.isascii())


class InvisibleTextScanner:
    id: ClassVar[str] = "invisible_text"
    direction: ClassVar[Direction] = Direction.BOTH

    def __init__(self, *, hidden_markup: bool = True) -> None:
        self.hidden_markup = hidden_markup

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        spans: list[Span] = []
        findings: list[Finding] = []

        def add(label: str, start: int, end: int, score: float, msg: str, **data: object) -> None:
            spans.append(Span(start, end, label))
            findings.append(
                finding(
                    "GUARD-HIDDEN-001",
                    Severity.HIGH if score >= 0.8 else Severity.MEDIUM,
                    msg,
                    scanner=self.id,
                    label=label,
                    score=score,
                    references=REFS,
                    span=(start, end),
                    **data,
                )
            )

        if not text.isascii():
            for m in _TAGS.finditer(text):
                hidden = invisible_chars(m.group(0))[1]
                add("TAG_CHARS", m.start(), m.end(), 1.0,
                    f"{m.end() - m.start()} invisible Unicode tag characters", hidden=hidden[:200])  # fmt: skip
            for m in _BIDI.finditer(text):
                add(
                    "BIDI_CONTROL",
                    m.start(),
                    m.end(),
                    0.9,
                    "bidirectional override/isolate control",
                )
            for m in _ZW.finditer(text):
                if _joiner_ok(text, m.start(), m.end()):
                    continue
                n = m.end() - m.start()
                add("ZERO_WIDTH", m.start(), m.end(), 0.9 if n >= 3 else 0.6,
                    f"{n} zero-width character(s)")  # fmt: skip
            for m in _VS_SUPP.finditer(text):
                add("VARIATION_SELECTORS", m.start(), m.end(), 0.9,
                    "run of variation selectors (data hidden in emoji)")  # fmt: skip
        if self.hidden_markup and "<" in text:
            for m in _HIDDEN_MARKUP.finditer(text):
                add(
                    "HIDDEN_MARKUP", m.start(), m.end(), 0.6, "markup that hides text from a reader"
                )
        score = max((float(f.confidence) for f in findings), default=0.0)
        return ScanResult(score, tuple(spans), tuple(findings))
