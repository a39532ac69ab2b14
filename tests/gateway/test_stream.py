"""Streaming: the hold-back window, a clean cut on a block, redaction restored."""

from __future__ import annotations

import json
from typing import Any, ClassVar

import httpx
import pytest

from assura.gateway import decisions
from assura.guard import Direction, ScanContext, ScanResult, default_registry

SECRET = "sk-proj-abcdEFGH1234567890abcdEFGH1234567890xyz"
FILLER = "The quarterly report shows steady growth across all regions this year. "


def _stream(
    g: Any, path: str, body: dict[str, Any]
) -> tuple[httpx.Response, list[tuple[str | None, Any]]]:
    events: list[tuple[str | None, Any]] = []
    with httpx.stream("POST", g.url + path, json={**body, "stream": True}, headers=g.headers(),
                      timeout=30) as r:  # fmt: skip
        name = None
        for line in r.iter_lines():
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                raw = line[6:]
                events.append((name, raw if raw == "[DONE]" else json.loads(raw)))
                name = None
    return r, events


def _chat_text(events: list[tuple[str | None, Any]]) -> str:
    out = []
    for _, d in events:
        if isinstance(d, dict):
            out.extend(
                (ch.get("delta") or {}).get("content") or "" for ch in d.get("choices") or ()
            )
    return "".join(out)


CHAT = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "summarise"}]}


def test_stream_is_cut_cleanly_when_a_block_rule_fires(make_gateway: Any) -> None:
    g = make_gateway("output:\n  secrets: {action: block}\n")
    g.upstream.reply = (
        FILLER * 8 + f"The admin key is {SECRET} and here is more text. " + FILLER * 4
    )
    g.upstream.token_chars = 3
    r, events = _stream(g, "/v1/chat/completions", CHAT)
    assert r.status_code == 200
    text = _chat_text(events)
    assert text and FILLER.startswith(text[: len(FILLER)])  # the clean prefix was released
    assert "sk-proj" not in text and "here is more text" not in text
    body = json.dumps(events)
    assert SECRET not in body and SECRET[8:20] not in body
    assert events[-1] == (None, "[DONE]")
    err = events[-2][1]["error"]
    assert err["type"] == "policy_violation" and err["code"] == "output.secrets"
    g.flush()
    with g.store.session() as s:
        d = decisions(s)[0]
    assert d["action"] == "block" and d["detail"]["stream_cut"] is True
    assert d["detail"]["withheld_chars"] > 0


@pytest.mark.parametrize("path", ["/v1/messages", "/v1/responses"])
def test_cut_on_other_dialects(make_gateway: Any, path: str) -> None:
    g = make_gateway("output:\n  secrets: {action: block}\n")
    g.upstream.reply = FILLER * 6 + f"key {SECRET} " + FILLER
    body = {"model": "claude-3-5-haiku" if "messages" in path else "gpt-4o", "max_tokens": 99,
            "messages": [{"role": "user", "content": "hi"}], "input": "hi"}  # fmt: skip
    if "responses" in path:
        del body["messages"]
    else:
        del body["input"]
    r, events = _stream(g, path, body)
    assert SECRET not in json.dumps(events)
    name, last = events[-1]
    assert name == "error"
    assert "output.secrets" in json.dumps(last)


class _Recorder:
    """An output scanner that remembers every text it was shown."""

    id: ClassVar[str] = "ban_topics"
    direction: ClassVar[Direction] = Direction.BOTH
    seen: ClassVar[list[str]] = []

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        _Recorder.seen.append(text)
        return ScanResult.clean()


def test_hold_back_releases_only_scanned_text(make_gateway: Any) -> None:
    reg = default_registry()
    reg.register("ban_topics", lambda s, r: _Recorder())
    _Recorder.seen.clear()
    g = make_gateway("output:\n  ban_topics: {}\ngateway:\n  stream: {window_chars: 40, step_chars: 10}\n",
                     registry=reg)  # fmt: skip
    g.upstream.reply = "".join(f"word{i} " for i in range(120))
    g.upstream.token_chars = 5
    _, events = _stream(g, "/v1/chat/completions", CHAT)
    pieces = [(d.get("choices") or [{}])[0].get("delta", {}).get("content")
              for _, d in events if isinstance(d, dict) and d.get("choices")]  # fmt: skip
    pieces = [p for p in pieces if p]
    assert "".join(pieces) == g.upstream.reply
    assert len(pieces) > 3  # released incrementally, not all at the end
    released = ""
    for p in pieces:  # every released piece lies inside one scanned text that covered it
        released += p
        assert any(released.endswith(p) and p in seen for seen in _Recorder.seen)


