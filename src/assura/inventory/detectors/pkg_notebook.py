"""Jupyter notebooks: imports and ``!pip install`` lines in code cells.

Evidence lines point into the ``.ipynb`` file itself: each source line of a cell is found
in the raw JSON text (nbformat writes one source line per JSON line), so ``app.ipynb:42``
opens on the import. Minified notebooks fall back to the cell's first line found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from assura.inventory.catalog_packages import PackageCatalog, load_package_catalog
from assura.inventory.detectors.pkg_common import dedupe
from assura.inventory.detectors.pkg_install import emit_installs
from assura.inventory.detectors.pkg_python import PythonImportResolver
from assura.inventory.interface import Component, SourceFile

__all__ = ["NotebookDetector", "notebook_cells"]

_MAGIC = re.compile(r"^\s*[!%]")
_SOURCE_KEY = re.compile(r'^\s*"(?:source|input)"\s*:')


def notebook_cells(text: str) -> list[tuple[list[str], list[int]]]:
    """Code cells as (source lines, 1-based line of each in the raw file)."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return []
    cells: Any = doc.get("cells") if isinstance(doc, dict) else None
    if cells is None and isinstance(doc, dict):  # nbformat 3: worksheets[].cells
        cells = [
            c
            for ws in doc.get("worksheets") or []
            if isinstance(ws, dict)
            for c in ws.get("cells") or []
        ]
    if not isinstance(cells, list):
        return []
    raw = text.splitlines()
    # Each cell has one "source" key; when the count matches, cell i starts there.
    keys = [i for i, line in enumerate(raw) if _SOURCE_KEY.match(line)]
    starts = keys if len(keys) == len(cells) else None
    out: list[tuple[list[str], list[int]]] = []
    cursor = 0
    for index, cell in enumerate(cells):
        if not isinstance(cell, dict) or cell.get("cell_type") != "code":
            continue
        source = cell.get("source", cell.get("input", ""))
        if isinstance(source, list):
            lines = "".join(s for s in source if isinstance(s, str)).split("\n")
        elif isinstance(source, str):
            lines = source.split("\n")
        else:
            continue
        if starts is not None:
            cursor = starts[index]
        first = cursor
        end = starts[index + 1] if starts is not None and index + 1 < len(starts) else len(raw)
        numbers: list[int] = []
        for j, src in enumerate(lines):
            found = _find(raw, src, cursor, end, first + 1 + j) if src.strip() else None
            if found is not None:
                cursor = found
                numbers.append(found + 1)
            else:
                numbers.append(numbers[-1] if numbers else cursor + 1)
        out.append((lines, numbers))
    return out


def _find(raw: list[str], src: str, start: int, end: int, guess: int) -> int | None:
    """Raw line holding the JSON-encoded ``src``: the expected line, else a forward search."""
    needles = {json.dumps(src, ensure_ascii=False)[1:-1], json.dumps(src)[1:-1]}
    if 0 <= guess < len(raw) and any(n in raw[guess] for n in needles):
        return guess
    for i in range(start, end):
        if any(n in raw[i] for n in needles):
            return i
    return None


def _line_map(numbers: list[int]) -> Callable[[int], int]:
    def line_of(n: int) -> int:
        return numbers[max(1, min(n, len(numbers))) - 1]

    return line_of


class NotebookDetector:
    """AI packages imported or pip-installed in Jupyter notebooks."""

    id: ClassVar[str] = "pkg.notebook"

    def __init__(self, catalog: PackageCatalog | None = None) -> None:
        self.catalog = catalog or load_package_catalog()
        self._resolver = PythonImportResolver(self.catalog, self.id)

    def applies_to(self, relpath: str) -> bool:
        return relpath.endswith(".ipynb")

    def detect(self, file: SourceFile) -> Iterator[Component]:
        if not file.text:
            return
        yield from dedupe(self._detect(file, file.text))

    def _detect(self, file: SourceFile, text: str) -> Iterator[Component]:
        for lines, numbers in notebook_cells(text):
            code_lines = []
            for src, number in zip(lines, numbers, strict=True):
                if _MAGIC.match(src):
                    yield from self._pip(file, src, number)
                    code_lines.append("")
                else:
                    code_lines.append(src)
            code = "\n".join(code_lines)
            if "import" in code or "bedrock" in code:
                yield from self._resolver.components(file, code, _line_map(numbers))

    def _pip(self, file: SourceFile, line: str, number: int) -> Iterator[Component]:
        yield from emit_installs(self.catalog, file, line, number, self.id)
