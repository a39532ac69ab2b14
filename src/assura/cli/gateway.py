"""``assura gateway``: serve the guarded LLM gateway, manage client keys, read usage."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from assura.cli._common import json_dumps, open_cli_store, out_console
from assura.config import current_actor
from assura.errors import InvalidInput

app = typer.Typer(
    help="The guarded OpenAI/Anthropic-compatible gateway: serve, keys, usage, decisions.",
    no_args_is_help=True,
)
key_app = typer.Typer(help="Client API keys (shown once, hashed at rest, revocable).",
                      no_args_is_help=True)  # fmt: skip
app.add_typer(key_app, name="key")


def build_app(
    *, policy: Path | None, upstream: str, anthropic_upstream: str | None = None,
    upstream_key_env: str = "ASSURA_UPSTREAM_API_KEY", no_auth: bool = False,
    provider: str | None = None,
) -> Any:  # fmt: skip
    """The gateway app ``serve`` runs (separate so it can be built without serving)."""
    from assura.config import load_settings
    from assura.gateway import create_gateway_app, load_gateway_policy, load_pepper
    from assura.store import open_store

    if not upstream.startswith(("http://", "https://")):
        raise InvalidInput(f"--upstream must be an http(s) URL, got {upstream!r}")
    policies, gws = load_gateway_policy(policy)
    if no_auth:
        gws = gws.model_copy(update={"require_key": False})
    settings = load_settings()
    store = open_store(settings)
    return create_gateway_app(
        store, upstream_url=upstream, policy_set=policies, settings=gws,
        anthropic_upstream_url=anthropic_upstream, upstream_key=os.environ.get(upstream_key_env),
        anthropic_upstream_key=os.environ.get("ASSURA_ANTHROPIC_API_KEY"),
        pepper=load_pepper(settings.home), provider=provider,
    )  # fmt: skip


@app.command("serve")
def serve(
    upstream: Annotated[str, typer.Option("--upstream", help="OpenAI-compatible base URL, e.g. https://api.openai.com/v1")],
    policy: Annotated[Path | None, typer.Option("--policy", help="Guard policy (+ gateway: section) YAML.")] = None,
    anthropic_upstream: Annotated[str | None, typer.Option("--anthropic-upstream", help="Base URL for /v1/messages (default: --upstream).")] = None,
    host: Annotated[str, typer.Option("--host")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port")] = 8700,
    upstream_key_env: Annotated[str, typer.Option("--upstream-key-env", help="Env var holding the provider API key.")] = "ASSURA_UPSTREAM_API_KEY",
    provider: Annotated[str | None, typer.Option("--provider", help="Provider name for usage records (default: from the model id).")] = None,
    no_auth: Annotated[bool, typer.Option("--no-auth", help="Accept calls without a gateway key (development only).")] = False,
    workers_log: Annotated[str, typer.Option("--log-level")] = "warning",
) -> None:  # fmt: skip
    """Run the gateway (uvicorn) in front of an upstream provider."""
    import uvicorn

    gw_app = build_app(policy=policy, upstream=upstream, anthropic_upstream=anthropic_upstream,
                       upstream_key_env=upstream_key_env, no_auth=no_auth, provider=provider)  # fmt: skip
    out_console.print(f"assura gateway on http://{host}:{port} -> {upstream}")
    uvicorn.run(gw_app, host=host, port=port, log_level=workers_log)


@key_app.command("create")
def key_create(
    name: Annotated[str, typer.Option("--name", help="A name for the key (unique).")],
    policy: Annotated[Path | None, typer.Option("--policy", help="This key's own policy file.")] = None,
    app_name: Annotated[str | None, typer.Option("--app", help="Application the key belongs to.")] = None,
    model: Annotated[list[str] | None, typer.Option("--model", help="Allowed model (glob); repeat.")] = None,
    provider: Annotated[list[str] | None, typer.Option("--provider", help="Allowed provider; repeat.")] = None,
    rpm: Annotated[int | None, typer.Option("--rpm", help="Requests per minute.", min=1)] = None,
    max_tokens: Annotated[int | None, typer.Option("--max-tokens", help="Total token budget.", min=1)] = None,
    by: Annotated[str | None, typer.Option("--by", help="Acting person (default $ASSURA_ACTOR or OS user).")] = None,
) -> None:  # fmt: skip
    """Create a client key and print it once (it is stored only as a salted hash)."""
    from assura.config import load_settings
    from assura.gateway import UsageLimits, create_key, load_pepper

    text = None
    if policy is not None:
        if not policy.is_file():
            from assura.errors import InputNotFound

            raise InputNotFound(f"policy file not found: {policy}")
        text = policy.read_text(encoding="utf-8")
    limits = UsageLimits(allowed_models=model or None, allowed_providers=provider or None,
                         max_requests_per_minute=rpm, max_tokens=max_tokens)  # fmt: skip
    pepper = load_pepper(load_settings().home)
    with open_cli_store().session() as s:
        info, secret = create_key(s, name=name, pepper=pepper, app=app_name, policy_text=text,
                                  limits=limits, actor=current_actor(by))  # fmt: skip
    typer.echo(secret)
    typer.echo(
        f"created key {info.name} (id {info.id}); this is the only time it is shown", err=True
    )


@key_app.command("list")
def key_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Keys (never the secrets)."""
    from assura.gateway import list_keys

    with open_cli_store().session() as s:
        keys = list_keys(s)
    if as_json:
        typer.echo(json_dumps([k.to_dict() for k in keys]), nl=False)
        return
    t = Table("name", "id", "app", "own policy", "models", "rpm", "max tokens", "status")
    for k in keys:
        lim = k.limits
        t.add_row(k.name, k.id, k.app or "", "yes" if k.policy_text else "",
                  ",".join(lim.allowed_models or []) or "any", str(lim.max_requests_per_minute or ""),
                  str(lim.max_tokens or ""), "revoked" if k.revoked else "active")  # fmt: skip
    out_console.print(t)


