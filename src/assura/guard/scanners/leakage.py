"""System-prompt leakage in output: canary tokens and verbatim chunks of the system prompt.

Canaries are random markers the application (or :meth:`Guard.add_canary`) puts into its
system prompt; seeing one in output proves the prompt leaked. Without canaries, the
scanner compares word 8-gram shingles of the system prompt with the output: each shared
shingle adds 0.25, so two shared runs of eight words reach 0.5.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from assura.findings import Finding, Severity
from assura.guard.interface import Direction, ScanContext, ScanResult, Span
from assura.guard.scanners._base import finding

__all__ = ["PromptLeakageScanner"]

REFS = ("LLM07:2025", "AML.T0056")
_WORD = re.compile(r"\w+")
SHINGLE = 8


def _shingles(text: str) -> set[tuple[str, ...]]:
    w = [t.lower() for t in _WORD.findall(text)]
    return {tuple(w[i : i + SHINGLE]) for i in range(len(w) - SHINGLE + 1)}


class PromptLeakageScanner:
    id: ClassVar[str] = "prompt_leakage"
    direction: ClassVar[Direction] = Direction.OUTPUT

    def __init__(self, *, canaries: Iterable[str] = (), system_prompt: str | None = None) -> None:
        self.canaries = tuple(c for c in canaries if c)
        self.system_prompt = system_prompt

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        spans: list[Span] = []
        findings: list[Finding] = []
        for c in dict.fromkeys(self.canaries + ctx.canaries):
            i = text.find(c)
            if i >= 0:
                spans.append(Span(i, i + len(c), "CANARY"))
                findings.append(
                    finding(
                        "GUARD-LEAK-001",
                        Severity.HIGH,
                        "canary token from the system prompt appears in the output",
                        scanner=self.id,
                        label="CANARY",
                        score=1.0,
                        references=REFS,
                        span=(i, i + len(c)),
                    )  # fmt: skip
                )
        sp = ctx.system_prompt or self.system_prompt
        score = 1.0 if findings else 0.0
        if sp:
            shared = _shingles(sp) & _shingles(text)
            if shared:
                s = min(1.0, 0.25 * len(shared))
                score = max(score, s)
                findings.append(
                    finding(
                        "GUARD-LEAK-002",
                        Severity.HIGH if s >= 0.75 else Severity.MEDIUM,
                        f"{len(shared)} verbatim 8-word run(s) of the system prompt in the output",
                        scanner=self.id,
                        label="SYSTEM_PROMPT",
                        score=s,
                        references=REFS,
                    )  # fmt: skip
                )
        return ScanResult(score, tuple(spans), tuple(findings))
