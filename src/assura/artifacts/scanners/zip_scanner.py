"""ZIP containers: PyTorch zip checkpoints, TorchScript, Keras v3, .npz and plain archives."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.artifacts.scanners.archive_checks import bomb, link_finding, name_finding
from assura.artifacts.scanners.numpy_scanner import npy_needs_body
from assura.artifacts.ziputil import ZipEntry, inflate, read_zip
from assura.findings import Finding, Severity

__all__ = ["ZipScanner"]

_STORAGE = re.compile(
    r"(^|/)(data|\.data)/(\d+|serialization_id|version)$|(^|/)(byteorder|version|\.format_version|\.storage_alignment)$"
)
_CRC_CHECK_MAX = 64 << 20


def _format(names: list[str]) -> str:
    base = {n.rsplit("/", 1)[-1] for n in names}
    if "constants.pkl" in base and any("/code/" in n or n.startswith("code/") for n in names):
        return "torchscript"
    if "data.pkl" in base:
        return "pytorch-zip"
    if "config.json" in names and ("metadata.json" in names or "model.weights.h5" in names):
        return "keras-v3"
    if names and all(n.endswith(".npy") for n in names):
        return "npz"
    return "zip"


class ZipScanner:
    id: ClassVar[str] = "zip"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.zip_archive(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        listing = read_zip(ctx.data, ctx.limits.max_members)
        entries = listing.entries
        names = [e.name for e in entries]
        fmt = _format(names)
        ctx.format = fmt
        ctx.facts.update(
            {
                "framework": {
                    "pytorch-zip": "pytorch",
                    "torchscript": "pytorch",
                    "keras-v3": "keras",
                    "npz": "numpy",
                }.get(fmt, "archive"),
                "entries": len(entries),
                "unpacked_bytes": sum(e.usize for e in entries),
                "names": names[:50],
            }
        )
        if not entries:
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                "ZIP archive without readable entries",
                ctx.loc(),
                error=True,
            )
            return
        for p in listing.problems:
            yield finding("ART-ARC-004", Severity.MEDIUM, f"ZIP structure: {p}", ctx.loc())
        skipped = 0
        for e in entries:
            if (f := name_finding(ctx, e.name, "ZIP")) is not None:
                yield f
            for p in e.problems:
                yield finding(
                    "ART-ARC-004",
                    Severity.MEDIUM,
                    f"ZIP header mismatch: {p} (loaders disagree on this member)",
                    ctx.loc(member=e.name, offset=e.header_offset),
                )
            if e.is_dir or e.data_offset < 0:
                continue
            if fmt in ("pytorch-zip", "torchscript") and _STORAGE.search(e.name):
                skipped += 1
                continue
            yield from self._member(ctx, e)
        if skipped:
            ctx.facts["tensor_storages"] = skipped

    def _member(self, ctx: ScanContext, e: ZipEntry) -> Iterator[Finding]:
        end = e.data_offset + e.csize
        if end > len(ctx.data):
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"member {e.name!r} extends past the end of the file",
                ctx.loc(member=e.name),
                error=True,
            )
            end = len(ctx.data)
        raw = ctx.data[e.data_offset : end]
        if e.is_symlink:
            yield link_finding(
                ctx, e.name, bytes(raw[:4096]).decode("utf-8", "replace"), hard=False
            )
            return
        if (f := bomb(ctx, e.name, e.csize, e.usize)) is not None:
            yield f
        if e.flags & 0x1:
            if e.method == 0 and ctx.limits and _plain(raw):
                yield finding(
                    "ART-ARC-004",
                    Severity.MEDIUM,
                    f"member {e.name!r} is flagged encrypted but stored in the clear: loaders that ignore the flag read it",
                    ctx.loc(member=e.name),
                )
            else:
                yield finding(
                    "ART-ARC-005",
                    Severity.MEDIUM,
                    f"member {e.name!r} is encrypted: not scanned",
                    ctx.loc(member=e.name),
                    error=True,
                )
                return
        head, _ = inflate(raw[: 1 << 16], e.method, 4096) if e.method else (raw[:4096], False)
        if head is None:
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                f"member {e.name!r} uses compression method {e.method}: not scanned",
                ctx.loc(member=e.name),
                error=True,
            )
            return
        if bytes(head[:6]) == b"\x93NUMPY" and not npy_needs_body(bytes(head)):
            yield from ctx.recurse(e.name, head)
            return
        data, truncated = inflate(raw, e.method, ctx.limits.max_member_bytes)
        if data is None:
            return
        if truncated:
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                f"member {e.name!r} is larger than {ctx.limits.max_member_bytes} bytes unpacked: only the start was scanned",
                ctx.loc(member=e.name),
                error=True,
            )
            if (f := bomb(ctx, e.name, e.csize, ctx.limits.max_member_bytes)) is not None:
                yield f
        elif len(data) <= _CRC_CHECK_MAX and not e.flags & 0x1 and zlib.crc32(data) != e.crc:
            yield finding(
                "ART-ARC-004",
                Severity.MEDIUM,
                f"member {e.name!r} fails its CRC check: Python's zipfile refuses it, PyTorch loads it",
                ctx.loc(member=e.name),
            )
        yield from ctx.recurse(e.name, data)


def _plain(raw: bytes | memoryview) -> bool:
    from assura.artifacts.pickle.vm import pickle_strength

    head = bytes(raw[:512])
    return pickle_strength(head) > 0 or head[:4] in (b"PK\x03\x04",) or head[:6] == b"\x93NUMPY"
