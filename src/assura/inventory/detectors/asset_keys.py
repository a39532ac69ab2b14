"""Literal AI provider keys committed in files (value masked, never emitted in clear).

Key formats come from the catalog (OpenAI ``sk-proj-…``, Anthropic ``sk-ant-api03-…``,
``hf_…``, ``gsk_…``, ``r8_…``, Google ``AIza…`` only in an AI context, never next to Maps or
Firebase config); high-entropy values assigned to a known credential variable count too.
Each becomes a ``secret`` named by the provider, ``hardcoded: True``, ``masked`` like
``sk-proj-****…abcd``. Test placeholders (``sk-...``, ``sk-xxxx``, sequences, low entropy)
are not credentials.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Iterator
from typing import ClassVar

from assura.findings import Location
from assura.inventory.catalog_providers import KeyFormat, ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import base_of, entropy, line_starts, lowered
from assura.inventory.detectors.asset_credentials import credential_provider
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import any_case_words, present, present_any_case, words
from assura.regex_needs import leading_literal

__all__ = ["HardcodedKeyDetector", "mask", "plausible_secret"]

_MAX = 3_000_000

_EXAMPLE_MARK = re.compile(r"(?i)example|sample|template|dist|default|\.tpl")
_SEQ = "0123456789abcdefghijklmnopqrstuvwxyz"
_PLACEHOLDER_WORDS = re.compile(
    r"(?i)x{4,}|your|example|placeholder|dummy|fake|sample|test|demo|here|insert|replace|"
    r"changeme|redacted|secret|<|>|\.\.\.|\*\*\*|\$\{|\{\{"
)


def mask(value: str, prefix: str = "") -> str:
    shown = prefix[:8] if prefix and value.startswith(prefix) else value[:4]
    shown = shown[: max(0, len(value) - 8)]
    return f"{shown}****…{value[-4:]}" if len(value) >= 12 else "****"


def plausible_secret(body: str, min_len: int = 20) -> bool:
    """High-entropy, not a placeholder, not a run or sequence of characters."""
    if len(body) < min_len or _PLACEHOLDER_WORDS.search(body):
        return False
    if len(set(body)) < 10 or entropy(body) < 3.0:
        return False
    low = body.lower()
    if any(_SEQ[i : i + 5] in low for i in range(len(_SEQ) - 4)):
        return False
    return not re.search(r"(.)\1{5,}", body)


class HardcodedKeyDetector:
    """Literal AI provider keys committed in any text file (value masked, never stored)."""

    id: ClassVar[str] = "asset.hardcoded-key"

    def __init__(self, catalog: ProviderCatalog | None = None) -> None:
        self.catalog = catalog or default_catalog()
        prefixes = sorted({f.prefix for f in self.catalog.key_formats if f.prefix})
        # where a key can start: each format's leading literal (None: a format without
        # one, and the regex is run over the whole text)
        leads = [leading_literal(f.pattern.pattern) for f in self.catalog.key_formats]
        self._leads = words(leads) if all(leads) else None
        # plain substring checks beat a regex alternation; a prefix containing another
        # (sk-proj- and sk-) adds nothing to "is any present", so only the minimal ones stay
        self._prefixes = words(p for p in prefixes if not any(q != p and q in p for q in prefixes))
        # credential_provider() names a provider only for a name holding an env var of
        # the catalog or PREFIX_ once upper-cased: an ASCII name holds it in lower case
        # then, and so does the lower-cased text
        cat = self.catalog
        self._named = any_case_words(
            (v.lower() for p in cat.providers for v in p.env_vars),
            (pre.lower() + "_" for p in cat.providers for pre in p.env_prefixes),
        )

    def applies_to(self, relpath: str) -> bool:
        base = base_of(relpath)
        return not (
            base.endswith((".lock", ".min.js", ".map", ".svg")) or base == "package-lock.json"
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        text = file.text
        if text is None or len(text) > _MAX:
            return
        lower: str | None = None
        seen: set[tuple[str, int]] = set()
        if not present(text, self._prefixes):
            yield from self._assigned(file, text, seen)
            return
        starts = line_starts(text)
        for m in self._key_matches(text):
            value = m.group(0)
            fmt = next((f for f in self.catalog.key_formats if f.pattern.fullmatch(value)), None)
            if fmt is None:
                continue
            body = value[len(fmt.prefix) :] if value.startswith(fmt.prefix) else value
            if not plausible_secret(body, min_len=16):
                continue
            line = _line(starts, m.start())
            if fmt.context or fmt.deny_context or fmt.file_context:
                lower = lower if lower is not None else lowered(text)
                if not _context_ok(fmt, lower, starts, line):
                    continue
            if (fmt.provider, line) in seen:
                continue
            seen.add((fmt.provider, line))
            yield self._key(file, fmt.provider, line, mask(value, fmt.prefix), 0.9, "format")
        yield from self._assigned(file, text, seen)

    def _key_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``key_any.finditer(text)``, tried only where a key format's leading literal
        stands (a whole-text scan of that regex tries every position): the same matches."""
        if self._leads is None:
            yield from self.catalog.key_any.finditer(text)
            return
        positions: set[int] = set()
        for lead in present(text, self._leads):
            pos = text.find(lead)
            while pos != -1:
                positions.add(pos)
                pos = text.find(lead, pos + 1)
        end = 0
        for pos in sorted(positions):
            if pos < end:
                continue  # inside the last match: finditer goes on after a match
            if m := self.catalog.key_any.match(text, pos):
                yield m
                end = m.end()

    def _assigned(
        self, file: SourceFile, text: str, seen: set[tuple[str, int]]
    ) -> Iterator[Component]:
        if not present(text, _NAME_WORDS):  # _ASSIGN_NAME cannot match
            return
        if not present_any_case(text, self._named):  # no name has a provider
            return
        example = bool(_EXAMPLE_MARK.search(posixpath.basename(file.relpath)))
        for v in _ASSIGN_VALUE.finditer(text):
            m = _ASSIGN_NAME.search(text, max(0, v.start() - 80), v.start())
            if m is None:
                continue
            provider = credential_provider(m.group(1), self.catalog)
            value = v.group(1)
            if provider is None or example or self.catalog.key_any.fullmatch(value):
                continue
            if not plausible_secret(value, min_len=24) or value.upper() == value:
                continue
            if sum(c.isdigit() for c in value) < 3 or "." in value.strip("."):
                continue
            line = _line(line_starts(text), m.start())
            if (provider, line) in seen:
                continue
            seen.add((provider, line))
            yield self._key(file, provider, line, mask(value), 0.75, "assignment")

    def _key(
        self, file: SourceFile, provider: str, line: int, masked: str, conf: float, rule: str
    ) -> Component:
        return Component(
            kind=ComponentKind.SECRET,
            name=provider,
            evidence=(Location(path=file.relpath, line=line),),
            provider=provider,
            confidence=conf,
            properties={"hardcoded": True, "masked": masked, "rule": rule},
            detector=self.id,
        )


_ASSIGN_VALUE = re.compile(r"""[:=][ \t]*["']?([A-Za-z0-9_\-\.]{24,200})(?![A-Za-z0-9_\-\.])""")
# every _ASSIGN_NAME match contains one of these (API_KEY/api_key contain KEY/key)
_NAME_WORDS = words("KEY", "TOKEN", "key", "token", "Key", "Token")
_ASSIGN_NAME = re.compile(
    r"""(?<![A-Za-z0-9_])([A-Za-z][A-Za-z0-9_]*?(?:API_?KEY|TOKEN|KEY|api_?key|token|Key|Token))"""
    r"""["']?[ \t]*$"""
)


def _line(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


def _context_ok(fmt: KeyFormat, lower: str, starts: list[int], line: int) -> bool:
    lo = starts[max(0, line - 4)]
    hi = starts[line + 3] if line + 3 < len(starts) else len(lower)
    window = lower[lo:hi]
    if any(w in window for w in fmt.deny_context):
        return False
    if fmt.file_context and not any(w in lower for w in fmt.file_context):
        return False
    if fmt.context:
        if any(w in window for w in fmt.context):
            return True
        return any(
            w in lower for w in ("generativeai", "google.genai", "gemini", "generativelanguage")
        )
    return True
