"""``assura access``: principals, roles, tokens, decisions, approvals, least-privilege review.

Commands that change access act as ``--by NAME`` (default ``$ASSURA_ACTOR`` or the OS
user) and are checked like any API call; the very first admin grant is a bootstrap.
"""

from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from assura.access import ROLES, SENSITIVE, access_review
from assura.access import service as svc
from assura.access.roles import role_permissions
from assura.cli._common import err_console, json_dumps, open_cli_store, out_console
from assura.config import current_actor

app = typer.Typer(
    help="Least-privilege access: principals, roles, tokens, decisions, review.",
    no_args_is_help=True,
)
principal_app = typer.Typer(help="People and service accounts.", no_args_is_help=True)
token_app = typer.Typer(
    help="API tokens (hashed at rest, expiring, revocable).", no_args_is_help=True
)
app.add_typer(principal_app, name="principal")
app.add_typer(token_app, name="token")

By = Annotated[
    str | None, typer.Option("--by", help="Acting principal (default: $ASSURA_ACTOR or OS user).")
]
Domain = Annotated[str, typer.Option("--domain", help="Scope: '*', 'team:NAME', 'system:NAME'.")]


@principal_app.command("add")
def principal_add(
    name: Annotated[str, typer.Argument(help="Principal name.")],
    service: Annotated[
        bool, typer.Option("--service", help="A service account, not a person.")
    ] = False,
    by: By = None,
) -> None:
    """Create a principal (no roles: it can do nothing until granted)."""
    with open_cli_store().session() as s:
        p = svc.add_principal(
            s, name, kind="service" if service else "person", actor=current_actor(by)
        )
    typer.echo(f"created {p.kind} {p.name}")


@principal_app.command("disable")
def principal_disable(
    name: Annotated[str, typer.Argument(help="Principal.")],
    enable: Annotated[bool, typer.Option("--enable", help="Re-enable instead.")] = False,
    by: By = None,
) -> None:
    """Disable a principal at once (all its decisions deny, its tokens stop working)."""
    with open_cli_store().session() as s:
        d = svc.set_disabled(s, name, not enable, by=current_actor(by))
    svc.raise_if_denied(d)
    typer.echo(f"{'enabled' if enable else 'disabled'} {name}")