@key_app.command("revoke")
def key_revoke(
    name: Annotated[str, typer.Argument(help="Key name or id.")],
    by: Annotated[str | None, typer.Option("--by")] = None,
) -> None:
    """Revoke a key (takes effect within the gateway's key cache time, default 2 s)."""
    from assura.gateway import revoke_key

    with open_cli_store().session() as s:
        info = revoke_key(s, name, actor=current_actor(by))
    typer.echo(f"revoked key {info.name}")


@app.command("usage")
def usage(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Requests and tokens per key, provider and model (the third-party AI in use)."""
    from assura.gateway import usage_summary

    with open_cli_store().session() as s:
        rows = usage_summary(s)
    if as_json:
        typer.echo(json_dumps(rows), nl=False)
        return
    t = Table(
        "key", "app", "provider", "model", "requests", "prompt tok", "completion tok", "blocked"
    )
    for r in rows:
        t.add_row(str(r["key"] or "-"), str(r["app"] or ""), str(r["provider"]), str(r["model"]),
                  str(r["requests"]), str(r["prompt_tokens"]), str(r["completion_tokens"]),
                  str(r["blocked"]))  # fmt: skip
    out_console.print(t)


@app.command("decisions")
def decisions_cmd(
    limit: Annotated[int, typer.Option("--limit", min=1, max=10000)] = 50,
    action: Annotated[str | None, typer.Option("--action", help="allow, redact, review, block, deny")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:  # fmt: skip
    """The newest decisions: action, rule, what was and was not scanned."""
    from assura.gateway import decisions

    with open_cli_store().session() as s:
        rows = decisions(s, limit=limit, action=action)
    if as_json:
        typer.echo(json_dumps(rows), nl=False)
        return
    t = Table("time", "key", "route", "model", "action", "rule", "output scan", "ms")
    for r in rows:
        t.add_row(r["ts"][:19], str(r["key"] or "-"), r["route"], str(r["model"] or ""),
                  r["action"], str(r["rule"] or ""), r["output_scan"], f"{r['overhead_ms']:.2f}")  # fmt: skip
    out_console.print(t)
