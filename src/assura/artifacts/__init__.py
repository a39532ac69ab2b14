"""Whitebox analysis of model files: what a file would do when loaded, without loading it.

``scan_paths(paths)`` returns an :class:`ArtifactReport` with one :class:`FileResult` per
file (format, verdict, facts) and :class:`~assura.findings.Finding` objects. Nothing is
ever deserialised, imported or executed: pickles run on a static interpreter, other
formats are parsed with bounded readers.
"""

from __future__ import annotations

from assura.artifacts.engine import Engine, scan_paths
from assura.artifacts.interface import (
    ArtifactReport,
    FileResult,
    FormatScanner,
    Limits,
    ScanContext,
    ScanTarget,
    Verdict,
)
from assura.artifacts.rules import RULES, Rule
from assura.artifacts.scanners import default_scanners

__all__ = [
    "RULES",
    "ArtifactReport",
    "Engine",
    "FileResult",
    "FormatScanner",
    "Limits",
    "Rule",
    "ScanContext",
    "ScanTarget",
    "Verdict",
    "default_scanners",
    "scan_paths",
]
