"""Content sniffers: the cheap checks that pick a file's scanner, kept apart from the scanners.

Each sniffer takes the file's first bytes and its name and says whether that format's
scanner should read it. They import only the standard library (the pickle sniffer loads the
pickle VM, which any pickle scan needs anyway), so picking a format costs no import of the
other scanners: one process per file, as pre-commit hooks and CI steps run us, loads only
what that file needs.
"""

from __future__ import annotations

import os
import struct
import zlib

__all__ = [
    "PICKLE_SUFFIXES",
    "compressed",
    "compressed_kind",
    "gguf",
    "hdf5",
    "is_tar",
    "json_config",
    "looks_onnx",
    "numpy",
    "onnx",
    "pickle",
    "safetensors",
    "savedmodel",
    "sevenzip",
    "tar",
    "zip_archive",
]

HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"
NPY_MAGIC = b"\x93NUMPY"
SEVENZIP_MAGIC = b"7z\xbc\xaf\x27\x1c"
SAFETENSORS_MAX_HEADER = 100 << 20
PICKLE_SUFFIXES = frozenset(
    ".pkl .pickle .p .pt .pth .bin .ckpt .joblib .jbl .model .weights .dat .data .sav .dill".split()
)
_UNSUPPORTED_COMPRESSION = {b"\x04\x22\x4d\x18": "lz4", b"\x28\xb5\x2f\xfd": "zstd"}


def zip_archive(head: bytes, name: str) -> bool:
    return head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def numpy(head: bytes, name: str) -> bool:
    return head.startswith(NPY_MAGIC)


def gguf(head: bytes, name: str) -> bool:
    return head[:4] == b"GGUF"


def hdf5(head: bytes, name: str) -> bool:
    # The superblock may sit at 0, 512, 1024 or 2048 (a user block before it).
    return any(head[o : o + 8] == HDF5_SIGNATURE for o in (0, 512, 1024, 2048))


def sevenzip(head: bytes, name: str) -> bool:
    return head.startswith(SEVENZIP_MAGIC)


def is_tar(head: bytes) -> bool:
    """A ustar header, or an old-style header whose checksum adds up."""
    if len(head) < 512:
        return False
    if head[257:262] == b"ustar":
        return True
    try:
        chk = int(head[148:156].split(b"\0")[0].strip() or b"-1", 8)
    except ValueError:
        return False
    return chk == sum(head[:148]) + 256 + sum(head[156:512]) and head[0] != 0


def tar(head: bytes, name: str) -> bool:
    return is_tar(head)


def compressed_kind(head: bytes) -> str | None:
    """Which single-stream compression ``head`` starts with (None: not compressed)."""
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if (
        head[:3] == b"BZh"
        and head[3:4].isdigit()
        and head[4:10] in (b"\x31\x41\x59\x26\x53\x59", b"\x17\x72\x45\x38\x50\x90")
    ):
        return "bzip2"
    if head[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if head[:2] == b"ZF" and head[2:3] in b"0123456789abcdefx" and _zlib_ok(head[2:]):
        return "joblib-zf"
    if (
        len(head) >= 13
        and head[0] == 0x5D
        and head[1:3] == b"\x00\x00"
        and head[5:13] == b"\xff" * 8
    ):
        return "lzma"
    if (
        len(head) >= 2
        and head[0] == 0x78
        and (head[0] * 256 + head[1]) % 31 == 0
        and _zlib_ok(head)
    ):
        return "zlib"
    return _UNSUPPORTED_COMPRESSION.get(head[:4])


def _zlib_ok(head: bytes) -> bool:
    start = head.find(b"\x78")
    if start < 0 or start > 40:
        return False
    try:
        zlib.decompressobj().decompress(head[start:], 64)
    except zlib.error:
        return False
    return True


def compressed(head: bytes, name: str) -> bool:
    return compressed_kind(head) is not None


def safetensors(head: bytes, name: str) -> bool:
    if len(head) < 10:
        return False
    (n,) = struct.unpack_from("<Q", head, 0)
    return (
        2 <= n <= SAFETENSORS_MAX_HEADER
        and head[8:9] == b"{"
        and (head[9:10] in (b'"', b"}", b" ", b"\n"))
    )


def looks_onnx(head: bytes) -> bool:
    """A ModelProto's first field (ir_version) followed by a plausible second field."""
    return (
        len(head) > 4
        and head[0] == 0x08
        and 3 <= head[1] <= 15
        and head[2] in (0x12, 0x1A, 0x22, 0x28, 0x3A, 0x42)
    )


def savedmodel(head: bytes, name: str) -> bool:
    return name.lower().endswith(".pb") and not looks_onnx(head)


def onnx(head: bytes, name: str) -> bool:
    return name.lower().endswith(".onnx") or looks_onnx(head)


def json_config(head: bytes, name: str) -> bool:
    low = name.lower()
    if low.endswith((".jinja", ".jinja2", ".j2")):
        return True
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return stripped[:1] in (b"{", b"[") and (
        low.endswith(".json") or b'"class_name"' in head or b"chat_template" in head
    )


def pickle(head: bytes, name: str) -> bool:
    from assura.artifacts.pickle.vm import pickle_strength

    strength = pickle_strength(head[:512])
    if strength == 2:
        return True
    suffix = os.path.splitext(name)[1].lower()
    return strength == 1 and (suffix in PICKLE_SUFFIXES or not suffix)
