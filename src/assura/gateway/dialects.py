"""Streaming dialects: where text and tool-call arguments sit in each API's SSE events,
and how to write an event carrying released text, an error, or the end of a stream.

Routes: ``chat`` (OpenAI chat completions), ``completions``, ``responses`` (OpenAI
Responses API) and ``messages`` (Anthropic Messages).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from assura.gateway.sse import Event, format_event

__all__ = ["Dialect", "Split"]

Key = tuple[Any, ...]
_CHAT_TEXT = ("content", "refusal", "reasoning_content", "reasoning")


@dataclass
class Split:
    texts: list[tuple[Key, str]] = field(default_factory=list)
    args: list[tuple[Key, str, dict[str, Any]]] = field(default_factory=list)
    rest: Event | None = None
    flush: bool = False
    usage: tuple[int, int] | None = None


class Dialect:
    def __init__(self, route: str) -> None:
        self.route = route
        self.template: dict[str, Any] = {}

    # -- reading ----------------------------------------------------------------------
    def split(self, ev: Event) -> Split:
        d = ev.data
        if not isinstance(d, Mapping):
            return Split(rest=ev)
        if self.route in ("chat", "completions"):
            return self._split_choices(ev, d)
        if self.route == "responses":
            return self._split_responses(ev, d)
        return self._split_messages(ev, d)

    def _split_choices(self, ev: Event, d: Mapping[str, Any]) -> Split:
        self.template = {k: d[k] for k in ("id", "object", "created", "model") if k in d}
        sp = Split()
        u = d.get("usage")
        if isinstance(u, Mapping):
            sp.usage = (int(u.get("prompt_tokens") or 0), int(u.get("completion_tokens") or 0))
        data = dict(d)  # copies only what is changed (deepcopy per event was the top cost)
        keep = []
        choices = data.get("choices")
        for ch0 in choices if isinstance(choices, list) else ():
            ch = dict(ch0)
            i = ch.get("index", 0)
            if self.route == "completions":
                t = ch.pop("text", None)
                ch.pop("logprobs", None)
                if t:
                    sp.texts.append(((i,), t))
            else:
                delta = dict(ch.get("delta") or {})
                ch["delta"] = delta
                for fld in _CHAT_TEXT:  # content, and refusal / reasoning text
                    t = delta.pop(fld, None)
                    if isinstance(t, str) and t:
                        sp.texts.append(((i, fld), t))
                ch.pop("logprobs", None)  # token strings would leak held-back text
                for tc in delta.pop("tool_calls", None) or ():
                    fn = tc.get("function") or {}
                    meta = {k: tc[k] for k in ("id", "type") if k in tc}
                    if fn.get("name"):
                        meta["name"] = fn["name"]
                    sp.args.append(((i, tc.get("index", 0)), fn.get("arguments") or "", meta))
                if not delta and ch.get("finish_reason") is None:
                    continue
            if ch.get("finish_reason") is not None:
                sp.flush = True
            keep.append(ch)
        if keep or not (sp.texts or sp.args):
            data["choices"] = keep
            sp.rest = Event(ev.name, "", data)
        return sp

    def _split_responses(self, ev: Event, d: Mapping[str, Any]) -> Split:
        t = str(d.get("type", ev.name or ""))
        sp = Split()
        if t == "response.output_text.delta":
            self.template = dict(d)
            sp.texts.append(((d.get("output_index", 0), d.get("content_index", 0)),
                             str(d.get("delta", ""))))  # fmt: skip
            return sp
        if t == "response.function_call_arguments.delta":
            sp.args.append(((d.get("output_index", 0),), str(d.get("delta", "")), dict(d)))
            return sp
        if t == "response.completed":
            u = (d.get("response") or {}).get("usage") or {}
            sp.usage = (int(u.get("input_tokens") or 0), int(u.get("output_tokens") or 0))
        sp.flush = t.endswith(".done") or t in (
            "response.completed", "response.incomplete", "response.failed")  # fmt: skip
        sp.rest = ev
        return sp

    def _split_messages(self, ev: Event, d: Mapping[str, Any]) -> Split:
        t = str(d.get("type", ev.name or ""))
        sp = Split()
        if t == "content_block_delta":
            delta = d.get("delta") or {}
            if delta.get("type") == "text_delta":
                sp.texts.append(((d.get("index", 0), "text"), str(delta.get("text", ""))))
                return sp
            if delta.get("type") == "thinking_delta":
                sp.texts.append(((d.get("index", 0), "thinking"), str(delta.get("thinking", ""))))
                return sp
            if delta.get("type") == "input_json_delta":
                sp.args.append(((d.get("index", 0),), str(delta.get("partial_json", "")), {}))
                return sp
        if t == "message_start":
            u = (d.get("message") or {}).get("usage") or {}
            sp.usage = (int(u.get("input_tokens") or 0), 0)
        if t == "message_delta":
            u = d.get("usage") or {}
            sp.usage = (0, int(u.get("output_tokens") or 0))
        sp.flush = t in ("content_block_stop", "message_delta", "message_stop")
        sp.rest = ev
        return sp

    # -- writing ----------------------------------------------------------------------
    def text_event(self, key: Key, text: str) -> bytes:
        if self.route == "chat":
            return format_event({**self.template, "choices": [
                {"index": key[0], "delta": {key[1]: text}, "finish_reason": None}]})  # fmt: skip
        if self.route == "completions":
            return format_event({**self.template, "choices": [
                {"index": key[0], "text": text, "finish_reason": None}]})  # fmt: skip
        if self.route == "responses":
            d = {**self.template, "type": "response.output_text.delta",
                 "output_index": key[0], "content_index": key[1], "delta": text}  # fmt: skip
            return format_event(d, "response.output_text.delta")
        kind = "thinking_delta" if key[1] == "thinking" else "text_delta"
        d = {"type": "content_block_delta", "index": key[0],
             "delta": {"type": kind, key[1]: text}}  # fmt: skip
        return format_event(d, "content_block_delta")

    def args_event(self, key: Key, text: str, meta: Mapping[str, Any]) -> bytes:
        if self.route == "chat":
            tc: dict[str, Any] = {
                "index": key[1],
                **{k: meta[k] for k in ("id", "type") if k in meta},
            }
            fn: dict[str, Any] = {"arguments": text}
            if "name" in meta:
                fn["name"] = meta["name"]
            tc["function"] = fn
            return format_event({**self.template, "choices": [
                {"index": key[0], "delta": {"tool_calls": [tc]}, "finish_reason": None}]})  # fmt: skip
        if self.route == "responses":
            return format_event({**meta, "delta": text}, "response.function_call_arguments.delta")
        d = {"type": "content_block_delta", "index": key[0],
             "delta": {"type": "input_json_delta", "partial_json": text}}  # fmt: skip
        return format_event(d, "content_block_delta")

    def passthrough(self, ev: Event, replace: Mapping[str, str]) -> bytes:
        data: Any = ev.data if ev.data is not None else ev.raw
        if replace and ev.data is not None:
            data = _replace(ev.data, replace)
        return format_event(data, ev.name)

    def error_event(self, error: Mapping[str, Any]) -> bytes:
        if self.route in ("chat", "completions"):
            return format_event({"error": dict(error)}) + format_event("[DONE]")
        if self.route == "responses":
            return format_event({"type": "error", **error}, "error")
        return format_event({"type": "error", "error": dict(error)}, "error")

    def done(self) -> bytes:
        return format_event("[DONE]") if self.route in ("chat", "completions") else b""


def _replace(value: Any, pairs: Mapping[str, str]) -> Any:
    if isinstance(value, str):
        for old, new in pairs.items():
            if old and old in value:
                value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_replace(v, pairs) for v in value]
    if isinstance(value, Mapping):
        return {k: _replace(v, pairs) for k, v in value.items()}
    return value
