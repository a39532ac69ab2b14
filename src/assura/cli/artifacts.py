"""``assura artifacts``: whitebox analysis of model files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from assura.cli._common import open_cli_store, write_output
from assura.errors import InvalidInput
from assura.findings import Severity

app = typer.Typer(
    help="Whitebox analysis of model files (pickle, PyTorch, Keras, ONNX, GGUF, ...).",
    no_args_is_help=True,
)

_FORMATS = ("text", "json", "sarif")
_STYLE = {"critical": "bold red", "high": "red", "medium": "yellow", "low": "cyan", "info": "dim"}
_VSTYLE = {"malicious": "bold red", "suspicious": "yellow", "error": "magenta", "clean": "green"}


@app.callback()
def _group() -> None:
    """Whitebox analysis of model files: what a file would do when loaded, without loading it."""


@app.command("scan")
def scan(
    paths: Annotated[list[Path], typer.Argument(help="Model files or folders (recursive).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text | json | sarif")] = "text",
    fail_on: Annotated[
        str, typer.Option("--fail-on", help="Exit 1 when a finding is at or above this severity.")
    ] = "high",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Save the scan in the store.")
    ] = True,
) -> None:
    """Scan model files without loading them. Exit 0 clean, 1 findings at/above --fail-on, 2 usage error."""
    from assura.artifacts import scan_paths

    if fmt not in _FORMATS:
        raise InvalidInput(f"unknown format {fmt!r} (expected one of: {', '.join(_FORMATS)})")
    threshold = Severity.parse(fail_on)
    report = scan_paths(paths)
    if save:
        _save(report, paths)
    if fmt == "json":
        text = json.dumps(report.to_dict(), indent=2, default=str) + "\n"
    elif fmt == "sarif":
        text = json.dumps(report.to_sarif(), indent=2, default=str) + "\n"
    else:
        text = _render_text(report, to_file=output is not None)
    write_output(text, output)
    failed = any(f.severity >= threshold for f in report.findings)
    raise typer.Exit(1 if failed else 0)


def _render_text(report: object, *, to_file: bool) -> str:
    from io import StringIO

    from rich.console import Console
    from rich.table import Table

    from assura.artifacts import ArtifactReport

    assert isinstance(report, ArtifactReport)
    buf = StringIO()
    console = Console(
        file=buf, width=140, force_terminal=not to_file and sys.stdout.isatty(), highlight=False
    )
    table = Table(title="assura artifacts scan", show_lines=False)
    for col in ("verdict", "format", "file", "findings"):
        table.add_column(col)
    for r in report.files:
        table.add_row(
            f"[{_VSTYLE[r.verdict.value]}]{r.verdict.value}[/]",
            r.format,
            r.path,
            str(len(r.findings)),
        )
    console.print(table)
    for f in sorted(report.findings, key=lambda x: -x.severity.rank):
        where = str(f.location) if f.location else ""
        console.print(
            f"[{_STYLE[f.severity.value]}]{f.severity.value.upper():8}[/] {f.rule_id}  {where}",
            markup=True,
            soft_wrap=True,
        )
        console.print(f"         {f.message}", markup=False, soft_wrap=True)
    counts = {v: sum(1 for r in report.files if r.verdict.value == v) for v in _VSTYLE}
    console.print(
        f"{len(report.files)} file(s): "
        + ", ".join(f"{n} {v}" for v, n in counts.items() if n)
        + (f"; {len(report.skipped)} non-model file(s) skipped" if report.skipped else "")
    )
    return buf.getvalue()


def _save(report: object, paths: list[Path]) -> None:
    """Save the scan (files with their verdicts, and the findings) in the store."""
    from assura.artifacts import ArtifactReport
    from assura.services.scans import record_findings_scan

    assert isinstance(report, ArtifactReport)
    files = [
        {"path": r.path, "format": r.format, "verdict": r.verdict.value, "size": r.size}
        for r in report.files
    ]
    target = ", ".join(str(p.resolve()) for p in paths)
    with open_cli_store().session() as s:
        record_findings_scan(
            s, kind="artifacts", target=target, findings=report.findings, summary={"files": files}
        )
