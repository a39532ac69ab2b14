"""``assura serve``: the HTTP API. Every route but /healthz and the docs needs a token."""

from __future__ import annotations

import ipaddress
from typing import Annotated

import typer

from assura.cli._common import err_console


def serve(
    host: Annotated[
        str, typer.Option(help="Address to bind (default: loopback only).")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8600,
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json). Callers need an API token."""
    import uvicorn

    from assura.api import create_app

    app = create_app()
    where = "loopback only" if _is_loopback(host) else "reachable from the network"
    err_console.print(
        f"assura API on http://{host}:{port} ({where}; every route needs an API token: "
        "`assura access token create NAME`). OpenAPI: /openapi.json",
        highlight=False,
    )
    if not _is_loopback(host):
        err_console.print("[yellow]warning:[/] no TLS here: put a TLS-terminating proxy in front.")
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
