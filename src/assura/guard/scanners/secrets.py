"""Secrets and AI keys: provider formats, private key blocks, JWTs, generic high entropy.

Each provider rule is a regex for the documented token shape; the generic rules need a
keyword (``api_key = …``) or a long random-looking token (Shannon entropy, three
character classes) so hashes, UUIDs and ordinary identifiers stay quiet. Spans are
offsets into the original text, so the guard can replace them with ``[SECRET_1]``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import ClassVar

from assura.findings import Finding, Severity
from assura.guard.decoders import decoded_variants
from assura.guard.interface import Direction, ScanContext, ScanResult, Span
from assura.guard.scanners._base import finding, mask

__all__ = ["PROVIDER_RULES", "SecretsScanner", "shannon_entropy"]

REFS = ("CWE-798", "LLM02:2025")

# (label, needles, regex): label is the placeholder stem and the finding's entity; needles
# are literals one of which every match holds, so a rule whose needles are all absent is
# not run (a case-insensitive rule's needles are looked up in the folded text, see _fold).
PROVIDER_RULES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("ANTHROPIC_KEY", ("sk-ant-",), r"\bsk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_\-]{80,120}"),
    ("OPENAI_KEY", ("sk-",), r"\bsk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{20,200}"),
    ("OPENAI_KEY", ("sk-",), r"\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}\b"),
    ("OPENAI_KEY", ("sk-",), r"\bsk-[A-Za-z0-9]{48}\b"),
    ("HUGGINGFACE_TOKEN", ("hf_",), r"\bhf_[A-Za-z0-9]{34,40}\b"),
    ("GOOGLE_API_KEY", ("AIza",), r"\bAIza[0-9A-Za-z_\-]{35}(?![0-9A-Za-z_\-])"),
    ("GROQ_KEY", ("gsk_",), r"\bgsk_[A-Za-z0-9]{48,56}\b"),
    ("REPLICATE_TOKEN", ("r8_",), r"\br8_[A-Za-z0-9]{37,40}\b"),
    ("XAI_KEY", ("xai-",), r"\bxai-[A-Za-z0-9]{70,90}\b"),
    ("AWS_ACCESS_KEY", ("AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "ANPA"),
     r"\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|ANPA)[A-Z2-7]{16}\b"),
    ("AWS_SECRET_KEY", ("secret",),
     r"(?i)\baws_?secret_?(?:access_?)?key\b[\"']?\s*[:=]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"),
    ("GITHUB_TOKEN", ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), r"\bgh[pousr]_[A-Za-z0-9]{36,255}\b"),
    ("GITHUB_TOKEN", ("github_pat_",), r"\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\b"),
    ("GITLAB_TOKEN", ("glpat-",), r"\bglpat-[A-Za-z0-9_\-]{20}\b"),
    ("SLACK_TOKEN", ("xox",), r"\bxox[abposre]-(?:\d+-)+[A-Za-z0-9]{10,48}\b"),
    ("SLACK_WEBHOOK", ("hooks.slack.com",),
     r"https://hooks\.slack\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24}"),
    ("STRIPE_KEY", ("_live_", "_test_"), r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{24,99}\b"),
    ("PRIVATE_KEY", ("-----BEGIN",),
     r"-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----"
     r"[\s\S]{0,8000}?(?:-----END (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----|$)"),
    ("JWT", ("eyJ",), r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{16,}"),
)  # fmt: skip

_KEYWORD = re.compile(
    r"(?i)\b(?:api[_-]?key|apikey|secret(?:[_-]?key)?|access[_-]?token|auth[_-]?token|"
    r"token|password|passwd|pwd|client[_-]?secret|bearer)\b[\"']?\s*(?:[:=]|is|:=|=>)\s*"
    r"[\"']?([^\s\"',;]{12,200})"
)
_KEYWORD_NEEDLES = ("key", "secret", "token", "passw", "pwd", "bearer")
_TOKEN = re.compile(r"(?<![A-Za-z0-9_+/=\-])[A-Za-z0-9_+/=\-]{32,200}(?![A-Za-z0-9_+/=\-])")


def _fold(text: str) -> str:
    """``text`` lower-cased so that a case-insensitive regex's ASCII words can be looked up
    with ``in``: ``re``'s IGNORECASE also matches "ſ" (long s) to s and "ı" (dotless i) to i,
    which ``str.lower`` leaves alone (it turns the Kelvin sign into k and "İ" into "i̇")."""
    return text.lower().replace("ſ", "s").replace("ı", "i")


def shannon_entropy(s: str) -> float:
    if not s:
        return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def _random_looking(s: str, min_entropy: float) -> bool:
    classes = sum(
        (any(c.islower() for c in s), any(c.isupper() for c in s), any(c.isdigit() for c in s))
    )
    return classes >= 3 and shannon_entropy(s) >= min_entropy


class SecretsScanner:
    id: ClassVar[str] = "secrets"
    direction: ClassVar[Direction] = Direction.BOTH

    def __init__(self, *, high_entropy: bool = True, min_entropy: float = 4.0) -> None:
        self.high_entropy = high_entropy
        self.min_entropy = min_entropy
        self._rules = [
            (label, re.compile(rx), needles, rx.startswith("(?i)"))
            for label, needles, rx in PROVIDER_RULES
        ]

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        spans: list[Span] = []
        findings: list[Finding] = []
        taken: list[tuple[int, int]] = []

        def add(label: str, start: int, end: int, score: float, rule: str) -> None:
            if any(s < end and start < e for s, e in taken):
                return
            taken.append((start, end))
            spans.append(Span(start, end, label))
            findings.append(
                finding(
                    rule,
                    Severity.HIGH if score >= 0.8 else Severity.MEDIUM,
                    f"{label.replace('_', ' ').lower()} in text ({mask(text[start:end])})",
                    scanner=self.id,
                    label=label,
                    score=score,
                    references=REFS,
                    span=(start, end),
                )
            )

        folded = _fold(text)
        for label, rx, needles, caseless in self._rules:
            where = folded if caseless else text
            if not any(n in where for n in needles):
                continue
            for m in rx.finditer(text):
                g = 1 if m.groups() else 0
                add(label, m.start(g), m.end(g), 1.0, "GUARD-SECRET-001")
        keywords = _KEYWORD.finditer(text) if any(n in folded for n in _KEYWORD_NEEDLES) else ()
        for m in keywords:
            val = m.group(1)
            if shannon_entropy(val) >= 3.0 and not val.isalpha() and not val.startswith("<"):
                add("SECRET", m.start(1), m.end(1), 0.85, "GUARD-SECRET-002")
        if self.high_entropy:
            for m in _TOKEN.finditer(text):
                tok = m.group(0)
                if (
                    not tok.startswith(("http", "www"))
                    and _random_looking(tok, self.min_entropy)
                    and not decoded_variants(tok)  # base64 of readable text is not a key
                ):
                    add("SECRET", m.start(), m.end(), 0.7, "GUARD-SECRET-003")
        score = max((float(f.confidence) for f in findings), default=0.0)
        return ScanResult(score, tuple(spans), tuple(findings))
