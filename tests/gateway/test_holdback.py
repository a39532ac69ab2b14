"""The hold-back window in isolation, and the SSE parser under arbitrary input."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from assura.gateway.extract import request_parts, strip_control
from assura.gateway.holdback import HoldBack
from assura.gateway.sse import parse_events
from assura.guard import Action, Guard, GuardResult, parse_policy_set

SECRET = "sk-proj-abcdEFGH1234567890abcdEFGH1234567890xyz"


class Spy:
    def __init__(self, guard: Guard) -> None:
        self.guard = guard
        self.scanned: list[str] = []

    def __call__(self, text: str, existing: Mapping[str, str]) -> GuardResult:
        self.scanned.append(text)
        return self.guard.scan_output(text, redactions=existing)


def _guard(yaml: str) -> Guard:
    ps = parse_policy_set(yaml)
    return Guard(ps.get(ps.default))


def test_nothing_is_released_before_a_scan_saw_it_whole() -> None:
    spy = Spy(_guard("output:\n  secrets: {action: block}\n"))
    hb = HoldBack(spy, window=64, step=8)
    text = "x" * 150 + f" {SECRET} " + "y" * 100
    emitted = ""
    for i in range(0, len(text), 3):
        st_ = hb.feed(text[i : i + 3])
        if st_.action is Action.BLOCK:
            break
        emitted += st_.emit
        # the emitted text was inside the last scan's segment
        if st_.emit:
            assert st_.emit in spy.scanned[-1]
    assert hb.stopped is not None and hb.stopped.action is Action.BLOCK
    assert "sk-proj" not in emitted and emitted == "x" * len(emitted)


def test_redacted_value_straddling_the_release_point_is_held_back() -> None:
    spy = Spy(_guard("output:\n  pii: {action: redact}\n"))
    hb = HoldBack(spy, window=24, step=1, input_map={"[EMAIL_1]": "me@example.com"})
    text = "a" * 30 + " write to bob@example.org or [EMAIL_1] now " + "b" * 30
    out = "".join(hb.feed(c).emit for c in text) + hb.finish().emit
    assert "bob@example.org" not in out and "[EMAIL_" in out
    assert "me@example.com" in out  # the input placeholder restored for the client
    assert out.startswith("a" * 30) and out.endswith("b" * 30)


def test_finish_scans_short_streams() -> None:
    spy = Spy(_guard("output:\n  secrets: {action: block}\n"))
    hb = HoldBack(spy, window=256, step=64)
    assert hb.feed(f"k {SECRET}").emit == ""
    assert hb.finish().action is Action.BLOCK


async def _collect(chunks: list[bytes]) -> list[tuple[str | None, str]]:
    async def gen() -> AsyncIterator[bytes]:
        for c in chunks:
            yield c

    return [(e.name, e.raw) async for e in parse_events(gen())]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.binary(max_size=64), max_size=20))
def test_sse_parser_never_crashes(chunks: list[bytes]) -> None:
    asyncio.run(_collect(chunks))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s), max_size=8),
       st.integers(1, 7))  # fmt: skip
def test_sse_parser_is_independent_of_chunking(datas: list[str], cut: int) -> None:
    wire = b"".join(f"data: {d}\n\n".encode() for d in datas)
    whole = asyncio.run(_collect([wire]))
    pieces = asyncio.run(_collect([wire[i : i + cut] for i in range(0, len(wire), cut)]))
    assert whole == pieces


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
    max_leaves=20,
)


@settings(max_examples=80, deadline=None)
@given(st.dictionaries(st.sampled_from(["messages", "input", "prompt", "system", "instructions",
                                        "guardrails", "metadata", "model"]), _json, max_size=6),
       st.sampled_from(["chat", "completions", "responses", "embeddings", "messages"]))  # fmt: skip
def test_request_extraction_never_crashes(body: dict[str, object], route: str) -> None:
    clean, _ = strip_control(body)
    assert "guardrails" not in clean
    parts, _ = request_parts(route, clean)
    assert all(isinstance(p.text, str) for p in parts)


def test_every_text_field_of_a_stream_event_is_held() -> None:
    from assura.gateway.dialects import Dialect
    from assura.gateway.sse import Event

    chat = Dialect("chat")
    ev = Event(None, "", {"id": "x", "choices": [{"index": 0, "finish_reason": None,
               "logprobs": {"content": [{"token": "secret"}]},
               "delta": {"reasoning_content": "think", "refusal": "no", "content": "hi"}}]})  # fmt: skip
    sp = chat.split(ev)
    assert sorted(sp.texts) == [((0, "content"), "hi"), ((0, "reasoning_content"), "think"),
                                ((0, "refusal"), "no")]  # fmt: skip
    assert sp.rest is None  # nothing left to pass through: no token strings leak
    anth = Dialect("messages")
    sp = anth.split(Event("content_block_delta", "", {"type": "content_block_delta", "index": 0,
                          "delta": {"type": "thinking_delta", "thinking": "hmm"}}))  # fmt: skip
    assert sp.texts == [((0, "thinking"), "hmm")] and sp.rest is None
    assert b'"thinking":"hmm"' in anth.text_event((0, "thinking"), "hmm")


def test_logprobs_are_not_requested_when_output_is_scanned() -> None:
    from assura.gateway.extract import strip_token_echo

    body, gone = strip_token_echo({"model": "m", "logprobs": True, "top_logprobs": 5,
                                   "include": ["message.output_text.logprobs", "x"]})  # fmt: skip
    assert body == {"model": "m", "include": ["x"]}
    assert sorted(gone) == ["include.logprobs", "logprobs", "top_logprobs"]
