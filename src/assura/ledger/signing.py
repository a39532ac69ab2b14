"""Model signing in the OpenSSF ``model-signing`` format (v1.0 predicate, key-based).

A signature is a Sigstore bundle (v0.3 JSON) holding a DSSE envelope over an in-toto
statement: subject = the model's folder name and SHA-256 over all file digests;
predicate ``https://model_signing/signature/v1.0`` = the serialization parameters and
one resource (relative path, sha256) per file. Signed with an EC key (P-256/384/521,
ECDSA over the DSSE PAE) — the key types ``model_signing`` accepts — so signatures made
here verify with ``model_signing`` and its signatures verify here. Extra predicate
fields are ignored by v1.0 verifiers; assura puts an optional attestation (e.g. the
artifacts scanner's summary) under ``assura_attestation``. No network, no Sigstore.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec

from assura.errors import ConfigError, InputNotFound, ParseError
from assura.ledger.lineage.hashing import hash_file

__all__ = [
    "DEFAULT_IGNORE",
    "SignatureCheck",
    "generate_key",
    "hash_model",
    "sign_model",
    "verify_model",
]

BUNDLE_MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json"
PAYLOAD_TYPE = "application/vnd.in-toto+json"
STATEMENT_TYPE = "https://in-toto.io/Statement/v1"
PREDICATE_TYPE = "https://model_signing/signature/v1.0"
DEFAULT_IGNORE = (".git", ".gitattributes", ".github", ".gitignore")
_HASHES: dict[int, type[hashes.SHA256 | hashes.SHA384 | hashes.SHA512]] = {
    256: hashes.SHA256,
    384: hashes.SHA384,
    521: hashes.SHA512,
}


def _pae(payload: bytes) -> bytes:
    """DSSE v1 pre-authentication encoding."""
    return b" ".join(
        [f"DSSEv1 {len(PAYLOAD_TYPE)} {PAYLOAD_TYPE} {len(payload)}".encode(), payload]
    )


def _ignored(rel: str, ignore: Sequence[str]) -> bool:
    return any(rel == i or rel.startswith(i.rstrip("/") + "/") for i in ignore)


def hash_model(model: Path, ignore: Sequence[str] = DEFAULT_IGNORE) -> list[tuple[str, str]]:
    """``(relative POSIX path, sha256 hex)`` of every file, sorted; symlinks are refused."""
    if not model.exists():
        raise InputNotFound(f"no such model file or folder: {model}")
    if model.is_file():  # model_signing names a single-file model's one resource "."
        return [(".", hash_file(model)[0])]
    out: list[tuple[str, str]] = []
    for p in sorted(model.rglob("*")):
        rel = p.relative_to(model).as_posix()
        if _ignored(rel, ignore):
            continue
        if p.is_symlink():
            raise ParseError(
                "symbolic links are not signed (model_signing refuses them too)", path=str(p)
            )
        if p.is_file():
            out.append((rel, hash_file(p)[0]))
    return sorted(out)


def _root(resources: Sequence[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for _, digest in resources:
        h.update(bytes.fromhex(digest))
    return h.hexdigest()


def _hint(public_key: ec.EllipticCurvePublicKey) -> str:
    pem = public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return hashlib.sha256(pem).hexdigest()


def _ec_hash(key: ec.EllipticCurvePublicKey) -> hashes.HashAlgorithm:
    size = key.curve.key_size
    if key.curve.name not in ("secp256r1", "secp384r1", "secp521r1") or size not in _HASHES:
        raise ConfigError(f"unsupported curve {key.curve.name} (P-256, P-384 or P-521)")
    return _HASHES[size]()


def generate_key(private_out: Path, public_out: Path) -> None:
    """A P-256 key pair as PEM files (private one mode 0600)."""
    import os

    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    fd = os.open(private_out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    public_out.write_bytes(
        key.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def _load_private(path: Path) -> ec.EllipticCurvePrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise ConfigError(f"cannot load private key {path}: {exc}") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise ConfigError(f"{path}: model signing needs an EC private key (P-256/384/521)")
    return key


def _load_public(path: Path) -> ec.EllipticCurvePublicKey:
    try:
        key = serialization.load_pem_public_key(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load public key {path}: {exc}") from None
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise ConfigError(f"{path}: not an EC public key")
    return key


def sign_model(
    model: Path,
    private_key: Path,
    signature: Path,
    *,
    attestation: Mapping[str, Any] | None = None,
    ignore: Sequence[str] = DEFAULT_IGNORE,
) -> dict[str, Any]:
    """Sign ``model`` into ``signature`` (a bundle JSON file); return the statement."""
    key = _load_private(private_key)
    algo = _ec_hash(key.public_key())
    extra: tuple[str, ...] = ()
    try:
        extra = (signature.resolve().relative_to(model.resolve()).as_posix(),)
    except ValueError:
        pass
    ignore_list = list(dict.fromkeys([*ignore, *extra]))
    resources = hash_model(model, ignore_list)
    predicate: dict[str, Any] = {
        "serialization": {
            "method": "files",
            "hash_type": "sha256",
            "allow_symlinks": False,
            "ignore_paths": ignore_list,
        },
        "resources": [{"name": n, "algorithm": "sha256", "digest": d} for n, d in resources],
    }
    if attestation:
        predicate["assura_attestation"] = dict(attestation)
    statement = {
        "_type": STATEMENT_TYPE,
        "subject": [{"name": model.resolve().name, "digest": {"sha256": _root(resources)}}],
        "predicateType": PREDICATE_TYPE,
        "predicate": predicate,
    }
    payload = json.dumps(statement, indent=2).encode()
    sig = key.sign(_pae(payload), ec.ECDSA(algo))
    bundle = {
        "mediaType": BUNDLE_MEDIA_TYPE,
        "verificationMaterial": {"publicKey": {"hint": _hint(key.public_key())}, "tlogEntries": []},
        "dsseEnvelope": {
            "payload": base64.b64encode(payload).decode(),
            "payloadType": PAYLOAD_TYPE,
            "signatures": [{"sig": base64.b64encode(sig).decode(), "keyid": ""}],
        },
    }
    signature.write_text(json.dumps(bundle, indent=2) + "\n", encoding="utf-8")
    return statement


@dataclass(frozen=True)
class SignatureCheck:
    ok: bool
    problems: tuple[str, ...]
    root_digest: str = ""
    changed: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    unsigned: tuple[str, ...] = ()
    attestation: Mapping[str, Any] = field(default_factory=dict)


def _read_bundle(signature: Path) -> tuple[bytes, bytes, str]:
    if not signature.is_file():
        raise InputNotFound(f"no such signature file: {signature}")
    try:
        b = json.loads(signature.read_text(encoding="utf-8"))
        env = b["dsseEnvelope"]
        if b.get("mediaType") != BUNDLE_MEDIA_TYPE or env["payloadType"] != PAYLOAD_TYPE:
            raise ParseError(
                "not a key-based model_signing bundle (media or payload type)", path=str(signature)
            )
        payload = base64.b64decode(env["payload"], validate=True)
        sig = base64.b64decode(env["signatures"][0]["sig"], validate=True)
        hint = str(b.get("verificationMaterial", {}).get("publicKey", {}).get("hint") or "")
    except (
        UnicodeDecodeError,
        json.JSONDecodeError,
        KeyError,
        IndexError,
        TypeError,
        binascii.Error,
    ) as exc:
        raise ParseError(f"not a model signature bundle: {exc}", path=str(signature)) from None
    return payload, sig, hint


def verify_model(model: Path, signature: Path, public_key: Path) -> SignatureCheck:
    """Check the signature with ``public_key``, then every file against the signed digests."""
    key = _load_public(public_key)
    payload, sig, hint = _read_bundle(signature)
    if hint and hint != _hint(key):
        return SignatureCheck(False, ("signature was made with another key (key hint differs)",))
    try:
        key.verify(sig, _pae(payload), ec.ECDSA(_ec_hash(key)))
    except InvalidSignature:
        return SignatureCheck(False, ("signature does not verify with this key",))
    try:
        st = json.loads(payload)
        pred = st["predicate"]
        signed = {
            str(r["name"]): str(r["digest"])
            for r in pred["resources"]
            if r["algorithm"] == "sha256"
        }
        order = [(str(r["name"]), str(r["digest"])) for r in pred["resources"]]
        root = str(st["subject"][0]["digest"]["sha256"])
        ignore = [str(i) for i in pred["serialization"].get("ignore_paths", [])]
    except (json.JSONDecodeError, KeyError, IndexError, TypeError) as exc:
        raise ParseError(f"signed statement is malformed: {exc}", path=str(signature)) from None
    problems: list[str] = []
    if st.get("predicateType") != PREDICATE_TYPE or st.get("_type") != STATEMENT_TYPE:
        problems.append("unexpected statement or predicate type")
    if _root(order) != root:
        problems.append("subject digest does not match the signed resources")
    sig_rel: tuple[str, ...] = ()
    try:
        sig_rel = (signature.resolve().relative_to(model.resolve()).as_posix(),)
    except ValueError:
        pass
    now = dict(hash_model(model, [*ignore, *sig_rel]))
    changed = tuple(sorted(n for n in signed.keys() & now.keys() if signed[n] != now[n]))
    missing = tuple(sorted(signed.keys() - now.keys()))
    unsigned = tuple(sorted(now.keys() - signed.keys()))
    problems += [f"changed: {n}" for n in changed] + [f"missing: {n}" for n in missing]
    problems += [f"not signed: {n}" for n in unsigned]
    att = pred.get("assura_attestation")
    return SignatureCheck(
        ok=not problems,
        problems=tuple(problems),
        root_digest=root,
        changed=changed,
        missing=missing,
        unsigned=unsigned,
        attestation=att if isinstance(att, dict) else {},
    )
