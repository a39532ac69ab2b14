"""``assura maturity``: measure the AI security process from platform evidence and answers."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml
from rich.markup import escape
from rich.prompt import Prompt
from rich.table import Table

from assura.cli._common import err_console, open_cli_store, out_console, write_output
from assura.errors import InvalidInput
from assura.maturity import (
    FRAMEWORKS,
    ActivityStatus,
    AnswersFile,
    Catalog,
    OrgSize,
    assessment_dict,
    load_catalog,
    parse_answers,
)
from assura.maturity.render import (
    activities_csv,
    coverage_csv,
    coverage_markdown,
    coverage_text,
    report_html,
    report_markdown,
    scorecard_svg,
    to_json,
)
from assura.maturity.service import (
    get_assessment,
    list_assessments,
    load_answers_checked,
    record_resolver,
    run_assessment,
    save_assessment,
)

app = typer.Typer(
    help="Measure the AI security process: scorecard, coverage, roadmap.", no_args_is_help=True
)


class Size(enum.StrEnum):
    small = "small"
    medium = "medium"
    large = "large"


class ReportFormat(enum.StrEnum):
    text = "text"
    markdown = "markdown"
    html = "html"
    json = "json"
    csv = "csv"


class CoverageFormat(enum.StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    csv = "csv"


class Framework(enum.StrEnum):
    nist_ai_rmf = "nist-ai-rmf"
    nist_ai_600_1 = "nist-ai-600-1"
    iso_42001 = "iso-42001"
    samm = "samm"
    bsimm = "bsimm"


def _now(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        ts = datetime.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"--now {value!r} is not an ISO date/time") from None
    return ts if ts.tzinfo else ts.replace(tzinfo=UTC)


def _render(doc: dict[str, Any], fmt: ReportFormat, chart: Path | None) -> str:
    if fmt is ReportFormat.markdown:
        return report_markdown(doc, chart_path=chart.name if chart else None)
    if fmt is ReportFormat.html:
        return report_html(doc)
    if fmt is ReportFormat.json:
        return to_json(doc)
    if fmt is ReportFormat.csv:
        return activities_csv(doc)
    raise AssertionError(fmt)


@app.command("assess")
def assess_cmd(
    answers: Annotated[
        Path | None, typer.Option("--answers", "-a", help="YAML answers file.")
    ] = None,
    interactive: Annotated[
        bool, typer.Option("--interactive", "-i", help="Ask the questionnaire in the terminal.")
    ] = False,
    org_size: Annotated[
        Size | None,
        typer.Option(
            "--org-size", help="Size the roadmap (default: the answers file's, else small)."
        ),
    ] = None,
    save: Annotated[
        bool, typer.Option("--save", help="Store the assessment as the next version.")
    ] = False,
    window_days: Annotated[
        int,
        typer.Option(
            "--window-days", min=1, max=3650, help="Platform evidence older than this is stale."
        ),
    ] = 30,
    format: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="Report format.")
    ] = ReportFormat.text,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the report here (with --format text: Markdown)."
        ),
    ] = None,
    chart: Annotated[
        Path | None, typer.Option("--chart", help="Also write the scorecard chart (SVG) here.")
    ] = None,
    write_answers: Annotated[
        Path | None,
        typer.Option("--write-answers", help="With --interactive: save the answers as YAML."),
    ] = None,
    now: Annotated[
        str | None, typer.Option("--now", help="Assess as of this ISO time (default: now).")
    ] = None,
) -> None:
    """Assess maturity from platform evidence plus answers; print, export, optionally save."""
    catalog = load_catalog()
    size = OrgSize(org_size.value) if org_size else None
    store = open_cli_store()
    with store.session() as s:
        parsed: AnswersFile | None = (
            load_answers_checked(s, answers, catalog) if answers is not None else None
        )
        if interactive:
            base = run_assessment(
                s, catalog, parsed, org_size=size, now=_now(now), window_days=window_days
            )
            parsed = _interview(s, catalog, parsed, base.org_size, base, write_answers)
        result = run_assessment(
            s, catalog, parsed, org_size=size, now=_now(now), window_days=window_days
        )
        doc = assessment_dict(result)
        if save:
            row = save_assessment(s, result)
            doc = dict(row.result)
    if chart is not None:
        write_output(scorecard_svg(doc), chart)
    if format is ReportFormat.text:
        _print_text(doc)
        if output is not None:
            write_output(report_markdown(doc), output)
    else:
        write_output(_render(doc, format, chart), output)
    if save:
        err_console.print(
            f"saved maturity assessment version {doc['version']} ({doc['id']})", highlight=False
        )


def _interview(
    session: Any,
    catalog: Catalog,
    given: AnswersFile | None,
    size: OrgSize,
    base: Any,
    write_to: Path | None,
) -> AnswersFile:
    """Ask every baseline activity not verified by the platform; validate like a file."""
    prior = dict(given.answers) if given else {}
    entries: dict[str, Any] = {}
    for aid, ans in prior.items():
        entries[aid] = {
            k: v
            for k, v in (
                ("answer", ans.answer),
                ("evidence", list(ans.evidence)),
                ("owner", ans.owner),
                ("notes", ans.notes),
            )
            if v
        }
    todo = [
        r
        for r in base.results
        if size in r.activity.sizes and r.status is not ActivityStatus.VERIFIED
    ]
    err_console.print(
        f"{len(todo)} question(s) for a {size.value} organisation; platform-verified activities are skipped."
    )
    for i, r in enumerate(todo, 1):
        act = r.activity
        options = catalog.options(act)
        err_console.print(
            f"\n[bold]{i}/{len(todo)} {act.id}[/] {escape(act.title)}", highlight=False
        )
        err_console.print(act.question, highlight=False, markup=False)
        for n, o in enumerate(options):
            err_console.print(f"  {n}. {o.text}", highlight=False, markup=False)
        default = str(
            next(
                (
                    n
                    for n, o in enumerate(options)
                    if o.key == entries.get(act.id, {}).get("answer")
                ),
                0,
            )
        )
        pick = Prompt.ask(
            "answer",
            choices=[str(n) for n in range(len(options))],
            default=default,
            console=err_console,
        )
        prior_entry = entries.get(act.id, {})
        entry: dict[str, Any] = {"answer": options[int(pick)].key}
        if options[int(pick)].value > 0:
            prior_ev = list(prior_entry.get("evidence", []))
            ev = Prompt.ask(
                "evidence link or file (empty for none)",
                default=prior_ev[0] if prior_ev else "",
                console=err_console,
            ).strip()
            owner = Prompt.ask(
                "owner (empty for none)", default=prior_entry.get("owner", ""), console=err_console
            ).strip()
            if ev:
                entry["evidence"] = [ev, *prior_ev[1:]] if prior_ev and ev == prior_ev[0] else [ev]
            if owner:
                entry["owner"] = owner
        if prior_entry.get("notes"):
            entry["notes"] = prior_entry["notes"]
        entries[act.id] = entry
    doc: dict[str, Any] = {"org_size": size.value, "answers": entries}
    if given and given.organisation:
        doc = {"organisation": given.organisation, **doc}
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
    name = str(write_to) if write_to else "<interactive answers>"
    base_dir = write_to.parent if write_to else Path.cwd()
    answers = parse_answers(
        text, name, catalog, base_dir=base_dir, resolver=record_resolver(session)
    )
    if write_to is not None:
        write_output(text, write_to)
    return answers


def _print_text(doc: dict[str, Any]) -> None:
    table = Table(
        title="AI security maturity: observed activities per practice and level",
        title_justify="left",
    )
    for col in ("practice", "name", "level 1", "level 2", "level 3"):
        table.add_column(col)
    for r in doc["scorecard"]:
        cells = []
        for lvl in ("1", "2", "3"):
            c = r["levels"].get(lvl)
            cells.append(
                f"{c['observed']}/{c['total']}" + (f" ({c['verified']}✓)" if c["verified"] else "")
                if c
                else "-"
            )
        table.add_row(escape(r["practice"]), escape(r["name"]), *cells)
    out_console.print(table)
    s = doc["summary"]
    out_console.print(
        f"{s['observed']} of {s['activities']} activities observed, {s['verified']} verified by platform evidence "
        f"(✓); window {doc['window_days']} days; {doc['org_size']} organisation.",
        highlight=False,
        markup=False,
    )
    not_yet = [c["check"] for c in doc["checks"] if c["state"] == "not_installed"]
    if not_yet:
        out_console.print(
            f"not observable yet: {', '.join(not_yet)}", highlight=False, markup=False
        )
    if doc["roadmap"]:
        out_console.print("\nroadmap (first items):", highlight=False, markup=False)
        for item in doc["roadmap"][:8]:
            risks = f" [open risks: {len(item['linked_risks'])}]" if item["linked_risks"] else ""
            out_console.print(
                f"  phase {item['phase']}  {item['activity']:<12} {item['title']}{risks}",
                highlight=False,
                markup=False,
            )
    cov = doc["coverage_summary"]
    for fw in ("nist-ai-rmf", "iso-42001"):
        c = cov[fw]
        out_console.print(
            f"{fw}: {c['evidence']} of {c['items']} with platform evidence, {c['declared']} declared, "
            f"{c['no evidence']} without evidence, {c['not covered']} not covered",
            highlight=False,
            markup=False,
        )


@app.command("coverage")
def coverage_cmd(
    framework: Annotated[
        Framework | None,
        typer.Option("--framework", help="One framework (default: all but bsimm)."),
    ] = None,
    format: Annotated[CoverageFormat, typer.Option("--format", "-f")] = CoverageFormat.text,
    answers: Annotated[
        Path | None, typer.Option("--answers", "-a", help="Count these answers too.")
    ] = None,
    assessment: Annotated[
        str | None,
        typer.Option("--assessment", help="Use a saved assessment (version, id or latest)."),
    ] = None,
    window_days: Annotated[int, typer.Option("--window-days", min=1, max=3650)] = 30,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Per framework item (official id): the activities that support it and whether evidence exists."""
    catalog = load_catalog()
    with open_cli_store().session() as s:
        if assessment is not None:
            doc = dict(get_assessment(s, assessment).result)
        else:
            parsed = load_answers_checked(s, answers, catalog) if answers is not None else None
            doc = assessment_dict(run_assessment(s, catalog, parsed, window_days=window_days))
    fws = [framework.value] if framework else [f for f in FRAMEWORKS if f != "bsimm"]
    if format is CoverageFormat.json:
        text = to_json(
            {
                fw: {"summary": doc["coverage_summary"][fw], "items": doc["coverage"][fw]}
                for fw in fws
            }
        )
    elif format is CoverageFormat.markdown:
        text = "\n".join(coverage_markdown(doc, fw) for fw in fws)
    elif format is CoverageFormat.csv:
        text = "".join(
            coverage_csv(doc, fw) if i == 0 else coverage_csv(doc, fw).split("\n", 1)[1]
            for i, fw in enumerate(fws)
        )
    else:
        text = "\n".join(coverage_text(doc, fw) for fw in fws)
    write_output(text, output)


