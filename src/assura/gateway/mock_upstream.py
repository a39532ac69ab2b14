"""A small OpenAI/Anthropic-compatible mock provider for tests, demos and benchmarks.

It answers every gateway route, streams its reply token by token over SSE, counts the
requests it got and keeps their bodies. ``reply=None`` echoes the last user text (so a
redaction placeholder sent upstream comes back); ``tool_call=(name, arguments)`` makes
the chat reply a tool call. Loopback use only; nothing here talks to a real provider.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

__all__ = ["MockUpstream"]


def _sse(data: Any, name: str | None = None) -> bytes:
    body = data if isinstance(data, str) else json.dumps(data)
    return (f"event: {name}\n" if name else "").encode() + f"data: {body}\n\n".encode()


class MockUpstream:
    def __init__(self, reply: str | None = "Hello from the mock model.", *, token_chars: int = 4,
                 token_delay_s: float = 0.0) -> None:  # fmt: skip
        self.reply = reply
        self.token_chars = token_chars
        self.token_delay_s = token_delay_s
        self.tool_call: tuple[str, str] | None = None
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self.app = Starlette(routes=[
            Route("/v1/chat/completions", self._chat, methods=["POST"]),
            Route("/v1/completions", self._completions, methods=["POST"]),
            Route("/v1/responses", self._responses, methods=["POST"]),
            Route("/v1/embeddings", self._embeddings, methods=["POST"]),
            Route("/v1/messages", self._messages, methods=["POST"]),
            Route("/v1/models", self._models, methods=["GET"]),
        ])  # fmt: skip

    @property
    def count(self) -> int:
        return len(self.requests)

    async def _body(self, request: Request) -> dict[str, Any]:
        body = await request.json() if request.method == "POST" else {}
        with self._lock:
            self.requests.append(body)
            self.headers.append(dict(request.headers))
        return body if isinstance(body, dict) else {}

    def _text(self, body: dict[str, Any]) -> str:
        if self.reply is not None:
            return self.reply
        for m in reversed(body.get("messages") or []):
            c = m.get("content")
            if m.get("role") == "user" and isinstance(c, str):
                return c
            if m.get("role") == "user" and isinstance(c, list):
                return " ".join(p.get("text", "") for p in c if isinstance(p, dict))
        p = body.get("prompt") or body.get("input")
        return p if isinstance(p, str) else "ok"

    def _tokens(self, text: str) -> list[str]:
        n = max(1, self.token_chars)
        return [text[i : i + n] for i in range(0, len(text), n)]

    async def _stream(self, events: list[bytes]) -> AsyncIterator[bytes]:
        for e in events:
            if self.token_delay_s:
                await asyncio.sleep(self.token_delay_s)
            yield e

    def _streaming(self, events: list[bytes]) -> Response:
        return StreamingResponse(self._stream(events), media_type="text/event-stream")

    async def _chat(self, request: Request) -> Response:
        body = await self._body(request)
        text, model = self._text(body), body.get("model", "mock-1")
        base = {"id": "chatcmpl-mock", "created": int(time.time()), "model": model}
        usage = {"prompt_tokens": 10, "completion_tokens": max(1, len(text) // 4),
                 "total_tokens": 10 + max(1, len(text) // 4)}  # fmt: skip
        if not body.get("stream"):
            msg: dict[str, Any] = {"role": "assistant", "content": text}
            if self.tool_call:
                msg = {"role": "assistant", "content": None, "tool_calls": [{
                    "id": "call_1", "type": "function",
                    "function": {"name": self.tool_call[0], "arguments": self.tool_call[1]}}]}  # fmt: skip
            return JSONResponse({**base, "object": "chat.completion", "choices": [
                {"index": 0, "message": msg, "finish_reason": "stop"}], "usage": usage})  # fmt: skip
        ck = {**base, "object": "chat.completion.chunk"}
        ev = [_sse({**ck, "choices": [{"index": 0, "delta": {"role": "assistant"},
                                        "finish_reason": None}]})]  # fmt: skip
        if self.tool_call:
            name, args = self.tool_call
            ev.append(_sse({**ck, "choices": [{"index": 0, "delta": {"tool_calls": [{
                "index": 0, "id": "call_1", "type": "function",
                "function": {"name": name, "arguments": ""}}]}, "finish_reason": None}]}))  # fmt: skip
            ev.extend(_sse({**ck, "choices": [{"index": 0, "delta": {"tool_calls": [{
                "index": 0, "function": {"arguments": t}}]}, "finish_reason": None}]})
                for t in self._tokens(args))  # fmt: skip
        else:
            ev.extend(_sse({**ck, "choices": [{"index": 0, "delta": {"content": t},
                                                "finish_reason": None}]})
                      for t in self._tokens(text))  # fmt: skip
        ev.append(_sse({**ck, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}))
        if (body.get("stream_options") or {}).get("include_usage"):
            ev.append(_sse({**ck, "choices": [], "usage": usage}))
        ev.append(_sse("[DONE]"))
        return self._streaming(ev)

    async def _completions(self, request: Request) -> Response:
        body = await self._body(request)
        text = self._text(body)
        base = {"id": "cmpl-mock", "object": "text_completion", "created": int(time.time()),
                "model": body.get("model", "mock-1")}  # fmt: skip
        if not body.get("stream"):
            return JSONResponse({**base, "choices": [{"index": 0, "text": text,
                                                      "finish_reason": "stop"}]})  # fmt: skip
        ev = [_sse({**base, "choices": [{"index": 0, "text": t, "finish_reason": None}]})
              for t in self._tokens(text)]  # fmt: skip
        ev.append(_sse({**base, "choices": [{"index": 0, "text": "", "finish_reason": "stop"}]}))
        ev.append(_sse("[DONE]"))
        return self._streaming(ev)

    async def _responses(self, request: Request) -> Response:
        body = await self._body(request)
        text = self._text(body)
        item = {"id": "msg_1", "type": "message", "role": "assistant", "status": "completed",
                "content": [{"type": "output_text", "text": text, "annotations": []}]}  # fmt: skip
        resp = {"id": "resp_mock", "object": "response", "status": "completed",
                "model": body.get("model", "mock-1"), "output": [item],
                "usage": {"input_tokens": 10, "output_tokens": max(1, len(text) // 4)}}  # fmt: skip
        if not body.get("stream"):
            return JSONResponse(resp)
        ev = [_sse({"type": "response.created", "response": {**resp, "status": "in_progress",
                                                             "output": []}}, "response.created")]  # fmt: skip
        ev.extend(_sse({"type": "response.output_text.delta", "item_id": "msg_1",
                        "output_index": 0, "content_index": 0, "delta": t},
                       "response.output_text.delta") for t in self._tokens(text))  # fmt: skip
        ev.append(_sse({"type": "response.output_text.done", "item_id": "msg_1", "output_index": 0,
                        "content_index": 0, "text": text}, "response.output_text.done"))  # fmt: skip
        ev.append(_sse({"type": "response.completed", "response": resp}, "response.completed"))
        return self._streaming(ev)

    async def _embeddings(self, request: Request) -> Response:
        body = await self._body(request)
        inp = body.get("input")
        n = len(inp) if isinstance(inp, list) else 1
        return JSONResponse({"object": "list", "model": body.get("model", "mock-embed"),
                             "data": [{"object": "embedding", "index": i,
                                       "embedding": [0.1, 0.2, 0.3]} for i in range(n)],
                             "usage": {"prompt_tokens": 5, "total_tokens": 5}})  # fmt: skip

    async def _models(self, request: Request) -> Response:
        await self._body(request)
        return JSONResponse({"object": "list", "data": [
            {"id": m, "object": "model", "owned_by": "mock"}
            for m in ("gpt-4o-mini", "gpt-4o", "mock-1", "claude-3-5-haiku")]})  # fmt: skip

    async def _messages(self, request: Request) -> Response:
        body = await self._body(request)
        text = self._text(body)
        msg = {"id": "msg_mock", "type": "message", "role": "assistant",
               "model": body.get("model", "claude-mock"),
               "content": [{"type": "text", "text": text}], "stop_reason": "end_turn",
               "usage": {"input_tokens": 10, "output_tokens": max(1, len(text) // 4)}}  # fmt: skip
        if not body.get("stream"):
            return JSONResponse(msg)
        ev = [_sse({"type": "message_start", "message": {**msg, "content": [],
                    "usage": {"input_tokens": 10, "output_tokens": 0}}}, "message_start"),
              _sse({"type": "content_block_start", "index": 0,
                    "content_block": {"type": "text", "text": ""}}, "content_block_start")]  # fmt: skip
        ev.extend(_sse({"type": "content_block_delta", "index": 0,
                        "delta": {"type": "text_delta", "text": t}}, "content_block_delta")
                  for t in self._tokens(text))  # fmt: skip
        ev.append(_sse({"type": "content_block_stop", "index": 0}, "content_block_stop"))
        ev.append(_sse({"type": "message_delta", "delta": {"stop_reason": "end_turn"},
                        "usage": {"output_tokens": max(1, len(text) // 4)}}, "message_delta"))  # fmt: skip
        ev.append(_sse({"type": "message_stop"}, "message_stop"))
        return self._streaming(ev)
