"""A small, bounded reader of 7z archives for the model-file scanner (stdlib only).

It reads the archives that common tools write: a plain or encoded (packed) header and
folders of one coder, COPY, LZMA, LZMA2, DEFLATE or BZIP2, or x86 BCJ over LZMA/LZMA2
(7-Zip's and py7zr's default). Anything else (AES, ARM and other filters, PPMd, zstd,
other multi-coder folders, external or additional streams) raises :class:`Unsupported`,
so a caller can fall back to a full library such as py7zr.
An archive whose folders use AES is listed and reported with ``needs_password``.

The input is treated as hostile: every count and size read from the file is checked
against the bytes that are there and against the caller's budget before anything is
allocated or decompressed, decompression stops at the declared size, and a malformed
archive raises :class:`SevenZipError` (a ``ValueError``) with a short message.

Format reference: 7-Zip's ``DOC/7zFormat.txt``.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any

__all__ = [
    "MAGIC",
    "Archive",
    "BadPath",
    "Entry",
    "SevenZipError",
    "TooManyMembers",
    "Unsupported",
    "read_7z",
]

MAGIC = b"7z\xbc\xaf\x27\x1c"

_MAX_HEADER_DEPTH = 4  # encoded header inside encoded header ...
_MAX_CODERS = 64
_MAX_STREAMS = 64
_CHUNK = 1 << 20
_MIN_HEADER_BUDGET = 16 << 20  # an encoded header may always decode to this much

# property ids (7zFormat.txt)
_END, _HEADER, _ARCHIVE_PROPS, _ADDITIONAL, _MAIN, _FILES = 0x00, 0x01, 0x02, 0x03, 0x04, 0x05
_PACK_INFO, _UNPACK_INFO, _SUBSTREAMS, _SIZE, _CRC, _FOLDER = 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B
_UNPACK_SIZE, _NUM_UNPACK, _EMPTY_STREAM, _EMPTY_FILE = 0x0C, 0x0D, 0x0E, 0x0F
_NAME, _ATTRIBUTES, _ENCODED_HEADER, _DUMMY = 0x11, 0x15, 0x17, 0x19

_COPY, _LZMA, _LZMA2, _DEFLATE, _BZIP2 = (
    b"\x00",
    b"\x03\x01\x01",
    b"\x21",
    b"\x04\x01\x08",
    b"\x04\x02\x02",
)
_AES = b"\x06\xf1\x07\x01"
_BCJ_X86 = b"\x03\x03\x01\x03"
_SUPPORTED = frozenset({_COPY, _LZMA, _LZMA2, _DEFLATE, _BZIP2})

_ATTR_DIRECTORY = 0x10
_ATTR_REPARSE_POINT = 0x400
_ATTR_UNIX_EXTENSION = 0x8000
_S_IFMT, _S_IFLNK, _S_IFSOCK = 0o170000, 0o120000, 0o140000


class SevenZipError(ValueError):
    """The archive is malformed, truncated, over a bound, or fails a CRC check."""


class Unsupported(SevenZipError):
    """A valid archive that uses a feature this reader does not implement."""


class TooManyMembers(SevenZipError):
    """The archive lists more entries than the caller's ``max_members``."""


class BadPath(SevenZipError):
    """A member name that cannot be extracted inside a folder (absolute, ``..``, drive)."""


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    """The stored name, with ``\\`` turned into ``/``."""
    size: int
    is_dir: bool
    is_symlink: bool
    is_socket: bool
    encrypted: bool
    crc: int | None = None


@dataclass(slots=True)
class _Folder:
    coders: list[tuple[bytes, bytes]]  # (method id, properties)
    num_packed: int
    main_out: int = 0
    unpack_size: int = 0
    crc: int | None = None
    num_streams: int = 1
    simple: bool = False  # one coder, one packed stream, no bind pairs
    bind: tuple[int, int] | None = None  # (in, out) of a two-coder chain
    out_sizes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class _Streams:
    pack_pos: int = 0
    pack_sizes: list[int] = field(default_factory=list)
    folders: list[_Folder] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)  # one per substream
    crcs: list[int | None] = field(default_factory=list)