@principal_app.command("list")
def principal_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Principals and their role bindings."""
    with open_cli_store().session() as s:
        people = svc.list_principals(s)
        binds = svc.bindings_of(s)
    if as_json:
        typer.echo(
            json_dumps(
                [
                    {
                        "name": p.name,
                        "kind": p.kind,
                        "disabled": p.disabled,
                        "roles": [{"role": r, "domain": d} for n, r, d in binds if n == p.name],
                    }
                    for p in people
                ]
            ).rstrip()
        )
        return
    table = Table("principal", "kind", "roles")
    for p in people:
        roles = ", ".join(f"{r}@{d}" for n, r, d in binds if n == p.name) or "-"
        table.add_row(p.name, p.kind, roles)
    out_console.print(table)


@app.command("roles")
def roles() -> None:
    """The built-in roles and the permissions each holds (sensitive ones marked *)."""
    for role in ROLES:
        perms = sorted(role_permissions(role))
        shown = ", ".join(p + ("*" if p in SENSITIVE else "") for p in perms)
        out_console.print(f"[bold]{role}[/] ({len(perms)}): {shown}", highlight=False)


@app.command("grant")
def grant(
    name: Annotated[str, typer.Argument(help="Principal.")],
    role: Annotated[str, typer.Argument(help="Role.")],
    domain: Domain = "*",
    approval: Annotated[
        str | None, typer.Option("--approval", help="Approval id (granting admin).")
    ] = None,
    by: By = None,
) -> None:
    """Give NAME the ROLE in a domain (admin needs a second approver)."""
    with open_cli_store().session() as s:
        d = svc.grant(s, name, role, domain, by=current_actor(by), approval_id=approval)
    svc.raise_if_denied(d)
    typer.echo(f"granted {role} in {domain} to {name}")


@app.command("revoke")
def revoke(
    name: Annotated[str, typer.Argument(help="Principal.")],
    role: Annotated[str, typer.Argument(help="Role.")],
    domain: Domain = "*",
    by: By = None,
) -> None:
    """Take ROLE in a domain away from NAME."""
    with open_cli_store().session() as s:
        d = svc.revoke(s, name, role, domain, by=current_actor(by))
    svc.raise_if_denied(d)
    typer.echo(f"revoked {role} in {domain} from {name}")


@token_app.command("create")
def token_create(
    name: Annotated[str, typer.Argument(help="Principal the token acts as.")],
    days: Annotated[int, typer.Option("--days", help="Lifetime in days.")] = 90,
    label: Annotated[str, typer.Option("--label", help="What the token is for.")] = "",
    by: By = None,
) -> None:
    """Issue a token; it is printed once and stored only as a salted hash."""
    with open_cli_store().session() as s:
        d, token_id, token = svc.create_token(
            s, name, by=current_actor(by), label=label, expires_in_days=days
        )
    svc.raise_if_denied(d)
    typer.echo(token)
    err_console.print(f"token id {token_id}, expires in {days} days", highlight=False)


@token_app.command("revoke")
def token_revoke(token_id: Annotated[str, typer.Argument(help="Token id.")], by: By = None) -> None:
    """Revoke a token at once."""
    with open_cli_store().session() as s:
        d = svc.revoke_token(s, token_id, by=current_actor(by))
    svc.raise_if_denied(d)
    typer.echo(f"revoked token {token_id}")


@app.command("check")
def check(
    name: Annotated[str, typer.Argument(help="Principal.")],
    permission: Annotated[str, typer.Argument(help="e.g. model:download")],
    resource: Annotated[str, typer.Argument(help="e.g. model:fraud@3")],
    domain: Domain = "*",
    approval: Annotated[
        str | None, typer.Option("--approval", help="Approval id for a sensitive action.")
    ] = None,
) -> None:
    """Decide and log (exit 0 allow, 1 deny or approval required)."""
    with open_cli_store().session() as s:
        d = svc.check(s, name, permission, resource, domain, approval_id=approval)
    extra = f" approval={d.approval_id}" if d.approval_id else ""
    typer.echo(f"{d.decision}: {d.reason} (ledger seq {d.ledger_seq}){extra}")
    if not d.allowed:
        raise typer.Exit(1)


@app.command("approve")
def approve(
    approval_id: Annotated[str, typer.Argument(help="Approval request id.")], by: By = None
) -> None:
    """Approve someone else's sensitive request as the second person."""
    with open_cli_store().session() as s:
        d = svc.approve(s, approval_id, approver=current_actor(by))
    svc.raise_if_denied(d)
    typer.echo(f"approved {approval_id}")


@app.command("review")
def review(
    days: Annotated[
        int, typer.Option("--days", help="Window of ledger history to compare with.")
    ] = 90,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Granted vs used (from the ledger): unused roles/permissions and toxic combinations."""
    with open_cli_store().session() as s:
        items = access_review(s, days=days)
    if as_json:
        typer.echo(
            json_dumps(
                [
                    {
                        "principal": r.principal,
                        "bindings": [list(b) for b in r.bindings],
                        "granted": r.granted,
                        "used": list(r.used),
                        "unused_roles": [list(b) for b in r.unused_roles],
                        "unused_permissions": list(r.unused_permissions),
                        "toxic": [
                            {"permissions": [t.first, t.second], "why": t.why, "domain": t.domain}
                            for t in r.toxic
                        ],
                    }
                    for r in items
                ]
            ).rstrip()
        )
        return
    table = Table("principal", "roles", "granted", "used", "unused roles", "toxic combinations")
    for r in items:
        table.add_row(
            r.principal,
            ", ".join(f"{a}@{b}" for a, b in r.bindings) or "-",
            str(r.granted),
            str(len(r.used)),
            ", ".join(f"{a}@{b}" for a, b in r.unused_roles) or "-",
            ", ".join(f"{t.first}+{t.second}@{t.domain}" for t in r.toxic) or "-",
        )
    out_console.print(table)
    whys = {f"{t.first}+{t.second}": t.why for r in items for t in r.toxic}
    for combo, why in sorted(whys.items()):
        out_console.print(f"toxic {combo}: {why}", highlight=False)
