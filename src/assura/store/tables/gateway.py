"""Gateway tables: client API keys (hashed at rest) and one decision row per request.

Keys are stored as scrypt(secret, salt) with a server-side pepper mixed into the salt;
the secret is printed once. Usage per key and model is aggregated from the decision rows.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from assura.store.base import Base, new_id, utcnow

__all__ = ["GatewayDecisionRow", "GatewayKeyRow"]


class GatewayKeyRow(Base):
    __tablename__ = "gateway_keys"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    prefix: Mapped[str] = mapped_column(String(32), index=True)
    salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    app: Mapped[str | None] = mapped_column(String(255))
    policy_text: Mapped[str | None] = mapped_column(Text)
    allowed_models: Mapped[list[str] | None] = mapped_column(JSON)
    allowed_providers: Mapped[list[str] | None] = mapped_column(JSON)
    max_requests_per_minute: Mapped[int | None] = mapped_column(Integer)
    max_tokens: Mapped[int | None] = mapped_column(BigInteger)
    created_by: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class GatewayDecisionRow(Base):
    """What the gateway decided on one request: input, output, and what went unscanned."""

    __tablename__ = "gateway_decisions"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    key_id: Mapped[str | None] = mapped_column(String(32), index=True)
    key_name: Mapped[str | None] = mapped_column(String(255))
    app: Mapped[str | None] = mapped_column(String(255))
    route: Mapped[str] = mapped_column(String(64))
    model: Mapped[str | None] = mapped_column(String(255))
    provider: Mapped[str | None] = mapped_column(String(64))
    policy: Mapped[str] = mapped_column(String(255), default="default")
    stream: Mapped[bool] = mapped_column(Boolean, default=False)
    input_action: Mapped[str] = mapped_column(String(16))
    output_action: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(16))
    rule: Mapped[str | None] = mapped_column(String(128))
    input_scan: Mapped[str] = mapped_column(String(255), default="scanned")
    output_scan: Mapped[str] = mapped_column(String(255), default="not scanned")
    status_code: Mapped[int] = mapped_column(Integer, default=200)
    prompt_tokens: Mapped[int] = mapped_column(Integer, default=0)
    completion_tokens: Mapped[int] = mapped_column(Integer, default=0)
    overhead_us: Mapped[int] = mapped_column(Integer, default=0)
    review_id: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
