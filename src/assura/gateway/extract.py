"""Find every piece of text in a request or response body, and write scanned text back.

Pure functions over the JSON bodies of the OpenAI (chat, completions, responses,
embeddings) and Anthropic Messages APIs. A :class:`Part` is a path into the body, the
role the text speaks with (tool results and tool-call arguments are ``tool``) and the
text. What cannot be scanned (images, audio, token arrays) is listed as unscanned.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "CONTROL_FIELDS",
    "Part",
    "apply",
    "request_parts",
    "response_parts",
    "strip_control",
    "strip_token_echo",
]

Path = tuple[str | int, ...]

CONTROL_FIELDS = frozenset(
    {"guardrails", "guardrail", "disable_guardrails", "guard", "guards", "assura", "policy",
     "assura_policy", "moderation", "safety", "skip_guardrails", "mock_testing_fail"}
)  # fmt: skip
"""Request fields that look like they could steer a guard; removed, never obeyed."""


@dataclass(frozen=True)
class Part:
    path: Path
    role: str
    text: str
    json_value: bool = False  # the text is a JSON dump of a non-string value at ``path``


def strip_control(body: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """A copy of ``body`` without guard-steering fields (top level and ``metadata``)."""
    out = dict(body)
    gone = [k for k in out if k.lower() in CONTROL_FIELDS]
    for k in gone:
        del out[k]
    meta = out.get("metadata")
    if isinstance(meta, Mapping):
        m = dict(meta)
        for k in [k for k in m if k.lower() in CONTROL_FIELDS]:
            del m[k]
            gone.append(f"metadata.{k}")
        out["metadata"] = m
    return out, gone


def strip_token_echo(body: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Remove requests for log-probabilities: their token strings would carry output
    text around the output scanners (and around the hold-back window of a stream)."""
    out = dict(body)
    gone: list[str] = [k for k in ("logprobs", "top_logprobs") if k in out]
    for k in gone:
        del out[k]
    inc = out.get("include")
    if isinstance(inc, list) and any("logprobs" in str(x) for x in inc):
        out["include"] = [x for x in inc if "logprobs" not in str(x)]
        gone.append("include.logprobs")
    return out, gone


def _content(parts: list[Part], unscanned: list[str], path: Path, role: str, c: Any) -> None:
    if isinstance(c, str):
        parts.append(Part(path, role, c))
    elif isinstance(c, list):
        for j, p in enumerate(c):
            if isinstance(p, str):
                parts.append(Part((*path, j), role, p))
            elif not isinstance(p, Mapping):
                unscanned.append(f"{'.'.join(map(str, path))}[{j}]")
            elif isinstance(p.get("text"), str):
                parts.append(Part((*path, j, "text"), role, p["text"]))
            elif p.get("type") == "tool_result":
                _content(parts, unscanned, (*path, j, "content"), "tool", p.get("content"))
            elif p.get("type") == "tool_use" and "input" in p:
                parts.append(Part((*path, j, "input"), "tool", _dump(p["input"]), True))
            elif p.get("type") in ("function_call_output",) and isinstance(p.get("output"), str):
                parts.append(Part((*path, j, "output"), "tool", p["output"]))
            else:
                unscanned.append(f"{'.'.join(map(str, path))}[{j}]:{p.get('type', '?')}")
    elif c is not None:
        unscanned.append(".".join(map(str, path)))


def _list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def _dump(v: Any) -> str:
    return v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)


def _chat_message(parts: list[Part], un: list[str], i: int, m: Mapping[str, Any], key: str) -> None:
    role = str(m.get("role", "user"))
    if role in ("tool", "function"):
        role = "tool"
    _content(parts, un, (key, i, "content"), role, m.get("content"))
    for k, tc in enumerate(_list(m.get("tool_calls"))):
        fn = tc.get("function") if isinstance(tc, Mapping) else None
        if isinstance(fn, Mapping) and isinstance(fn.get("arguments"), str):
            parts.append(Part((key, i, "tool_calls", k, "function", "arguments"), "tool",
                              fn["arguments"]))  # fmt: skip
    fc = m.get("function_call")
    if isinstance(fc, Mapping) and isinstance(fc.get("arguments"), str):
        parts.append(Part((key, i, "function_call", "arguments"), "tool", fc["arguments"]))


