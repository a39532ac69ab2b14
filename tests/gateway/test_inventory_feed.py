"""Traffic through the gateway feeds the inventory: the third-party AI actually in use."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from assura.cli.main import main
from assura.gateway import create_key
from assura.services.inventory import traffic_components


def test_gateway_usage_becomes_inventory_components(
    make_gateway: Any,
    pepper: bytes,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    g = make_gateway()
    with g.store.session() as s:
        _, key = create_key(s, name="support-bot", pepper=pepper, app="support")
    for model in ("gpt-4o-mini", "gpt-4o-mini", "gpt-4o"):
        body = {"model": model, "messages": [{"role": "user", "content": "hello"}]}
        r = httpx.post(
            g.url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}
        )
        assert r.status_code == 200
    g.flush()
    with g.store.session() as s:
        comps = {(system, c.kind.value, c.name): c for system, c in traffic_components(s)}
    assert comps[("support", "model", "gpt-4o-mini")].properties["requests"] == 2
    assert comps[("support", "service", "openai")].properties["requests"] == 3
    assert [str(e) for e in comps[("support", "model", "gpt-4o")].evidence] == [
        "gateway:key/support-bot"
    ]

    monkeypatch.setenv("ASSURA_DATABASE_URL", g.store.url)
    assert main(["inventory", "traffic", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["components"]
    assert {(c["system"], c["kind"], c["name"]) for c in listed} >= set(comps)