@app.command("history")
def history_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 20,
) -> None:
    """Saved assessments, newest first, with observed activities per level."""
    with open_cli_store().session() as s:
        rows = [
            {
                "version": r.version,
                "id": r.id,
                "created_at": r.created_at.isoformat(),
                "org_size": r.org_size,
                "organisation": r.organisation,
                **r.summary,
                "per_level": _per_level(r.result),
            }
            for r in list_assessments(s, limit)
        ]
    if as_json:
        write_output(to_json({"assessments": rows}), None)
        return
    table = Table(title="Saved maturity assessments", title_justify="left")
    for col in (
        "version",
        "created",
        "size",
        "observed",
        "verified",
        "level 1",
        "level 2",
        "level 3",
    ):
        table.add_column(col)
    for r in rows:
        lv = r["per_level"]
        table.add_row(
            str(r["version"]),
            r["created_at"][:19],
            r["org_size"],
            f"{r['observed']}/{r['activities']}",
            str(r["verified"]),
            *(f"{lv[k][0]}/{lv[k][1]}" for k in ("1", "2", "3")),
        )
    out_console.print(table)


def _per_level(doc: dict[str, Any]) -> dict[str, tuple[int, int]]:
    out = {k: [0, 0] for k in ("1", "2", "3")}
    for p in doc.get("scorecard", []):
        for k, c in p["levels"].items():
            out[k][0] += c["observed"]
            out[k][1] += c["total"]
    return {k: (v[0], v[1]) for k, v in out.items()}


