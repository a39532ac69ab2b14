"""7-Zip archives, unpacked in memory with ``py7zr`` within a size budget.

A 7z archive that cannot be opened (missing decoder, encrypted, too large) is reported as
not scanned, never as clean.
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
from assura.findings import Finding, Severity

__all__ = ["SevenZipScanner"]

_BUDGET = 256 << 20


class SevenZipScanner:
    id: ClassVar[str] = "7z"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.sevenzip(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
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
                    yield finding(
                        "ART-ARC-005",
                        Severity.MEDIUM,
                        "7z archive is encrypted: not scanned",
                        ctx.loc(),
                        error=True,
                    )
                    return
                infos: list[Any] = z.list()
                total = sum(int(i.uncompressed or 0) for i in infos)
                ctx.facts.update(
                    {
                        "framework": "archive",
                        "entries": len(infos),
                        "unpacked_bytes": total,
                        "names": [i.filename for i in infos[:50]],
                    }
                )
                for i in infos:
                    if (f := name_finding(ctx, i.filename, "7z")) is not None:
                        yield f
                    if (
                        f := bomb(ctx, i.filename, max(1, len(ctx.data)), int(i.uncompressed or 0))
                    ) is not None:
                        yield f
                if total > budget or len(infos) > ctx.limits.max_members:
                    yield finding(
                        "ART-ARC-005",
                        Severity.MEDIUM,
                        f"7z archive unpacks to {total} bytes, over the {budget}-byte budget: not scanned",
                        ctx.loc(),
                        error=True,
                    )
                    return
                factory = BytesIOFactory(budget)
                z.extractall(factory=factory)
        except Exception as exc:  # noqa: BLE001 - py7zr raises many types on hostile input
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"7z archive could not be unpacked: {type(exc).__name__}: {str(exc)[:120]}",
                ctx.loc(),
                error=True,
            )
            return
        ctx.format = "7z"
        for name, product in factory.products.items():
            product.seek(0)
            yield from ctx.recurse(name, product.read())
