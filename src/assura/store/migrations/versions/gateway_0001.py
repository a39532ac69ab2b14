"""Gateway: client API keys and per-request decisions.

Revision ID: gateway_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "gateway_0001"
down_revision = "0001"
branch_labels = ("gateway",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "gateway_keys",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("prefix", sa.String(32), nullable=False),
        sa.Column("salt", sa.LargeBinary(16), nullable=False),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
        sa.Column("app", sa.String(255), nullable=True),
        sa.Column("policy_text", sa.Text(), nullable=True),
        sa.Column("allowed_models", sa.JSON(), nullable=True),
        sa.Column("allowed_providers", sa.JSON(), nullable=True),
        sa.Column("max_requests_per_minute", sa.Integer(), nullable=True),
        sa.Column("max_tokens", sa.BigInteger(), nullable=True),
        sa.Column("created_by", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_gateway_keys"),
        sa.UniqueConstraint("name", name="uq_gateway_keys_name"),
    )
    op.create_index("ix_gateway_keys_prefix", "gateway_keys", ["prefix"])
    op.create_table(
        "gateway_decisions",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("ts", sa.DateTime(timezone=True), nullable=False),
        sa.Column("key_id", sa.String(32), nullable=True),
        sa.Column("key_name", sa.String(255), nullable=True),
        sa.Column("app", sa.String(255), nullable=True),
        sa.Column("route", sa.String(64), nullable=False),
        sa.Column("model", sa.String(255), nullable=True),
        sa.Column("provider", sa.String(64), nullable=True),
        sa.Column("policy", sa.String(255), nullable=False),
        sa.Column("stream", sa.Boolean(), nullable=False),
        sa.Column("input_action", sa.String(16), nullable=False),
        sa.Column("output_action", sa.String(16), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("rule", sa.String(128), nullable=True),
        sa.Column("input_scan", sa.String(255), nullable=False),
        sa.Column("output_scan", sa.String(255), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("prompt_tokens", sa.Integer(), nullable=False),
        sa.Column("completion_tokens", sa.Integer(), nullable=False),
        sa.Column("overhead_us", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.String(32), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gateway_decisions"),
    )
    op.create_index("ix_gateway_decisions_ts", "gateway_decisions", ["ts"])
    op.create_index("ix_gateway_decisions_key_id", "gateway_decisions", ["key_id"])


def downgrade() -> None:
    op.drop_table("gateway_decisions")
    op.drop_table("gateway_keys")
