"""Single-stream compression wrappers: gzip, bzip2, xz, lzma (joblib), zlib (joblib), old joblib ZF.

The content is unwrapped (bounded, spooled to disk when large) and sniffed again, so a
compressed joblib, a ``.pkl.gz`` or a ``.tar.gz`` is analysed like its plain form.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.artifacts.scanners.archive_checks import bomb
from assura.artifacts.ziputil import stream_decompress
from assura.findings import Finding, Severity

__all__ = ["CompressedScanner"]


def _decompressor(kind: str) -> Any:
    import bz2
    import lzma

    if kind == "gzip":
        return zlib.decompressobj(16 + zlib.MAX_WBITS)
    if kind == "bzip2":
        return bz2.BZ2Decompressor()
    if kind == "xz":
        return lzma.LZMADecompressor(lzma.FORMAT_XZ)
    if kind == "lzma":
        return lzma.LZMADecompressor(lzma.FORMAT_ALONE)
    return zlib.decompressobj()


def _inner_name(name: str, kind: str) -> str:
    for ext in (".gz", ".tgz", ".bz2", ".xz", ".lzma", ".z", ".zlib"):
        if name.lower().endswith(ext):
            stem = name[: -len(ext)]
            return stem + ".tar" if ext == ".tgz" else stem
    return f"<{kind}-decompressed>"


class CompressedScanner:
    id: ClassVar[str] = "compressed"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.compressed(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        kind = sniff.compressed_kind(bytes(ctx.data[:4096])) or "zlib"
        ctx.format = kind
        ctx.facts["compression"] = kind
        if kind in ("lz4", "zstd"):
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                f"{kind}-compressed content: not scanned (no decoder bundled)",
                ctx.loc(),
                error=True,
            )
            return
        raw = ctx.data
        if kind == "joblib-zf":
            raw = raw[bytes(raw[:64]).find(b"\x78") :]
        import lzma

        limit = ctx.limits.max_member_bytes
        try:
            data, truncated = stream_decompress(_decompressor(kind), raw, limit)
        except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError) as exc:
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"{kind} stream is corrupt: {exc}",
                ctx.loc(),
                error=True,
            )
            return
        ctx.facts["unpacked_bytes"] = len(data)
        if (f := bomb(ctx, ctx.target.name, len(ctx.data), len(data))) is not None:
            yield f
        if truncated:
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                f"{kind} content is larger than {limit} bytes unpacked: only the start was scanned",
                ctx.loc(),
                error=True,
            )
        if not len(data):
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"{kind} stream is empty or truncated",
                ctx.loc(),
                error=True,
            )
            return
        yield from ctx.recurse(_inner_name(ctx.target.name, kind), data)
