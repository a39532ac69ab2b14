"""safetensors: the header only (8-byte length + JSON); tensor bytes are never read."""

from __future__ import annotations

import json
import struct
from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.findings import Finding, Severity

__all__ = ["SafetensorsScanner"]

_SIZES = {
    "BOOL": 1,
    "U8": 1,
    "I8": 1,
    "F8_E5M2": 1,
    "F8_E4M3": 1,
    "F8_E8M0": 1,
    "I16": 2,
    "U16": 2,
    "F16": 2,
    "BF16": 2,
    "I32": 4,
    "U32": 4,
    "F32": 4,
    "I64": 8,
    "U64": 8,
    "F64": 8,
    "C64": 8,
    "F4": 1,
    "F6_E2M3": 1,
    "F6_E3M2": 1,
}


class SafetensorsScanner:
    id: ClassVar[str] = "safetensors"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.safetensors(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        data = ctx.data
        (n,) = struct.unpack_from("<Q", data, 0)
        ctx.format = "safetensors"
        ctx.facts["framework"] = "safetensors"
        if 8 + n > len(data):
            yield self._bad(ctx, f"header length {n} exceeds the file size {len(data)}")
            return
        try:
            header = json.loads(bytes(data[8 : 8 + n]).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            yield self._bad(ctx, f"header is not valid JSON: {exc}")
            return
        if not isinstance(header, dict):
            yield self._bad(ctx, "header is not a JSON object")
            return
        body = len(data) - 8 - n
        meta = header.pop("__metadata__", None)
        if meta is not None and not (
            isinstance(meta, dict) and all(isinstance(v, str) for v in meta.values())
        ):
            yield self._bad(ctx, "__metadata__ must map strings to strings")
        dtypes: Counter[str] = Counter()
        params, spans, problems = 0, [], []
        for name, info in header.items():
            p = _check(name, info, body)
            if isinstance(p, str):
                problems.append(p)
                continue
            dtype, count, begin, end = p
            dtypes[dtype] += 1
            params += count
            spans.append((begin, end, name))
        spans.sort()
        for (_b1, e1, n1), (b2, _e2, n2) in zip(spans, spans[1:], strict=False):
            if b2 < e1:
                problems.append(f"tensors {n1!r} and {n2!r} overlap")
        covered = sum(e - b for b, e, _ in spans)
        if spans and covered != body and not problems:
            problems.append(
                f"tensor data covers {covered} of {body} bytes after the header (hidden or missing data)"
            )
        for p in problems[:20]:
            yield self._bad(ctx, p)
        ctx.facts.update(
            {
                "tensor_count": len(header),
                "parameter_count": params,
                "dtypes": dict(dtypes),
                "header_bytes": n,
            }
        )
        if isinstance(meta, dict):
            ctx.facts["metadata"] = {str(k)[:60]: str(v)[:200] for k, v in list(meta.items())[:30]}

    def _bad(self, ctx: ScanContext, why: str) -> Finding:
        return finding(
            "ART-ST-001", Severity.MEDIUM, f"invalid safetensors: {why}", ctx.loc(), error=True
        )


def _check(name: str, info: Any, body: int) -> tuple[str, int, int, int] | str:
    if not isinstance(info, dict):
        return f"tensor {name!r}: entry is not an object"
    dtype, shape, offs = info.get("dtype"), info.get("shape"), info.get("data_offsets")
    if dtype not in _SIZES:
        return f"tensor {name!r}: unknown dtype {dtype!r}"
    if not isinstance(shape, list) or not all(isinstance(d, int) and d >= 0 for d in shape):
        return f"tensor {name!r}: invalid shape"
    if not (isinstance(offs, list) and len(offs) == 2 and all(isinstance(o, int) for o in offs)):
        return f"tensor {name!r}: invalid data_offsets"
    begin, end = offs
    count = 1
    for d in shape:
        count *= d
    if not 0 <= begin <= end <= body:
        return f"tensor {name!r}: data_offsets {offs} outside the data section ({body} bytes)"
    size = _SIZES[str(dtype)]
    if dtype in ("F4",):
        expected = (count + 1) // 2
    elif str(dtype).startswith("F6"):
        expected = (count * 6 + 7) // 8
    else:
        expected = count * size
    if end - begin != expected:
        return f"tensor {name!r}: {end - begin} bytes for shape {shape} of {dtype} (expected {expected})"
    return str(dtype), count, begin, end
