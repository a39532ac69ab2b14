"""Whitebox analysis of AI-integration code.

Finds where LLM output and other untrusted content (agent tool arguments, retrieved
documents, fetched web pages, web-framework input placed into prompts) reach dangerous
sinks — code execution, shells, SQL and graph queries, templates, HTML, filesystem paths,
outgoing requests, deserialisation — plus unsafe model loading, over-privileged agents
and broad MCP servers. Pure: :func:`scan_path` takes a path and returns a
:class:`CodeScanReport`; :func:`to_sarif` renders it as SARIF 2.1.0 with code flows.

    >>> from assura.codescan import scan_path
    >>> report = scan_path("path/to/repo")          # doctest: +SKIP
    >>> [f.rule_id for f in report.findings]         # doctest: +SKIP
"""

from __future__ import annotations

from assura.codescan.catalog import Catalog, RuleInfo, load_catalog
from assura.codescan.interface import Checker, CodeScanReport, SkippedFile
from assura.codescan.sarif import to_sarif
from assura.codescan.scan import default_checkers, scan_path

__all__ = [
    "Catalog",
    "Checker",
    "CodeScanReport",
    "RuleInfo",
    "SkippedFile",
    "default_checkers",
    "load_catalog",
    "scan_path",
    "to_sarif",
]
