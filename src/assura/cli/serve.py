"""``assura serve``: the HTTP API on loopback."""

from __future__ import annotations

import ipaddress

import typer

from assura.cli._common import err_console
from assura.errors import InvalidInput


def serve(
    host: str = typer.Option(
        "127.0.0.1", help="Address to bind. Loopback only until authentication lands."
    ),
    port: int = typer.Option(8600, help="Port to listen on."),
) -> None:
    """Serve the REST API (OpenAPI at /openapi.json) on 127.0.0.1."""
    if not _is_loopback(host):
        raise InvalidInput(
            f"refusing to bind {host}: the API has no authentication yet, so it binds to loopback only"
        )
    import uvicorn

    from assura.api import create_app

    err_console.print(
        f"assura API on http://{host}:{port} (loopback only: no authentication yet). OpenAPI: /openapi.json",
        highlight=False,
    )
    uvicorn.run(create_app(), host=host, port=port, log_level="warning")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