class _Buf:
    """A cursor over header bytes; every read is bounds-checked."""

    __slots__ = ("d", "end", "p")

    def __init__(self, d: bytes, p: int = 0, end: int | None = None) -> None:
        self.d = d
        self.p = p
        self.end = len(d) if end is None else end

    def left(self) -> int:
        return self.end - self.p

    def take(self, n: int) -> bytes:
        if n < 0 or n > self.end - self.p:
            raise SevenZipError("truncated header")
        b = self.d[self.p : self.p + n]
        self.p += n
        return b

    def byte(self) -> int:
        if self.p >= self.end:
            raise SevenZipError("truncated header")
        b = self.d[self.p]
        self.p += 1
        return b

    def number(self) -> int:
        first = self.byte()
        mask = 0x80
        value = 0
        for i in range(8):
            if first & mask == 0:
                return value | ((first & (mask - 1)) << (8 * i))
            value |= self.byte() << (8 * i)
            mask >>= 1
        return value

    def count(self, what: str, per_item: int = 1) -> int:
        """A count of items that each take at least ``per_item`` bytes of what is left."""
        n = self.number()
        if n * per_item > self.left():
            raise SevenZipError(f"{what} count {n} exceeds the header")
        return n

    def u32(self) -> int:
        return int(struct.unpack("<I", self.take(4))[0])

    def bits(self, n: int) -> list[bool]:
        raw = self.take((n + 7) // 8)
        return [bool(raw[i >> 3] & (0x80 >> (i & 7))) for i in range(n)]

    def defined(self, n: int) -> list[bool]:
        return [True] * n if self.byte() else self.bits(n)

    def digests(self, n: int) -> list[int | None]:
        mask = self.defined(n)
        if sum(mask) * 4 > self.left():
            raise SevenZipError("truncated CRC list")
        return [self.u32() if m else None for m in mask]


def _read_pack_info(b: _Buf, s: _Streams) -> None:
    s.pack_pos = b.number()
    n = b.count("pack stream")
    t = b.byte()
    if t == _SIZE:
        s.pack_sizes = [b.number() for _ in range(n)]
        t = b.byte()
    elif n:
        raise SevenZipError("pack sizes missing")
    if t == _CRC:
        b.digests(n)  # pack-stream CRCs are optional and rarely written; not checked
        t = b.byte()
    if t != _END:
        raise SevenZipError(f"unexpected property {t:#x} in pack info")


def _read_folder(b: _Buf) -> tuple[_Folder, int]:
    """One folder; returns it and its total number of output streams."""
    n_coders = b.number()
    if not 1 <= n_coders <= _MAX_CODERS:
        raise SevenZipError(f"bad coder count {n_coders}")
    coders: list[tuple[bytes, bytes]] = []
    n_in = n_out = 0
    for _ in range(n_coders):
        flag = b.byte()
        if flag & 0x80:
            raise Unsupported("alternative coder methods")
        method = b.take(flag & 0x0F)
        ci, co = (b.number(), b.number()) if flag & 0x10 else (1, 1)
        n_in += ci
        n_out += co
        if n_in > _MAX_STREAMS or n_out > _MAX_STREAMS:
            raise SevenZipError("too many coder streams")
        props = b.take(b.number()) if flag & 0x20 else b""
        coders.append((method, props))
    n_bind = n_out - 1
    if n_bind < 0 or n_bind > n_in:
        raise SevenZipError("bad bind pairs")
    bound_out = set()
    bind: tuple[int, int] | None = None
    for _ in range(n_bind):
        i, o = b.number(), b.number()
        if i >= n_in or o >= n_out:
            raise SevenZipError("bind pair out of range")
        bound_out.add(o)
        bind = (i, o)
    n_packed = n_in - n_bind
    if n_packed > 1:
        for _ in range(n_packed):
            if b.number() >= n_in:
                raise SevenZipError("packed stream index out of range")
    folder = _Folder(coders=coders, num_packed=n_packed)
    folder.simple = n_coders == 1 and n_in == 1 and n_out == 1
    if n_coders == 2 and n_in == 2 and n_out == 2:
        folder.bind = bind
    # the main output is the one no bind pair consumes
    mains = [o for o in range(n_out) if o not in bound_out]
    if len(mains) != 1:
        raise SevenZipError("bad bind pairs")
    folder.main_out = mains[0]
    return folder, n_out


def _read_unpack_info(b: _Buf, s: _Streams) -> None:
    if b.byte() != _FOLDER:
        raise SevenZipError("folder list missing")
    n = b.count("folder", 2)
    if b.byte():
        raise Unsupported("external folder data")
    outs: list[int] = []
    for _ in range(n):
        f, n_out = _read_folder(b)
        s.folders.append(f)
        outs.append(n_out)
    if b.byte() != _UNPACK_SIZE:
        raise SevenZipError("unpack sizes missing")
    for f, n_out in zip(s.folders, outs, strict=True):
        sizes = [b.number() for _ in range(n_out)]
        f.unpack_size = sizes[f.main_out]
        f.out_sizes = sizes
    t = b.byte()
    if t == _CRC:
        for f, c in zip(s.folders, b.digests(n), strict=True):
            f.crc = c
        t = b.byte()
    if t != _END:
        raise SevenZipError(f"unexpected property {t:#x} in unpack info")


def _read_substreams(b: _Buf, s: _Streams) -> None:
    t = b.byte()
    if t == _NUM_UNPACK:
        for f in s.folders:
            f.num_streams = b.number()
            if f.num_streams > b.left() + 1:
                raise SevenZipError("substream count exceeds the header")
        t = b.byte()
    sizes: list[int] = []
    have_sizes = t == _SIZE
    for f in s.folders:
        if f.num_streams == 0:
            continue
        if f.num_streams > 1 and not have_sizes:
            raise SevenZipError("substream sizes missing")
        total = 0
        for _ in range(f.num_streams - 1):
            v = b.number()
            total += v
            sizes.append(v)
        if total > f.unpack_size:
            raise SevenZipError("substream sizes exceed the folder size")
        sizes.append(f.unpack_size - total)
    if have_sizes:
        t = b.byte()
    crcs: list[int | None] = []
    unknown = sum(
        f.num_streams for f in s.folders if not (f.num_streams == 1 and f.crc is not None)
    )
    got: list[int | None] | None = None
    while t != _END:
        if t == _CRC:
            got = b.digests(unknown)
        else:
            b.take(b.number())
        t = b.byte()
    it = iter(got or [None] * unknown)
    for f in s.folders:
        if f.num_streams == 1 and f.crc is not None:
            crcs.append(f.crc)
        else:
            crcs.extend(next(it) for _ in range(f.num_streams))
    s.sizes, s.crcs = sizes, crcs


def _read_streams(b: _Buf) -> _Streams:
    s = _Streams()
    t = b.byte()
    if t == _PACK_INFO:
        _read_pack_info(b, s)
        t = b.byte()
    if t == _UNPACK_INFO:
        _read_unpack_info(b, s)
        t = b.byte()
    if t == _SUBSTREAMS:
        _read_substreams(b, s)
        t = b.byte()
    else:
        s.sizes = [f.unpack_size for f in s.folders]
        s.crcs = [f.crc for f in s.folders]
    if t != _END:
        raise SevenZipError(f"unexpected property {t:#x} in streams info")
    if sum(f.num_packed for f in s.folders) > len(s.pack_sizes):
        raise SevenZipError("more packed streams used than stored")
    return s


@dataclass(slots=True)
class _Files:
    names: list[str] | None = None
    empty_stream: list[bool] | None = None
    empty_file: list[bool] | None = None
    attributes: list[int | None] | None = None


def _read_files(b: _Buf, n: int) -> _Files:
    out = _Files()
    while True:
        t = b.number()
        if t == _END:
            return out
        size = b.number()
        p = _Buf(b.d, b.p, b.p + size) if size <= b.left() else None
        if p is None:
            raise SevenZipError("file property overruns the header")
        b.p += size
        if t == _EMPTY_STREAM:
            out.empty_stream = p.bits(n)
        elif t == _EMPTY_FILE:
            out.empty_file = p.bits(sum(out.empty_stream or []))
        elif t == _NAME:
            if p.byte():
                raise Unsupported("external file names")
            raw = p.take(p.left())
            names: list[str] = []
            pos = 0
            for _ in range(n):
                end = pos
                while True:  # find an aligned NUL word
                    end = raw.find(b"\0\0", end)
                    if end < 0:
                        raise SevenZipError("truncated file name")
                    if (end - pos) % 2 == 0:
                        break
                    end += 1
                try:
                    names.append(raw[pos:end].decode("utf-16-le"))
                except UnicodeDecodeError as exc:
                    raise SevenZipError("bad file name encoding") from exc
                pos = end + 2
            out.names = names
        elif t == _ATTRIBUTES:
            mask = p.defined(n)
            if p.byte():
                raise Unsupported("external attributes")
            if sum(mask) * 4 > p.left():
                raise SevenZipError("truncated attributes")
            out.attributes = [p.u32() if m else None for m in mask]
        # times, anti items, start positions, dummies and unknown ids are skipped


@dataclass
class Archive:
    """A listed 7z archive. ``members()`` decodes its file entries lazily."""

    data: memoryview
    entries: list[Entry]
    needs_password: bool
    budget: int
    _streams: _Streams | None = None
    _base: int = 32
    _stream_of: list[int] = field(default_factory=list)  # entry -> substream index or -1

    def members(self) -> Iterator[tuple[str, bytes]]:
        """``(name, content)`` for each entry that is not a folder or socket, in order.

        Names are normalised as an extracting tool would write them (``./`` and leading
        ``/`` removed, repeated names suffixed ``_0``, ``_1``...); a name that would leave
        the destination folder raises :class:`BadPath` before anything is decoded.
        """
        if self.needs_password:
            raise Unsupported("encrypted archive")
        total = sum(e.size for e in self.entries)
        if total > self.budget:
            raise SevenZipError(f"archive unpacks to {total} bytes, over the budget")
        names = _output_names([e.name for e in self.entries])
        wanted = [i for i, e in enumerate(self.entries) if not (e.is_dir or e.is_socket)]
        if self._streams is None or len(self._streams.folders) != 1:
            # the order py7zr writes them in: empty files first, then folder by folder
            wanted.sort(key=lambda i: self._stream_of[i] >= 0)
        contents = self._substreams({self._stream_of[i] for i in wanted} - {-1})
        for i in wanted:
            k = self._stream_of[i]
            yield names[i], (contents[k] if k >= 0 else b"")

    def _substreams(self, needed: set[int]) -> dict[int, bytes]:
        out: dict[int, bytes] = {}
        s = self._streams
        if s is None or not needed:
            return out
        k = 0
        pack = 0
        offset = self._base + s.pack_pos
        for f in s.folders:
            ks = range(k, k + f.num_streams)
            if needed.intersection(ks):
                data = _decode_folder(self.data, offset, s.pack_sizes[pack], f, f.unpack_size)
                pos = 0
                for j in ks:
                    piece = data[pos : pos + s.sizes[j]]
                    pos += s.sizes[j]
                    crc = s.crcs[j]
                    if crc is not None and zlib.crc32(piece) != crc:
                        raise SevenZipError("CRC mismatch in member data")
                    out[j] = piece
            offset += sum(s.pack_sizes[pack : pack + f.num_packed])
            pack += f.num_packed
            k += f.num_streams
        return out


def _sanitize(name: str) -> str:
    bad = BadPath(f"Specified path is bad: {name}")
    if re.match(r"^[A-Za-z]:", name):
        raise bad
    stripped = name.lstrip("/") if name.startswith("/") else name
    if stripped.startswith("./"):
        stripped = stripped[2:]
    pure = PurePosixPath(stripped)
    parts = [p for p in pure.parts if p != "."]
    if not parts or ".." in parts or pure.is_absolute():
        raise bad
    return str(PurePosixPath(*parts))


def _output_names(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out: list[str] = []
    for name in names:
        if name in seen:
            outname = f"{name}_{seen[name]}"
            seen[name] += 1
        else:
            outname = name
            seen[name] = 0
        out.append(_sanitize(outname))
    return out


def _lzma_dict(size: int, unpack: int) -> int:
    # a decoder never needs a window larger than its whole output; this also keeps a
    # hostile dictionary size from reserving gigabytes
    return max(4096, min(size, unpack))


def _decode_folder(data: memoryview, offset: int, packed: int, f: _Folder, size: int) -> bytes:
    if offset + packed > len(data):
        raise SevenZipError("packed stream past the end of the file")
    src = data[offset : offset + packed]
    chain = _x86_chain(f)
    inner_size = size
    if chain is not None:
        method, props = f.coders[chain[1]]
        inner_size = f.out_sizes[chain[1]]
    else:
        method, props = f.coders[0]
    if method == _COPY:
        if packed < size:
            raise SevenZipError("stored stream is truncated")
        return bytes(src[:size])
    try:
        if method in (_LZMA, _LZMA2):
            import lzma

            if method == _LZMA:
                if len(props) != 5:
                    raise SevenZipError("bad LZMA properties")
                d = props[0]
                if d >= 9 * 5 * 5:
                    raise SevenZipError("bad LZMA properties")
                lc, lp, pb = d % 9, (d // 9) % 5, d // 45
                dict_size = int(struct.unpack("<I", props[1:5])[0])
                filt: dict[str, int] = {"id": lzma.FILTER_LZMA1, "lc": lc, "lp": lp, "pb": pb}
            else:
                if len(props) != 1 or props[0] > 40:
                    raise SevenZipError("bad LZMA2 properties")
                p = props[0]
                dict_size = 0xFFFFFFFF if p == 40 else (2 | (p & 1)) << (p // 2 + 11)
                filt = {"id": lzma.FILTER_LZMA2}
            filt["dict_size"] = _lzma_dict(dict_size, inner_size)
            filters = [filt] if chain is None else [{"id": lzma.FILTER_X86}, filt]
            dec: Any = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters)
        elif method == _DEFLATE:
            dec = zlib.decompressobj(-15)
        elif method == _BZIP2:
            import bz2

            dec = bz2.BZ2Decompressor()
        else:  # pragma: no cover - read_7z rejects other methods first
            raise Unsupported(f"coder {method.hex()}")
        return _run(dec, src, size, method)
    except SevenZipError:
        raise
    except Exception as exc:  # noqa: BLE001 - zlib.error, lzma.LZMAError, OSError, EOFError...
        raise SevenZipError(f"corrupt {_method_name(method)} stream") from exc


def _method_name(method: bytes) -> str:
    return {_LZMA: "LZMA", _LZMA2: "LZMA2", _DEFLATE: "Deflate", _BZIP2: "BZip2"}.get(method, "")


def _run(dec: Any, src: memoryview, size: int, method: bytes) -> bytes:
    """Decompress ``src`` to exactly ``size`` bytes, never producing more."""
    out = bytearray()
    pending: bytes | memoryview = src
    stalls = 0
    while len(out) < size and stalls < 3:
        want = min(_CHUNK, size - len(out))
        if method == _DEFLATE:
            before = len(pending)
            piece = dec.decompress(pending, want)
            pending = dec.unconsumed_tail
            if not piece and (dec.eof or not pending or len(pending) == before):
                break
        else:
            if dec.eof:
                rest = dec.unused_data
                if method != _BZIP2 or not rest:
                    break
                import bz2

                dec = bz2.BZ2Decompressor()  # a bzip2 coder may write several streams
                pending = rest
            piece = dec.decompress(pending, want)
            pending = b""
            if not piece and dec.needs_input:
                break
        stalls = 0 if piece else stalls + 1
        out += piece
    if len(out) < size:
        raise SevenZipError(f"{_method_name(method) or 'packed'} stream is truncated")
    return bytes(out)


def _x86_chain(f: _Folder) -> tuple[int, int] | None:
    """(outer, inner) coder indexes of an x86-BCJ-over-LZMA(2) folder, else None.

    With one input and one output per coder, bind pair ``(i, o)`` feeds coder ``o``'s
    output into coder ``i``: ``i`` is the outer (BCJ) coder, ``o`` reads the packed data.
    """
    if f.bind is None:
        return None
    outer, inner = f.bind
    if outer == inner or f.main_out != outer:
        return None
    if f.coders[outer] != (_BCJ_X86, b"") or f.coders[inner][0] not in (_LZMA, _LZMA2):
        return None
    return outer, inner


def _check_folders(folders: list[_Folder]) -> bool:
    """True when a folder is encrypted; Unsupported for any other unknown layout."""
    if any(m == _AES for f in folders for m, _ in f.coders):
        return True
    for f in folders:
        if f.simple and f.coders[0][0] in _SUPPORTED:
            continue
        if _x86_chain(f) is None:
            names = "+".join(m.hex() for m, _ in f.coders)
            raise Unsupported(f"coders {names}")
    return False


def _read_header(data: memoryview, budget: int) -> tuple[_Buf, int]:
    """The (decoded) header as a cursor positioned after kHeader."""
    if len(data) < 32:
        raise SevenZipError("file too short for a 7z signature header")
    if bytes(data[:6]) != MAGIC:
        raise SevenZipError("not a 7z archive")
    if data[6] != 0:
        raise Unsupported(f"7z format version {data[6]}.{data[7]}")
    start_crc, next_off, next_size, next_crc = struct.unpack("<IQQI", data[8:32])
    if zlib.crc32(data[12:32]) != start_crc:
        raise SevenZipError("bad start-header CRC")
    if next_off > len(data) - 32 or next_size > len(data) - 32 - next_off:
        raise SevenZipError("header past the end of the file")
    if next_size == 0:
        return _Buf(b""), 0
    raw = bytes(data[32 + next_off : 32 + next_off + next_size])
    if zlib.crc32(raw) != next_crc:
        raise SevenZipError("bad header CRC")
    for _ in range(_MAX_HEADER_DEPTH):
        b = _Buf(raw)
        t = b.byte()
        if t == _HEADER:
            return b, 1
        if t != _ENCODED_HEADER:
            raise SevenZipError(f"unexpected header id {t:#x}")
        s = _read_streams(b)
        if not s.folders:
            raise SevenZipError("encoded header without a folder")
        if _check_folders(s.folders[:1]):
            raise Unsupported("encrypted header")
        f = s.folders[0]
        if f.unpack_size > max(budget, _MIN_HEADER_BUDGET):
            raise SevenZipError("encoded header over the budget")
        raw = _decode_folder(data, 32 + s.pack_pos, s.pack_sizes[0], f, f.unpack_size)
        if f.crc is not None and zlib.crc32(raw) != f.crc:
            raise SevenZipError("bad encoded-header CRC")
    raise SevenZipError("encoded headers nested too deep")


def read_7z(data: bytes | memoryview, budget: int, max_members: int) -> Archive:
    """List a 7z archive held in memory.

    ``budget`` bounds the bytes decoded by :meth:`Archive.members` (an encoded header may
    decode to ``max(budget, 16 MiB)``); ``max_members`` bounds the number of entries (:class:`TooManyMembers`).
    Raises :class:`Unsupported` for coders and layouts this reader does not decode, and
    :class:`SevenZipError` for anything malformed.
    """
    view = memoryview(data).cast("B") if not isinstance(data, bytes) else memoryview(data)
    try:
        return _read(view, budget, max_members)
    except SevenZipError:
        raise
    except (IndexError, KeyError, struct.error, OverflowError, RecursionError, MemoryError) as exc:
        raise SevenZipError(f"malformed archive ({type(exc).__name__})") from exc


def _read(view: memoryview, budget: int, max_members: int) -> Archive:
    b, present = _read_header(view, budget)
    streams: _Streams | None = None
    files: _Files | None = None
    n_files = 0
    if present:
        t = b.byte()
        if t == _ARCHIVE_PROPS:
            while b.byte() != _END:
                b.take(b.number())
            t = b.byte()
        if t == _ADDITIONAL:
            raise Unsupported("additional streams")
        if t == _MAIN:
            streams = _read_streams(b)
            t = b.byte()
        if t == _FILES:
            n_files = b.number()
            n_streams = len(streams.sizes) if streams else 0
            if n_files > n_streams + 8 * b.left():
                raise SevenZipError(f"file count {n_files} exceeds the header")
            if n_files > max_members:
                raise TooManyMembers(f"{n_files} entries, over the limit of {max_members}")
            files = _read_files(b, n_files)
            t = b.byte()
        if t != _END:
            raise SevenZipError(f"unexpected property {t:#x} in header")
    folders = streams.folders if streams else []
    encrypted = _check_folders(folders)
    sizes = streams.sizes if streams else []
    crcs = streams.crcs if streams else []
    for f in folders:  # check declared layout against the file before any decoding
        if f.unpack_size < 0:
            raise SevenZipError("bad unpack size")
    if streams is not None:
        end = 32 + streams.pack_pos + sum(streams.pack_sizes)
        if end > len(view):
            raise SevenZipError("packed streams past the end of the file")
    fi = files or _Files()
    empty = fi.empty_stream or [False] * n_files
    empty_file = iter(fi.empty_file or [])
    names = fi.names or ["contents"] * n_files
    attrs = fi.attributes or [None] * n_files
    if sum(1 for e in empty if not e) != len(sizes):
        raise SevenZipError("file list does not match the stored streams")
    # which folder a substream lives in, to flag encrypted entries
    folder_of: list[int] = []
    for i, f in enumerate(folders):
        folder_of.extend([i] * f.num_streams)
    entries: list[Entry] = []
    stream_of: list[int] = []
    k = 0
    for i in range(n_files):
        a = attrs[i]
        unix = (a >> 16) if a is not None and a & _ATTR_UNIX_EXTENSION else None
        is_dir = a is not None and bool(a & _ATTR_DIRECTORY)
        if unix is not None:
            is_link = unix & _S_IFMT == _S_IFLNK
            is_sock = unix & _S_IFMT == _S_IFSOCK
        else:
            is_link = a is not None and bool(a & _ATTR_REPARSE_POINT)
            is_sock = False
        if empty[i]:
            next(empty_file, False)
            size, crc, enc, idx = 0, None, False, -1
        else:
            size, crc, idx = sizes[k], crcs[k], k
            enc = any(m == _AES for m, _ in folders[folder_of[k]].coders)
            k += 1
        entries.append(Entry(names[i].replace("\\", "/"), size, is_dir, is_link, is_sock, enc, crc))
        stream_of.append(idx)
    return Archive(
        data=view,
        entries=entries,
        needs_password=encrypted,
        budget=budget,
        _streams=streams,
        _stream_of=stream_of,
    )
