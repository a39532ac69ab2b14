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

from assura.access import service as access
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
def token(store: Store) -> str:
    """A security lead's API token (scan:read), and a principal without roles."""
    with store.session() as s:
        access.add_principal(s, "root", actor="setup")
        access.grant(s, "root", "admin", by="root")
        access.add_principal(s, "lead", actor="setup")
        access.grant(s, "lead", "security_lead", by="root")
        access.add_principal(s, "nobody", actor="setup")
        tok = access.create_token(s, "lead", by="lead")[2]
    assert tok
    return tok


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


def test_scans_and_components_are_served(server: str, store: Store, token: str) -> None:
    result = scan_path(EXAMPLE)
    with store.session() as s:
        scan_id = record_inventory(s, result).id
    c = httpx.Client(base_url=server, headers={"Authorization": f"Bearer {token}"})
    scans = c.get("/v1/scans").json()["scans"]
    assert [x["id"] for x in scans] == [scan_id]
    one = c.get(f"/v1/scans/{scan_id}").json()
    assert len(one["components"]) == len(result.components)
    comps = c.get("/v1/components").json()["components"]
    assert len(comps) == len(result.components)
    sdk = c.get("/v1/components", params={"kind": "sdk"}).json()["components"]
    assert sdk and all(x["kind"] == "sdk" for x in sdk)


def test_reads_need_a_token_with_the_permission(server: str, store: Store, token: str) -> None:
    assert httpx.get(f"{server}/v1/scans").status_code == 401
    with store.session() as s:
        nobody = access.create_token(s, "nobody", by="nobody")[2]
    assert (
        httpx.get(f"{server}/v1/scans", headers={"Authorization": f"Bearer {nobody}"}).status_code
        == 403
    )


def test_unknown_scan_is_404_with_an_error_object(server: str, token: str) -> None:
    r = httpx.get(f"{server}/v1/scans/nope-nope", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 404
    assert r.json()["error"]["type"] == "InputNotFound"


def test_bad_query_is_422(server: str, token: str) -> None:
    r = httpx.get(
        f"{server}/v1/scans", params={"limit": "0"}, headers={"Authorization": f"Bearer {token}"}
    )
    assert r.status_code == 422


def test_risk_register_and_maturity_are_served(server: str, store: Store, token: str) -> None:
    from assura.assess import assess
    from assura.maturity.catalog import load_catalog
    from assura.maturity.interface import OrgSize
    from assura.maturity.service import run_assessment, save_assessment
    from assura.services.assess import record_assessment

    a = assess(EXAMPLE)
    with store.session() as s:
        record_assessment(s, a)
        save_assessment(s, run_assessment(s, load_catalog(), None, org_size=OrgSize.SMALL))
    c = httpx.Client(base_url=server, headers={"Authorization": f"Bearer {token}"})
    assert c.get("/v1/systems").json()["systems"] == [a.analysis.system]
    reg = c.get(f"/v1/systems/{a.analysis.system}/register").json()
    assert {r["rule_id"] for r in reg["risks"]} == {r.rule_id for r in a.analysis.risks}
    assert c.get("/v1/systems/nope/register").status_code == 404
    assert len(c.get(f"/v1/systems/{a.analysis.system}/analyses").json()["analyses"]) == 1
    (m,) = c.get("/v1/maturity/assessments").json()["assessments"]
    assert m["org_size"] == "small"
    assert c.get("/v1/maturity/assessments/latest").json()["version"] == m["version"]
