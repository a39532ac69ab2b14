"""JavaScript/TypeScript imports → AI packages, services and vector stores.

Reads ``import ... from 'x'``, ``import 'x'``, ``export ... from 'x'``, ``require('x')``
and dynamic ``import('x')``, with scoped names and subpaths (``@langchain/openai``,
``langchain/vectorstores/faiss``). Comments are dropped first (line breaks kept), so a
commented-out import does not count.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from assura.findings import Location
from assura.inventory.catalog_packages import PackageCatalog, load_package_catalog
from assura.inventory.detectors.pkg_common import (
    CONF_IMPLIED_IMPORT,
    LineIndex,
    dedupe,
    emit_implication,
    emit_package,
    narrow_service,
)
from assura.inventory.interface import Component, SourceFile

__all__ = ["JavaScriptImportDetector", "js_imports", "strip_js_comments"]

_EXTENSIONS = (
    ".js",
    ".jsx",
    ".mjs",
    ".cjs",
    ".ts",
    ".tsx",
    ".mts",
    ".cts",
    ".vue",
    ".svelte",
    ".astro",
)
_STATIC = re.compile(
    r"""\b(?:import|export)\s+(?:type\s+)?(?P<clause>[\w$*{}\s,]{0,3000}?)\s*\bfrom\s*"""
    r"""(?P<q>['"])(?P<mod>[^'"\n]{1,300})(?P=q)"""
)
_BARE = re.compile(r"""\bimport\s*(?P<q>['"])(?P<mod>[^'"\n]{1,300})(?P=q)""")
_CALL = re.compile(
    r"""\b(?:require|import)\s*\(\s*(?P<q>['"`])(?P<mod>[^'"`\n$]{1,300})(?P=q)\s*\)"""
)
_IDENT = re.compile(r"[A-Za-z_$][\w$]*")
# Strings (kept) and comments (blanked); an unterminated comment runs to the end.
_TOKEN = re.compile(
    r"""'(?:\\[\s\S]|[^'\\\n])*+(?:'|(?=\n)|\\?\Z)"""
    r"""|"(?:\\[\s\S]|[^"\\\n])*+(?:"|(?=\n)|\\?\Z)"""
    r"""|`(?:\\[\s\S]|[^`\\])*+(?:`|\\?\Z)"""
    r"""|//[^\n]*+|/\*(?:[^*]|\*(?!/))*+(?:\*/|\Z)"""
)
_NOT_NEWLINE = re.compile(r"[^\n]")


def strip_js_comments(text: str) -> str:
    """Drop ``//`` and ``/* */`` comments but keep their newlines; strings stay intact."""
    return _TOKEN.sub(_blank_comment, text)


def _blank_comment(m: re.Match[str]) -> str:
    token = m.group(0)
    if token[0] != "/":
        return token
    if token[1] == "/":
        return ""  # a line comment runs to the line end: dropping it keeps lines
    return _NOT_NEWLINE.sub("", token)


def _names(clause: str) -> tuple[str, ...]:
    """Imported binding names of an import clause (``A, { B as C }`` → A, B)."""
    inner = re.sub(r"\bas\s+[\w$]+", "", clause)
    return tuple(i for i in _IDENT.findall(inner) if i not in {"type", "as"})


def js_imports(text: str) -> list[tuple[str, tuple[str, ...], int]]:
    """(module specifier, imported names, 1-based line) for each import in ``text``."""
    code = strip_js_comments(text)
    lines = LineIndex(code)
    found: list[tuple[str, tuple[str, ...], int]] = [
        (m.group("mod"), _names(m.group("clause")), lines.line(m.start()))
        for m in _STATIC.finditer(code)
    ]
    found.extend(
        (m.group("mod"), (), lines.line(m.start()))
        for regex in (_BARE, _CALL)
        for m in regex.finditer(code)
    )
    # `const { ChatOpenAI } = require("@langchain/openai")`: names before the require.
    for m in re.finditer(
        r"""\{(?P<names>[\w$\s,:]{1,2000})\}\s*=\s*(?:await\s+)?(?:require|import)\s*\(\s*"""
        r"""['"](?P<mod>[^'"\n]{1,300})['"]""",
        code,
    ):
        names = tuple(n.split(":")[0].strip() for n in m.group("names").split(","))
        found.append((m.group("mod"), tuple(n for n in names if n), lines.line(m.start())))
    found.sort(key=lambda f: f[2])
    return found


class JavaScriptImportDetector:
    """AI packages imported by JavaScript/TypeScript sources."""

    id: ClassVar[str] = "pkg.js-imports"

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self.catalog = catalog or load_package_catalog()

    def applies_to(self, relpath: str) -> bool:
        return relpath.endswith(_EXTENSIONS) and not relpath.endswith((".min.js", ".d.ts"))

    def detect(self, file: SourceFile) -> Iterator[Component]:
        text = file.text
        if not text or ("import" not in text and "require" not in text):
            return
        yield from dedupe(self._detect(file, text))

    def _detect(self, file: SourceFile, text: str) -> Iterator[Component]:
        for module, names, line in js_imports(text):
            info = self.catalog.js_module(module)
            implied = self.catalog.implications(module, names, resolved=info is not None)
            if info is not None:
                yield from emit_package(
                    self.catalog,
                    narrow_service(self.catalog, info, module, names),
                    path=file.relpath,
                    line=line,
                    detector=self.id,
                    source="import",
                    ecosystem="npm",
                    package=info.package or info.name,
                )
            for imp in implied:
                yield from emit_implication(
                    self.catalog,
                    imp,
                    loc=Location(path=file.relpath, line=line),
                    detector=self.id,
                    confidence=CONF_IMPLIED_IMPORT,
                    via=module,
                )
