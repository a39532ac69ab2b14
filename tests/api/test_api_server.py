"""The API over a real uvicorn server on loopback, against the real store."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from assura.api import create_app
from assura.inventory import scan_path
from assura.services.inventory import record_inventory
from assura.store import Store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "chatbot"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(store: Store) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(store=store), host="127.0.0.1", port=port, log_level="error")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)


def test_health_and_openapi(server: str) -> None:
    assert httpx.get(f"{server}/healthz").json()["status"] == "ok"
    spec = httpx.get(f"{server}/openapi.json").json()
    assert {"/v1/scans", "/v1/scans/{scan_id}", "/v1/components"} <= set(spec["paths"])


def test_scans_and_components_are_served(server: str, store: Store) -> None:
    result = scan_path(EXAMPLE)
    with store.session() as s:
        scan_id = record_inventory(s, result).id
    scans = httpx.get(f"{server}/v1/scans").json()["scans"]
    assert [x["id"] for x in scans] == [scan_id]
    one = httpx.get(f"{server}/v1/scans/{scan_id}").json()
    assert len(one["components"]) == len(result.components)
    comps = httpx.get(f"{server}/v1/components").json()["components"]
    assert len(comps) == len(result.components)
    sdk = httpx.get(f"{server}/v1/components", params={"kind": "sdk"}).json()["components"]
    assert all(c["kind"] == "sdk" for c in sdk)


def test_unknown_scan_is_404_with_an_error_object(server: str) -> None:
    r = httpx.get(f"{server}/v1/scans/nope-nope")
    assert r.status_code == 404
    assert r.json()["error"]["type"] == "InputNotFound"


def test_bad_query_is_422(server: str) -> None:
    assert httpx.get(f"{server}/v1/scans", params={"limit": "0"}).status_code == 422
