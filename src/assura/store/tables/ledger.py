"""Audit ledger tables: entries (Merkle leaves), subtree hashes, the head, checkpoints;
and the lineage index (model versions → datasets, code, parents), itself in the ledger.

The tables are a cache of evidence, not evidence: ``assura ledger verify`` recomputes
every hash from ``ledger_entries.body`` and trusts only signed checkpoints.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from assura.store.base import Base, new_id, utcnow

__all__ = [
    "LedgerCheckpointRow",
    "LedgerEntryRow",
    "LedgerHeadRow",
    "LedgerNodeRow",
    "LineageRow",
]


class LedgerEntryRow(Base):
    """One leaf: ``body`` is the canonical entry JSON; the other columns index it."""

    __tablename__ = "ledger_entries"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    ts: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(255), index=True)
    action: Mapped[str] = mapped_column(String(128), index=True)
    resource: Mapped[str] = mapped_column(String(512), index=True)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    leaf_hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class LedgerNodeRow(Base):
    """Hash of the complete subtree ``(level >= 1, idx)`` over leaves [idx<<level, (idx+1)<<level)."""

    __tablename__ = "ledger_nodes"

    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    idx: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[bytes] = mapped_column(LargeBinary(32))


class LedgerHeadRow(Base):
    """The single row (id 1) every append locks: size, root and the right-edge frontier."""

    __tablename__ = "ledger_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    root: Mapped[bytes] = mapped_column(LargeBinary(32))
    frontier: Mapped[list[str]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LedgerCheckpointRow(Base):
    __tablename__ = "ledger_checkpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    size: Mapped[int] = mapped_column(BigInteger, index=True)
    root: Mapped[bytes] = mapped_column(LargeBinary(32))
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class LineageRow(Base):
    """A model version's recorded lineage; the same record is a ledger entry (``entry_seq``)."""

    __tablename__ = "lineage_records"
    __table_args__ = (UniqueConstraint("model", "version", name="uq_lineage_records_model"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    model: Mapped[str] = mapped_column(String(255), index=True)
    version: Mapped[str] = mapped_column(String(128))
    parent: Mapped[str | None] = mapped_column(String(400), index=True)
    entry_seq: Mapped[int] = mapped_column(BigInteger)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    record: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
