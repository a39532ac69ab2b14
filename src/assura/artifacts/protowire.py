"""A minimal, bounded protobuf wire-format reader (enough for ONNX and SavedModel).

``fields(buf)`` yields ``(number, wire_type, value)``: ints for varint/fixed fields,
memoryviews (no copy) for length-delimited ones. Malformed input raises
:class:`WireError`; nothing is ever allocated beyond the input.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

__all__ = ["WireError", "fields", "first", "text"]


class WireError(ValueError):
    pass


def _varint(buf: memoryview, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf) or shift > 63:
            raise WireError("truncated or overlong varint")
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7


def fields(data: bytes | memoryview) -> Iterator[tuple[int, int, int | memoryview]]:
    buf = memoryview(data)
    pos, n = 0, len(buf)
    while pos < n:
        key, pos = _varint(buf, pos)
        num, wt = key >> 3, key & 7
        if num == 0:
            raise WireError("field number 0")
        if wt == 0:
            v, pos = _varint(buf, pos)
            yield num, wt, v
        elif wt == 1:
            if pos + 8 > n:
                raise WireError("truncated fixed64")
            yield num, wt, struct.unpack_from("<Q", buf, pos)[0]
            pos += 8
        elif wt == 2:
            ln, pos = _varint(buf, pos)
            if pos + ln > n:
                raise WireError("length-delimited field exceeds its message")
            yield num, wt, buf[pos : pos + ln]
            pos += ln
        elif wt == 5:
            if pos + 4 > n:
                raise WireError("truncated fixed32")
            yield num, wt, struct.unpack_from("<I", buf, pos)[0]
            pos += 4
        else:
            raise WireError(f"unsupported wire type {wt}")


def text(v: int | memoryview) -> str:
    return bytes(v).decode("utf-8", "replace") if isinstance(v, memoryview) else str(v)


def first(data: bytes | memoryview, number: int) -> int | memoryview | None:
    for num, _wt, v in fields(data):
        if num == number:
            return v
    return None
