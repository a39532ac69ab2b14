"""`assura ledger ...` in-process: verify exit codes, export → offline verify, proofs."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from assura.cli.main import main
from assura.ledger import merkle


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def _append(capsys: pytest.CaptureFixture[str], n: int) -> None:
    for i in range(n):
        rc, _, err = _run(
            capsys,
            "ledger",
            "append",
            "--action",
            "t.x",
            "--resource",
            f"r:{i}",
            "--actor",
            "alice",
            "--data",
            json.dumps({"i": i}),
        )
        assert rc == 0, err


def test_round_trip_and_offline_bundle(
    assura_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _append(capsys, 5)
    cp_file = tmp_path / "kept.cp"
    rc, _, _ = _run(capsys, "ledger", "checkpoint", "--output", str(cp_file))
    assert rc == 0
    assert cp_file.read_text().splitlines()[1] == "5"
    _append(capsys, 2)
    assert _run(capsys, "ledger", "checkpoint")[0] == 0
    key_file = assura_home / "keys" / "ledger.ed25519"
    assert key_file.stat().st_mode & 0o777 == 0o600
    rc, vkey, _ = _run(capsys, "ledger", "key")
    (tmp_path / "pub.vkey").write_text(vkey)

    rc, out, _ = _run(capsys, "ledger", "verify", "--from-checkpoint", str(cp_file))
    assert rc == 0 and out.startswith("ok: 7 entries")

    rc, out, _ = _run(capsys, "ledger", "prove", "3")
    proof = json.loads(out)
    assert merkle.verify_inclusion(
        3,
        7,
        bytes.fromhex(proof["leaf_hash"]),
        [bytes.fromhex(p) for p in proof["proof"]],
        bytes.fromhex(proof["root"]),
    )
    assert merkle.leaf_hash(proof["entry"].encode()) == bytes.fromhex(proof["leaf_hash"])

    rc, out, _ = _run(capsys, "ledger", "checkpoint")
    rc, out, _ = _run(capsys, "ledger", "prove", "3")
    (tmp_path / "proof.json").write_text(out)
    rc, out, _ = _run(
        capsys,
        "ledger",
        "verify-proof",
        str(tmp_path / "proof.json"),
        "--key",
        str(tmp_path / "pub.vkey"),
    )
    assert rc == 0 and "signed checkpoint verified" in out
    forged = json.loads((tmp_path / "proof.json").read_text())
    forged["entry"] = forged["entry"].replace('"i":3', '"i":4')
    (tmp_path / "forged.json").write_text(json.dumps(forged))
    assert _run(capsys, "ledger", "verify-proof", str(tmp_path / "forged.json"))[0] == 1

    bundle = tmp_path / "bundle.json"
    assert _run(capsys, "ledger", "export", "--output", str(bundle))[0] == 0

    fresh = tmp_path / "fresh-home"
    monkeypatch.setenv("ASSURA_HOME", str(fresh))
    rc, out, _ = _run(
        capsys,
        "ledger",
        "verify",
        "--bundle",
        str(bundle),
        "--key",
        str(tmp_path / "pub.vkey"),
        "--from-checkpoint",
        str(cp_file),
    )
    assert rc == 0, out
    assert "ok: 7 entries" in out and "not pinned" not in out
    assert not fresh.exists()  # no database, no key made on the auditor's machine

    rc, out, _ = _run(capsys, "ledger", "verify", "--bundle", str(bundle))
    assert rc == 0 and "not pinned" in out

    # tamper with the bundle: edit, reorder, truncate
    data = json.loads(bundle.read_text())
    edited = json.loads(json.dumps(data))
    edited["entries"][2]["entry"] = edited["entries"][2]["entry"].replace('"i":2', '"i":3')
    (tmp_path / "e.json").write_text(json.dumps(edited))
    rc, out, err = _run(capsys, "ledger", "verify", "--bundle", str(tmp_path / "e.json"), "--json")
    assert rc == 1 and "ledger verification failed" in err
    report = json.loads(out)
    assert {"kind": "edited", "seq": 2} in [
        {"kind": p["kind"], "seq": p["seq"]} for p in report["problems"]
    ]

    cut = json.loads(json.dumps(data))
    cut["entries"] = cut["entries"][:4]
    (tmp_path / "t.json").write_text(json.dumps(cut))
    rc, out, _ = _run(capsys, "ledger", "verify", "--bundle", str(tmp_path / "t.json"))
    assert rc == 1 and "truncated" in out

    # a bundle re-signed with another key fails against the pinned key
    monkeypatch.setenv("ASSURA_HOME", str(tmp_path / "mallory"))
    rc, out, _ = _run(
        capsys,
        "ledger",
        "verify",
        "--bundle",
        str(tmp_path / "t.json"),
        "--key",
        str(tmp_path / "pub.vkey"),
    )
    assert rc == 1


def test_store_tamper_named_by_cli(assura_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _append(capsys, 4)
    assert _run(capsys, "ledger", "checkpoint")[0] == 0
    with sqlite3.connect(assura_home / "assura.db") as db:
        db.execute("DELETE FROM ledger_entries WHERE seq = 1")
    rc, out, err = _run(capsys, "ledger", "verify")
    assert rc == 1
    assert "deleted: seq 1 missing from the log" in out
    assert err.startswith("assura: error: ledger verification failed")


def test_usage_errors_exit_2(
    assura_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(capsys, "ledger", "verify", "--bundle", str(tmp_path / "none.json"))[0] == 2
    (tmp_path / "bad.json").write_text("{not json")
    rc, _, err = _run(capsys, "ledger", "verify", "--bundle", str(tmp_path / "bad.json"))
    assert rc == 2 and "not a ledger bundle" in err
    assert (
        _run(capsys, "ledger", "append", "--action", "a", "--resource", "r", "--data", "[1]")[0]
        == 2
    )
    assert _run(capsys, "ledger", "prove", "9")[0] == 2
    assert _run(capsys, "ledger", "verify", "--key", "nonsense")[0] == 2
