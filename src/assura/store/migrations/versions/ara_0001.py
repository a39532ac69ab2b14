"""Architectural risk analysis: systems, saved registers, decisions.

Revision ID: ara_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "ara_0001"
down_revision = "0001"
branch_labels = ("ara",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ara_systems",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ara_systems"),
        sa.UniqueConstraint("name", name="uq_ara_systems_name"),
    )
    op.create_table(
        "ara_analyses",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("system_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("model_digest", sa.String(64), nullable=False),
        sa.Column("rules_digest", sa.String(64), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.Column("register", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["system_id"],
            ["ara_systems.id"],
            name="fk_ara_analyses_system_id_ara_systems",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ara_analyses"),
        sa.UniqueConstraint("system_id", "seq", name="uq_ara_analyses_system_seq"),
    )
    op.create_index("ix_ara_analyses_system_id", "ara_analyses", ["system_id"])
    op.create_table(
        "ara_decisions",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("system_id", sa.String(32), nullable=False),
        sa.Column("risk_key", sa.String(512), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(255), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["system_id"],
            ["ara_systems.id"],
            name="fk_ara_decisions_system_id_ara_systems",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_ara_decisions"),
        sa.UniqueConstraint("system_id", "risk_key", name="uq_ara_decisions_system_risk"),
    )
    op.create_index("ix_ara_decisions_system_id", "ara_decisions", ["system_id"])


def downgrade() -> None:
    op.drop_table("ara_decisions")
    op.drop_table("ara_analyses")
    op.drop_table("ara_systems")
