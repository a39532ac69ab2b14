"""7-Zip archives, unpacked in memory within a size budget.

The stdlib reader :mod:`assura.artifacts.sevenzip` handles the common archives; ``py7zr``
(slow to import) is used only for what it does not decode (filters other than x86 BCJ,
PPMd, zstd, encrypted headers...) or for archives over the member limit. A 7z archive that
cannot be opened (missing decoder, encrypted, too large) is reported as not scanned, never
as clean.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.artifacts.scanners.archive_checks import bomb, name_finding
from assura.artifacts.scanners.tar_scanner import _View
from assura.artifacts.sevenzip import (
    Archive,
    BadPath,
    SevenZipError,
    TooManyMembers,
    Unsupported,
    read_7z,
)
from assura.findings import Finding, Severity

__all__ = ["SevenZipScanner"]

_BUDGET = 256 << 20


class SevenZipScanner:
    id: ClassVar[str] = "7z"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.sevenzip(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        budget = min(_BUDGET, ctx.limits.max_member_bytes)
        try:
            archive = read_7z(ctx.data, budget, ctx.limits.max_members)
        except (Unsupported, TooManyMembers):
            yield from self._scan_py7zr(ctx)
            return
        except SevenZipError as exc:
            yield _unpack_error(ctx, exc)
            return
        yield from self._scan_native(ctx, archive, budget)

    def _scan_native(self, ctx: ScanContext, z: Archive, budget: int) -> Iterator[Finding]:
        if z.needs_password:
            yield _encrypted(ctx)
            return
        total = sum(e.size for e in z.entries)
        _record(ctx, [e.name for e in z.entries], total)
        for e in z.entries:
            if (f := name_finding(ctx, e.name, "7z")) is not None:
                yield f
            if (f := bomb(ctx, e.name, max(1, len(ctx.data)), e.size)) is not None:
                yield f
        if total > budget or len(z.entries) > ctx.limits.max_members:
            yield _over_budget(ctx, total, budget)
            return
        try:
            products = dict(z.members())
        except SevenZipError as exc:
            yield _unpack_error(ctx, exc)
            return
        ctx.format = "7z"
        for name, data in products.items():
            yield from ctx.recurse(name, data)

    def _scan_py7zr(self, ctx: ScanContext) -> Iterator[Finding]:
        try:
            import py7zr
            from py7zr.io import BytesIOFactory
        except ImportError:  # pragma: no cover - py7zr is a dependency
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                "7z archive: not scanned (py7zr is not installed)",
                ctx.loc(),
                error=True,
            )
            return
        budget = min(_BUDGET, ctx.limits.max_member_bytes)
        try:
            with py7zr.SevenZipFile(io.BufferedReader(_View(ctx.data)), mode="r") as z:
                if z.needs_password():
                    yield _encrypted(ctx)
                    return
                infos: list[Any] = z.list()
                total = sum(int(i.uncompressed or 0) for i in infos)
                _record(ctx, [i.filename for i in infos], total)
                for i in infos:
                    if (f := name_finding(ctx, i.filename, "7z")) is not None:
                        yield f
                    if (
                        f := bomb(ctx, i.filename, max(1, len(ctx.data)), int(i.uncompressed or 0))
                    ) is not None:
                        yield f
                if total > budget or len(infos) > ctx.limits.max_members:
                    yield _over_budget(ctx, total, budget)
                    return
                factory = BytesIOFactory(budget)
                z.extractall(factory=factory)
        except Exception as exc:  # noqa: BLE001 - py7zr raises many types on hostile input
            yield _unpack_error(ctx, exc)
            return
        ctx.format = "7z"
        for name, product in factory.products.items():
            product.seek(0)
            yield from ctx.recurse(name, product.read())


def _record(ctx: ScanContext, names: list[str], total: int) -> None:
    ctx.facts.update(
        {
            "framework": "archive",
            "entries": len(names),
            "unpacked_bytes": total,
            "names": names[:50],
        }
    )


def _encrypted(ctx: ScanContext) -> Finding:
    return finding(
        "ART-ARC-005",
        Severity.MEDIUM,
        "7z archive is encrypted: not scanned",
        ctx.loc(),
        error=True,
    )


def _over_budget(ctx: ScanContext, total: int, budget: int) -> Finding:
    return finding(
        "ART-ARC-005",
        Severity.MEDIUM,
        f"7z archive unpacks to {total} bytes, over the {budget}-byte budget: not scanned",
        ctx.loc(),
        error=True,
    )


def _unpack_error(ctx: ScanContext, exc: Exception) -> Finding:
    # py7zr reported unsafe member names as Bad7zFile; keep that message for them
    kind = "Bad7zFile" if isinstance(exc, BadPath) else type(exc).__name__
    return finding(
        "ART-GEN-001",
        Severity.MEDIUM,
        f"7z archive could not be unpacked: {kind}: {str(exc)[:120]}",
        ctx.loc(),
        error=True,
    )
