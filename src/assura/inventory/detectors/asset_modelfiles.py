"""Model files on disk, recognised by extension AND magic bytes.

A candidate extension alone is not enough (a ``.bin`` may be firmware, a ``.pb`` any
protobuf): the first bytes must match the format (pickle opcodes, a PyTorch zip with
``data.pkl``, safetensors' length-prefixed JSON header, ``GGUF``, HDF5, TFLite ``TFL3``,
ONNX protobuf...). Properties: size, format, sha256 (streamed, bounded memory; skipped
above ``max_hash_bytes`` with ``hash_skipped: 'too large'``), and whether loading the
format can execute code (pickle-based).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

from assura.findings import Location
from assura.inventory.detectors.asset_common import ext_of
from assura.inventory.interface import Component, ComponentKind, SourceFile

__all__ = ["ModelFileDetector", "sniff_model_format"]

MODEL_FILE_EXTS = frozenset(
    {".pt", ".pth", ".bin", ".ckpt", ".pkl", ".pickle", ".joblib", ".sav", ".safetensors",
     ".gguf", ".ggml", ".onnx", ".h5", ".hdf5", ".keras", ".pb", ".tflite", ".npy", ".npz",
     ".mlmodel", ".cbm", ".pte", ".ptl", ".mar", ".nemo", ".llamafile", ".pmml", ".msgpack",
     ".torchscript", ".ort", ".dill", ".model"}
)  # fmt: skip
_PICKLE_EXTS = frozenset(
    {".pkl", ".pickle", ".joblib", ".sav", ".pt", ".pth", ".bin", ".ckpt", ".dill", ".model"}
)
_COMPRESSED = (b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda", b"\x1f\x8b", b"BZh",
               b"\xfd7zXZ\x00", b"\x04\x22\x4d\x18", b"ZF")  # fmt: skip
_HDF5 = b"\x89HDF\r\n\x1a\n"
_GGML = (b"lmgg", b"fmgg", b"tjgg", b"algg", b"ggml", b"ggjt", b"ggmf")
_ONNX_MARKERS = (b"pytorch", b"onnx", b"tf2onnx", b"skl2onnx", b"keras2onnx", b"onnxmltools")
_TF_MARKERS = (b"dtype", b"Placeholder", b"Const", b"tensorflow", b"serving_default")
_CODE_RISK = frozenset({"pickle", "pytorch", "joblib", "pytorch-mar", "nemo"})
HEADER = 65536
_LFS = re.compile(
    rb"version https://git-lfs\.github\.com/spec/v1\s+oid sha256:([0-9a-f]{64})\s+size (\d{1,15})\s*$"
)
DEFAULT_MAX_HASH_BYTES = 2 * 1024**3


def _zip_names(path: Path, limit: int = 5000) -> list[str] | None:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            return [i.filename for i in infos[:limit]]
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError, EOFError, NotImplementedError):
        return None


def _is_pickle(head: bytes, tail: bytes) -> bool:
    if len(head) >= 2 and head[0] == 0x80 and 2 <= head[1] <= 5:
        return True
    return bool(head[:1]) and head[:1] in b"(]}cI" and tail.endswith(b".")


def sniff_model_format(path: Path, ext: str, size: int, head: bytes, tail: bytes) -> str | None:
    """The model format of a file given its first/last bytes, or None if it is not one."""
    base = posixpath.basename(str(path)).lower()
    if head.startswith(b"GGUF"):
        return "gguf"
    if head[:4] in _GGML and ext in {".bin", ".ggml"}:
        return "ggml"
    if head.startswith(b"PK\x03\x04"):
        if ext in {".npz"}:
            members = _zip_names(path) or []
            return "numpy-npz" if any(n.endswith(".npy") for n in members) else None
        found = _zip_names(path)
        if found is None:
            return None
        names = found
        if ext == ".keras":
            return (
                "keras"
                if any(n.endswith(("config.json", "metadata.json")) for n in names)
                else None
            )
        if ext == ".mar":
            return "pytorch-mar" if any(n.startswith("MAR-INF") for n in names) else None
        if any(n.endswith(("data.pkl", "constants.pkl", "bytecode.pkl")) for n in names):
            return "pytorch"
        if ext in {".pte", ".ptl", ".torchscript"}:
            return "pytorch"
        return None
    if ext in _PICKLE_EXTS and _is_pickle(head, tail):
        return "joblib" if ext == ".joblib" else "pickle"
    if ext in {".joblib", ".pkl", ".pickle", ".sav"} and head.startswith(_COMPRESSED):
        return "joblib"
    if ext == ".safetensors" and len(head) >= 9:
        n = int.from_bytes(head[:8], "little")
        if 2 <= n <= size - 8 and head[8:9] == b"{":
            return "safetensors"
        return None
    if ext in {".h5", ".hdf5", ".keras"}:
        for off in (0, 512, 1024, 2048):
            if head[off : off + 8] == _HDF5:
                return "hdf5"
        return None
    if ext == ".tflite" and head[4:8] == b"TFL3":
        return "tflite"
    if ext == ".ort" and head[4:8] == b"ORTM":
        return "onnx-runtime"
    if ext in {".npy"} and head.startswith(b"\x93NUMPY"):
        return "numpy"
    if ext == ".onnx" and len(head) > 2 and head[0] == 0x08 and 1 <= head[1] <= 30:
        return "onnx"
    if ext == ".pb" and head[:1] in (b"\x08", b"\x0a", b"\x12"):
        if base == "saved_model.pb" or any(m in head for m in _TF_MARKERS):
            return "tensorflow"
        return None
    if ext == ".mlmodel" and head[:1] == b"\x08":
        return "coreml"
    if ext == ".cbm" and head.startswith(b"CBM1"):
        return "catboost"
    if ext == ".nemo" and head[257:262] == b"ustar":
        return "nemo"
    if ext == ".llamafile" and head.startswith(b"MZqFpD"):
        return "llamafile"
    if ext == ".pmml" and b"<PMML" in head[:4096]:
        return "pmml"
    if (
        ext == ".msgpack"
        and "model" in base
        and head[:1]
        and (head[0] & 0xF0 == 0x80 or head[0] in (0xDE, 0xDF))
    ):
        return "flax-msgpack"
    return None


class ModelFileDetector:
    """Serialised model artefacts in the tree, with size and SHA-256."""

    id: ClassVar[str] = "asset.model-file"

    def __init__(self, max_hash_bytes: int = DEFAULT_MAX_HASH_BYTES) -> None:
        self.max_hash_bytes = max_hash_bytes

    def applies_to(self, relpath: str) -> bool:
        return ext_of(relpath) in MODEL_FILE_EXTS

    def detect(self, file: SourceFile) -> Iterator[Component]:
        ext = ext_of(file.relpath)
        try:
            size = file.abspath.stat().st_size
            with file.abspath.open("rb") as fh:
                head = fh.read(HEADER)
                tail = b""
                if size > 0:
                    fh.seek(max(0, size - 16))
                    tail = fh.read(16)
        except OSError:
            return
        lfs = _LFS.match(head[:1024]) if size < 1024 else None
        if lfs is not None:  # Git LFS pointer: the artefact is tracked, its bytes are elsewhere
            yield Component(
                kind=ComponentKind.MODEL_FILE,
                name=posixpath.basename(file.relpath),
                evidence=(Location(path=file.relpath),),
                confidence=0.8,
                properties={
                    "format": "git-lfs-pointer",
                    "size": int(lfs.group(2)),
                    "sha256": lfs.group(1).decode("ascii"),
                    "lfs_pointer": True,
                },
                detector=self.id,
            )
            return
        fmt = sniff_model_format(file.abspath, ext, size, head, tail)
        if fmt is None:
            return
        props: dict[str, Any] = {"size": size, "format": fmt}
        if size <= self.max_hash_bytes:
            props["sha256"] = _sha256(file.abspath)
            if props["sha256"] is None:
                props["hash_skipped"] = "unreadable"
        else:
            props["sha256"] = None
            props["hash_skipped"] = "too large"
        if fmt in _CODE_RISK:
            props["code_execution_on_load"] = True
        conf = 0.95
        if fmt == "onnx" and not any(m in head[:4096] for m in _ONNX_MARKERS):
            conf = 0.75
        if fmt in {"numpy", "numpy-npz", "coreml"}:
            conf = 0.6
        yield Component(
            kind=ComponentKind.MODEL_FILE,
            name=posixpath.basename(file.relpath),
            evidence=(Location(path=file.relpath),),
            confidence=conf,
            properties=props,
            detector=self.id,
        )


def _sha256(path: Path) -> str | None:
    import hashlib  # here: OpenSSL's load is paid only by a scan that finds a model file

    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            while chunk := fh.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()
