"""A tolerant ZIP reader that sees what loaders see, including what they disagree on.

PyTorch (miniz) reads the central directory and ignores CRCs and most flag bits; Python's
``zipfile`` checks both; some tools walk local headers. Attackers hide a pickle in the gap
(name mismatch between local and central header, a bad CRC, flag bits, entries only the
local headers list). This reader parses the central directory itself, walks the local
headers as well, and reports every disagreement, so the scanner can analyse the union.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

__all__ = ["ZipEntry", "ZipListing", "inflate", "read_zip"]

_EOCD = b"PK\x05\x06"
_CDH = b"PK\x01\x02"
_LFH = b"PK\x03\x04"
_Z64_LOC = b"PK\x06\x07"
_SPOOL = 32 << 20


@dataclass(slots=True)
class ZipEntry:
    name: str
    method: int
    flags: int
    csize: int
    usize: int
    crc: int
    header_offset: int
    data_offset: int = -1
    external_attr: int = 0
    create_system: int = 0
    local_name: str | None = None
    source: str = "central"
    problems: list[str] = field(default_factory=list)

    @property
    def is_symlink(self) -> bool:
        return self.create_system == 3 and (self.external_attr >> 16) & 0o170000 == 0o120000

    @property
    def is_dir(self) -> bool:
        return self.name.endswith("/")


@dataclass(slots=True)
class ZipListing:
    entries: list[ZipEntry]
    problems: list[str]
    central_ok: bool


def _u(fmt: str, data: bytes | memoryview, off: int) -> tuple[int, ...]:
    return struct.unpack_from(fmt, data, off)


def _name(raw: bytes, flags: int) -> str:
    return raw.decode("utf-8" if flags & 0x800 else "cp437", "replace")


def _zip64(extra: bytes, usize: int, csize: int, off: int) -> tuple[int, int, int]:
    i = 0
    while i + 4 <= len(extra):
        tag, size = struct.unpack_from("<HH", extra, i)
        if tag == 1:
            vals = list(struct.unpack_from(f"<{min(size, 24) // 8}Q", extra, i + 4))
            if usize == 0xFFFFFFFF and vals:
                usize = vals.pop(0)
            if csize == 0xFFFFFFFF and vals:
                csize = vals.pop(0)
            if off == 0xFFFFFFFF and vals:
                off = vals.pop(0)
        i += 4 + size
    return usize, csize, off


def _central(data: bytes | memoryview, max_entries: int) -> tuple[list[ZipEntry], list[str]] | None:
    n = len(data)
    tail_start = max(0, n - 65557)
    tail = bytes(data[tail_start:])
    pos = tail.rfind(_EOCD)
    if pos < 0 or len(tail) - pos < 22:
        return None
    eocd = tail_start + pos
    count, cd_size, cd_off = _u("<xxxxxxxxxxHII", data, eocd)
    problems: list[str] = []
    loc = eocd - 20
    if loc >= 0 and bytes(data[loc : loc + 4]) == _Z64_LOC:
        (z64,) = _u("<8xQ", data, loc)
        if 0 <= z64 < n - 56 and bytes(data[z64 : z64 + 4]) == b"PK\x06\x06":
            count, cd_size, cd_off = _u("<32xQQQ", data, z64)
            eocd = z64
    delta = eocd - cd_size - cd_off
    if delta:
        problems.append(
            f"central directory is {delta} bytes away from where the end record says (data prepended or appended)"
        )
    entries: list[ZipEntry] = []
    p = cd_off + delta
    while (
        len(entries) < min(count, max_entries)
        and 0 <= p <= n - 46
        and bytes(data[p : p + 4]) == _CDH
    ):
        (
            made,
            _ver,
            flags,
            method,
            _t,
            _d,
            crc,
            csize,
            usize,
            nlen,
            elen,
            clen,
            _disk,
            _ia,
            ext,
            off,
        ) = _u("<4xHHHHHHIIIHHHHHII", data, p)
        raw = bytes(data[p + 46 : p + 46 + nlen])
        extra = bytes(data[p + 46 + nlen : p + 46 + nlen + elen])
        usize, csize, off = _zip64(extra, usize, csize, off)
        entries.append(
            ZipEntry(
                _name(raw, flags),
                method,
                flags,
                csize,
                usize,
                crc,
                off + delta if off + delta >= 0 else off,
                external_attr=ext,
                create_system=made >> 8,
            )
        )
        p += 46 + nlen + elen + clen
    if len(entries) < count:
        problems.append(
            f"central directory lists {count} entries but only {len(entries)} could be read"
        )
    return entries, problems


def _local(data: bytes | memoryview, off: int) -> tuple[int, int, int, int, int, str, int] | None:
    if off < 0 or off + 30 > len(data) or bytes(data[off : off + 4]) != _LFH:
        return None
    (_v, flags, method, _t, _d, crc, csize, usize, nlen, elen) = _u("<4xHHHHHIIIHH", data, off)
    name = _name(bytes(data[off + 30 : off + 30 + nlen]), flags)
    extra = bytes(data[off + 30 + nlen : off + 30 + nlen + elen])
    usize, csize, _ = _zip64(extra, usize, csize, 0)
    return flags, method, crc, csize, usize, name, off + 30 + nlen + elen


def read_zip(data: bytes | memoryview, max_entries: int = 100_000) -> ZipListing:
    """Entries from the central directory, cross-checked with (and completed by) local headers."""
    cen = _central(data, max_entries)
    problems: list[str] = []
    entries: list[ZipEntry] = []
    if cen is not None:
        entries, problems = cen
    by_offset = {e.header_offset: e for e in entries}
    for e in entries:
        loc = _local(data, e.header_offset)
        if loc is None:
            e.problems.append("no local header where the central directory points")
            continue
        flags, method, crc, csize, _usize, lname, doff = loc
        e.data_offset, e.local_name = doff, lname
        if lname != e.name:
            e.problems.append(f"local header names it {lname!r}, central directory {e.name!r}")
        if flags != e.flags:
            e.problems.append(f"flag bits differ (local {flags:#x}, central {e.flags:#x})")
        if method != e.method:
            e.problems.append(f"compression method differs (local {method}, central {e.method})")
        if not flags & 0x8 and (crc != e.crc or (csize != e.csize and csize != 0xFFFFFFFF)):
            e.problems.append("CRC or size differs between local and central header")
    # Walk local headers too: entries only they list are what a local-header reader loads.
    p, seen = 0, 0
    while seen < max_entries:
        loc = _local(data, p)
        if loc is None:
            break
        seen += 1
        flags, method, crc, csize, usize, lname, doff = loc
        known = by_offset.get(p)
        if known is None:
            e = ZipEntry(lname, method, flags, csize, usize, crc, p, doff, source="local")
            e.local_name = lname
            e.problems.append(
                "entry found only by walking local headers (not in the central directory)"
            )
            entries.append(e)
        else:
            csize = known.csize
        if flags & 0x8 and known is None:
            nxt = _find_next(data, doff)
            if nxt < 0:
                break
            e.csize = nxt - doff
            p = nxt
            continue
        p = doff + csize
        if flags & 0x8 and bytes(data[p : p + 4]) == b"PK\x07\x08":
            p += 16
        elif flags & 0x8:
            p += 12
    return ZipListing(entries, problems, cen is not None)


def _find_next(data: bytes | memoryview, start: int) -> int:
    step = 1 << 20
    for off in range(start, len(data), step):
        chunk = bytes(data[off : off + step + 3])
        i = chunk.find(_LFH)
        j = chunk.find(_CDH)
        cands = [x for x in (i, j) if x >= 0]
        if cands:
            return off + min(cands)
    return -1


def inflate(
    raw: bytes | memoryview, method: int, limit: int
) -> tuple[bytes | memoryview | None, bool]:
    """Decompress a member (stored, deflate, bzip2, lzma-alone) up to ``limit`` bytes.

    Returns (data, truncated); data is None for an unsupported method. Large outputs are
    spooled to an anonymous temporary file and memory-mapped, so memory stays bounded.
    """
    if method == 0:
        return raw, False
    if method == 8:
        dec: Any = zlib.decompressobj(-15)
    elif method == 12:
        import bz2

        dec = bz2.BZ2Decompressor()
    else:
        return None, False
    return stream_decompress(dec, raw, limit)


def stream_decompress(
    dec: Any, raw: bytes | memoryview, limit: int
) -> tuple[bytes | memoryview, bool]:
    """Feed ``raw`` to a zlib/bz2/lzma decompressor object, bounded by ``limit`` output bytes."""
    import mmap
    import tempfile

    out = tempfile.SpooledTemporaryFile(max_size=_SPOOL)  # noqa: SIM115 - closed by GC with the mapping
    total, step, chunk = 0, 8 << 20, 1 << 20
    is_zlib = hasattr(dec, "unconsumed_tail")
    truncated = False
    for i in range(0, len(raw), chunk):
        data = bytes(raw[i : i + chunk])
        while True:
            room = limit - total
            if room <= 0:
                truncated = True
                break
            n = min(room, step)
            produced = dec.decompress(data, n)
            out.write(produced)
            total += len(produced)
            if dec.eof:
                break
            if is_zlib:
                data = dec.unconsumed_tail
                if not data and len(produced) < n:
                    break
            else:
                data = b""
                if dec.needs_input:
                    break
        if truncated or dec.eof:
            break
    if total <= _SPOOL:
        out.seek(0)
        return out.read(), truncated
    out.flush()
    mm = mmap.mmap(out.fileno(), 0, access=mmap.ACCESS_READ)
    return memoryview(mm), truncated
