"""``assura ara``: architectural risk analysis of AI systems.

    assura ara analyze SYSTEM.yaml [--format text|json|markdown|html|sarif] [--output FILE]
                       [--diagram FILE.svg|FILE.mmd] [--fail-on SEV] [--save] [--rules PATH]
    assura ara diff BASE.json HEAD.json      what changed between two registers (CI, PRs)
    assura ara validate SYSTEM.yaml          check a model (errors name file:line)
    assura ara schema [--output FILE]        JSON Schema of the model file, for editors
    assura ara rules [--rules PATH]          list the rules
    assura ara infer PATH [--output FILE]    draft a model from a repo (inventory + codescan)
    assura ara otm import FILE.otm.json      OTM → system model YAML
    assura ara otm export SYSTEM.yaml        system model (+ risks) → OTM JSON
    assura ara accept RISK_ID --owner --reason [--expires DATE] [--system NAME]
    assura ara mitigate RISK_ID --owner --reason [--system NAME]
    assura ara decisions [--system NAME]     list accept/mitigate decisions
    assura ara history SYSTEM_NAME           saved analyses of a system

Exit codes: 0 clean, 1 open risks at or above ``--fail-on``, 2 usage or input error.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from assura.errors import InvalidInput
from assura.findings import Severity
from assura.outfile import write_text_atomic

if TYPE_CHECKING:
    from assura.ara.result import Decision
    from assura.store import Store

app = typer.Typer(
    help="Architectural risk analysis: system model → risks, attack paths.", no_args_is_help=True
)
otm_app = typer.Typer(help="Open Threat Model (OTM) import and export.", no_args_is_help=True)
app.add_typer(otm_app, name="otm")

_RULES = typer.Option("--rules", help="Extra rule file or folder (repeatable).")


def _write(path: Path | None, text: str) -> None:
    """Write ``text`` to ``path`` atomically, or to stdout when ``path`` is None."""
    if path is None:
        typer.echo(text, nl=False)
        return
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, text)


def _store_if_present() -> Store | None:
    """The store when one is configured or already exists; never creates a database."""
    from assura.config import load_settings
    from assura.store import open_store

    settings = load_settings()
    if settings.database_url or (settings.home / "assura.db").exists():
        return open_store(settings)
    return None


@app.command()
def analyze(
    system_file: Annotated[Path, typer.Argument(help="System model YAML.")],
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text|json|markdown|html|sarif")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report here.")
    ] = None,
    diagram: Annotated[
        Path | None, typer.Option("--diagram", help="Write a diagram (.svg/.mmd).")
    ] = None,
    fail_on: Annotated[
        str | None, typer.Option("--fail-on", help="Exit 1 on open risks >= SEV.")
    ] = None,
    save: Annotated[bool, typer.Option("--save", help="Save the register in the store.")] = False,
    rules: Annotated[list[Path] | None, _RULES] = None,
    no_builtin: Annotated[bool, typer.Option("--no-builtin-rules", help="Only --rules.")] = False,
    show_all: Annotated[
        bool, typer.Option("--all", help="Text: show mitigated risks too.")
    ] = False,
    no_store: Annotated[bool, typer.Option("--no-store", help="Ignore saved decisions.")] = False,
    max_paths: Annotated[
        int, typer.Option("--max-paths", min=1, help="Attack paths to list.")
    ] = 25,
) -> None:
    """Analyse a system model: risks, attack paths, weakest links."""
    from assura.ara import analyze as run
    from assura.ara import load_rules, load_system, render, render_diagram
    from assura.ara.render import FORMATS

    if fmt not in FORMATS:
        raise InvalidInput(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    threshold = Severity.parse(fail_on) if fail_on else None
    if diagram is not None and not diagram.name.lower().endswith((".svg", ".mmd", ".mermaid")):
        raise InvalidInput(f"{diagram}: diagram file must end in .svg or .mmd")
    system = load_system(system_file)
    ruleset = load_rules(rules or [], builtin=not no_builtin)
    store: Store | None = None
    if save:
        from assura.config import load_settings
        from assura.store import open_store

        store = open_store(load_settings())
    elif not no_store:
        store = _store_if_present()
    decisions: dict[str, Decision] = {}
    if store is not None and not no_store:
        from assura.ara.service import load_decisions

        with store.session() as s:
            decisions = load_decisions(s, system.name)
    analysis = run(system, ruleset, decisions, max_paths=max_paths)
    if save and store is not None:
        from assura.ara.service import save_analysis

        with store.session() as s:
            saved, analysis = save_analysis(s, analysis)
        typer.echo(f"saved analysis #{saved.seq} of {saved.system}", err=True)
    text = render(analysis, system, fmt, show_all=show_all)
    if diagram is not None:
        _write(diagram, render_diagram(system, analysis, diagram.name))
    _write(output, text)
    if threshold is not None and any(
        r.state == "applies" and r.sev >= threshold for r in analysis.risks
    ):
        raise typer.Exit(1)


@app.command()
def diff(
    base: Annotated[Path, typer.Argument(help="Register JSON of the base (e.g. main).")],
    head: Annotated[Path, typer.Argument(help="Register JSON of the head (e.g. the PR).")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="text|json")] = "text",
    fail_on: Annotated[
        str | None, typer.Option("--fail-on", help="Exit 1 on new or worse open risks >= SEV.")
    ] = None,
) -> None:
    """Compare two risk registers (``analyze -f json`` of two commits)."""
    from assura.ara.diff import compare_registers

    threshold = Severity.parse(fail_on) if fail_on else None
    if fmt not in ("text", "json"):
        raise InvalidInput(f"unknown format {fmt!r} (expected text or json)")
    regs = [_read_register(p) for p in (base, head)]
    changes = compare_registers(regs[0], regs[1])
    if fmt == "json":
        typer.echo(json.dumps({"changes": [c.to_dict() for c in changes]}, indent=2))
    else:
        for c in changes:
            typer.echo(f"{c.kind:<8} {c.key}  {c.detail}  {c.title}")
        typer.echo(f"{len(changes)} change(s)")
    if threshold is not None:
        sev = {r["key"]: r.get("severity", "info") for r in regs[1].get("risks", [])}
        worse = [
            c
            for c in changes
            if c.kind in ("new", "changed")
            and Severity.parse(str(sev.get(c.key, "info"))) >= threshold
        ]
        if worse:
            raise typer.Exit(1)


def _read_register(path: Path) -> dict[str, Any]:
    from assura.errors import InputNotFound, ParseError

    if not path.is_file():
        raise InputNotFound(f"{path}: no such file")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(f"not a JSON register: {exc}", path=str(path)) from None
    if not isinstance(data, dict) or not isinstance(data.get("risks"), list):
        raise ParseError("not an assura ARA register (no 'risks' list)", path=str(path))
    return data


@app.command()
def validate(system_file: Annotated[Path, typer.Argument(help="System model YAML.")]) -> None:
    """Check a system model; errors name the file and line."""
    from assura.ara import load_system

    s = load_system(system_file)
    typer.echo(
        f"{system_file}: ok ({len(s.components)} components, {len(s.flows)} flows, "
        f"{len(s.model.trust_boundaries)} trust boundaries)"
    )


@app.command()
def schema(output: Annotated[Path | None, typer.Option("--output", "-o")] = None) -> None:
    """Print the JSON Schema of the system model file."""
    from assura.ara import json_schema

    _write(output, json.dumps(json_schema(), indent=2) + "\n")


@app.command("rules")
def list_rules(rules: Annotated[list[Path] | None, _RULES] = None) -> None:
    """List the risk rules (built-in and --rules)."""
    from assura.ara import load_rules

    rs = load_rules(rules or [])
    for r in rs.rules:
        typer.echo(f"{r.id:<14} v{r.version}  {r.scope:<9}  {r.title}")
    typer.echo(f"{len(rs.rules)} rules, digest {rs.digest}")


@app.command()
def infer(
    path: Annotated[Path, typer.Argument(help="Repository or folder.")],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the YAML here.")
    ] = None,
    name: Annotated[
        str | None, typer.Option("--name", help="System name (default: folder).")
    ] = None,
) -> None:
    """Draft a system model from the repo's inventory and code scan."""
    from assura.ara import infer_system, to_yaml

    model = infer_system(path, name=name)
    header = (
        "# Draft system model inferred by `assura ara infer` from "
        f"{path}.\n# Every element lists its evidence (inferred_from); correct it, then "
        "run `assura ara analyze`.\n"
    )
    _write(output, to_yaml(model, header))