def request_parts(route: str, body: Mapping[str, Any]) -> tuple[list[Part], list[str]]:
    """Every text of a request with its role, and what could not be scanned."""
    parts: list[Part] = []
    un: list[str] = []
    if route in ("chat", "messages"):
        if route == "messages":
            _content(parts, un, ("system",), "system", body.get("system"))
        for i, m in enumerate(_list(body.get("messages"))):
            if isinstance(m, Mapping):
                role = str(m.get("role", "user"))
                c = m.get("content")
                if (
                    route == "messages"
                    and isinstance(c, list)
                    and any(isinstance(b, Mapping) and b.get("type") == "tool_result" for b in c)
                ):
                    role = "user"  # tool_result blocks are marked tool inside _content
                _chat_message(parts, un, i, {**m, "role": role}, "messages")
    elif route == "completions":
        _prompt(parts, un, ("prompt",), body.get("prompt"))
    elif route == "embeddings":
        _prompt(parts, un, ("input",), body.get("input"))
    elif route == "responses":
        if isinstance(body.get("instructions"), str):
            parts.append(Part(("instructions",), "system", body["instructions"]))
        inp = body.get("input")
        if isinstance(inp, str):
            parts.append(Part(("input",), "user", inp))
        elif isinstance(inp, list):
            for i, item in enumerate(inp):
                if not isinstance(item, Mapping):
                    continue
                t = item.get("type")
                if t == "function_call_output":
                    _content(parts, un, ("input", i, "output"), "tool", item.get("output"))
                elif t == "function_call":
                    if isinstance(item.get("arguments"), str):
                        parts.append(Part(("input", i, "arguments"), "tool", item["arguments"]))
                else:
                    _content(parts, un, ("input", i, "content"), str(item.get("role", "user")),
                             item.get("content"))  # fmt: skip
    return parts, un


def _prompt(parts: list[Part], un: list[str], path: Path, p: Any) -> None:
    if isinstance(p, str):
        parts.append(Part(path, "user", p))
    elif isinstance(p, list):
        for j, x in enumerate(p):
            if isinstance(x, str):
                parts.append(Part((*path, j), "user", x))
            else:
                un.append(f"{'.'.join(map(str, path))}[{j}]:tokens")
    elif p is not None:
        un.append(".".join(map(str, path)))


def response_parts(route: str, body: Mapping[str, Any]) -> tuple[list[Part], list[str]]:
    """Every text of a (non-streamed) response: message content and tool-call arguments."""
    parts: list[Part] = []
    un: list[str] = []
    if route == "chat":
        for i, ch in enumerate(_list(body.get("choices"))):
            msg = ch.get("message") if isinstance(ch, Mapping) else None
            if isinstance(msg, Mapping):
                parts.extend(
                    Part(("choices", i, "message", fld), "output", msg[fld])
                    for fld in ("content", "refusal", "reasoning_content", "reasoning")
                    if isinstance(msg.get(fld), str)
                )
                for k, tc in enumerate(_list(msg.get("tool_calls"))):
                    fn = tc.get("function") if isinstance(tc, Mapping) else None
                    if isinstance(fn, Mapping) and isinstance(fn.get("arguments"), str):
                        parts.append(Part(("choices", i, "message", "tool_calls", k, "function",
                                           "arguments"), "output", fn["arguments"]))  # fmt: skip
    elif route == "completions":
        for i, ch in enumerate(_list(body.get("choices"))):
            if isinstance(ch, Mapping) and isinstance(ch.get("text"), str):
                parts.append(Part(("choices", i, "text"), "output", ch["text"]))
    elif route == "responses":
        for i, item in enumerate(_list(body.get("output"))):
            if not isinstance(item, Mapping):
                continue
            if isinstance(item.get("arguments"), str):
                parts.append(Part(("output", i, "arguments"), "output", item["arguments"]))
            for j, c in enumerate(_list(item.get("content"))):
                if isinstance(c, Mapping) and isinstance(c.get("text"), str):
                    parts.append(Part(("output", i, "content", j, "text"), "output", c["text"]))
        if isinstance(body.get("output_text"), str):
            parts.append(Part(("output_text",), "output", body["output_text"]))
    elif route == "messages":
        for j, b in enumerate(_list(body.get("content"))):
            if not isinstance(b, Mapping):
                continue
            if isinstance(b.get("text"), str):
                parts.append(Part(("content", j, "text"), "output", b["text"]))
            elif isinstance(b.get("thinking"), str):
                parts.append(Part(("content", j, "thinking"), "output", b["thinking"]))
            elif b.get("type") == "tool_use" and "input" in b:
                parts.append(Part(("content", j, "input"), "output", _dump(b["input"]), True))
    elif route == "embeddings":
        un.append("embeddings (vectors)")
    return parts, un


def apply(body: Mapping[str, Any], parts: list[Part], texts: list[str]) -> dict[str, Any]:
    """A deep copy of ``body`` with each part's text replaced by ``texts[i]``."""
    out: dict[str, Any] = copy.deepcopy(dict(body))
    for part, text in zip(parts, texts, strict=True):
        if text == part.text:
            continue
        node: Any = out
        for step in part.path[:-1]:
            node = node[step]
        value: Any = text
        if part.json_value:
            try:
                value = json.loads(text)
            except ValueError:
                value = text
        node[part.path[-1]] = value
    return out
