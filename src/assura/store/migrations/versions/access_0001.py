"""Access control: principals, role bindings, API tokens, approvals.

Revision ID: access_0001
"""

import sqlalchemy as sa
from alembic import op

revision = "access_0001"
down_revision = "0001"
branch_labels = ("access",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "access_principals",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_access_principals"),
        sa.UniqueConstraint("name", name="uq_access_principals_name"),
    )
    op.create_table(
        "access_bindings",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("principal_id", sa.String(32), nullable=False),
        sa.Column("role", sa.String(32), nullable=False),
        sa.Column("domain", sa.String(255), nullable=False),
        sa.Column("granted_by", sa.String(255), nullable=False),
        sa.Column("granted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_access_bindings"),
        sa.ForeignKeyConstraint(
            ["principal_id"],
            ["access_principals.id"],
            name="fk_access_bindings_principal_id_access_principals",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "principal_id", "role", "domain", name="uq_access_bindings_principal_id"
        ),
    )
    op.create_index("ix_access_bindings_principal_id", "access_bindings", ["principal_id"])
    op.create_table(
        "access_tokens",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("principal_id", sa.String(32), nullable=False),
        sa.Column("label", sa.String(255), nullable=False),
        sa.Column("salt", sa.LargeBinary(16), nullable=False),
        sa.Column("hash", sa.LargeBinary(32), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_access_tokens"),
        sa.ForeignKeyConstraint(
            ["principal_id"],
            ["access_principals.id"],
            name="fk_access_tokens_principal_id_access_principals",
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_access_tokens_principal_id", "access_tokens", ["principal_id"])
    op.create_table(
        "access_approvals",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("requester", sa.String(255), nullable=False),
        sa.Column("permission", sa.String(128), nullable=False),
        sa.Column("resource", sa.String(512), nullable=False),
        sa.Column("domain", sa.String(255), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("approver", sa.String(255), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_access_approvals"),
    )
    op.create_index("ix_access_approvals_requester", "access_approvals", ["requester"])


def downgrade() -> None:
    for t in ("access_approvals", "access_tokens", "access_bindings", "access_principals"):
        op.drop_table(t)
