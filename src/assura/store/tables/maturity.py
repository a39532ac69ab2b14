"""Maturity assessments: one row per saved (versioned) assessment, one per activity result.

``result`` holds the full JSON export of the assessment so a report can be rebuilt
exactly as it was; the per-activity rows make progress over time queryable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from assura.store.base import Base, new_id, utcnow

__all__ = ["MaturityActivityRow", "MaturityAssessmentRow"]


class MaturityAssessmentRow(Base):
    __tablename__ = "maturity_assessments"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    version: Mapped[int] = mapped_column(Integer, unique=True)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True
    )
    org_size: Mapped[str] = mapped_column(String(16))
    organisation: Mapped[str | None] = mapped_column(String(255))
    window_days: Mapped[int] = mapped_column(Integer)
    catalog_version: Mapped[int] = mapped_column(Integer)
    answers_path: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    activities: Mapped[list[MaturityActivityRow]] = relationship(
        back_populates="assessment",
        cascade="all, delete-orphan",
        order_by="MaturityActivityRow.activity_id",
    )


class MaturityActivityRow(Base):
    __tablename__ = "maturity_activity_results"

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("maturity_assessments.id", ondelete="CASCADE"), index=True
    )
    activity_id: Mapped[str] = mapped_column(String(32), index=True)
    practice: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    answer: Mapped[str | None] = mapped_column(String(32))
    owner: Mapped[str | None] = mapped_column(String(255))
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    assessment: Mapped[MaturityAssessmentRow] = relationship(back_populates="activities")
