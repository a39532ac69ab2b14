"""Model signing round trips with the OpenSSF ``model-signing`` library, both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assura.cli.main import main
from assura.errors import ParseError
from assura.ledger.signing import generate_key, sign_model, verify_model

model_signing = pytest.importorskip("model_signing", reason="model-signing not installed")


@pytest.fixture
def keys(tmp_path: Path) -> tuple[Path, Path]:
    priv, pub = tmp_path / "k.pem", tmp_path / "k.pub"
    generate_key(priv, pub)
    assert priv.stat().st_mode & 0o777 == 0o600
    return priv, pub


@pytest.fixture
def model(tmp_path: Path) -> Path:
    m = tmp_path / "my-model"
    (m / "sub").mkdir(parents=True)
    (m / "weights.bin").write_bytes(b"\x00\x01" * 1000)
    (m / "sub" / "config.json").write_text('{"layers": 2}')
    (m / ".git").mkdir()
    (m / ".git" / "HEAD").write_text("ref")
    return m


def _their_verify(model: Path, sig: Path, pub: Path) -> None:
    model_signing.verifying.Config().use_elliptic_key_verifier(public_key=str(pub)).verify(
        str(model), str(sig)
    )


def test_assura_signature_verifies_with_model_signing(
    model: Path, keys: tuple[Path, Path], tmp_path: Path
) -> None:
    priv, pub = keys
    sig = tmp_path / "ours.sig"
    sign_model(model, priv, sig, attestation={"scanner": "assura.artifacts", "findings": []})
    _their_verify(model, sig, pub)  # raises on failure
    res = verify_model(model, sig, pub)
    assert res.ok and res.attestation["scanner"] == "assura.artifacts"
    # a tampered file fails in both tools
    (model / "weights.bin").write_bytes(b"evil")
    with pytest.raises(ValueError):
        _their_verify(model, sig, pub)
    res = verify_model(model, sig, pub)
    assert not res.ok and res.changed == ("weights.bin",)


def test_model_signing_signature_verifies_with_assura(
    model: Path, keys: tuple[Path, Path], tmp_path: Path
) -> None:
    priv, pub = keys
    sig = tmp_path / "theirs.sig"
    model_signing.signing.Config().use_elliptic_key_signer(private_key=str(priv)).sign(
        str(model), str(sig)
    )
    res = verify_model(model, sig, pub)
    assert res.ok, res.problems
    (model / "new.txt").write_text("x")
    (model / "sub" / "config.json").unlink()
    res = verify_model(model, sig, pub)
    assert res.unsigned == ("new.txt",) and res.missing == ("sub/config.json",)


def test_single_file_both_ways(keys: tuple[Path, Path], tmp_path: Path) -> None:
    priv, pub = keys
    f = tmp_path / "model.safetensors"
    f.write_bytes(b"tensor bytes")
    sign_model(f, priv, tmp_path / "a.sig")
    _their_verify(f, tmp_path / "a.sig", pub)
    model_signing.signing.Config().use_elliptic_key_signer(private_key=str(priv)).sign(
        str(f), str(tmp_path / "b.sig")
    )
    assert verify_model(f, tmp_path / "b.sig", pub).ok


def test_wrong_key_and_forged_payload(model: Path, keys: tuple[Path, Path], tmp_path: Path) -> None:
    priv, pub = keys
    other_priv, other_pub = tmp_path / "o.pem", tmp_path / "o.pub"
    generate_key(other_priv, other_pub)
    sig = tmp_path / "s.sig"
    sign_model(model, priv, sig)
    assert not verify_model(model, sig, other_pub).ok
    bundle = json.loads(sig.read_text())
    bundle["verificationMaterial"]["publicKey"]["hint"] = ""
    import base64

    st = json.loads(base64.b64decode(bundle["dsseEnvelope"]["payload"]))
    st["predicate"]["resources"][0]["digest"] = "00" * 32
    bundle["dsseEnvelope"]["payload"] = base64.b64encode(json.dumps(st).encode()).decode()
    sig.write_text(json.dumps(bundle))
    res = verify_model(model, sig, pub)
    assert not res.ok and "does not verify" in res.problems[0]
    sig.write_text("{}")
    with pytest.raises(ParseError):
        verify_model(model, sig, pub)


def test_cli_sign_verify_logged(
    assura_home: Path, model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lineage", "keygen", "--out", str(tmp_path / "signer")]) == 0
    scan = tmp_path / "scan.json"
    scan.write_text(json.dumps({"findings": [], "tool": "assura artifacts"}))
    assert (
        main(
            [
                "lineage",
                "sign",
                str(model),
                "--key",
                str(tmp_path / "signer.pem"),
                "--attest",
                str(scan),
            ]
        )
        == 0
    )
    assert (
        main(["lineage", "verify-signature", str(model), "--key", str(tmp_path / "signer.pub")])
        == 0
    )
    _their_verify(model, model.with_name("my-model.sig"), tmp_path / "signer.pub")
    (model / "weights.bin").write_bytes(b"changed")
    capsys.readouterr()
    assert (
        main(["lineage", "verify-signature", str(model), "--key", str(tmp_path / "signer.pub")])
        == 1
    )
    assert "changed: weights.bin" in capsys.readouterr().out
    assert main(["ledger", "tail", "--json"]) == 0
    actions = [json.loads(line)["action"] for line in capsys.readouterr().out.splitlines()]
    assert actions == ["model.signed", "model.signature.verified", "model.signature.verified"]
