"""``assura inventory``: discover the AI in a repo, save it, export the AI-BOM, compare."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assura.cli._common import (
    err_console,
    escape,
    json_dumps,
    open_cli_store,
    out_console,
    write_output,
)
from assura.inventory.scanner import scan_path

if TYPE_CHECKING:
    from assura.inventory.scanner import InventoryResult

# The store and its services (SQLAlchemy), rich's tables and progress bars are imported by
# the commands that use them: `assura inventory scan --no-save -f json` pays for none.

app = typer.Typer(
    help="Discover AI components (SDKs, models, datasets, MCP servers, keys...).",
    no_args_is_help=True,
)


class Format(enum.StrEnum):
    table = "table"
    json = "json"
    cyclonedx = "cyclonedx"


class ExportFormat(enum.StrEnum):
    json = "json"
    cyclonedx = "cyclonedx"


Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command("scan")
def scan(
    path: Annotated[Path, typer.Argument(help="A repo, a monorepo or a folder of repos.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Output = None,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Save the scan in the store.")
    ] = True,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")
    ] = True,
    transitive: Annotated[
        bool, typer.Option("--transitive", help="Also list AI packages seen only in lock files.")
    ] = False,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Processes to use (default: by size).")
    ] = None,
) -> None:
    """Scan PATH for AI components, save the scan, and print or export the inventory."""
    result = _run_scan(path, progress and err_console.is_terminal, transitive, jobs)
    scan_id = None
    if save:
        from assura.services.inventory import record_inventory

        with open_cli_store().session() as s:
            scan_id = record_inventory(s, result).id
    for sk in result.skipped:
        err_console.print(
            f"[yellow]warning:[/] {escape(sk.relpath)}: {escape(sk.reason)}", highlight=False
        )
    if format is Format.json:
        doc = result.to_dict()
        doc["scan_id"] = scan_id
        write_output(json_dumps(doc), output)
    elif format is Format.cyclonedx:
        from assura.reports.cyclonedx import to_cyclonedx  # its schema validator is slow to import

        systems = [s.name for s in result.systems]
        bom = to_cyclonedx(result.components, target_name=Path(result.target).name, systems=systems)
        write_output(json_dumps(bom), output)
    else:
        _print_table(result, scan_id)


def _run_scan(path: Path, show: bool, transitive: bool, jobs: int | None) -> InventoryResult:
    if not show:
        return scan_path(path, include_transitive=transitive, jobs=jobs)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed} files"),
    )
    # No refresh thread (auto_refresh=False): a single-threaded scan may fork its workers.
    with Progress(
        *columns, TimeElapsedColumn(), console=err_console, transient=True, auto_refresh=False
    ) as bar:
        task = bar.add_task(f"scanning {path}", total=None)
        seen = [0]

        def tick(_rel: str) -> None:
            bar.advance(task)
            seen[0] += 1
            if seen[0] % 64 == 0:
                bar.refresh()

        return scan_path(path, on_file=tick, include_transitive=transitive, jobs=jobs)


def _print_table(result: InventoryResult, scan_id: str | None) -> None:
    from rich.table import Table

    for system in result.systems:
        table = Table(title=f"AI system: {escape(system.name)}", title_justify="left")
        for col in ("kind", "name", "version", "provider", "evidence"):
            table.add_column(col, overflow="fold")
        for c in system.components:
            ev = ", ".join(str(loc) for loc in c.evidence[:2])
            if len(c.evidence) > 2:
                ev += f" (+{len(c.evidence) - 2})"
            row = (c.kind.value, c.name, c.version or "", c.provider or "", ev)
            table.add_row(*(escape(x) for x in row))
        out_console.print(table)
    n = len(result.components)
    saved = f"; saved as scan {scan_id}" if scan_id else ""
    out_console.print(
        f"{n} AI component{'s' if n != 1 else ''} in {len(result.systems)} system(s); "
        f"{result.files_scanned} files in {result.duration_s:.2f}s{saved}",
        highlight=False,
    )
    for f in result.findings:
        out_console.print(
            f"[red]{f.severity.value}[/] {f.rule_id} {f.location}: {escape(f.message)}",
            highlight=False,
        )


@app.command("list")
def list_(
    limit: Annotated[int, typer.Option(help="How many scans to show, newest first.")] = 20,
    json_out: AsJson = False,
) -> None:
    """List saved inventory scans."""
    from rich.table import Table

    from assura.services.scans import list_scans, scan_dict

    with open_cli_store().session() as s:
        rows = [
            scan_dict(x, with_items=False) for x in list_scans(s, kind="inventory", limit=limit)
        ]
    if json_out:
        write_output(json_dumps({"scans": rows}), None)
        return
    table = Table(title="inventory scans")
    for col in ("id", "started", "target", "components", "systems"):
        table.add_column(col, overflow="fold")
    for r in rows:
        summary = r["summary"]
        table.add_row(
            r["id"][:12],
            r["started_at"][:19],
            escape(r["target"]),
            str(summary.get("components", "")),
            str(summary.get("systems", "")),
        )
    out_console.print(table)


@app.command("show")
def show(
    scan_id: Annotated[str, typer.Argument(help="Scan id (or a unique prefix).")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.json,
    output: Output = None,
) -> None:
    """Print a saved scan as JSON or as a CycloneDX AI-BOM."""
    from assura.services.inventory import components_of
    from assura.services.scans import get_scan, scan_dict

    with open_cli_store().session() as s:
        row = get_scan(s, scan_id, kind="inventory")
        if format is ExportFormat.cyclonedx:
            from assura.reports.cyclonedx import to_cyclonedx

            systems = [x.name for x in row.systems]
            doc = to_cyclonedx(
                components_of(row), target_name=Path(row.target).name, systems=systems
            )
        else:
            doc = scan_dict(row)
    write_output(json_dumps(doc), output)


@app.command("diff")
def diff(
    scan_a: Annotated[str, typer.Argument(help="The earlier scan.")],
    scan_b: Annotated[str, typer.Argument(help="The later scan.")],
    json_out: AsJson = False,
) -> None:
    """What AI appeared or disappeared between two scans of the same target."""
    from assura.services.inventory import diff_scans

    with open_cli_store().session() as s:
        d = diff_scans(s, scan_a, scan_b)
    if json_out:
        write_output(json_dumps(d.to_dict()), None)
        return
    for sign, style, items in (("+", "green", d.added), ("-", "red", d.removed)):
        for c in items:
            out_console.print(
                f"[{style}]{sign} {escape(c['system'])}: {c['kind']} {escape(c['name'])}[/]",
                highlight=False,
            )
    for c in d.changed:
        line = f"~ {c['system']}: {c['kind']} {c['name']} {c['version_before']} -> {c['version']}"
        out_console.print(f"[yellow]{escape(line)}[/]", highlight=False)
    if not (d.added or d.removed or d.changed):
        out_console.print("no change in AI components")


@app.command("traffic")
def traffic(json_out: AsJson = False) -> None:
    """The third-party AI seen in traffic through the gateway (providers and models in use)."""
    from rich.table import Table

    from assura.inventory import component_dict
    from assura.services.inventory import traffic_components

    with open_cli_store().session() as s:
        comps = traffic_components(s)
    if json_out:
        write_output(
            json_dumps({"components": [component_dict(c, system) for system, c in comps]}), None
        )
        return
    table = Table(title="AI in use through the gateway")
    for col in ("system", "kind", "name", "provider", "requests", "seen through"):
        table.add_column(col, overflow="fold")
    for system, c in comps:
        via = ", ".join(loc.path for loc in c.evidence)
        row = (system, c.kind.value, c.name, c.provider or "", str(c.properties["requests"]), via)
        table.add_row(*(escape(x) for x in row))
    out_console.print(table)
