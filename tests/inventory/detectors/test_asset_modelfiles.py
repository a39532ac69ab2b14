"""Model files by extension AND magic bytes, with size and streamed SHA-256."""

from __future__ import annotations

import hashlib
import io
import json
import pickle
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assura.inventory.detectors.asset_modelfiles import ModelFileDetector
from assura.inventory.interface import Component, SourceFile


def torch_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("archive/data.pkl", pickle.dumps({"w": 1}, protocol=2))
        zf.writestr("archive/version", "3\n")
    return buf.getvalue()


def keras_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("config.json", "{}")
        zf.writestr("model.weights.h5", b"\x89HDF\r\n\x1a\n")
    return buf.getvalue()


def safetensors() -> bytes:
    header = json.dumps({"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}).encode()
    return struct.pack("<Q", len(header)) + header + b"\x00\x00\x80\x3f"


def plain_zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("readme.txt", "hello")
    return buf.getvalue()


POSITIVE = [
    ("model.pkl", pickle.dumps({"coef": [1.0]}, protocol=4), "pickle"),
    ("old.pkl", pickle.dumps([1, 2], protocol=0), "pickle"),
    ("pytorch_model.bin", torch_zip(), "pytorch"),
    ("weights.pt", torch_zip(), "pytorch"),
    ("model.joblib", b"\x78\x9c" + b"\x00" * 20, "joblib"),
    ("model.safetensors", safetensors(), "safetensors"),
    ("llama.gguf", b"GGUF\x03\x00\x00\x00" + b"\x00" * 32, "gguf"),
    ("model.h5", b"\x89HDF\r\n\x1a\n" + b"\x00" * 32, "hdf5"),
    ("model.keras", keras_zip(), "keras"),
    ("model.tflite", b"\x1c\x00\x00\x00TFL3" + b"\x00" * 16, "tflite"),
    ("model.onnx", b"\x08\x07\x12\x07pytorch" + b"\x00" * 8, "onnx"),
    ("saved_model.pb", b"\x08\x01\x12\x40" + b"\x00" * 16, "tensorflow"),
    ("emb.npy", b"\x93NUMPY\x01\x00" + b"\x00" * 16, "numpy"),
]

NEGATIVE = [
    ("firmware.bin", b"\x7fELF" + b"\x00" * 40),
    ("data.bin", plain_zip()),
    ("notes.pkl", b"just some text, not a pickle"),
    ("fake.safetensors", b"\xff" * 32),
    ("fake.gguf", b"GGML" + b"\x00" * 8),
    ("image.h5", b"PNG\r\n"),
    ("schema.pb", b"\x0a\x05hello"),
    ("empty.pt", b""),
]


def run(tmp_path: Path, name: str, data: bytes, **kw: int) -> list[Component]:
    path = tmp_path / name
    path.write_bytes(data)
    det = ModelFileDetector(**kw)
    assert det.applies_to(f"models/{name}")
    return list(det.detect(SourceFile(f"models/{name}", path, None, len(data))))


@pytest.mark.parametrize(("name", "data", "fmt"), POSITIVE)
def test_model_files(tmp_path: Path, name: str, data: bytes, fmt: str) -> None:
    comps = run(tmp_path, name, data)
    assert len(comps) == 1
    c = comps[0]
    assert c.name == name
    assert c.evidence[0].path == f"models/{name}"
    assert c.properties["format"] == fmt
    assert c.properties["size"] == len(data)
    assert c.properties["sha256"] == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(("name", "data"), NEGATIVE)
def test_not_model_files(tmp_path: Path, name: str, data: bytes) -> None:
    assert run(tmp_path, name, data) == []


def test_pickle_flags_code_execution(tmp_path: Path) -> None:
    (c,) = run(tmp_path, "m.pkl", pickle.dumps(1, protocol=4))
    assert c.properties["code_execution_on_load"] is True
    (s,) = run(tmp_path, "m.safetensors", safetensors())
    assert "code_execution_on_load" not in s.properties


def test_hash_cap(tmp_path: Path) -> None:
    (c,) = run(tmp_path, "big.gguf", b"GGUF" + b"\x01" * 5000, max_hash_bytes=1000)
    assert c.properties["sha256"] is None
    assert c.properties["hash_skipped"] == "too large"


def test_other_extensions_do_not_apply() -> None:
    det = ModelFileDetector()
    assert not det.applies_to("src/app.py")
    assert not det.applies_to("README.md")


@settings(max_examples=150, deadline=None)
@given(
    st.binary(max_size=600), st.sampled_from(sorted({n.rsplit(".", 1)[1] for n, _, _ in POSITIVE}))
)
def test_random_bytes_never_raise(data: bytes, ext: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"x.{ext}"
        path.write_bytes(data)
        list(ModelFileDetector().detect(SourceFile(f"x.{ext}", path, None, len(data))))


def test_missing_file_is_skipped(tmp_path: Path) -> None:
    sf = SourceFile("gone.pt", tmp_path / "gone.pt", None, 0)
    assert list(ModelFileDetector().detect(sf)) == []


def test_git_lfs_pointer(tmp_path: Path) -> None:
    oid = hashlib.sha256(b"weights").hexdigest()
    pointer = f"version https://git-lfs.github.com/spec/v1\noid sha256:{oid}\nsize 4946\n".encode()
    (c,) = run(tmp_path, "model.safetensors", pointer)
    assert c.properties["format"] == "git-lfs-pointer"
    assert c.properties["sha256"] == oid and c.properties["size"] == 4946
