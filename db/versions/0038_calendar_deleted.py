"""calendar deleted: the .ics export keeps what it needs to cancel a deleted meeting

Revision ID: 0038_calendar_deleted
Revises: 0037_membership_overlap
Create Date: 2026-12-04

A meeting deleted (by hand, with its rule, or with its group) left the file, and calendars that
had imported it kept it. The export now remembers of each entry it writes its title as
cancelled, its time, its group and its last day (models.calendar_sequences), and writes a
deleted entry as cancelled (exports.ics_gone). New nullable columns; rows from before get them
at the next export that can write. A batch on SQLite (nothing refers to the table); the
downgrade drops the columns.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0038_calendar_deleted"
down_revision: str | None = "0037_membership_overlap"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = "ck_calendar_sequences_ends_not_before_start"


def upgrade() -> None:
    with op.batch_alter_table("calendar_sequences", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("summary", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("starts_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("ends_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("all_day", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("last_day", sa.Date(), nullable=True))
        batch_op.create_check_constraint(op.f(CHECK), "ends_at >= starts_at")


def downgrade() -> None:
    with op.batch_alter_table("calendar_sequences", schema=None) as batch_op:
        batch_op.drop_constraint(op.f(CHECK), type_="check")
        for column in ("last_day", "all_day", "ends_at", "starts_at", "summary", "group_id"):
            batch_op.drop_column(column)
