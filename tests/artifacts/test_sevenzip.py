"""The stdlib 7z reader: round trips through py7zr, fallback, hostile input, import cost."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from artifact_samples import evil_pickle
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assura.artifacts import Verdict, scan_paths
from assura.artifacts.scanners import sevenzip_scanner
from assura.artifacts.sevenzip import MAGIC, SevenZipError, Unsupported, read_7z

py7zr = pytest.importorskip("py7zr")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "data" / "models" / "malicious"
CORPUS_7Z = [
    CORPUS / "fixtures_picklescan" / "data_malicious1.7z",
    CORPUS / "torch" / "sevenzip_broken_pickle.pt",
]

FILES = {
    "a.txt": b"hello world " * 500,
    "sub/b.bin": bytes(range(256)) * 20 + b"\xe8\x00\x10\x00\x00" * 50,  # x86 call opcodes
    "empty.txt": b"",
    "ünïcødé/名前.pkl": evil_pickle(2),
}

FILTERS: dict[str, list[dict[str, Any]] | None] = {
    "default-bcj-lzma2": None,
    "lzma2": [{"id": py7zr.FILTER_LZMA2}],
    "lzma": [{"id": py7zr.FILTER_LZMA}],
    "copy": [{"id": py7zr.FILTER_COPY}],
    "deflate": [{"id": py7zr.FILTER_DEFLATE}],
    "bzip2": [{"id": py7zr.FILTER_BZIP2}],
}


def make_7z(
    tmp_path: Path,
    files: dict[str, bytes] = FILES,
    filters: list[dict[str, Any]] | None = None,
    *,
    encoded_header: bool = True,
    folder: bool = True,
    **kw: Any,
) -> bytes:
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", filters=filters, **kw) as z:
        z.set_encoded_header_mode(encoded_header)
        if folder:
            d = tmp_path / "folder"
            d.mkdir(exist_ok=True)
            z.write(d, "sub")
        for name, data in files.items():
            z.writestr(data, name)
    return buf.getvalue()


def header_kind(data: bytes) -> int:
    off, size = struct.unpack("<QQ", data[12:28])
    assert size
    return data[32 + off]


@pytest.mark.parametrize("kind", list(FILTERS))
@pytest.mark.parametrize("encoded", [True, False])
def test_round_trip(tmp_path: Path, kind: str, encoded: bool) -> None:
    data = make_7z(tmp_path, filters=FILTERS[kind], encoded_header=encoded)
    assert header_kind(data) == (0x17 if encoded else 0x01)
    a = read_7z(data, 1 << 20, 100)
    assert not a.needs_password
    by_name = {e.name: e for e in a.entries}
    assert set(by_name) == {"sub", *FILES}
    assert by_name["sub"].is_dir and by_name["sub"].size == 0
    assert not any(e.is_dir for n, e in by_name.items() if n != "sub")
    assert {n: by_name[n].size for n in FILES} == {n: len(d) for n, d in FILES.items()}
    assert dict(a.members()) == FILES
    # and from a memoryview, as the engine hands over mmap-backed files
    assert dict(read_7z(memoryview(data), 1 << 20, 100).members()) == FILES


def test_several_folders_and_duplicates(tmp_path: Path) -> None:
    # LZMA (not solid with 7z-style blocks) plus a repeated name and a traversal name
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", filters=[{"id": py7zr.FILTER_COPY}]) as z:
        z.writestr(b"one", "dup.txt")
        z.writestr(b"", "e")
        z.writestr(b"two", "dup.txt")
    a = read_7z(buf.getvalue(), 1 << 20, 100)
    assert [e.name for e in a.entries] == ["dup.txt", "e", "dup.txt"]
    assert list(a.members()) == [("dup.txt", b"one"), ("e", b""), ("dup.txt_0", b"two")]


def test_budget_and_member_limits(tmp_path: Path) -> None:
    data = make_7z(tmp_path, filters=FILTERS["lzma2"])
    a = read_7z(data, 100, 100)  # listing needs no member budget
    with pytest.raises(SevenZipError, match="budget"):
        list(a.members())
    with pytest.raises(SevenZipError, match="limit"):
        read_7z(data, 1 << 20, 2)


def test_crc_mismatch_is_reported(tmp_path: Path) -> None:
    data = bytearray(make_7z(tmp_path, {"x": b"A" * 64}, [{"id": py7zr.FILTER_COPY}], folder=False))
    data[32] ^= 0xFF  # first stored byte
    with pytest.raises(SevenZipError, match="CRC"):
        list(read_7z(bytes(data), 1 << 20, 10).members())


def test_unsupported_filters_raise_unsupported(tmp_path: Path) -> None:
    arm = [{"id": py7zr.FILTER_ARM}, {"id": py7zr.FILTER_LZMA2}]
    with pytest.raises(Unsupported):
        read_7z(make_7z(tmp_path, filters=arm), 1 << 20, 100)
    aes = [{"id": py7zr.FILTER_LZMA2}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
    enc_header = make_7z(tmp_path, filters=aes, password="pw", header_encryption=True)
    with pytest.raises(Unsupported):
        read_7z(enc_header, 1 << 20, 100)
    a = read_7z(make_7z(tmp_path, filters=aes, password="pw"), 1 << 20, 100)
    assert a.needs_password and any(e.encrypted for e in a.entries)


# --- the scanner: same findings and facts as the py7zr code path -------------------------


def _result(tmp_path: Path, data: bytes, name: str = "m.7z") -> tuple[Any, ...]:
    p = tmp_path / name
    p.write_bytes(data)
    (res,) = scan_paths([p]).files
    findings = [(f.rule_id, f.severity, f.message, f.location) for f in res.findings]
    return res.format, res.verdict, findings, res.facts


def _both(tmp_path: Path, data: bytes, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    native = _result(tmp_path, data)

    def unsupported(*_: Any) -> Any:
        raise Unsupported("forced")

    with monkeypatch.context() as m:
        m.setattr(sevenzip_scanner, "read_7z", unsupported)
        legacy = _result(tmp_path, data)
    return native, legacy


@pytest.mark.parametrize("kind", list(FILTERS))
def test_scanner_matches_py7zr_path(
    tmp_path: Path, kind: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    native, legacy = _both(tmp_path, make_7z(tmp_path, filters=FILTERS[kind]), monkeypatch)
    assert native == legacy
    assert native[1] is Verdict.MALICIOUS and native[0] == "7z"


@pytest.mark.parametrize(
    "names",
    [
        ["../evil.pkl"],
        ["./ok.pkl", "/abs.pkl"],
        ["dup.pkl", "dup.pkl", "e"],
        ["C:/win.pkl"],
    ],
)
def test_scanner_names_match_py7zr_path(
    tmp_path: Path, names: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # py7zr will not write unsafe names: write placeholders, then patch the plain header
    placeholder = {n: "".join(c if c.isalnum() or c == "." else "q" for c in n) for n in names}
    buf = io.BytesIO()
    with py7zr.SevenZipFile(buf, "w", filters=[{"id": py7zr.FILTER_LZMA2}]) as z:
        z.set_encoded_header_mode(False)
        for n in names:
            z.writestr(evil_pickle(2) if n != "e" else b"", placeholder[n])
    data = bytearray(buf.getvalue())
    off, size = struct.unpack("<QQ", data[12:28])
    header = bytes(data[32 + off :])
    for n in names:
        header = header.replace(placeholder[n].encode("utf-16-le"), n.encode("utf-16-le"))
    data[32 + off :] = header
    data[28:32] = struct.pack("<I", zlib.crc32(header))
    data[8:12] = struct.pack("<I", zlib.crc32(bytes(data[12:32])))
    native, legacy = _both(tmp_path, bytes(data), monkeypatch)
    assert [e.name for e in read_7z(bytes(data), 1 << 20, 10).entries] == names
    assert native == legacy


def test_scanner_encrypted_matches_py7zr_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    aes = [{"id": py7zr.FILTER_LZMA2}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
    native, legacy = _both(tmp_path, make_7z(tmp_path, filters=aes, password="pw"), monkeypatch)
    assert native == legacy and native[1] is Verdict.ERROR
    assert native[2][0][2] == "7z archive is encrypted: not scanned"


def test_scanner_falls_back_to_py7zr(tmp_path: Path) -> None:
    arm = [{"id": py7zr.FILTER_ARM}, {"id": py7zr.FILTER_LZMA2}]
    fmt, verdict, findings, facts = _result(tmp_path, make_7z(tmp_path, filters=arm))
    assert fmt == "7z" and verdict is Verdict.MALICIOUS
    assert facts["entries"] == len(FILES) + 1
    assert any(f[0] == "ART-PKL-001" for f in findings)


def test_scanner_reports_malformed_archive(tmp_path: Path) -> None:
    data = bytearray(make_7z(tmp_path, filters=FILTERS["lzma2"]))
    data[-3] ^= 0x55  # inside the header: its CRC no longer matches
    _, verdict, findings, _ = _result(tmp_path, bytes(data))
    assert verdict is Verdict.ERROR
    assert findings[0][0] == "ART-GEN-001" and "could not be unpacked" in findings[0][2]


@pytest.mark.parametrize("path", CORPUS_7Z, ids=lambda p: p.name)
def test_corpus_files_match_py7zr_path(
    tmp_path: Path, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not path.exists():
        pytest.skip("shared corpus not present")
    native, legacy = _both(tmp_path, path.read_bytes(), monkeypatch)
    assert native == legacy
    assert native[1] is Verdict.MALICIOUS and native[2][0][0] == "ART-PKL-001"


# --- hostile input -----------------------------------------------------------------------


def _samples() -> Iterator[bytes]:
    tmp = Path(os.environ.get("TMPDIR", "/tmp"))
    small = {"a": b"abc" * 30, "e": b"", "b/c": b"\xe8" * 40}
    for kind, filters in FILTERS.items():
        for encoded in (True, False):
            d = tmp / f"assura-7z-fuzz-{os.getpid()}-{kind}-{encoded}"
            d.mkdir(exist_ok=True)
            yield make_7z(d, small, filters, encoded_header=encoded)
            d.joinpath("folder").rmdir()
            d.rmdir()


SAMPLES = list(_samples())


def _exercise(data: bytes) -> None:
    try:
        a = read_7z(data, 1 << 16, 1000)
        for _ in a.members():
            pass
    except SevenZipError:
        pass


@settings(
    max_examples=200, deadline=2000, suppress_health_check=[HealthCheck.too_slow], database=None
)
@given(
    st.sampled_from(SAMPLES),
    st.lists(st.tuples(st.integers(0, 4095), st.integers(0, 255)), max_size=8),
    st.integers(0, 4096),
)
def test_fuzz_mutated_archives(base: bytes, flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(base)
    for pos, val in flips:
        data[pos % len(data)] = val
    if cut:
        data = data[: len(data) - cut % len(data)]
    _exercise(bytes(data))
    # with the CRCs made right again, the mutations reach the header parser
    if len(data) >= 32:
        off, size = struct.unpack("<QQ", data[12:28])
        if 32 + off + size <= len(data):
            data[28:32] = struct.pack("<I", zlib.crc32(data[32 + off : 32 + off + size]))
        data[8:12] = struct.pack("<I", zlib.crc32(data[12:32]))
        _exercise(bytes(data))


@settings(max_examples=200, deadline=2000, database=None)
@given(st.binary(max_size=600), st.integers(0, 600), st.binary(max_size=1))
def test_fuzz_random_after_magic(body: bytes, hdr_size: int, kind: bytes) -> None:
    # a valid signature header pointing at a random "header" that starts with 0x01/0x17
    header = (kind or b"\x01") + body[:hdr_size]
    start = struct.pack("<QQI", 0, len(header), zlib.crc32(header))
    data = MAGIC + b"\x00\x04" + struct.pack("<I", zlib.crc32(start)) + start + header
    _exercise(data)
    _exercise(MAGIC + body)


def test_hostile_counts_and_sizes_fail_fast() -> None:
    def archive(header: bytes, packed: bytes = b"") -> bytes:
        start = struct.pack("<QQI", len(packed), len(header), zlib.crc32(header))
        return MAGIC + b"\x00\x04" + struct.pack("<I", zlib.crc32(start)) + start + packed + header

    huge = b"\xff" + b"\xff" * 8  # NUMBER 2**64-1

    def lzma2_folder(size: bytes) -> bytes:
        # one LZMA2 folder (4 GiB dictionary) of `size` bytes from one packed byte, one file
        return (
            b"\x01\x04\x06\x00\x01\x09\x01\x00"  # pack info: 1 stream of 1 byte
            b"\x07\x0b\x01\x00\x01\x21\x21\x01\x28\x0c" + size + b"\x00\x00"
            b"\x05\x01\x00\x00"  # files info: one file, no properties
        )

    cases = {
        b"\x01\x05" + huge: "file count",
        b"\x01\x04\x06\x00" + huge: "pack stream count",
        b"\x01\x04\x07\x0b" + huge: "folder count",
        lzma2_folder(huge): "over the budget",
        lzma2_folder(b"\xd0\x00\x00"): "LZMA2",  # claims 1 MiB: truncated or corrupt
    }
    for h, message in cases.items():
        with pytest.raises(SevenZipError, match=message):
            a = read_7z(archive(h, b"\x00"), 2 << 20, 1000)
            list(a.members())


# --- import cost ---------------------------------------------------------------------------


def _fresh_python(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip()


def test_importing_the_scanner_does_not_import_py7zr() -> None:
    code = "import sys, assura.artifacts.scanners.sevenzip_scanner; print('py7zr' in sys.modules)"
    assert _fresh_python(code) == "False"


def test_scanning_lzma2_archive_does_not_import_py7zr(tmp_path: Path) -> None:
    for kind in ("lzma2", "default-bcj-lzma2"):
        p = tmp_path / f"{kind}.7z"
        p.write_bytes(make_7z(tmp_path, filters=FILTERS[kind]))
        code = (
            "import sys; from assura.artifacts import scan_paths; "
            f"r = scan_paths([{str(p)!r}]).files[0]; "
            "print(r.format, r.verdict.value, 'py7zr' in sys.modules)"
        )
        assert _fresh_python(code) == "7z malicious False"
    # the fallback does import it: the check above can fail
    p = tmp_path / "arm.7z"
    p.write_bytes(make_7z(tmp_path, filters=[{"id": py7zr.FILTER_ARM}, {"id": py7zr.FILTER_LZMA2}]))
    code = (
        "import sys; from assura.artifacts import scan_paths; "
        f"scan_paths([{str(p)!r}]); print('py7zr' in sys.modules)"
    )
    assert _fresh_python(code) == "True"
