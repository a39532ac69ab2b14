"""Containers read the way loaders read them; every member is sniffed and scanned."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import struct
import tarfile
import zipfile
from pathlib import Path

import pytest
from artifact_samples import BENIGN_STATE_DICT, evil_pickle, torch_like_zip, zlib_raw

from assura.artifacts import Verdict, scan_paths


def _scan(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    p = tmp_path / name
    p.write_bytes(data)
    (res,) = scan_paths([p]).files
    return res


def test_torch_zip_any_folder_and_extension(tmp_path: Path) -> None:
    res = _scan(tmp_path, "weights.pdparams", torch_like_zip(evil_pickle(2), folder="renamed"))
    assert res.format == "pytorch-zip" and res.verdict is Verdict.MALICIOUS
    assert (
        res.findings[0].location is not None
        and res.findings[0].location.member == "renamed/data.pkl"
    )


def test_benign_torch_zip_is_clean_and_skips_storages(tmp_path: Path) -> None:
    res = _scan(tmp_path, "model.pt", torch_like_zip(BENIGN_STATE_DICT))
    assert res.verdict is Verdict.CLEAN, res.findings
    member = res.facts["members"][0]
    assert member["tensor_count"] == 1 and res.facts["tensor_storages"] >= 1


def test_deflated_member(tmp_path: Path) -> None:
    res = _scan(tmp_path, "m.pt", torch_like_zip(evil_pickle(2), method=zipfile.ZIP_DEFLATED))
    assert res.verdict is Verdict.MALICIOUS


def _patch_local_name(data: bytes, old: bytes, new: bytes) -> bytes:
    i = data.find(b"PK\x03\x04" + data[4:4])  # first local header
    j = data.find(old, i)
    return data[:j] + new + data[j + len(old) :]


def test_local_central_name_mismatch_is_reported_and_scanned(tmp_path: Path) -> None:
    data = torch_like_zip(evil_pickle(2))
    data = _patch_local_name(data, b"archive/data.pkl", b"archive/data.txt")
    res = _scan(tmp_path, "m.pt", data)
    rules = {f.rule_id for f in res.findings}
    assert {"ART-ARC-004", "ART-PKL-001"} <= rules


def test_bad_crc_and_flag_bits(tmp_path: Path) -> None:
    data = bytearray(torch_like_zip(evil_pickle(2)))
    crc_at = data.find(b"PK\x03\x04") + 14
    data[crc_at : crc_at + 4] = b"\x00\x00\x00\x00"
    cen = data.find(b"PK\x01\x02")
    data[cen + 16 : cen + 20] = b"\x00\x00\x00\x00"
    data[cen + 8] |= 0x20
    res = _scan(tmp_path, "m.pt", bytes(data))
    assert res.verdict is Verdict.MALICIOUS
    assert any("CRC" in f.message for f in res.findings)


def test_encrypted_member_is_error_not_clean(tmp_path: Path) -> None:
    data = bytearray(torch_like_zip(b"\x00\x01garbage-not-a-pickle" * 3, folder="x"))
    for sig in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(sig)
        data[at + (6 if sig == b"PK\x03\x04" else 8)] |= 0x01
    res = _scan(tmp_path, "enc.zip", bytes(data))
    assert res.verdict is Verdict.ERROR


def test_zip_slip_and_symlink(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("../../evil.txt", "x")
        info = zipfile.ZipInfo("link")
        info.create_system = 3
        info.external_attr = 0o120777 << 16
        z.writestr(info, "/etc/passwd")
    res = _scan(tmp_path, "a.zip", buf.getvalue())
    rules = [f.rule_id for f in res.findings]
    assert "ART-ARC-001" in rules and "ART-ARC-002" in rules
    assert res.verdict is Verdict.MALICIOUS


def _tar(members: list[tuple[tarfile.TarInfo, bytes | None]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for info, data in members:
            t.addfile(info, io.BytesIO(data) if data is not None else None)
    return buf.getvalue()


def test_tar_slip_link_and_pickle(tmp_path: Path) -> None:
    evil = evil_pickle(2)
    a = tarfile.TarInfo("../x.txt")
    a.size = 1
    link = tarfile.TarInfo("l")
    link.type = tarfile.SYMTYPE
    link.linkname = "../../etc"
    p = tarfile.TarInfo("model/model.pkl")
    p.size = len(evil)
    res = _scan(tmp_path, "t.tar", _tar([(a, b"x"), (link, None), (p, evil)]))
    rules = {f.rule_id for f in res.findings}
    assert {"ART-ARC-001", "ART-ARC-002", "ART-PKL-001"} <= rules


@pytest.mark.parametrize(
    "wrap, name",
    [
        (gzip.compress, "p.pkl.gz"),
        (bz2.compress, "p.pkl.bz2"),
        (lambda d: lzma.compress(d, format=lzma.FORMAT_XZ), "p.pkl.xz"),
        (lambda d: lzma.compress(d, format=lzma.FORMAT_ALONE), "p.joblib"),
        (zlib_raw, "p.joblib"),
    ],
)
def test_compressed_wrappers(tmp_path: Path, wrap, name: str) -> None:  # type: ignore[no-untyped-def]
    res = _scan(tmp_path, name, wrap(evil_pickle(4)))
    assert res.verdict is Verdict.MALICIOUS, (res.format, res.findings)


def test_protocol0_pickle_is_not_mistaken_for_zlib(tmp_path: Path) -> None:
    data = b"(S'abc'\np0\nS'def'\np1\ntp2\n."
    res = _scan(tmp_path, "x.pkl", data)
    assert res.format == "pickle" and res.verdict is Verdict.CLEAN


def _npy(descr: str, shape: tuple[int, ...], body: bytes) -> bytes:
    header = repr({"descr": descr, "fortran_order": False, "shape": shape}).encode()
    header += b" " * (63 - (10 + len(header)) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header + body


def test_npy_object_array_and_npz(tmp_path: Path) -> None:
    npy = _npy("|O", (1,), evil_pickle(2))
    res = _scan(tmp_path, "a.npy", npy)
    assert res.verdict is Verdict.MALICIOUS
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ok.npy", _npy("<f4", (4,), b"\x00" * 16))
        z.writestr("obj.npy", npy)
    res = _scan(tmp_path, "a.npz", buf.getvalue())
    assert res.format == "npz" and res.verdict is Verdict.MALICIOUS


def test_benign_npy_facts(tmp_path: Path) -> None:
    res = _scan(tmp_path, "f.npy", _npy("<f4", (2, 3), b"\x00" * 24))
    assert res.verdict is Verdict.CLEAN and res.facts["parameter_count"] == 6


def test_7z_is_unpacked(tmp_path: Path) -> None:
    py7zr = pytest.importorskip("py7zr")
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w") as z:
        z.writestr(evil_pickle(2), "data.pkl")
    res = _scan(tmp_path, "m.7z", buf.getvalue())
    assert res.format == "7z" and res.verdict is Verdict.MALICIOUS


def test_nested_containers(tmp_path: Path) -> None:
    inner = torch_like_zip(evil_pickle(2))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("inner.pt", inner)
    res = _scan(tmp_path, "outer.zip", gzip.compress(buf.getvalue()))
    f = next(f for f in res.findings if f.rule_id == "ART-PKL-001")
    assert f.location is not None and f.location.member is not None
    assert f.location.member.endswith("inner.pt!archive/data.pkl")
