"""``scan_path``: the whole analysis of a source tree, pure (no database, no network)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assura.codescan.agents import AgentPrivilegeChecker, McpChecker
from assura.codescan.catalog import Catalog, load_catalog
from assura.codescan.engine import run_taint, to_finding
from assura.codescan.files import discover, parse_python
from assura.codescan.interface import Checker, CodeScanReport, SkippedFile
from assura.codescan.patterns import (
    HubPinChecker,
    JinjaChecker,
    RemoteCodeChecker,
    UnsafeLoadChecker,
)
from assura.codescan.symbols import ModuleInfo, build_module
from assura.errors import InputNotFound
from assura.findings import Finding

__all__ = ["default_checkers", "scan_path"]

# A taint finding on the same line makes these pattern findings redundant.
_SUBSUMED = {
    "CODE-EXEC-DYNAMIC": ("CODE-LLM-EXEC",),
    "CODE-JINJA-UNSANDBOXED": ("CODE-LLM-TEMPLATE",),
    "CODE-UNSAFE-PICKLE": ("CODE-LLM-DESER",),
    "CODE-TORCH-LOAD": ("CODE-LLM-DESER",),
    "CODE-YAML-LOAD": ("CODE-LLM-DESER",),
}


def default_checkers() -> tuple[Checker, ...]:
    """The built-in pattern checkers, in report order."""
    return (
        UnsafeLoadChecker(),
        RemoteCodeChecker(),
        HubPinChecker(),
        JinjaChecker(),
        AgentPrivilegeChecker(),
        McpChecker(),
    )


def scan_path(
    path: str | Path,
    *,
    catalog: Catalog | None = None,
    checkers: Sequence[Checker] | None = None,
    javascript: bool = True,
) -> CodeScanReport:
    """Analyse the Python (and, shallowly, JavaScript/TypeScript) code under ``path``.

    Raises :class:`~assura.errors.InputNotFound` when ``path`` does not exist; every
    other problem with a file is reported in ``skipped``.
    """
    root = Path(path)
    if not root.exists():
        raise InputNotFound(f"no such file or folder: {path}")
    cat = catalog if catalog is not None else load_catalog()
    chk = tuple(checkers) if checkers is not None else default_checkers()
    found = discover(root)
    skipped: list[SkippedFile] = list(found.skipped)
    modules: list[ModuleInfo] = []
    silenced: dict[tuple[str, int], frozenset[str]] = {}
    lines = 0
    base = root if root.is_dir() else root.parent
    for p in found.python:
        src, skip = parse_python(p, base)
        if skip is not None:
            skipped.append(skip)
        if src is not None:
            modules.append(build_module(src))
            lines += src.lines
            silenced.update({(src.path, n): r for n, r in src.suppressed.items()})
    findings: list[Finding] = [to_finding(r, cat) for r in run_taint(modules, cat)]
    for mod in modules:
        for c in chk:
            findings.extend(c.check(mod, cat))
    files = len(modules)
    languages = ["python"]
    if javascript and found.javascript:
        from assura.codescan.javascript import scan_js

        js = scan_js(found.javascript, base, cat)
        findings.extend(js.findings)
        skipped.extend(js.skipped)
        files += js.files
        lines += js.lines
        languages.append("javascript")
    kept = [f for f in _dedupe(findings) if not _silenced(f, silenced)]
    return CodeScanReport(
        root=str(root),
        findings=tuple(kept),
        suppressed=len(_dedupe(findings)) - len(kept),
        skipped=tuple(sorted(skipped, key=lambda s: s.path)),
        files_scanned=files,
        lines_scanned=lines,
        languages=tuple(languages),
    )


def _silenced(f: Finding, silenced: dict[tuple[str, int], frozenset[str]]) -> bool:
    if f.location is None or f.location.line is None:
        return False
    rules = silenced.get((f.location.path, f.location.line))
    return rules is not None and (not rules or f.rule_id in rules)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    at: dict[tuple[str, int | None], set[str]] = {}
    for f in findings:
        if f.location is not None:
            at.setdefault((f.location.path, f.location.line), set()).add(f.rule_id)
    out: dict[tuple[str, str, int | None], Finding] = {}
    for f in findings:
        loc = f.location
        key = (f.rule_id, loc.path if loc else "", loc.line if loc else None)
        here = at.get((key[1], key[2]), set())
        if any(r in here for r in _SUBSUMED.get(f.rule_id, ())):
            continue
        out.setdefault(key, f)
    return sorted(
        out.values(),
        key=lambda f: (
            f.location.path if f.location else "",
            f.location.line or 0 if f.location else 0,
            f.rule_id,
        ),
    )
