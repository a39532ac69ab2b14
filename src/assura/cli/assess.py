"""``assura assess``: the whole whitebox assessment of a repo, saved and logged."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from assura.assess import Assessment, assess
from assura.cli._common import json_dumps, open_cli_store, out_console, write_output
from assura.findings import Severity
from assura.services.assess import record_assessment


class Format(enum.StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"


def assess_command(
    path: Annotated[Path, typer.Argument(help="The repo to assess.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file.")
    ] = None,
    save: Annotated[bool, typer.Option("--save/--no-save", help="Save scans and register.")] = True,
    fail_on: Annotated[
        str, typer.Option("--fail-on", help="Exit 1 at or above this severity.")
    ] = "critical",
) -> None:
    """Inventory, model-file scan, code scan, inferred system model and risk analysis of PATH."""
    threshold = Severity.parse(fail_on)
    a = assess(path)
    ids: dict[str, str] = {}
    if save:
        with open_cli_store().session() as s:
            ids = record_assessment(s, a)
    if format is Format.json:
        write_output(json_dumps({**a.to_dict(), "saved": ids}), output)
    elif format is Format.markdown:
        write_output(_markdown(a), output)
    else:
        _print(a, ids)
    worst = a.worst()
    if worst is not None and worst >= threshold:
        raise typer.Exit(1)


def _print(a: Assessment, ids: dict[str, str]) -> None:
    s = a.summary()
    table = Table(
        title=f"assessment of {escape(a.target)}", title_justify="left", show_header=False
    )
    table.add_row("AI systems", escape(", ".join(s["systems"]) or "-"))
    table.add_row(
        "AI components", ", ".join(f"{k} {v}" for k, v in sorted(s["components"].items())) or "-"
    )
    table.add_row(
        "model files", escape(", ".join(f"{p}: {v}" for p, v in s["model_files"].items()) or "-")
    )
    table.add_row("code findings", str(s["code_findings"]))
    table.add_row("open risks (ARA)", str(s["risks_open"]))
    table.add_row("worst severity", s["worst"] or "-")
    out_console.print(table)
    for f in a.findings:
        out_console.print(
            f"  [bold]{f.severity.value}[/] {f.rule_id} {escape(str(f.location))}: {escape(f.message)}",
            highlight=False,
        )
    risks = a.analysis.open_risks()
    for r in risks[:_SHOWN_RISKS]:
        where = _path_text(r.components)
        out_console.print(
            f"  [bold]{r.severity}[/] risk {r.rule_id}: {escape(r.title)} ({escape(where)})",
            highlight=False,
        )
    if len(risks) > _SHOWN_RISKS:
        out_console.print(
            f"  … {len(risks) - _SHOWN_RISKS} more open risks: -f markdown or -f json lists them all",
            highlight=False,
        )
    if ids:
        out_console.print(
            f"saved: {', '.join(f'{k} {v[:12]}' for k, v in ids.items())}", highlight=False
        )


_SHOWN_RISKS = 10


def _path_text(components: tuple[str, ...] | list[str]) -> str:
    """A risk's path, shortened in the middle: the two risks on the same first hops differ
    at the end (``secrets → app → … → llm-openai`` vs ``… → embed-openai``)."""
    parts = list(components)
    if len(parts) > 4:
        parts = [*parts[:2], "…", parts[-1]]
    return " → ".join(parts)


def _markdown(a: Assessment) -> str:
    s = a.summary()
    lines = [f"# Assessment of `{a.target}`", ""]
    lines += [f"- AI systems: {', '.join(s['systems']) or '-'}"]
    lines += [
        f"- AI components: {', '.join(f'{k} {v}' for k, v in sorted(s['components'].items())) or '-'}"
    ]
    lines += [
        f"- open ARA risks: {s['risks_open']}; worst severity: {s['worst'] or '-'}",
        "",
        "## Findings",
        "",
    ]
    lines += [
        f"- **{f.severity.value}** `{f.rule_id}` {f.location}: {f.message}" for f in a.findings
    ] or ["none"]
    lines += ["", "## Open risks", ""]
    lines += [
        f"- **{r.severity}** `{r.rule_id}` {r.title} ({', '.join(r.components)})"
        for r in a.analysis.open_risks()
    ] or ["none"]
    return "\n".join(lines) + "\n"