class ExportFormat(enum.StrEnum):
    markdown = "markdown"
    html = "html"
    json = "json"
    csv = "csv"
    svg = "svg"


@app.command("export")
def export_cmd(
    ref: Annotated[str, typer.Argument(help="Version number, id, or 'latest'.")] = "latest",
    format: Annotated[ExportFormat, typer.Option("--format", "-f")] = ExportFormat.markdown,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Export a saved assessment exactly as it was saved."""
    with open_cli_store().session() as s:
        doc = dict(get_assessment(s, ref).result)
    text = (
        scorecard_svg(doc)
        if format is ExportFormat.svg
        else _render(doc, ReportFormat(format.value), None)
    )
    write_output(text, output)


@app.command("catalog")
def catalog_cmd(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """List the activities of the catalog with their levels and evidence checks."""
    catalog = load_catalog()
    if as_json:
        acts = [
            {
                "id": a.id,
                "practice": a.practice,
                "level": a.level,
                "title": a.title,
                "question": a.question,
                "answers": [o.key for o in catalog.options(a)],
                "evidence": list(a.evidence),
                "baseline": [s.value for s in a.sizes],
                "frameworks": {k: list(v) for k, v in a.frameworks.items()},
            }
            for a in catalog.activities
        ]
        write_output(to_json({"version": catalog.version, "activities": acts}), None)
        return
    table = Table(title=f"{catalog.name} (version {catalog.version})", title_justify="left")
    for col in ("activity", "level", "title", "answers", "evidence"):
        table.add_column(col, overflow="fold")
    for a in catalog.activities:
        table.add_row(
            a.id,
            str(a.level),
            escape(a.title),
            "/".join(o.key for o in catalog.options(a)),
            ", ".join(a.evidence),
        )
    out_console.print(table)
