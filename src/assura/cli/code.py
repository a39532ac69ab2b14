"""``assura code``: whitebox analysis of AI-integration code (LLM output → dangerous sinks)."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from assura.cli._common import err_console, json_dumps, open_cli_store, out_console, write_output
from assura.codescan import CodeScanReport, load_catalog, scan_path, to_sarif
from assura.findings import Finding, Severity
from assura.services.scans import record_findings_scan

app = typer.Typer(
    help="Whitebox analysis of AI-integration code: LLM output and untrusted content reaching dangerous sinks.",
    no_args_is_help=True,
)


class Format(enum.StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"


@app.command("scan")
def scan(
    path: Annotated[Path, typer.Argument(help="A file or a source tree.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    fail_on: Annotated[
        str,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a finding is at or above this severity (info|low|medium|high|critical).",
        ),
    ] = "high",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    catalog: Annotated[
        list[Path] | None,
        typer.Option(
            "--catalog", help="Extra YAML catalog of sources/sinks/sanitizers (repeatable)."
        ),
    ] = None,
    javascript: Annotated[
        bool, typer.Option("--js/--no-js", help="Also run the shallow JavaScript/TypeScript pass.")
    ] = True,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Save the scan in the store.")
    ] = True,
) -> None:
    """Scan PATH; exit 0 when clean, 1 when a finding reaches --fail-on, 2 on bad input."""
    threshold = Severity.parse(fail_on)
    cat = load_catalog(tuple(catalog or ()))
    report = scan_path(path, catalog=cat, javascript=javascript)
    if save:
        summary = {"files": report.files_scanned, "skipped": len(report.skipped)}
        with open_cli_store().session() as s:
            record_findings_scan(
                s,
                kind="codescan",
                target=str(path.resolve()),
                findings=report.findings,
                summary=summary,
            )
    if format is Format.json:
        write_output(json_dumps(report_dict(report)), output)
    elif format is Format.sarif:
        write_output(json_dumps(to_sarif(report, cat)), output)
    else:
        _print_text(report)
    if report.at_or_above(threshold):
        raise typer.Exit(1)


def finding_dict(f: Finding) -> dict[str, Any]:
    loc = f.location
    return {
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "path": loc.path if loc else None,
        "line": loc.line if loc else None,
        "message": f.message,
        "flow": [str(x) for x in f.flow],
        "references": list(f.references),
        "confidence": f.confidence,
        "fingerprint": f.fingerprint,
    }


def report_dict(report: CodeScanReport) -> dict[str, Any]:
    counts: dict[str, int] = {}
    for f in report.findings:
        counts[f.severity.value] = counts.get(f.severity.value, 0) + 1
    return {
        "root": report.root,
        "files_scanned": report.files_scanned,
        "lines_scanned": report.lines_scanned,
        "languages": list(report.languages),
        "counts": counts,
        "suppressed": report.suppressed,
        "findings": [finding_dict(f) for f in report.findings],
        "skipped": [s.to_dict() for s in report.skipped],
    }


_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}


def _print_text(report: CodeScanReport) -> None:
    for f in report.findings:
        sev = f.severity.value
        out_console.print(
            f"{escape(str(f.location))}  [{_STYLE[sev]}]{sev.upper()}[/]  {f.rule_id}  {escape(f.message)}",
            highlight=False,
        )
        if f.flow:
            out_console.print(
                "    flow: " + escape(" → ".join(str(x) for x in f.flow)), highlight=False
            )
        if f.references:
            out_console.print("    refs: " + ", ".join(f.references), highlight=False)
    for s in report.skipped:
        err_console.print(
            f"[yellow]skipped:[/] {escape(s.path)}: {escape(s.reason)}", highlight=False
        )
    n = len(report.findings)
    out_console.print(
        f"{n} finding{'s' if n != 1 else ''} in {report.files_scanned} files "
        f"({report.lines_scanned} lines); {len(report.skipped)} skipped",
        highlight=False,
    )
