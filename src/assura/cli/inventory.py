"""``assura inventory``: discover the AI in a repo, save it, export the AI-BOM, compare."""

from __future__ import annotations

import enum
from pathlib import Path

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from assura.cli._common import err_console, json_dumps, open_cli_store, out_console, write_output
from assura.inventory import InventoryResult, scan_path
from assura.reports.cyclonedx import to_cyclonedx
from assura.services.inventory import diff_scans, record_inventory
from assura.services.scans import get_scan, list_scans, scan_dict

app = typer.Typer(help="Discover AI components (SDKs, models, datasets, MCP servers, keys...).", no_args_is_help=True)


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    cyclonedx = "cyclonedx"


@app.command("scan")
def scan(
    path: Path = typer.Argument(..., help="A repo, a monorepo or a folder of repos."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout."),
    save: bool = typer.Option(True, "--save/--no-save", help="Save the scan in the store."),
    progress: bool = typer.Option(True, "--progress/--no-progress", help="Show a progress bar on stderr."),
    transitive: bool = typer.Option(False, "--transitive", help="Also list AI packages seen only in lock files."),
) -> None:
    """Scan PATH for AI components, save the scan, and print or export the inventory."""
    result = _run_scan(path, progress and err_console.is_terminal, transitive)
    scan_id = None
    if save:
        store = open_cli_store()
        with store.session() as s:
            scan_id = record_inventory(s, result).id
    for sk in result.skipped:
        err_console.print(f"[yellow]warning:[/] {sk.relpath}: {sk.reason}", highlight=False)
    if format is Format.json:
        doc = result.to_dict()
        doc["scan_id"] = scan_id
        write_output(json_dumps(doc), output)
    elif format is Format.cyclonedx:
        bom = to_cyclonedx(result.components, target_name=Path(result.target).name, systems=[s.name for s in result.systems])
        write_output(json_dumps(bom), output)
    else:
        _print_table(result, scan_id)


def _run_scan(path: Path, show: bool, transitive: bool) -> InventoryResult:
    if not show:
        return scan_path(path, include_transitive=transitive)
    with Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} files"),
        TimeElapsedColumn(), console=err_console, transient=True,
    ) as bar:
        task = bar.add_task(f"scanning {path}", total=None)
        return scan_path(path, on_file=lambda _rel: bar.advance(task), include_transitive=transitive)


def _print_table(result: InventoryResult, scan_id: str | None) -> None:
    for system in result.systems:
        table = Table(title=f"AI system: {system.name}", title_justify="left", show_lines=False)
        for col in ("kind", "name", "version", "provider", "evidence"):
            table.add_column(col, overflow="fold")
        for c in system.components:
            ev = ", ".join(str(loc) for loc in c.evidence[:2])
            if len(c.evidence) > 2:
                ev += f" (+{len(c.evidence) - 2})"
            table.add_row(c.kind.value, c.name, c.version or "", c.provider or "", ev)
        out_console.print(table)
    n = len(result.components)
    out_console.print(
        f"{n} AI component{'s' if n != 1 else ''} in {len(result.systems)} system(s); "
        f"{result.files_scanned} files in {result.duration_s:.2f}s"
        + (f"; saved as scan {scan_id}" if scan_id else ""),
        highlight=False,
    )
    for f in result.findings:
        out_console.print(f"[red]{f.severity.value}[/] {f.rule_id} {f.location}: {f.message}", highlight=False)


@app.command("list")
def list_(
    limit: int = typer.Option(20, help="How many scans to show, newest first."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List saved inventory scans."""
    with open_cli_store().session() as s:
        scans = list_scans(s, kind="inventory", limit=limit)
        rows = [scan_dict(x, with_items=False) for x in scans]
    if json_out:
        write_output(json_dumps({"scans": rows}), None)
        return
    table = Table(title="inventory scans")
    for col in ("id", "started", "target", "components", "systems"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["id"][:12], r["started_at"][:19], r["target"], str(r["summary"].get("components", "")), str(r["summary"].get("systems", "")))
    out_console.print(table)


@app.command("show")
def show(
    scan_id: str = typer.Argument(..., help="Scan id (or a unique prefix)."),
    format: Format = typer.Option(Format.json, "--format", "-f"),
    output: Path | None = typer.Option(None, "--output", "-o"),
) -> None:
    """Print a saved scan as JSON or CycloneDX."""
    from assura.inventory import Component, ComponentKind
    from assura.findings import Location

    with open_cli_store().session() as s:
        d = scan_dict(get_scan(s, scan_id, kind="inventory"))
    if format is Format.cyclonedx:
        comps = [
            (c["system"], Component(ComponentKind(c["kind"]), c["name"], tuple(Location(e["path"], e.get("line")) for e in c["evidence"]),
                                    c["version"], c["provider"], c["confidence"], c.get("properties", {})))
            for c in d["components"]
        ]
        write_output(json_dumps(to_cyclonedx(comps, target_name=Path(d["target"]).name, systems=[x["name"] for x in d["systems"]])), output)
    else:
        write_output(json_dumps(d), output)


@app.command("diff")
def diff(
    scan_a: str = typer.Argument(..., help="The earlier scan."),
    scan_b: str = typer.Argument(..., help="The later scan."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """What AI appeared or disappeared between two scans of the same target."""
    with open_cli_store().session() as s:
        d = diff_scans(s, scan_a, scan_b)
    if json_out:
        write_output(json_dumps(d.to_dict()), None)
        return
    for sign, style, items in (("+", "green", d.added), ("-", "red", d.removed)):
        for c in items:
            out_console.print(f"[{style}]{sign} {c['system']}: {c['kind']} {c['name']}[/]", highlight=False)
    for c in d.changed:
        out_console.print(f"[yellow]~ {c['system']}: {c['kind']} {c['name']} {c['version_before']} -> {c['version']}[/]", highlight=False)
    if not (d.added or d.removed or d.changed):
        out_console.print("no change in AI components")
