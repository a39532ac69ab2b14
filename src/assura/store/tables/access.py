"""Access control tables: principals, role bindings, API tokens, two-person approvals.

Tokens are stored as HMAC-SHA256(salt, secret) only; the secret is shown once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from assura.store.base import Base, new_id, utcnow

__all__ = ["ApprovalRow", "PrincipalRow", "RoleBindingRow", "TokenRow"]


class PrincipalRow(Base):
    __tablename__ = "access_principals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | service
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RoleBindingRow(Base):
    __tablename__ = "access_bindings"
    __table_args__ = (
        UniqueConstraint("principal_id", "role", "domain", name="uq_access_bindings_principal_id"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    principal_id: Mapped[str] = mapped_column(
        ForeignKey("access_principals.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(32))
    domain: Mapped[str] = mapped_column(String(255))
    granted_by: Mapped[str] = mapped_column(String(255))
    granted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class TokenRow(Base):
    __tablename__ = "access_tokens"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    principal_id: Mapped[str] = mapped_column(
        ForeignKey("access_principals.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(255), default="")
    salt: Mapped[bytes] = mapped_column(LargeBinary(16))
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ApprovalRow(Base):
    """A sensitive action waiting for (or given) a second person's approval; used once."""

    __tablename__ = "access_approvals"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    requester: Mapped[str] = mapped_column(String(255), index=True)
    permission: Mapped[str] = mapped_column(String(128))
    resource: Mapped[str] = mapped_column(String(512))
    domain: Mapped[str] = mapped_column(String(255))
    status: Mapped[str] = mapped_column(
        String(16), default="pending"
    )  # pending|approved|used|rejected
    approver: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    used_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
