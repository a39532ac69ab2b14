"""Vector stores declared in schemas rather than packages.

- pgvector: ``CREATE EXTENSION vector`` (SQL files, migrations in any language, Rails
  ``enable_extension "vector"``), ``vector(1536)`` columns and ``hnsw``/``ivfflat``
  indexes in SQL and Prisma schemas;
- Elasticsearch ``dense_vector`` and OpenSearch ``knn_vector`` field mappings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from assura.findings import Location
from assura.inventory.detectors.caseless import CaselessRegex
from assura.inventory.detectors.pkg_common import LineIndex, dedupe
from assura.inventory.interface import Component, ComponentKind, SourceFile
from assura.presence import any_case_words, present, present_any_case, words

__all__ = ["VectorSchemaDetector"]

_MAX_HITS = 20
_SCHEMA_EXT = (".sql", ".prisma", ".psql", ".pgsql")
_CODE_EXT = (
    ".py",
    ".ipynb",
    ".rb",
    ".js",
    ".ts",
    ".mjs",
    ".cjs",
    ".go",
    ".java",
    ".kt",
    ".cs",
    ".php",
    ".exs",
    ".ex",
    ".rs",
    ".json",
    ".yaml",
    ".yml",
)
_EXTENSION = CaselessRegex(
    r"""create\s+extension\s+(?:if\s+not\s+exists\s+)?["'`]?vector["'`]?(?![\w-])"""
    r"""|enable_extension\s*\(?\s*["']vector["']"""
)
_COLUMN = CaselessRegex(
    r"""(?<![\w.])(?:vector|halfvec)\s*\(\s*\d{1,5}\s*\)|using\s+(?:hnsw|ivfflat)\b"""
    r"""|vector_(?:cosine|l2|ip)_ops\b"""
)
# what an _EXTENSION match starts with, in any case ("enable_exten": "ſ" folds to "s")
_EXTENSION_STARTS = any_case_words("create", "enable_exten")
_ES = re.compile(r"""["']?type["']?\s*[:=]\s*["'](dense_vector|knn_vector)["']""")

_WORDS = words(
    "vector", "VECTOR", "Vector", "extension", "EXTENSION", "Extension", "dense_vector", "knn_vector"
)  # fmt: skip


class VectorSchemaDetector:
    """pgvector, Elasticsearch and OpenSearch vector fields in schemas and migrations."""

    id: ClassVar[str] = "pkg.vector-schema"

    def applies_to(self, relpath: str) -> bool:
        lower = relpath.lower()
        return lower.endswith(_SCHEMA_EXT) or lower.endswith(_CODE_EXT)

    def detect(self, file: SourceFile) -> Iterator[Component]:
        text = file.text
        if not text:
            return
        found = present(text, _WORDS)
        if "vector" not in found and "VECTOR" not in found and "Vector" not in found:
            return
        yield from dedupe(self._detect(file, text, found))

    def _detect(self, file: SourceFile, text: str, found: frozenset[str]) -> Iterator[Component]:
        index: list[LineIndex] = []  # built at the first hit: most texts have none

        def line(offset: int) -> int:
            if not index:
                index.append(LineIndex(text))
            return index[0].line(offset)

        schema = file.relpath.lower().endswith(_SCHEMA_EXT)
        patterns: list[tuple[CaselessRegex, str]] = []
        if schema or (
            any(w in found for w in ("extension", "EXTENSION", "Extension"))
            and present_any_case(text, _EXTENSION_STARTS)
        ):
            patterns.append((_EXTENSION, "extension"))
        if schema:
            patterns.append((_COLUMN, "column"))
        for regex, what in patterns:
            for count, m in enumerate(regex.finditer(text)):
                if count >= _MAX_HITS:
                    break
                yield self._component(file, "pgvector", "postgresql", line(m.start()), what)
        if "dense_vector" not in found and "knn_vector" not in found:
            return
        for count, m in enumerate(_ES.finditer(text)):
            if count >= _MAX_HITS:
                break
            store = "elasticsearch" if m.group(1) == "dense_vector" else "opensearch"
            yield self._component(file, store, store, line(m.start()), m.group(1))

    def _component(
        self, file: SourceFile, name: str, provider: str, line: int, what: str
    ) -> Component:
        return Component(
            kind=ComponentKind.VECTOR_STORE,
            name=name,
            evidence=(Location(path=file.relpath, line=line),),
            provider=provider,
            confidence=0.9,
            properties={"source": "schema", "match": what},
            detector=self.id,
        )
