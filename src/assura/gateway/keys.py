"""Client API keys of the gateway: created once, hashed at rest, revocable.

A key looks like ``asg_<prefix>_<secret>``; only ``sha256(pepper || salt || key)`` is
stored (keys are 256-bit random, so a fast hash with a per-key salt and a server-side
pepper is enough; there is no low-entropy password to stretch). The pepper comes from
``ASSURA_GATEWAY_PEPPER`` or a file ``gateway_pepper`` in ``ASSURA_HOME`` (created with
mode 0600 on first use). Each key may carry its own policy file text, an application
name (which picks the application's policy and review sample rate) and usage limits.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from assura.errors import InputNotFound, InvalidInput
from assura.gateway.config import UsageLimits, parse_gateway_policy
from assura.store.base import new_id, utcnow
from assura.store.tables.gateway import GatewayKeyRow

__all__ = [
    "KeyInfo",
    "create_key",
    "get_key",
    "list_keys",
    "load_pepper",
    "revoke_key",
    "verify_key",
]

_PREFIX = "asg_"


@dataclass(frozen=True)
class KeyInfo:
    id: str
    name: str
    prefix: str
    app: str | None
    policy_text: str | None
    limits: UsageLimits
    revoked: bool
    created_at: str

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "name": self.name, "prefix": self.prefix, "app": self.app,
            "own_policy": self.policy_text is not None, "revoked": self.revoked,
            "created_at": self.created_at, **self.limits.model_dump(exclude_none=True),
        }  # fmt: skip


def load_pepper(home: Path | None = None) -> bytes:
    """The server-side pepper (env, else a 0600 file in ``home``, created if absent)."""
    env = os.environ.get("ASSURA_GATEWAY_PEPPER")
    if env:
        return env.encode()
    if home is None:
        from assura.config import load_settings

        home = load_settings().home
    path = home / "gateway_pepper"
    if not path.is_file():
        home.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32))
    return path.read_text().strip().encode()


def _hash(pepper: bytes, salt: bytes, key: str) -> bytes:
    return hashlib.sha256(pepper + salt + key.encode()).digest()


def _info(row: GatewayKeyRow) -> KeyInfo:
    return KeyInfo(
        id=row.id, name=row.name, prefix=row.prefix, app=row.app, policy_text=row.policy_text,
        limits=UsageLimits(
            allowed_models=row.allowed_models, allowed_providers=row.allowed_providers,
            max_requests_per_minute=row.max_requests_per_minute, max_tokens=row.max_tokens,
        ),
        revoked=row.revoked_at is not None, created_at=row.created_at.isoformat(),
    )  # fmt: skip


def create_key(
    session: Session,
    *,
    name: str,
    pepper: bytes,
    app: str | None = None,
    policy_text: str | None = None,
    limits: UsageLimits | None = None,
    actor: str = "cli",
) -> tuple[KeyInfo, str]:
    """Create a key; returns its record and the secret (shown once, never stored)."""
    if not name.strip():
        raise InvalidInput("a key needs a name")
    if session.scalar(select(GatewayKeyRow.id).where(GatewayKeyRow.name == name)):
        raise InvalidInput(f"a gateway key named {name!r} already exists")
    lim = limits or UsageLimits()
    if policy_text is not None:
        _, gws = parse_gateway_policy(policy_text, name=f"policy of key {name}")
        file_limits = gws.usage.model_dump(exclude_none=True)
        lim = UsageLimits(**{**file_limits, **lim.model_dump(exclude_none=True)})
    prefix = secrets.token_hex(4)
    secret = f"{_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    salt = secrets.token_bytes(16)
    row = GatewayKeyRow(
        id=new_id(), name=name, prefix=prefix, salt=salt, hash=_hash(pepper, salt, secret),
        app=app, policy_text=policy_text, allowed_models=lim.allowed_models,
        allowed_providers=lim.allowed_providers,
        max_requests_per_minute=lim.max_requests_per_minute, max_tokens=lim.max_tokens,
        created_by=actor, created_at=utcnow(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    _ledger(session, actor, "gateway.key_created", row.id, {"name": name, "app": app})
    return _info(row), secret


def verify_key(session: Session, secret: str | None, *, pepper: bytes) -> KeyInfo | None:
    """The key's record if ``secret`` is a live key, else ``None``."""
    if not secret or not secret.startswith(_PREFIX) or secret.count("_") < 2:
        return None
    prefix = secret[len(_PREFIX) :].split("_", 1)[0]
    for row in session.scalars(select(GatewayKeyRow).where(GatewayKeyRow.prefix == prefix)):
        if hmac.compare_digest(row.hash, _hash(pepper, row.salt, secret)):
            return None if row.revoked_at is not None else _info(row)
    return None


def revoke_key(session: Session, name_or_id: str, *, actor: str = "cli") -> KeyInfo:
    row = session.scalar(
        select(GatewayKeyRow).where(
            (GatewayKeyRow.name == name_or_id) | (GatewayKeyRow.id == name_or_id)
        )
    )
    if row is None:
        raise InputNotFound(f"no gateway key {name_or_id!r}")
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        session.flush()
        _ledger(session, actor, "gateway.key_revoked", row.id, {"name": row.name})
    return _info(row)


def list_keys(session: Session) -> list[KeyInfo]:
    return [_info(r) for r in session.scalars(select(GatewayKeyRow).order_by(GatewayKeyRow.name))]


def _ledger(
    session: Session, actor: str, action: str, key_id: str, data: dict[str, object]
) -> None:
    try:
        from assura.ledger import append_event
    except ImportError:  # pragma: no cover - the ledger is optional
        return
    append_event(session, actor=actor, action=action, resource=f"gateway_key:{key_id}", data=data)


def get_key(session: Session, key_id: str) -> KeyInfo | None:
    row = session.get(GatewayKeyRow, key_id)
    return _info(row) if row is not None else None
