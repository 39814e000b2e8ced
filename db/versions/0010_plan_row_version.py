"""plan row version: optimistic concurrency for the plan form

Revision ID: 0010_plan_row_version
Revises: 0009_loan_indexes
Create Date: 2026-12-01

Plans get the row version the other records edited in forms have had since 0008 (checked and
bumped by every UPDATE: models.base.RowVersioned). It is called ``row_version`` because a plan's
``version`` is its adopted document version. Existing plans start at 1.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_plan_row_version"
down_revision: str | None = "0009_loan_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("row_version", sa.Integer(), server_default="1", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.drop_column("row_version")
