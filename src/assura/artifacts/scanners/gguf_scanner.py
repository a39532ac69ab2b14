"""GGUF (llama.cpp): header, metadata table and tensor infos, read with bounds checks.

The chat template (``tokenizer.chat_template`` and named variants) is checked for Jinja
constructs that reach Python internals when a serving stack renders it.
"""

from __future__ import annotations

import struct
from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.jinja_check import check_template
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.findings import Finding, Severity

__all__ = ["GgufScanner", "template_findings"]

_SCALAR = {
    0: "B",
    1: "b",
    2: "H",
    3: "h",
    4: "I",
    5: "i",
    6: "f",
    7: "?",
    10: "Q",
    11: "q",
    12: "d",
}
_GGML = {
    0: "F32",
    1: "F16",
    2: "Q4_0",
    3: "Q4_1",
    6: "Q5_0",
    7: "Q5_1",
    8: "Q8_0",
    9: "Q8_1",
    10: "Q2_K",
    11: "Q3_K",
    12: "Q4_K",
    13: "Q5_K",
    14: "Q6_K",
    15: "Q8_K",
    16: "IQ2_XXS",
    17: "IQ2_XS",
    18: "IQ3_XXS",
    19: "IQ1_S",
    20: "IQ4_NL",
    21: "IQ3_S",
    22: "IQ2_S",
    23: "IQ4_XS",
    24: "I8",
    25: "I16",
    26: "I32",
    27: "I64",
    28: "F64",
    29: "IQ1_M",
    30: "BF16",
}
_MAX_STR = 64 << 20


class _Bad(Exception):
    pass


class _Reader:
    def __init__(self, data: bytes | memoryview, version: int, endian: str) -> None:
        self.d, self.p, self.v, self.e = data, 0, version, endian

    def num(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        if self.p + size > len(self.d):
            raise _Bad(f"truncated at offset {self.p}")
        (v,) = struct.unpack_from(self.e + fmt, self.d, self.p)
        self.p += size
        return v

    def length(self) -> int:
        return int(self.num("I" if self.v == 1 else "Q"))

    def string(self, keep: bool = True) -> str:
        n = self.length()
        if n > _MAX_STR or self.p + n > len(self.d):
            raise _Bad(f"string of {n} bytes at offset {self.p} exceeds the file")
        s = bytes(self.d[self.p : self.p + n]).decode("utf-8", "replace") if keep else ""
        self.p += n
        return s

    def value(self, vtype: int, keep: bool) -> Any:
        if vtype in _SCALAR:
            return self.num(_SCALAR[vtype])
        if vtype == 8:
            return self.string(keep)
        if vtype == 9:
            itype, count = self.num("I"), self.length()
            if itype == 9:
                raise _Bad("nested arrays are not allowed")
            min_size = struct.calcsize(_SCALAR[itype]) if itype in _SCALAR else 8
            if count * min_size > len(self.d) - self.p:
                raise _Bad(f"array of {count} items at offset {self.p} exceeds the file")
            if itype in _SCALAR:
                self.p += count * min_size
            else:
                for _ in range(count):
                    self.value(itype, False)
            return f"<array of {count}>"
        raise _Bad(f"unknown value type {vtype} at offset {self.p}")


def template_findings(ctx: ScanContext, key: str, text: str) -> Iterator[Finding]:
    for issue in check_template(text):
        if issue.severity == "critical":
            yield finding(
                "ART-TPL-001", Severity.CRITICAL, f"{key}: {issue.message}", ctx.loc(member=None)
            )
        elif issue.message.startswith("template does not parse"):
            yield finding("ART-TPL-003", Severity.MEDIUM, f"{key}: {issue.message}", ctx.loc())
        else:
            yield finding(
                "ART-TPL-002",
                Severity.HIGH if issue.severity == "high" else Severity.MEDIUM,
                f"{key}: {issue.message}",
                ctx.loc(),
            )


class GgufScanner:
    id: ClassVar[str] = "gguf"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.gguf(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        ctx.format = "gguf"
        data = ctx.data
        (version,) = struct.unpack_from("<I", data, 4) if len(data) >= 8 else (0,)
        endian = "<"
        if version > 0xFFFF:
            endian, version = ">", struct.unpack_from(">I", data, 4)[0]
        ctx.facts.update({"framework": "gguf", "gguf_version": version})
        if version not in (1, 2, 3):
            yield finding(
                "ART-GGUF-001",
                Severity.MEDIUM,
                f"unsupported GGUF version {version}",
                ctx.loc(4),
                error=True,
            )
            return
        r = _Reader(data, version, endian)
        r.p = 8
        meta: dict[str, Any] = {}
        templates: dict[str, str] = {}
        params, dtypes = 0, Counter[str]()
        try:
            n_tensors, n_kv = r.length(), r.length()
            if n_kv > 1_000_000 or n_tensors > 10_000_000:
                raise _Bad(f"implausible counts ({n_tensors} tensors, {n_kv} metadata keys)")
            for _ in range(n_kv):
                key = r.string()
                vtype = r.num("I")
                val = r.value(vtype, keep=True)
                if key.startswith("tokenizer.chat_template") and isinstance(val, str):
                    templates[key] = val
                elif not key.startswith("tokenizer.ggml.") and len(meta) < 60:
                    meta[key] = val if not isinstance(val, str) else val[:200]
            for _ in range(n_tensors):
                r.string(keep=False)
                nd = r.num("I")
                if nd > 8:
                    raise _Bad(f"tensor with {nd} dimensions")
                count = 1
                for _ in range(nd):
                    count *= int(r.num("Q"))
                dtypes[_GGML.get(int(r.num("I")), "?")] += 1
                r.num("Q")
                params += count
        except _Bad as exc:
            yield finding(
                "ART-GGUF-001", Severity.MEDIUM, f"invalid GGUF: {exc}", ctx.loc(r.p), error=True
            )
        ctx.facts.update(
            {
                "architecture": meta.get("general.architecture"),
                "metadata": meta,
                "tensor_count": sum(dtypes.values()),
                "parameter_count": params,
                "dtypes": dict(dtypes),
            }
        )
        for key, text in templates.items():
            yield from template_findings(ctx, key, text)
