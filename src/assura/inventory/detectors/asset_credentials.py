"""AI credentials: env-var names the code reads or example files declare, and literal keys.

Env-var references (``os.getenv("OPENAI_API_KEY")``, ``process.env.GROQ_API_KEY``,
``st.secrets["X"]``, ``.env.example`` lines, compose ``environment:``, CI ``secrets.X``) →
``secret`` named by the variable, provider from the catalog, ``hardcoded: False``; the
provider's service is implied at lower confidence. Google Maps/Firebase variables are not
AI credentials.

Literal keys committed in files are found by :mod:`asset_keys`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import ClassVar

from assura.findings import Location
from assura.inventory.catalog_providers import ProviderCatalog, default_catalog
from assura.inventory.detectors.asset_common import (
    CODE_EXTS,
    CONFIG_EXTS,
    base_of,
    ext_of,
    is_env_file,
    line_starts,
    lowered,
)
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import present, words

__all__ = ["CredentialRefDetector", "credential_provider"]

_COMMENTED = re.compile(r"[ \t]*(?:#|//|;|<!--|\*)")
_SUFFIX = re.compile(r"(?:KEY|TOKEN|SECRET|PAT)(?![A-Za-z0-9_])")
_UPPER = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _env_names(text: str) -> Iterator[tuple[int, str]]:
    """(offset, NAME) of UPPER_SNAKE identifiers ending in KEY/TOKEN/SECRET/PAT."""
    for m in _SUFFIX.finditer(text):
        end = m.end()
        i = m.start()
        floor = max(0, i - 100)
        while i > floor and text[i - 1] in _UPPER:
            i -= 1
        if i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_"):
            continue
        name = text[i:end]
        if "_" in name and name[0].isalpha():
            yield i, name


_LOWER_TOKEN = re.compile(
    r"(?<![A-Za-z0-9_])([a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:api_key|token|key))\b"
)
_READ = re.compile(
    r"""(?:environ(?:\.get)?|getenv|Getenv|env\.get|process\.env|import\.meta\.env|secrets|"""
    r"""userdata\.get|System\.getenv|ENV(?:\.fetch)?|config|env)\s*[\[(.]\s*\\?["'`]?$"""
)
_DOC_EXTS = frozenset({".md", ".rst", ".txt", ".mdx", ".adoc"})
_SHELL_EXTS = frozenset({".sh", ".bash", ".zsh", ".ps1", ".bat", ".cmd", ".tf", ".tfvars", ".hcl"})
_MAX = 3_000_000


def credential_provider(name: str, cat: ProviderCatalog | None = None) -> str | None:
    """The provider an env-var name unlocks (``OPENAI_API_KEY`` → ``openai``), else None."""
    cat = cat or default_catalog()
    n = name.upper().replace("-", "_")
    for pre in cat.env_framework_prefixes:
        if n.startswith(pre):
            n = n[len(pre) :]
            break
    words = set(n.split("_"))
    if any(w in words or (len(w) > 4 and w in n) for w in cat.env_exclude_words):
        return None
    for p in cat.providers:
        if n in p.env_vars:
            return p.id
    best: tuple[int, str] | None = None
    for p in cat.providers:
        for pre in p.env_prefixes:
            if not n.startswith(pre + "_"):
                continue
            rest = n[len(pre) + 1 :]
            if any(rest == s or rest.endswith("_" + s) for s in cat.credential_suffixes):
                if best is None or len(pre) > best[0]:
                    best = (len(pre), p.id)
    return best[1] if best else None


class CredentialRefDetector:
    """Env-var names of AI credentials read by code or declared in env/example/config files."""

    id: ClassVar[str] = "asset.credential-ref"

    def __init__(self, catalog: ProviderCatalog | None = None) -> None:
        self.catalog = catalog or default_catalog()
        self._cache: dict[str, str | None] = {}  # name -> provider, a pure memo
        cat = self.catalog
        # credential_provider() names a provider only for an env var of the catalog or a
        # name holding PREFIX_ (a framework prefix cut off leaves a part of the name):
        # an UPPER_SNAKE name from the text holds it, so the text does too
        self._named = words(
            (v for p in cat.providers for v in p.env_vars),
            (pre + "_" for p in cat.providers for pre in p.env_prefixes),
        )
        self._mentioned = words(
            "BaseSettings",
            (n for p in cat.providers for n in (*p.context_env_vars, *p.service_env_vars)),
        )

    def applies_to(self, relpath: str) -> bool:
        base = base_of(relpath)
        if base.endswith(".lock") or base in {"package-lock.json", "pnpm-lock.yaml"}:
            return False
        ext = ext_of(relpath)
        return (
            ext in CODE_EXTS
            or ext in CONFIG_EXTS
            or ext in _DOC_EXTS
            or ext in _SHELL_EXTS
            or is_env_file(relpath)
            or base.startswith(("dockerfile", "docker-compose", "makefile"))
        )

    def detect(self, file: SourceFile) -> Iterator[Component]:
        text = file.text
        if text is None or len(text) > _MAX:
            return
        ext = ext_of(file.relpath)
        doc = ext in _DOC_EXTS
        code = ext in CODE_EXTS
        env_file = is_env_file(file.relpath)
        seen: set[tuple[str, int]] = set()
        cache = self._cache
        names = _env_names(text) if present(text, self._named) else iter(())
        for start, name in names:
            if name in cache:
                provider = cache[name]
            else:
                provider = credential_provider(name, self.catalog)
                if len(cache) < 50_000:
                    cache[name] = provider
            if provider is None:
                continue
            line = _line(line_starts(text), start)
            if (name, line) in seen:
                continue
            seen.add((name, line))
            if provider == "google" and _maps_context(text, line_starts(text), line):
                continue  # a generic Google key used for Maps/Places/Firebase
            head = text[max(0, start - 40) : start]
            reads = bool(_READ.search(head))
            starts = line_starts(text)
            commented = _COMMENTED.match(text, starts[line - 1], start) is not None
            conf = 0.5 if doc else 0.9 if (reads or env_file) else 0.75
            if commented:
                conf = 0.4
            comp = self._secret(file, name, provider, line, conf, reads)
            if commented:
                comp.properties["commented_out"] = True
            yield comp
            p = self.catalog.provider(provider)
            if (
                p is not None
                and p.implies_service
                and not doc
                and not commented
                and (reads or env_file)
            ):
                yield Component(
                    kind=ComponentKind.SERVICE,
                    name=p.service,
                    evidence=(Location(path=file.relpath, line=line),),
                    provider=p.id,
                    confidence=0.6,
                    properties={"inferred_from": name},
                    detector=self.id,
                )
        if not doc:
            yield from self._contextual(file, text, seen, env_file)
        if code and "BaseSettings" in present(text, self._mentioned):
            # pydantic-settings style: openai_api_key: str
            for m in _LOWER_TOKEN.finditer(text):
                name = m.group(1).upper()
                provider = credential_provider(name, self.catalog)
                line = _line(line_starts(text), m.start())
                if provider and (name, line) not in seen:
                    seen.add((name, line))
                    yield self._secret(file, name, provider, line, 0.7, False)

    def _contextual(
        self, file: SourceFile, text: str, seen: set[tuple[str, int]], env_file: bool
    ) -> Iterator[Component]:
        """Cloud credentials next to AI code (AWS keys + Bedrock), and service settings."""
        lower: str | None = None
        found = present(text, self._mentioned)  # every name below, from one scan
        for p in self.catalog.providers:
            for name in p.context_env_vars:
                if name not in found:
                    continue
                lower = lower if lower is not None else lowered(text)
                if not any(w in lower for w in p.context_words):
                    continue
                for m in re.finditer(rf"(?<![A-Za-z0-9_]){name}(?![A-Za-z0-9_])", text):
                    line = _line(line_starts(text), m.start())
                    if (name, line) not in seen:
                        seen.add((name, line))
                        yield self._secret(file, name, p.id, line, 0.6, False)
            for name in p.service_env_vars:
                if name not in found:
                    continue
                for m in re.finditer(rf"(?<![A-Za-z0-9_]){name}(?![A-Za-z0-9_])", text):
                    line = _line(line_starts(text), m.start())
                    if (p.service, line) not in seen:
                        seen.add((p.service, line))
                        yield Component(
                            kind=ComponentKind.SERVICE,
                            name=p.service,
                            evidence=(Location(path=file.relpath, line=line),),
                            provider=p.id,
                            confidence=0.7,
                            properties={"inferred_from": name},
                            detector=self.id,
                        )

    def _secret(
        self, file: SourceFile, name: str, provider: str, line: int, conf: float, reads: bool
    ) -> Component:
        return Component(
            kind=ComponentKind.SECRET,
            name=name,
            evidence=(Location(path=file.relpath, line=line),),
            provider=provider,
            confidence=conf,
            properties={"hardcoded": False, "reference": "read" if reads else "declared"},
            detector=self.id,
        )


def _line(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset)


_MAPS = re.compile(r"(?i)maps|places|geocod|firebase|directions|staticmap")


def _maps_context(text: str, starts: list[int], line: int) -> bool:
    lo = starts[max(0, line - 4)]
    hi = starts[line + 3] if line + 3 < len(starts) else len(text)
    return bool(_MAPS.search(text, lo, hi))
