"""``assura guard``: check prompts and responses against a guard policy; print its schema.

Exit codes of ``check``: 0 every input allowed (possibly with redactions), 1 at least one
input blocked or sent to review, 2 usage or input error (bad policy, unreadable file,
malformed JSONL line).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from assura.errors import InputNotFound, InvalidInput, ParseError

app = typer.Typer(
    help="Run-time guards: scan prompts and responses (injection, secrets, PII, ...).",
    no_args_is_help=True,
)


def _rows(text: str | None, jsonl: str | None, role: str) -> list[tuple[str, str, str]]:
    if (text is None) == (jsonl is None):
        raise InvalidInput("give exactly one of --text or --jsonl")
    if text is not None:
        return [("1", text, role)]
    assert jsonl is not None
    if jsonl == "-":
        lines = sys.stdin.read().splitlines()
        name = "<stdin>"
    else:
        p = Path(jsonl)
        if not p.is_file():
            raise InputNotFound(f"no such file: {p}")
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise ParseError(f"cannot read: {exc}", path=str(p)) from None
        name = str(p)
    rows: list[tuple[str, str, str]] = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ParseError(f"not JSON: {exc.msg}", path=name, line=n) from None
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ParseError("each line must be an object with a string 'text'", path=name, line=n)
        rows.append((str(obj.get("id", n)), obj["text"], str(obj.get("role") or role)))
    return rows


@app.command("check")
def check(
    text: str | None = typer.Option(None, "--text", help="The text to scan."),
    jsonl: str | None = typer.Option(
        None, "--jsonl", help="JSONL file ('-' for stdin) of {id, text, role?} objects."
    ),
    policy: str | None = typer.Option(None, "--policy", help="Policy or policy-set YAML."),
    role: str = typer.Option(
        "user", "--role", help="user, system, tool, document (input) or output (response)."
    ),
    app_name: str | None = typer.Option(None, "--app", help="Application name (policy set)."),
    show_text: bool = typer.Option(False, "--show-text", help="Include the redacted text."),
) -> None:
    """Scan inputs; one JSON line each: id, action, scores, findings. Exit 1 if any block/review."""
    from assura.guard import GuardSet, Role, load_policy_set

    Role.parse(role)
    rows = _rows(text, jsonl, role)
    guards = GuardSet(load_policy_set(policy) if policy else None)
    g = guards.guard(app=app_name)
    worst = 0
    for rid, body, r in rows:
        rr = Role.parse(r)
        res = g.scan_output(body) if rr is Role.OUTPUT else g.scan_input(body, role=rr)
        d = {"id": rid, **res.to_dict()}
        if not show_text:
            d.pop("text", None)
        elif "text" not in d:
            d["text"] = res.text
        typer.echo(json.dumps(d, ensure_ascii=False))
        if not res.allowed:
            worst = 1
    raise typer.Exit(worst)


@app.command("schema")
def schema(
    policy_set: bool = typer.Option(False, "--set", help="Schema of a policy set, not a policy."),
) -> None:
    """Print the JSON Schema of a guard policy (or policy set)."""
    from assura.guard.policy import Policy, PolicySet

    model = PolicySet if policy_set else Policy
    typer.echo(json.dumps(model.model_json_schema(), indent=2))
