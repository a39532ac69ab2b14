"""The ledger's Ed25519 signing key: generated on first use (mode 0600) or given.

The key file is PKCS#8 PEM, unencrypted, readable by its owner only. The log's origin
and key name are derived from the public key (``assura/ledger/<16 hex>``) so they stay
stable for as long as the key does.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from assura.errors import ConfigError, InputNotFound
from assura.ledger.note import NoteSigner

__all__ = ["KEY_ENV", "default_key_path", "load_signer", "origin_for"]

KEY_ENV = "ASSURA_LEDGER_KEY"


def default_key_path(home: Path) -> Path:
    return home / "keys" / "ledger.ed25519"


def origin_for(public_raw: bytes) -> str:
    return "assura/ledger/" + hashlib.sha256(public_raw).hexdigest()[:16]


def _signer(key: Ed25519PrivateKey) -> NoteSigner:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return NoteSigner(origin_for(raw), key)


def load_signer(path: Path, *, create: bool) -> NoteSigner:
    """Load the key at ``path``; with ``create`` make one (0600) if it does not exist."""
    if not path.exists():
        if not create:
            raise InputNotFound(f"ledger key {path} does not exist")
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process won the race: use its key
            return load_signer(path, create=False)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        return _signer(key)
    try:
        loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError, OSError) as exc:
        raise ConfigError(f"ledger key {path}: cannot load: {exc}") from None
    if not isinstance(loaded, Ed25519PrivateKey):
        raise ConfigError(f"ledger key {path}: not an Ed25519 private key")
    return _signer(loaded)
