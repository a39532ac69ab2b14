"""tar archives (plain; gzip/bz2/xz ones are unwrapped first by the compression scanner).

Also the PyTorch legacy tar format (members ``sys_info``, ``pickle``, ``storages``,
``tensors``): each member is sniffed and scanned like any other.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar

from assura.artifacts.interface import ScanContext
from assura.artifacts.rules import finding
from assura.artifacts.scanners import sniff
from assura.artifacts.scanners.archive_checks import link_finding, name_finding
from assura.findings import Finding, Severity

if TYPE_CHECKING:
    import tarfile

__all__ = ["TarScanner"]


class _View(io.RawIOBase):
    """A read-only, seekable file over a buffer, without copying it."""

    def __init__(self, data: bytes | memoryview) -> None:
        self._d = memoryview(data)
        self._p = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(b), len(self._d) - self._p)
        b[:n] = self._d[self._p : self._p + n]
        self._p += n
        return n

    def seek(self, off: int, whence: int = 0) -> int:
        self._p = max(0, {0: off, 1: self._p + off, 2: len(self._d) + off}[whence])
        return self._p

    def tell(self) -> int:
        return self._p


class TarScanner:
    id: ClassVar[str] = "tar"

    def sniff(self, head: bytes, name: str) -> bool:
        return sniff.tar(head, name)

    def scan(self, ctx: ScanContext) -> Iterator[Finding]:
        import tarfile

        names: list[str] = []
        try:
            tf = tarfile.open(fileobj=_View(ctx.data), mode="r:")  # noqa: SIM115
        except (tarfile.TarError, OSError, EOFError) as exc:
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"unreadable tar archive: {exc}",
                ctx.loc(),
                error=True,
            )
            return
        try:
            count = 0
            while True:
                try:
                    m = tf.next()
                except (tarfile.TarError, OSError, EOFError, UnicodeError) as exc:
                    yield finding(
                        "ART-GEN-001",
                        Severity.MEDIUM,
                        f"tar archive damaged after {count} members: {exc}",
                        ctx.loc(),
                        error=True,
                    )
                    break
                if m is None:
                    break
                count += 1
                if count > ctx.limits.max_members:
                    yield finding(
                        "ART-ARC-005",
                        Severity.MEDIUM,
                        f"more than {ctx.limits.max_members} members: the rest was not scanned",
                        ctx.loc(),
                        error=True,
                    )
                    break
                names.append(m.name)
                yield from self._member(ctx, tf, m)
        finally:
            tf.close()
        base = {n.rsplit("/", 1)[-1] for n in names}
        legacy = {"sys_info", "pickle", "storages"} <= base
        ctx.format = "pytorch-legacy-tar" if legacy else "tar"
        ctx.facts.update(
            {
                "framework": "pytorch" if legacy else "archive",
                "entries": len(names),
                "names": names[:50],
            }
        )

    def _member(
        self, ctx: ScanContext, tf: tarfile.TarFile, m: tarfile.TarInfo
    ) -> Iterator[Finding]:
        if (f := name_finding(ctx, m.name, "tar")) is not None:
            yield f
        if m.issym() or m.islnk():
            yield link_finding(ctx, m.name, m.linkname, hard=m.islnk())
            return
        if m.ischr() or m.isblk() or m.isfifo():  # devices and FIFOs
            yield finding(
                "ART-ARC-006",
                Severity.MEDIUM,
                f"tar member {m.name!r} is a device or FIFO",
                ctx.loc(member=m.name),
            )
            return
        if not m.isfile():
            return
        if m.size > ctx.limits.max_member_bytes:
            yield finding(
                "ART-ARC-005",
                Severity.MEDIUM,
                f"member {m.name!r} ({m.size} bytes) is over the size limit: not scanned",
                ctx.loc(member=m.name),
                error=True,
            )
            return
        start = m.offset_data
        if m.sparse is not None or start + m.size > len(ctx.data):
            yield finding(
                "ART-GEN-001",
                Severity.MEDIUM,
                f"member {m.name!r} is sparse or truncated",
                ctx.loc(member=m.name),
                error=True,
            )
            return
        yield from ctx.recurse(m.name, ctx.data[start : start + m.size])
