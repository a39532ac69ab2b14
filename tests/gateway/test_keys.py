"""Client keys (hashed at rest, revocable, per-key policy and limits), usage, the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from assura.cli.main import main
from assura.gateway import UsageLimits, create_key, decisions, usage_summary
from assura.store import Store
from assura.store.tables.gateway import GatewayKeyRow


@pytest.fixture
def gw_store(store: Store) -> Store:
    """Keys and review depend on the database: run these on SQLite and PostgreSQL."""
    return store


CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hello"}]}


def _chat(g: Any, key: str, body: dict[str, Any] = CHAT) -> httpx.Response:
    return httpx.post(g.url + "/v1/chat/completions", json=body,
                      headers={"authorization": f"Bearer {key}"}, timeout=30)  # fmt: skip


def test_limits_models_and_per_key_policy(make_gateway: Any, pepper: bytes) -> None:
    g = make_gateway()
    with g.store.session() as s:
        _, narrow = create_key(s, name="narrow", pepper=pepper, app="support",
                               limits=UsageLimits(allowed_models=["gpt-4o-mini"],
                                                  max_requests_per_minute=2))  # fmt: skip
        _, strict = create_key(s, name="strict", pepper=pepper,
                               policy_text="name: strict\ninput:\n  pii: {action: block}\n")  # fmt: skip
        _, budget = create_key(s, name="budget", pepper=pepper, limits=UsageLimits(max_tokens=5))
    assert _chat(g, narrow).status_code == 200
    r = _chat(g, narrow, {**CHAT, "model": "gpt-4o"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "usage.model_not_allowed"
    assert _chat(g, narrow).status_code == 200
    r = _chat(g, narrow)
    assert r.status_code == 429 and r.json()["error"]["code"] == "usage.rate_limit_exceeded"
    assert g.upstream.count == 2
    # /v1/models lists only what the key may use
    models = httpx.get(g.url + "/v1/models", headers={"authorization": f"Bearer {narrow}"}).json()
    assert [m["id"] for m in models["data"]] == ["gpt-4o-mini"]
    # per-key policy: PII blocks for this key, is redacted for the default one
    pii = {**CHAT, "messages": [{"role": "user", "content": "mail eve@example.com"}]}
    assert _chat(g, strict, pii).status_code == 400
    assert _chat(g, g.key, pii).status_code == 200
    # token budget: the first call spends it, the next one is refused
    assert _chat(g, budget).status_code == 200
    g.flush()
    r = _chat(g, budget)
    assert r.status_code == 429 and r.json()["error"]["code"] == "usage.token_budget_exceeded"
    g.flush()
    with g.store.session() as s:
        usage = {(u["key"], u["model"]): u for u in usage_summary(s)}
        assert usage[("narrow", "gpt-4o-mini")]["requests"] == 3
        assert usage[("narrow", "gpt-4o-mini")]["prompt_tokens"] == 20
        assert usage[("narrow", "gpt-4o")]["blocked"] == 1
        assert usage[("narrow", "gpt-4o-mini")]["provider"] == "openai"
        assert all(d["overhead_ms"] >= 0 for d in decisions(s))


def test_unknown_and_missing_keys_are_refused(make_gateway: Any) -> None:
    g = make_gateway()
    for headers in ({}, {"authorization": "Bearer asg_nope_nope"}, {"x-api-key": "sk-whatever"}):
        r = httpx.post(g.url + "/v1/chat/completions", json=CHAT, headers=headers)
        assert r.status_code == 401 and r.json()["error"]["type"] == "authentication_error"
    assert g.upstream.count == 0
    # Anthropic clients send x-api-key
    r = httpx.post(g.url + "/v1/messages", headers={"x-api-key": g.key},
                   json={"model": "claude-3-5-haiku", "max_tokens": 5,
                         "messages": [{"role": "user", "content": "hi"}]})  # fmt: skip
    assert r.status_code == 200 and r.json()["content"][0]["text"]
    assert "x-assura-overhead-ms" in r.headers


def test_cli_key_lifecycle_and_serve_app(assura_home: Path, upstream: Any, capsys: Any,
                                          tmp_path: Path, serve_app: Any) -> None:  # fmt: skip
    pol = tmp_path / "team.yaml"
    pol.write_text(
        "name: team\ninput:\n  secrets: {action: block}\ngateway:\n  usage: {allowed_models: ['gpt-4o*']}\n"
    )
    assert (
        main(["gateway", "key", "create", "--name", "team-a", "--policy", str(pol), "--app", "crm"])
        == 0
    )
    secret = capsys.readouterr().out.strip()
    assert secret.startswith("asg_")
    assert main(["gateway", "key", "list", "--json"]) == 0
    listed = capsys.readouterr().out
    assert "team-a" in listed and secret not in listed and '"gpt-4o*"' in listed
    from assura.store import open_store

    store = open_store(f"sqlite:///{assura_home / 'assura.db'}")
    with store.session() as s:
        row = s.scalars(select(GatewayKeyRow)).one()
        assert secret.encode() not in row.hash and len(row.hash) == 32
    from assura.cli.gateway import build_app

    app = build_app(policy=None, upstream=upstream.url + "/v1")
    srv = serve_app(app)
    if True:
        assert _chat(srv, secret).status_code == 200
        assert _chat(srv, secret, {**CHAT, "model": "o1"}).status_code == 403
        assert main(["gateway", "key", "revoke", "team-a"]) == 0
        app.state.gateway._keys.clear()  # the 2 s key cache, skipped for the test
        assert _chat(srv, secret).status_code == 401
        app.state.gateway.recorder.flush()
    capsys.readouterr()
    assert main(["gateway", "usage", "--json"]) == 0
    assert '"team-a"' in capsys.readouterr().out
    assert main(["gateway", "decisions", "--json", "--limit", "5"]) == 0
    assert '"auth.invalid_key"' in capsys.readouterr().out
    assert main(["gateway", "key", "create", "--name", "team-a"]) == 2
    assert "already exists" in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("gateway:\n  review: {mode: sometimes}\n")
    with pytest.raises(Exception, match="gateway.review.mode"):
        build_app(policy=bad, upstream="http://127.0.0.1:9/v1")
    assert (
        main(["gateway", "key", "create", "--name", "x", "--policy", str(tmp_path / "none.yaml")])
        == 2
    )
