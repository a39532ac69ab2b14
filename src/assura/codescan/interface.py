"""Result types and the plugin Protocol of :mod:`assura.codescan`.

A scan turns a source tree into a :class:`CodeScanReport`: the findings (the project's one
:class:`~assura.findings.Finding` type), the files that were analysed and, as values, the
files and folders that were *not* analysed and why (:class:`SkippedFile`). A skipped file
is never reported as clean.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from assura.findings import Finding, Severity

if TYPE_CHECKING:
    from assura.codescan.catalog import Catalog
    from assura.codescan.symbols import ModuleInfo

__all__ = ["Checker", "CodeScanReport", "SkippedFile", "SourceFile"]


@dataclass(frozen=True, slots=True)
class SkippedFile:
    """A file or folder the scan did not analyse. ``reason`` is one human-readable line."""

    path: str
    reason: str

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A parsed Python file: ``path`` relative to the scan root, ``module`` its dotted name."""

    path: str
    module: str
    tree: ast.Module
    lines: int
    suppressed: dict[int, frozenset[str]] = field(default_factory=dict)
    """Line → rule ids silenced by ``# assura: ignore[RULE,...]`` (empty set: every rule)."""


@dataclass(frozen=True, slots=True)
class CodeScanReport:
    """What one scan found.

    ``files_scanned``/``lines_scanned`` count the files that were analysed; ``skipped``
    lists everything that was not, with the reason; ``findings`` are sorted by path, line.
    """

    root: str
    findings: tuple[Finding, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    files_scanned: int = 0
    lines_scanned: int = 0
    languages: tuple[str, ...] = field(default=("python",))
    suppressed: int = 0

    def at_or_above(self, threshold: Severity) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity >= threshold)


class Checker(Protocol):
    """A pattern checker: looks at one module and yields findings (no data flow needed).

    ``id`` is stable; built-in checkers live one per module in this package and are passed
    to :func:`assura.codescan.scan_path` in a registry (a plain sequence).
    """

    id: str

    def check(self, module: ModuleInfo, catalog: Catalog) -> Iterator[Finding]: ...