@otm_app.command("import")
def otm_import(
    otm_file: Annotated[Path, typer.Argument(help="OTM JSON file.")],
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Convert an OTM document into a system model YAML."""
    from assura.ara import from_otm, to_yaml
    from assura.errors import InputNotFound

    if not otm_file.is_file():
        raise InputNotFound(f"{otm_file}: no such file")
    model = from_otm(otm_file.read_text(encoding="utf-8"), str(otm_file))
    _write(output, to_yaml(model, f"# Imported from {otm_file.name} (OTM)\n"))


@otm_app.command("export")
def otm_export(
    system_file: Annotated[Path, typer.Argument(help="System model YAML.")],
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
    with_risks: Annotated[
        bool, typer.Option("--with-risks/--no-risks", help="Include threats.")
    ] = True,
) -> None:
    """Export a system model (and its risks) as OTM JSON."""
    from assura.ara import analyze as run
    from assura.ara import load_rules, load_system, to_otm

    system = load_system(system_file)
    analysis = run(system, load_rules()) if with_risks else None
    _write(output, json.dumps(to_otm(system, analysis), indent=2) + "\n")


def _decide(
    risk: str, state: str, owner: str, reason: str, expires: str | None, system: str | None
) -> None:
    from assura.ara.service import record_decision
    from assura.config import load_settings
    from assura.store import open_store

    when = None
    if expires:
        try:
            when = dt.date.fromisoformat(expires)
        except ValueError:
            raise InvalidInput(f"--expires {expires!r}: use YYYY-MM-DD") from None
    store = open_store(load_settings())
    with store.session() as s:
        sys_name, key = record_decision(
            s, risk, state=state, owner=owner, reason=reason, expires=when, system=system
        )
    typer.echo(f"{state}: {key} in {sys_name} by {owner}" + (f" until {when}" if when else ""))


@app.command()
def accept(
    risk: Annotated[str, typer.Argument(help="Risk id (or key with --system).")],
    owner: Annotated[str, typer.Option("--owner", help="Who accepts the risk.")],
    reason: Annotated[str, typer.Option("--reason", help="Why.")],
    expires: Annotated[str | None, typer.Option("--expires", help="YYYY-MM-DD")] = None,
    system: Annotated[str | None, typer.Option("--system", help="System name.")] = None,
) -> None:
    """Accept a risk (survives re-analysis while the rule version and element stay)."""
    _decide(risk, "accepted", owner, reason, expires, system)


@app.command()
def mitigate(
    risk: Annotated[str, typer.Argument(help="Risk id (or key with --system).")],
    owner: Annotated[str, typer.Option("--owner")],
    reason: Annotated[str, typer.Option("--reason", help="What mitigates it.")],
    system: Annotated[str | None, typer.Option("--system")] = None,
) -> None:
    """Record that a risk is mitigated by a control the model does not show."""
    _decide(risk, "mitigated", owner, reason, None, system)


@app.command()
def decisions(system: Annotated[str | None, typer.Option("--system")] = None) -> None:
    """List accept/mitigate decisions."""
    from assura.ara.service import list_decisions
    from assura.config import load_settings
    from assura.store import open_store

    with open_store(load_settings()).session() as s:
        rows = list_decisions(s, system)
    for name, key, d in rows:
        until = f" until {d.expires}" if d.expires else ""
        typer.echo(f"{name}  {key}  {d.state} by {d.owner}{until}: {d.reason}")
    if not rows:
        typer.echo("no decisions")


@app.command()
def history(system: Annotated[str, typer.Argument(help="System name.")]) -> None:
    """List the saved analyses of a system."""
    from assura.ara.service import list_analyses
    from assura.config import load_settings
    from assura.store import open_store

    with open_store(load_settings()).session() as s:
        rows = list_analyses(s, system)
    for r in rows:
        st = r.summary.get("by_state", {})
        typer.echo(
            f"#{r.seq}  {r.created_at}  open {st.get('applies', 0)}  "
            f"accepted {st.get('accepted', 0)}  mitigated {st.get('mitigated', 0)}"
        )
