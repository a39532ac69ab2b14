"""API tokens: ``asr_<id>_<secret>``; only HMAC-SHA256(salt, secret) is stored.

The secret is 32 random bytes, so a fast keyed hash is enough (there is nothing to
brute-force); verification compares in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass

__all__ = ["NewToken", "hash_secret", "new_token", "parse_token", "verify_secret"]

_TOKEN = re.compile(r"^asr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True)
class NewToken:
    token_id: str
    secret: str
    salt: bytes
    digest: bytes

    @property
    def token(self) -> str:
        return f"asr_{self.token_id}_{self.secret}"


def hash_secret(secret: str, salt: bytes) -> bytes:
    return hmac.new(salt, secret.encode(), hashlib.sha256).digest()


def new_token() -> NewToken:
    token_id = secrets.token_hex(8)
    secret = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode().rstrip("=")
    salt = secrets.token_bytes(16)
    return NewToken(token_id, secret, salt, hash_secret(secret, salt))


def parse_token(token: str) -> tuple[str, str] | None:
    m = _TOKEN.match(token.strip())
    return (m.group(1), m.group(2)) if m else None


def verify_secret(secret: str, salt: bytes, digest: bytes) -> bool:
    return hmac.compare_digest(hash_secret(secret, salt), digest)
