"""Human review end to end over HTTP: a held call waits for a reviewer's decision on a
real gateway on loopback; approve, reject, edit (scanned again), timeout, racing."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from assura.access import add_principal, create_token, grant
from assura.gateway import decisions
from assura.store import Store


@pytest.fixture
def gw_store(store: Store) -> Store:
    """Keys and review depend on the database: run these on SQLite and PostgreSQL."""
    return store


REVIEW_IN = """
input:
  ban_topics: {action: review, substrings: [refund]}
gateway:
  review: {mode: hold, timeout_s: 20, poll_s: 0.05}
"""
REVIEW_OUT = """
output:
  ban_topics: {action: review, substrings: [confidential]}
  secrets: {action: block}
gateway:
  review: {mode: hold, timeout_s: 20, poll_s: 0.05}
"""
SECRET = "sk-proj-abcdEFGH1234567890abcdEFGH1234567890xyz"


def _reviewers(store: Any, *names: str) -> dict[str, str]:
    tokens = {}
    with store.session() as s:
        add_principal(s, "boss", actor="test")
        grant(s, "boss", "admin", by="boss")
        for n in names:
            add_principal(s, n, actor="boss")
            grant(s, n, "reviewer", by="boss")
            _, _, tok = create_token(s, n, by=n)
            assert tok
            tokens[n] = tok
    return tokens


class Call(threading.Thread):
    """A client call that blocks while the gateway holds it for review."""

    def __init__(self, g: Any, body: dict[str, Any]) -> None:
        super().__init__(daemon=True)
        self.g, self.body = g, body
        self.resp: httpx.Response | None = None
        self.start()

    def run(self) -> None:
        self.resp = httpx.post(self.g.url + "/v1/chat/completions", json=self.body,
                               headers=self.g.headers(), timeout=60)  # fmt: skip

    def result(self) -> httpx.Response:
        self.join(60)
        assert self.resp is not None
        return self.resp


def _wait_item(g: Any, tok: str) -> dict[str, Any]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        r = httpx.get(g.url + "/v1/review/items", headers={"authorization": f"Bearer {tok}"})
        assert r.status_code == 200, r.text
        if r.json()["items"]:
            return dict(r.json()["items"][0])
        time.sleep(0.05)
    raise AssertionError("no review item appeared")


def _act(g: Any, tok: str, item: str, verb: str, **body: Any) -> httpx.Response:
    return httpx.post(f"{g.url}/v1/review/items/{item}/{verb}", json=body or None,
                      headers={"authorization": f"Bearer {tok}"}, timeout=30)  # fmt: skip


ASK = {"model": "gpt-4o", "messages": [{"role": "user", "content": "I want a refund for order 42"}]}


def test_input_review_approve_and_reject(make_gateway: Any, store: Any) -> None:
    g = make_gateway(REVIEW_IN)
    tok = _reviewers(store, "alice")["alice"]
    call = Call(g, ASK)
    item = _wait_item(g, tok)
    assert item["direction"] == "input" and item["mode"] == "hold"
    assert g.upstream.count == 0  # held: nothing sent yet
    assert _act(g, tok, item["id"], "claim").json()["claimed_by"] == "alice"
    r = _act(g, tok, item["id"], "approve", reason="legitimate customer request")
    assert r.status_code == 200 and r.json()["status"] == "approved"
    assert call.result().status_code == 200 and g.upstream.count == 1
    shown = httpx.get(f"{g.url}/v1/review/items/{item['id']}",
                      headers={"authorization": f"Bearer {tok}"}).json()  # fmt: skip
    steps = [(h["actor"], h["action"]) for h in shown["history"]]
    assert steps == [("gateway", "filed"), ("alice", "claim"), ("alice", "approve")]
    assert shown["history"][-1]["reason"] == "legitimate customer request"
    # reject: the call is refused and never reaches the upstream
    call = Call(g, ASK)
    item = _wait_item(g, tok)
    assert _act(g, tok, item["id"], "reject", reason="fraud pattern").json()["status"] == "rejected"
    resp = call.result()
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "review.rejected"
    assert g.upstream.count == 1


def test_output_review_edit_is_scanned_again(make_gateway: Any, store: Any) -> None:
    g = make_gateway(REVIEW_OUT)
    tok = _reviewers(store, "bob")["bob"]
    g.upstream.reply = "This is confidential: the merger closes Friday."
    call = Call(g, {"model": "gpt-4o", "messages": [{"role": "user", "content": "news?"}]})
    item = _wait_item(g, tok)
    assert item["direction"] == "output" and "confidential" in item["output"]
    r = _act(g, tok, item["id"], "edit", reason="leaks a secret", output=f"use {SECRET}")
    assert r.status_code == 422  # the edit itself is blocked by the policy
    r = _act(g, tok, item["id"], "edit", reason="remove the deal", output="No news today.")
    assert r.status_code == 200 and r.json()["status"] == "edited"
    resp = call.result()
    assert resp.status_code == 200
    assert resp.json()["choices"][0]["message"]["content"] == "No news today."
    # streamed: the held tail is replaced by the edit
    g.upstream.reply = "Quarterly numbers are fine. " * 12 + "Also confidential: layoffs."
    out: list[str] = []

    def stream() -> None:
        with httpx.stream("POST", g.url + "/v1/chat/completions", headers=g.headers(), timeout=60,
                          json={"model": "gpt-4o", "stream": True, "messages": [
                              {"role": "user", "content": "numbers?"}]}) as r:  # fmt: skip
            out.append(r.read().decode())

    t = threading.Thread(target=stream, daemon=True)
    t.start()
    item = _wait_item(g, tok)
    assert "layoffs" in item["output"]
    assert _act(g, tok, item["id"], "edit", reason="redact HR news",
                output="[removed by reviewer]").status_code == 200  # fmt: skip
    t.join(30)
    assert "[removed by reviewer]" in out[0] and "layoffs" not in out[0]
    assert out[0].rstrip().splitlines()[-3] == "data: [DONE]"
    from assura.review import list_items

    with store.session() as s:
        assert list_items(s) == []  # one decision settled the stream: nothing left waiting


@pytest.mark.parametrize("outcome", ["block", "allow"])
def test_timeout_outcome(make_gateway: Any, store: Any, outcome: str) -> None:
    g = make_gateway(REVIEW_IN.replace("timeout_s: 20", "timeout_s: 0.3").replace(
        "poll_s: 0.05", f"poll_s: 0.05, timeout_outcome: {outcome}"))  # fmt: skip
    r = httpx.post(g.url + "/v1/chat/completions", json=ASK, headers=g.headers(), timeout=30)
    if outcome == "block":
        assert r.status_code == 400 and r.json()["error"]["code"] == "review.timeout"
        assert g.upstream.count == 0
    else:
        assert r.status_code == 200 and g.upstream.count == 1
    g.flush()
    with g.store.session() as s:
        rid = decisions(s)[0]["review_id"]
        from assura.review import get_item

        item = get_item(s, rid)
    assert item.status == "expired" and item.decided_by == "system:timeout"
    assert outcome in (item.decision_reason or "")


def test_two_reviewers_race_for_one_item(make_gateway: Any, store: Any) -> None:
    g = make_gateway(REVIEW_IN)
    toks = _reviewers(store, "carol", "dave")
    call = Call(g, ASK)
    item = _wait_item(g, toks["carol"])
    barrier = threading.Barrier(2)

    def grab(name: str) -> int:
        barrier.wait()
        return _act(g, toks[name], item["id"], "claim").status_code

    with ThreadPoolExecutor(2) as ex:
        codes = sorted(ex.map(grab, ["carol", "dave"]))
    assert codes == [200, 409]
    winner = httpx.get(f"{g.url}/v1/review/items/{item['id']}",
                       headers={"authorization": f"Bearer {toks['carol']}"}).json()["claimed_by"]  # fmt: skip
    loser = "dave" if winner == "carol" else "carol"
    assert _act(g, toks[loser], item["id"], "approve", reason="me too").status_code == 409
    assert _act(g, toks[winner], item["id"], "approve", reason="ok").status_code == 200
    assert call.result().status_code == 200


def test_after_the_fact_review_and_sampling(make_gateway: Any, store: Any) -> None:
    policy = REVIEW_IN.replace("mode: hold", "mode: after, sample_rates: {shop: 1.0}")
    policy = policy.replace("input:\n", "input:\n  pii: {action: redact}\n")
    g = make_gateway(policy, key_app="shop")
    g.upstream.reply = None  # echo, so the output carries the (restored) e-mail too
    ask = {"model": "gpt-4o", "messages": [
        {"role": "user", "content": "I want a refund, mail zed@example.com"}]}  # fmt: skip
    r = httpx.post(g.url + "/v1/chat/completions", json=ask, headers=g.headers(), timeout=30)
    assert r.status_code == 200  # answered at once
    assert "zed@example.com" in r.text  # the client gets its value back
    assert "zed@example.com" not in str(g.upstream.requests[0])  # redacted despite the review
    ok = {"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}
    assert (
        httpx.post(g.url + "/v1/chat/completions", json=ok, headers=g.headers()).status_code == 200
    )
    g.flush()
    from assura.review import list_items

    with store.session() as s:
        items = list_items(s)
    kinds = sorted((i.source, i.mode) for i in items)
    assert kinds == [("flag", "after"), ("sample", "after"), ("sample", "after")] or kinds == [
        ("flag", "after"), ("sample", "after")]  # fmt: skip
    assert all(i.app == "shop" for i in items)
    import json

    stored = json.dumps([i.to_dict() for i in items])
    assert "zed@example.com" not in stored and "[EMAIL_1]" in stored  # queue keeps placeholders


def test_review_api_needs_a_token(make_gateway: Any, store: Any) -> None:
    g = make_gateway(REVIEW_IN)
    assert httpx.get(g.url + "/v1/review/items").status_code == 401
