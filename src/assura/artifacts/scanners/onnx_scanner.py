"""ONNX models: external-data paths, custom operator domains, Python operators, facts.

Parsed with the bounded wire reader; tensor payloads (``raw_data``) are never copied.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.protowire import WireError, fields, text
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.artifacts.scanners.archive_checks import escapes
from assura.findings import Finding, Severity

__all__ = ["OnnxScanner"]

_STD_DOMAINS = frozenset(
    {
        "",
        "ai.onnx",
        "ai.onnx.ml",
        "ai.onnx.training",
        "ai.onnx.preview.training",
        "com.microsoft",
        "com.microsoft.nchwc",
        "com.microsoft.experimental",
        "com.microsoft.mlfeaturizers",
        "com.ms.internal.nhwc",
        "org.pytorch.aten",
        "pkg.onnxscript.torch_lib",
        "pkg.onnxscript.torch_lib.common",
    }
)
_PY_OPS = frozenset({"PyOp", "PyFunc", "PythonOp", "PyOpFunc"})
_DTYPES = {
    1: "float32",
    2: "uint8",
    3: "int8",
    4: "uint16",
    5: "int16",
    6: "int32",
    7: "int64",
    8: "string",
    9: "bool",
    10: "float16",
    11: "float64",
    12: "uint32",
    13: "uint64",
    14: "complex64",
    15: "complex128",
    16: "bfloat16",
}
_MAX_DEPTH = 16


class _Model:
    def __init__(self) -> None:
        self.ops: Counter[str] = Counter()
        self.dtypes: Counter[str] = Counter()
        self.tensors = 0
        self.params = 0
        self.custom: dict[tuple[str, str], int] = {}
        self.external: list[tuple[str, str]] = []
        self.local_functions: set[str] = set()


def _tensor(buf: memoryview, m: _Model) -> None:
    dims: list[int] = []
    name, location = "", None
    for num, wt, v in fields(buf):
        if num == 1:
            if wt == 0 and isinstance(v, int):
                dims.append(v)
            elif isinstance(v, memoryview):
                dims.extend(x for _, _, x in fields_packed(v))
        elif num == 2 and isinstance(v, int):
            m.dtypes[_DTYPES.get(v, str(v))] += 1
        elif num == 8:
            name = text(v)
        elif num == 13 and isinstance(v, memoryview):
            entry = {k: text(x) for k, _, x in fields(v)}
            if entry.get(1) == "location":
                location = entry.get(2, "")
    m.tensors += 1
    count = 1
    for d in dims:
        count *= d
    m.params += count
    if location is not None:
        m.external.append((name, location))


def fields_packed(buf: memoryview) -> Iterator[tuple[int, int, int]]:
    from assura.artifacts.protowire import _varint

    pos = 0
    while pos < len(buf):
        v, pos = _varint(buf, pos)
        yield 0, 0, v


def _graph(buf: memoryview, m: _Model, depth: int) -> None:
    if depth > _MAX_DEPTH:
        raise WireError("subgraphs nested too deep")
    for num, _wt, v in fields(buf):
        if not isinstance(v, memoryview):
            continue
        if num == 1:
            _node(v, m, depth)
        elif num == 5:
            _tensor(v, m)
        elif num == 15:
            for n2, _, sv in fields(v):
                if n2 == 1 and isinstance(sv, memoryview):
                    _tensor(sv, m)


def _node(buf: memoryview, m: _Model, depth: int) -> None:
    op, domain = "", ""
    for num, _wt, v in fields(buf):
        if num == 4:
            op = text(v)
        elif num == 7:
            domain = text(v)
        elif num == 5 and isinstance(v, memoryview):
            for an, _, av in fields(v):
                if an == 6 and isinstance(av, memoryview):
                    _graph(av, m, depth + 1)
                elif an == 11 and isinstance(av, memoryview):
                    _graph(av, m, depth + 1)
                elif an in (5, 10) and isinstance(av, memoryview):
                    _tensor(av, m)
    m.ops[f"{domain}::{op}" if domain else op] += 1
    if domain not in _STD_DOMAINS and f"{domain}::{op}" not in m.local_functions:
        m.custom[(domain, op)] = m.custom.get((domain, op), 0) + 1


class OnnxScanner:
    id: ClassVar[str] = "onnx"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.onnx(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        m = _Model()
        meta: dict[str, Any] = {}
        graphs: list[memoryview] = []
        try:
            for num, _wt, v in fields(ctx.data):
                if num == 1:
                    meta["ir_version"] = v
                elif num == 2:
                    meta["producer"] = text(v)
                elif num == 7 and isinstance(v, memoryview):
                    graphs.append(v)
                elif num == 8 and isinstance(v, memoryview):
                    o = {k: x for k, _, x in fields(v)}
                    meta.setdefault("opsets", {})[text(o.get(1, memoryview(b""))) or "ai.onnx"] = (
                        o.get(2)
                    )
                elif num == 25 and isinstance(v, memoryview):
                    f = {k: x for k, _, x in fields(v)}
                    m.local_functions.add(
                        f"{text(f.get(10, memoryview(b'')))}::{text(f.get(1, memoryview(b'')))}"
                    )
            for g in graphs:
                _graph(g, m, 0)
        except WireError as exc:
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"not a valid ONNX protobuf: {exc}",
                ctx.loc(),
                error=True,
            )
            if not graphs:
                return
        ctx.format = "onnx"
        ctx.facts.update(
            {
                "framework": "onnx",
                **meta,
                "tensor_count": m.tensors,
                "parameter_count": m.params,
                "dtypes": dict(m.dtypes),
                "op_types": dict(m.ops.most_common(60)),
            }
        )
        for name, loc in m.external:
            why = escapes(loc) or (None if not os.path.isabs(loc) else "absolute path")
            if why:
                yield finding(
                    "ART-ONNX-001",
                    Severity.HIGH,
                    f"tensor {name!r} loads external data from {loc!r} ({why}): the runtime reads a file outside the model folder",
                    ctx.loc(member=None),
                )
        if m.external:
            ctx.facts["external_data"] = sorted({loc for _, loc in m.external})[:20]
        for (domain, op), n in m.custom.items():
            if op in _PY_OPS or (domain == "ai.onnx.contrib" and op.startswith("Py")):
                yield finding(
                    "ART-ONNX-003",
                    Severity.HIGH,
                    f"node {domain}::{op} calls a Python function registered in the host (onnxruntime-extensions PyOp), {n} time(s)",
                    ctx.loc(),
                )
            else:
                yield finding(
                    "ART-ONNX-002",
                    Severity.MEDIUM,
                    f"node {domain}::{op} needs custom operator code for domain {domain!r} ({n} time(s))",
                    ctx.loc(),
                )
