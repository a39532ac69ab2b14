"""NumPy ``.npy`` arrays: object arrays are pickles (``np.load(allow_pickle=True)`` runs them)."""

from __future__ import annotations

import struct
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.pickle import analyse_pickle
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.artifacts.scanners.pickle_scanner import pickle_findings
from assura.findings import Finding, Severity

__all__ = ["NumpyScanner", "npy_header", "npy_needs_body"]

_MAX_HEADER = 1 << 20


def npy_header(data: bytes | memoryview) -> tuple[dict[str, Any], int] | str:
    """(header dict, offset of the array data) or an error message."""
    if len(data) < 10 or bytes(data[:6]) != sniff.NPY_MAGIC:
        return "not an .npy file"
    major = data[6]
    if major == 1:
        (hlen,), start = struct.unpack_from("<H", data, 8), 10
    elif major in (2, 3) and len(data) >= 12:
        (hlen,), start = struct.unpack_from("<I", data, 8), 12
    else:
        return f"unsupported .npy version {major}"
    if hlen > _MAX_HEADER or start + hlen > len(data):
        return f"header length {hlen} exceeds the file"
    import ast

    text = bytes(data[start : start + hlen]).decode("latin-1")
    try:
        header = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return "header is not a Python literal"
    if not isinstance(header, dict) or not {"descr", "shape"} <= set(header):
        return "header lacks descr/shape"
    return header, start + hlen


def _has_object(descr: Any) -> bool:
    return "O" in repr(descr)


def npy_needs_body(head: bytes) -> bool:
    """True when the array data matters for security (object dtype) or the header is unclear."""
    parsed = npy_header(head)
    return isinstance(parsed, str) or _has_object(parsed[0]["descr"])


class NumpyScanner:
    id: ClassVar[str] = "numpy"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.numpy(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        parsed = npy_header(ctx.data)
        if isinstance(parsed, str):
            yield finding(
                "ART-GEN-001", Severity.MEDIUM, f"invalid .npy: {parsed}", ctx.loc(), error=True
            )
            return
        header, off = parsed
        shape = header["shape"]
        count = 1
        if isinstance(shape, tuple) and all(isinstance(d, int) for d in shape):
            for d in shape:
                count *= d
        ctx.facts.update(
            {
                "framework": "numpy",
                "dtypes": {str(header["descr"])[:80]: 1},
                "shape": list(shape) if isinstance(shape, tuple) else str(shape),
                "parameter_count": count,
                "tensor_count": 1,
            }
        )
        if not _has_object(header["descr"]):
            return
        ctx.facts["object_array"] = True
        if len(ctx.data) <= off:
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                "object array without data",
                ctx.loc(off),
                error=True,
            )
            return
        res = analyse_pickle(ctx.data[off:], max_ops=ctx.limits.max_pickle_ops, multi=False)
        ctx.facts["pickle_protocol"] = res.protocol
        yield from pickle_findings(ctx, res, base=off)
        ctx.facts["framework"] = "numpy"
