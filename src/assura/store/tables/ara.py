"""Architectural risk analysis: systems, saved risk registers, and people's decisions.

``ara_analyses.register`` holds the full JSON register (``Analysis.to_dict()``), so a
report can be rebuilt as it was and the next analysis can say what changed.
``ara_decisions`` are keyed by system and risk key (rule@version:element), so an
acceptance survives re-analysis as long as the rule version and element stay the same.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assura.store.base import Base, new_id, utcnow

__all__ = ["AraAnalysisRow", "AraDecisionRow", "AraSystemRow"]


class AraSystemRow(Base):
    __tablename__ = "ara_systems"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    analyses: Mapped[list[AraAnalysisRow]] = relationship(
        back_populates="system", cascade="all, delete-orphan", order_by="AraAnalysisRow.seq"
    )


class AraAnalysisRow(Base):
    __tablename__ = "ara_analyses"
    __table_args__ = (UniqueConstraint("system_id", "seq", name="uq_ara_analyses_system_seq"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    system_id: Mapped[str] = mapped_column(
        ForeignKey("ara_systems.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    source: Mapped[str | None] = mapped_column(Text)
    model_digest: Mapped[str] = mapped_column(String(64))
    rules_digest: Mapped[str] = mapped_column(String(64))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    register: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    system: Mapped[AraSystemRow] = relationship(back_populates="analyses")


class AraDecisionRow(Base):
    __tablename__ = "ara_decisions"
    __table_args__ = (
        UniqueConstraint("system_id", "risk_key", name="uq_ara_decisions_system_risk"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    system_id: Mapped[str] = mapped_column(
        ForeignKey("ara_systems.id", ondelete="CASCADE"), index=True
    )
    risk_key: Mapped[str] = mapped_column(String(512))
    state: Mapped[str] = mapped_column(String(16))  # accepted | mitigated
    owner: Mapped[str] = mapped_column(String(255))
    reason: Mapped[str] = mapped_column(Text)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
