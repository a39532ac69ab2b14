"""Builders for test samples: malicious ones carry harmless payloads and are never loaded."""

from __future__ import annotations

import io
import json
import os
import pickle
import struct
import zipfile
import zlib
from typing import Any


class Reduce:
    """An object whose pickle calls ``func(*args)`` at load (never loaded in these tests)."""

    def __init__(self, func: Any, *args: Any) -> None:
        self.func, self.args = func, args

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return self.func, self.args


def evil_pickle(protocol: int = 2) -> bytes:
    return pickle.dumps(Reduce(os.system, "true"), protocol=protocol)


def torch_like_zip(pkl: bytes, folder: str = "archive", method: int = zipfile.ZIP_STORED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as z:
        z.writestr(f"{folder}/data.pkl", pkl)
        z.writestr(f"{folder}/byteorder", "little")
        z.writestr(f"{folder}/data/0", b"\x00" * 64)
        z.writestr(f"{folder}/version", "3\n")
    return buf.getvalue()


# A state dict as torch writes it (protocol 2, persistent ids for storages).
BENIGN_STATE_DICT = (
    b"\x80\x02ccollections\nOrderedDict\nq\x00)Rq\x01X\x06\x00\x00\x00weightq\x02ctorch._utils\n_rebuild_tensor_v2\nq\x03"
    b"((X\x07\x00\x00\x00storageq\x04ctorch\nFloatStorage\nq\x05X\x01\x00\x00\x000q\x06X\x03\x00\x00\x00cpuq\x07K\x10tq\x08QK\x00K\x04K\x04\x86q\t"
    b"K\x04K\x01\x86q\n\x89h\x00)Rq\x0btq\x0cRq\rs."
)


def safetensors(
    tensors: dict[str, tuple[str, list[int], int]],
    body: bytes | None = None,
    meta: dict[str, str] | None = None,
) -> bytes:
    header: dict[str, Any] = {}
    off = 0
    for name, (dtype, shape, nbytes) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [off, off + nbytes]}
        off += nbytes
    if meta is not None:
        header["__metadata__"] = meta
    h = json.dumps(header).encode()
    return struct.pack("<Q", len(h)) + h + (body if body is not None else b"\x00" * off)


def gguf(kv: dict[str, Any], tensors: int = 0) -> bytes:
    out = b"GGUF" + struct.pack("<IQQ", 3, tensors, len(kv))
    for k, v in kv.items():
        kb = k.encode()
        out += struct.pack("<Q", len(kb)) + kb
        if isinstance(v, str):
            vb = v.encode()
            out += struct.pack("<IQ", 8, len(vb)) + vb
        else:
            out += struct.pack("<II", 4, int(v))
    for i in range(tensors):
        name = f"t{i}".encode()
        out += struct.pack("<Q", len(name)) + name + struct.pack("<IQQIQ", 2, 4, 8, 0, 0)
    return out


def pb_field(num: int, value: bytes | int) -> bytes:
    """One protobuf field: varint for ints, length-delimited for bytes."""
    if isinstance(value, int):
        return _varint(num << 3) + _varint(value)
    return _varint(num << 3 | 2) + _varint(len(value)) + value


def _varint(v: int) -> bytes:
    out = b""
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


def onnx_model(nodes: list[tuple[str, str]], external: str | None = None) -> bytes:
    graph = b""
    for op, domain in nodes:
        graph += pb_field(1, pb_field(4, op.encode()) + pb_field(7, domain.encode()))
    tensor = pb_field(1, 4) + pb_field(1, 4) + pb_field(2, 1) + pb_field(8, b"w")
    if external is not None:
        tensor += pb_field(
            13, pb_field(1, b"location") + pb_field(2, external.encode())
        ) + pb_field(14, 1)
    graph += pb_field(5, tensor)
    return pb_field(1, 8) + pb_field(2, b"test") + pb_field(7, graph) + pb_field(8, pb_field(2, 17))


def saved_model(ops: list[str]) -> bytes:
    graph = b"".join(
        pb_field(1, pb_field(1, f"n{i}".encode()) + pb_field(2, op.encode()))
        for i, op in enumerate(ops)
    )
    return pb_field(1, 1) + pb_field(2, pb_field(2, graph))


def keras_config(layer: dict[str, Any]) -> dict[str, Any]:
    return {
        "module": "keras",
        "class_name": "Sequential",
        "config": {"name": "m", "layers": [layer]},
        "registered_name": None,
    }


def zlib_raw(data: bytes) -> bytes:
    return zlib.compress(data)
