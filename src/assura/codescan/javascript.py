"""JavaScript/TypeScript: a shallow, token-level pass (second step, no data flow yet).

Reports the most common AI-integration sinks when the same file also calls an LLM SDK or
serves MCP tools:
``eval``/``new Function``/``vm.runIn*Context`` and ``child_process.exec*`` whose
argument is not a plain string literal, and ``innerHTML``/``dangerouslySetInnerHTML``
assignments of non-literals. Without data flow these findings carry a lower confidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assura.codescan.catalog import Catalog
from assura.codescan.files import _rel, read_text
from assura.codescan.interface import SkippedFile
from assura.findings import Finding, Location

__all__ = ["JsResult", "scan_js"]

_LLM = re.compile(
    r"(chat\.completions\.create|messages\.create|generateText|streamText|generateContent|"
    r"\.invoke\(|ChatOpenAI|ChatAnthropic|CallToolRequestSchema|registerTool\(|server\.tool\(|"
    r"from ['\"](openai|@anthropic-ai/sdk|ai|@langchain/[\w-]+|langchain|"
    r"@modelcontextprotocol/sdk[\w/.-]*)['\"])"
)
_RULES = [
    (
        "CODE-LLM-EXEC",
        re.compile(
            r"(?<![\w.])(eval|new\s+Function|vm\.runIn\w*Context|vm\.runInThisContext)\s*\(\s*(?![\"'`][^\"'`$]*[\"'`]\s*\))"
        ),
    ),
    (
        "CODE-LLM-SHELL",
        # an identifier, a template literal with ${...}, or a concatenation as the command
        re.compile(
            r"(?<![\w.])(child_process\.)?(exec|execSync|execAsync|execPromise|execa|execaCommand|"
            r"spawn|spawnSync)\s*\(\s*([A-Za-z_$][\w$.]*\s*[,)+]|`[^`]*\$\{|[\"'][^\"']*[\"']\s*\+)"
        ),
    ),
    (
        "CODE-LLM-HTML",
        re.compile(
            r"(\.innerHTML\s*=\s*(?![\"'][^\"']*[\"'];?$)|dangerouslySetInnerHTML\s*=\s*\{\{\s*__html:\s*(?![\"']))"
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class JsResult:
    findings: tuple[Finding, ...]
    skipped: tuple[SkippedFile, ...]
    files: int
    lines: int


def scan_js(files: tuple[Path, ...], root: Path, catalog: Catalog) -> JsResult:
    findings: list[Finding] = []
    skipped: list[SkippedFile] = []
    nfiles = nlines = 0
    for p in files:
        rel = _rel(p, root)
        text, skip = read_text(p, rel)
        if text is None:
            if skip is not None:
                skipped.append(skip)
            continue
        nfiles += 1
        lines = text.splitlines()
        nlines += len(lines)
        if not _LLM.search(text):
            continue
        uses_cp = "child_process" in text
        for no, line in enumerate(lines, 1):
            s = line.strip()
            if s.startswith(("//", "*", "/*")):
                continue
            for rule, rx in _RULES:
                if rule == "CODE-LLM-SHELL" and not uses_cp:
                    continue
                if rx.search(line):
                    info = catalog.rule(rule)
                    findings.append(
                        Finding(
                            rule_id=rule,
                            severity=info.severity,
                            message=f"{info.title} (JavaScript token match in a file that calls an LLM; no data flow)",
                            location=Location(rel, no),
                            references=info.references,
                            confidence=0.4,
                        )
                    )
    return JsResult(tuple(findings), tuple(skipped), nfiles, nlines)
