"""Maturity assessments and their per-activity results.

Revision ID: maturity_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "maturity_0001"
down_revision = "0001"
branch_labels = ("maturity",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "maturity_assessments",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("org_size", sa.String(16), nullable=False),
        sa.Column("organisation", sa.String(255), nullable=True),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("catalog_version", sa.Integer(), nullable=False),
        sa.Column("answers_path", sa.Text(), nullable=True),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_maturity_assessments"),
        sa.UniqueConstraint("version", name="uq_maturity_assessments_version"),
    )
    op.create_index("ix_maturity_assessments_created_at", "maturity_assessments", ["created_at"])
    op.create_table(
        "maturity_activity_results",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("assessment_id", sa.String(32), nullable=False),
        sa.Column("activity_id", sa.String(32), nullable=False),
        sa.Column("practice", sa.String(16), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("answer", sa.String(32), nullable=True),
        sa.Column("owner", sa.String(255), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["maturity_assessments.id"],
            name="fk_maturity_activity_results_assessment_id_maturity_assessments",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_maturity_activity_results"),
    )
    op.create_index(
        "ix_maturity_activity_results_assessment_id", "maturity_activity_results", ["assessment_id"]
    )
    op.create_index(
        "ix_maturity_activity_results_activity_id", "maturity_activity_results", ["activity_id"]
    )


def downgrade() -> None:
    op.drop_table("maturity_activity_results")
    op.drop_table("maturity_assessments")
