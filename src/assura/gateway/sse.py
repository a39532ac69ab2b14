"""Server-Sent Events: parse an upstream byte stream into events, and format events."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

__all__ = ["Event", "format_event", "parse_batches", "parse_events"]


@dataclass
class Event:
    """One SSE event. ``data`` is the parsed JSON (``None`` for ``[DONE]`` or non-JSON)."""

    name: str | None
    raw: str
    data: Any = None

    @property
    def done(self) -> bool:
        return self.raw.strip() == "[DONE]"


async def parse_batches(chunks: AsyncIterator[bytes]) -> AsyncIterator[list[Event]]:
    """The events completed by each network chunk (so writes can be batched too)."""
    buf = b""
    async for chunk in chunks:
        buf += chunk
        batch: list[Event] = []
        while True:
            cut = _boundary(buf)
            if cut is None:
                break
            block, buf = buf[: cut[0]], buf[cut[1] :]
            ev = _parse_block(block.decode("utf-8", "replace"))
            if ev is not None:
                batch.append(ev)
        if batch:
            yield batch
    if buf.strip():
        ev = _parse_block(buf.decode("utf-8", "replace"))
        if ev is not None:
            yield [ev]


async def parse_events(chunks: AsyncIterator[bytes]) -> AsyncIterator[Event]:
    async for batch in parse_batches(chunks):
        for ev in batch:
            yield ev


def _boundary(buf: bytes) -> tuple[int, int] | None:
    best: tuple[int, int] | None = None
    for sep in (b"\n\n", b"\r\n\r\n", b"\r\r"):
        i = buf.find(sep)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, i + len(sep))
    return best


def _parse_block(block: str) -> Event | None:
    name: str | None = None
    data: list[str] = []
    for line in block.splitlines():
        if not line or line.startswith(":"):
            continue
        field, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if field == "event":
            name = value
        elif field == "data":
            data.append(value)
    if not data and name is None:
        return None
    raw = "\n".join(data)
    parsed: Any = None
    if raw and raw.strip() != "[DONE]":
        try:
            parsed = json.loads(raw)
        except ValueError:
            parsed = None
    return Event(name, raw, parsed)


def format_event(data: Any, name: str | None = None) -> bytes:
    body = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {body}\n\n".encode()
