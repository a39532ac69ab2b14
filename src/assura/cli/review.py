"""``assura review``: work the human review queue (list, show, claim, approve, reject, edit).

Decisions are recorded as ``--by NAME`` (default ``$ASSURA_ACTOR`` or the OS user); over
HTTP (``/v1/review``) the reviewer is the authenticated principal instead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from assura.cli._common import json_dumps, open_cli_store, out_console
from assura.config import current_actor
from assura.errors import InputNotFound, InvalidInput
from assura.review import RescanResult, ReviewItem

app = typer.Typer(help="The human review queue for flagged AI inputs and outputs.",
                  no_args_is_help=True)  # fmt: skip

By = Annotated[
    str | None, typer.Option("--by", help="Reviewer (default $ASSURA_ACTOR or OS user).")
]
Reason = Annotated[str, typer.Option("--reason", help="Why (kept with the decision).")]
ItemId = Annotated[str, typer.Argument(help="Review item id.")]


def _print(item: ReviewItem, as_json: bool) -> None:
    if as_json:
        typer.echo(json_dumps(item.to_dict()), nl=False)
        return
    out_console.print(f"[bold]{item.id}[/bold]  {item.status}  ({item.source}, {item.mode}, "
                      f"{item.direction})  {item.reason}")  # fmt: skip
    out_console.print(f"app {item.app or '-'}  route {item.route or '-'}  model {item.model or '-'}"
                      f"  policy {item.policy or '-'}")  # fmt: skip
    for m in item.input or []:
        if isinstance(m, dict):
            out_console.print(f"  input [{m.get('role')}] {m.get('content')}", markup=False)
    if item.output is not None:
        out_console.print(f"  output: {item.output}", markup=False)
    if item.edited_output is not None:
        out_console.print(f"  edited: {item.edited_output}", markup=False)
    for f in item.findings:
        out_console.print(f"  finding {f.get('rule_id')} {f.get('message')}", markup=False)
    for h in item.history:
        out_console.print(
            f"  {h['at'][:19]} {h['actor']} {h['action']} {h['reason']}", markup=False
        )


@app.command("list")
def list_cmd(
    status: Annotated[str, typer.Option("--status", help="pending, claimed, approved, rejected, edited, expired, or 'all'")] = "pending",
    app_name: Annotated[str | None, typer.Option("--app")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, max=1000)] = 100,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:  # fmt: skip
    """Items in the queue, oldest first."""
    from assura.review import list_items

    with open_cli_store().session() as s:
        items = list_items(s, status=None if status == "all" else status, app=app_name, limit=limit)
    if as_json:
        typer.echo(json_dumps([i.to_dict() for i in items]), nl=False)
        return
    t = Table("id", "status", "source", "mode", "dir", "app", "reason", "claimed by", "created")
    for i in items:
        t.add_row(i.id, i.status, i.source, i.mode, i.direction, i.app or "", i.reason,
                  i.claimed_by or "", i.created_at.isoformat()[:19])  # fmt: skip
    out_console.print(t)


@app.command("show")
def show(item_id: ItemId, as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """One item: input, output, findings, and its history."""
    from assura.review import get_item

    with open_cli_store().session() as s:
        _print(get_item(s, item_id), as_json)


@app.command("claim")
def claim_cmd(item_id: ItemId, by: By = None) -> None:
    """Claim an item so no other reviewer decides it."""
    from assura.review import claim

    with open_cli_store().session() as s:
        item = claim(s, item_id, who=current_actor(by))
    typer.echo(f"{item.id} claimed by {item.claimed_by}")


@app.command("release")
def release_cmd(
    item_id: ItemId, by: By = None, reason: Annotated[str, typer.Option("--reason")] = ""
) -> None:
    """Give a claimed item back to the queue."""
    from assura.review import release

    with open_cli_store().session() as s:
        item = release(s, item_id, who=current_actor(by), reason=reason)
    typer.echo(f"{item.id} released")


def _decide(item_id: str, decision: str, reason: str, by: str | None, edited: str | None = None,
            policy: Path | None = None) -> None:  # fmt: skip
    from assura.review import decide

    with open_cli_store().session() as s:
        item = decide(s, item_id, who=current_actor(by), decision=decision, reason=reason,
                      edited_output=edited, rescan=_rescan(policy) if decision == "edit" else None)  # fmt: skip
    typer.echo(f"{item.id} {item.status} by {item.decided_by}")


def _rescan(policy: Path | None):  # type: ignore[no-untyped-def]
    """Scan an edit with ``--policy``, else the item's key's own policy, else the default."""

    def rescan(item: ReviewItem, text: str) -> RescanResult:
        from assura.gateway import get_key, load_gateway_policy, parse_gateway_policy
        from assura.guard import Guard

        ps = None
        if policy is not None:
            ps, _ = load_gateway_policy(policy)
        elif item.key_id:
            with open_cli_store().session() as s:
                key = get_key(s, item.key_id)
            if key is not None and key.policy_text:
                ps, _ = parse_gateway_policy(key.policy_text, name=f"policy of key {key.name}")
        guard = Guard(ps.select(app=item.app) if ps is not None else None)
        res = guard.scan_output(text, app=item.app)
        rule = next((f"output.{o.scanner}" for o in res.outcomes if o.triggered), None)
        return RescanResult(res.action.value, res.text, rule)

    return rescan


@app.command("approve")
def approve(item_id: ItemId, reason: Reason, by: By = None) -> None:
    """Approve: a held call goes on as it was."""
    _decide(item_id, "approve", reason, by)


@app.command("reject")
def reject(item_id: ItemId, reason: Reason, by: By = None) -> None:
    """Reject: a held call is refused."""
    _decide(item_id, "reject", reason, by)


@app.command("edit")
def edit(
    item_id: ItemId,
    reason: Reason,
    output: Annotated[str | None, typer.Option("--output", help="The corrected output text.")] = None,
    output_file: Annotated[Path | None, typer.Option("--output-file", help="Read it from a file.")] = None,
    policy: Annotated[Path | None, typer.Option("--policy", help="Policy to scan the edit with.")] = None,
    by: By = None,
) -> None:  # fmt: skip
    """Replace an output; the edit is scanned again and refused if the policy flags it."""
    if (output is None) == (output_file is None):
        raise InvalidInput("give exactly one of --output or --output-file")
    if output_file is not None:
        if not output_file.is_file():
            raise InputNotFound(f"file not found: {output_file}")
        output = output_file.read_text(encoding="utf-8")
    _decide(item_id, "edit", reason, by, output, policy)
