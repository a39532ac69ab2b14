"""C2SP signed notes and tlog checkpoints with Ed25519 keys.

A checkpoint (https://c2sp.org/tlog-checkpoint) is a signed note
(https://c2sp.org/signed-note)::

    <origin>
    <tree size>
    <base64 root hash>

    — <key name> <base64(key id (4 bytes) || Ed25519 signature)>

The signature covers the note text (the three lines, each ending in a newline). The
key id is the first four bytes of SHA-256(name || "\\n" || 0x01 || public key). A
verifier key is written ``<name>+<hex key id>+<base64(0x01 || public key)>`` — the
form Go's ``golang.org/x/mod/sumdb/note`` and witnesses read, so an external witness
can cosign an assura checkpoint by adding its own signature line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from assura.errors import InvalidInput

__all__ = [
    "Checkpoint",
    "NoteSigner",
    "NoteVerifier",
    "format_checkpoint_body",
    "parse_checkpoint",
    "sign_checkpoint",
]

_ED25519 = b"\x01"
_DASH = "\u2014 "
_NAME = re.compile(r"^[^\s+]+$")


def _key_id(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + _ED25519 + public).digest()[:4]


def _check_name(name: str) -> None:
    if not name or not _NAME.match(name):
        raise InvalidInput(f"key name {name!r} must be non-empty with no spaces or '+'")


class NoteVerifier:
    """Checks one key's signature on signed notes."""

    def __init__(self, name: str, public_key: Ed25519PublicKey) -> None:
        _check_name(name)
        self.name = name
        self.public_key = public_key
        self.raw = public_key.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        self.key_id = _key_id(name, self.raw)

    @classmethod
    def from_vkey(cls, vkey: str) -> NoteVerifier:
        """Parse ``<name>+<hex key id>+<base64(0x01 || key)>``."""
        parts = vkey.strip().split("+", 2)
        if len(parts) != 3:
            raise InvalidInput("verifier key must be <name>+<hex id>+<base64 key>")
        name, hexid, b64 = parts
        try:
            blob = base64.b64decode(b64, validate=True)
        except binascii.Error:
            raise InvalidInput("verifier key: bad base64") from None
        if len(blob) != 33 or blob[:1] != _ED25519:
            raise InvalidInput("verifier key: not an Ed25519 key")
        v = cls(name, Ed25519PublicKey.from_public_bytes(blob[1:]))
        if v.key_id.hex() != hexid.lower():
            raise InvalidInput("verifier key: key id does not match name and key")
        return v

    @property
    def vkey(self) -> str:
        blob = base64.b64encode(_ED25519 + self.raw).decode()
        return f"{self.name}+{self.key_id.hex()}+{blob}"

    def verify(self, note: str) -> str:
        """Return the note text if one signature line is ours and valid, else raise ValueError."""
        text, sigs = _split_note(note)
        for name, blob in sigs:
            if name != self.name or blob[:4] != self.key_id:
                continue
            try:
                self.public_key.verify(blob[4:], text.encode())
            except InvalidSignature:
                raise ValueError(f"signature by {self.name} does not verify") from None
            return text
        raise ValueError(f"no signature by key {self.name}+{self.key_id.hex()}")


class NoteSigner:
    """Signs notes with an Ed25519 private key under a key name."""

    def __init__(self, name: str, private_key: Ed25519PrivateKey) -> None:
        self.private_key = private_key
        self.verifier = NoteVerifier(name, private_key.public_key())
        self.name = name

    def sign(self, text: str) -> str:
        if not text.endswith("\n") or "\n\n" in text:
            raise ValueError("note text must end in a newline and have no blank line")
        sig = self.private_key.sign(text.encode())
        blob = base64.b64encode(self.verifier.key_id + sig).decode()
        return f"{text}\n{_DASH}{self.name} {blob}\n"


def _split_note(note: str) -> tuple[str, list[tuple[str, bytes]]]:
    if "\n\n" not in note:
        raise ValueError("not a signed note (no blank line before the signatures)")
    text, _, sig_block = note.partition("\n\n")
    text += "\n"
    sigs: list[tuple[str, bytes]] = []
    lines = sig_block.split("\n")
    if lines[-1] != "" or len(lines) < 2:
        raise ValueError("signed note must end with a newline after its signatures")
    for line in lines[:-1]:
        if not line.startswith(_DASH):
            raise ValueError(f"malformed signature line {line[:40]!r}")
        name, _, b64 = line[len(_DASH) :].rpartition(" ")
        try:
            blob = base64.b64decode(b64, validate=True)
        except binascii.Error:
            raise ValueError("signature is not base64") from None
        if len(blob) < 5:
            raise ValueError("signature too short")
        sigs.append((name, blob))
    return text, sigs


@dataclass(frozen=True)
class Checkpoint:
    """A signed statement: the log ``origin`` had ``size`` entries with this ``root``."""

    origin: str
    size: int
    root: bytes
    note: str

    @property
    def root_b64(self) -> str:
        return base64.b64encode(self.root).decode()


def format_checkpoint_body(origin: str, size: int, root: bytes) -> str:
    if not origin or "\n" in origin:
        raise InvalidInput("checkpoint origin must be one non-empty line")
    return f"{origin}\n{size}\n{base64.b64encode(root).decode()}\n"


def sign_checkpoint(signer: NoteSigner, origin: str, size: int, root: bytes) -> Checkpoint:
    note = signer.sign(format_checkpoint_body(origin, size, root))
    return Checkpoint(origin=origin, size=size, root=root, note=note)


def parse_checkpoint(note: str, verifier: NoteVerifier, origin: str | None = None) -> Checkpoint:
    """Verify the signature, then parse; ``ValueError`` says what is wrong."""
    text = verifier.verify(note)
    lines = text.split("\n")[:-1]
    if len(lines) < 3:
        raise ValueError("checkpoint needs origin, size and root lines")
    got_origin, size_s, root_s = lines[0], lines[1], lines[2]
    if origin is not None and got_origin != origin:
        raise ValueError(f"checkpoint is for log {got_origin!r}, not {origin!r}")
    if not re.fullmatch(r"0|[1-9][0-9]{0,18}", size_s):
        raise ValueError(f"bad tree size {size_s!r}")
    try:
        root = base64.b64decode(root_s, validate=True)
    except binascii.Error:
        raise ValueError("root hash is not base64") from None
    if len(root) != 32:
        raise ValueError("root hash is not 32 bytes")
    return Checkpoint(origin=got_origin, size=int(size_s), root=root, note=note)