def test_redaction_restored_in_streamed_responses(make_gateway: Any) -> None:
    g = make_gateway()
    g.upstream.reply = None  # echo: the upstream answers with what it received
    g.upstream.token_chars = 3
    prompt = "Please write to alice@example.com about the invoice. " + FILLER
    _, events = _stream(g, "/v1/chat/completions", {"model": "gpt-4o", "messages": [
        {"role": "user", "content": prompt}]})  # fmt: skip
    assert "alice@example.com" not in json.dumps(g.upstream.requests[-1])
    assert "[EMAIL_1]" in json.dumps(g.upstream.requests[-1])
    assert _chat_text(events) == prompt  # placeholder restored for the client
    # Anthropic Messages stream too
    _, events = _stream(g, "/v1/messages", {"model": "claude-3-5-haiku", "max_tokens": 50,
                                            "messages": [{"role": "user", "content": prompt}]})  # fmt: skip
    text = "".join(d["delta"]["text"] for n, d in events if n == "content_block_delta")
    assert text == prompt


def test_output_secret_redacted_across_token_boundaries(make_gateway: Any) -> None:
    g = make_gateway()
    g.upstream.reply = FILLER * 3 + f"use {SECRET} carefully. " + FILLER * 3
    g.upstream.token_chars = 2
    _, events = _stream(g, "/v1/chat/completions", CHAT)
    text = _chat_text(events)
    assert SECRET not in text and "[OPENAI_KEY_1]" in text
    assert text.startswith(FILLER) and text.endswith(FILLER)


def test_streamed_tool_call_arguments_are_scanned(make_gateway: Any) -> None:
    g = make_gateway()
    g.upstream.tool_call = ("send", json.dumps({"to": "x", "token": SECRET}))
    _, events = _stream(g, "/v1/chat/completions", CHAT)
    args = "".join(tc["function"].get("arguments", "") for _, d in events if isinstance(d, dict)
                   for ch in d.get("choices") or () for tc in (ch.get("delta") or {}).get("tool_calls") or ())  # fmt: skip
    assert SECRET not in args and "[OPENAI_KEY_1]" in args
    # non-streamed tool calls too
    r = httpx.post(g.url + "/v1/chat/completions", json=CHAT, headers=g.headers(), timeout=30)
    assert SECRET not in r.text and "[OPENAI_KEY_1]" in r.text


def test_unscanned_stream_is_recorded_as_not_scanned(make_gateway: Any) -> None:
    g = make_gateway("input:\n  secrets: {}\n")  # no output scanners at all
    _, events = _stream(g, "/v1/chat/completions", CHAT)
    assert _chat_text(events) == g.upstream.reply
    g.flush()
    with g.store.session() as s:
        d = decisions(s)[0]
    assert d["output_scan"].startswith("not scanned")


def test_after_the_fact_review_does_not_hold_a_stream(make_gateway: Any) -> None:
    g = make_gateway(
        "output:\n  ban_topics: {action: review, substrings: [layoffs]}\n"
        "gateway:\n  review: {mode: after}\n"
    )
    g.upstream.reply = FILLER * 3 + "The layoffs start Monday. " + FILLER * 3
    _, events = _stream(g, "/v1/chat/completions", CHAT)
    assert _chat_text(events) == g.upstream.reply and events[-1] == (None, "[DONE]")
    g.flush()
    from assura.review import list_items

    with g.store.session() as s:
        items = list_items(s)
        d = decisions(s)[0]
    assert [(i.source, i.mode, i.direction) for i in items] == [("flag", "after", "output")]
    assert items[0].output == g.upstream.reply
    assert d["action"] == "review" and d["rule"] == "output.ban_topics"


@pytest.mark.parametrize("path", ["/v1/completions", "/v1/responses"])
def test_redaction_restored_on_other_streaming_routes(make_gateway: Any, path: str) -> None:
    g = make_gateway()
    g.upstream.reply = None
    prompt = "Reply to carol@example.net today. " + FILLER * 2
    body = {"model": "gpt-4o", "prompt": prompt} if "completions" in path else {
        "model": "gpt-4o", "input": prompt}  # fmt: skip
    _, events = _stream(g, path, body)
    if "completions" in path:
        text = "".join(ch.get("text", "") for _, d in events if isinstance(d, dict)
                       for ch in d.get("choices") or ())  # fmt: skip
    else:
        text = "".join(d["delta"] for n, d in events if n == "response.output_text.delta")
        done = [d for n, d in events if n == "response.output_text.done"]
        assert done and done[0]["text"] == prompt  # the summary event is restored too
    assert text == prompt
    assert "carol@example.net" not in json.dumps(g.upstream.requests[-1])


def test_upstream_errors_and_bad_bodies(make_gateway: Any) -> None:
    g = make_gateway()
    r = httpx.post(g.url + "/v1/chat/completions", content=b"not json", headers=g.headers())
    assert r.status_code == 400 and r.json()["error"]["code"] == "invalid_request"
    bad = httpx.post(g.url + "/v1/chat/completions", json=["a"], headers=g.headers())
    assert bad.status_code == 400
    assert g.upstream.count == 0
