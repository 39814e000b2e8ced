"""membership history: a group keeps who was a member and when

Revision ID: 0034_membership_history
Revises: 0033_agreement_revisions
Create Date: 2026-12-03

Removing a member deleted the row, so a report of an earlier period listed today's members and
whoever sat in the group then was gone. A membership now has ``joined_on`` (NULL: since before
the register kept it, every row stored before this revision) and ``left_on`` (NULL: still a
member; else the last day as one). The unique pair (group, person) gives way to a partial
unique index over the current rows only (``left_on IS NULL``), so a former member may join
again as a new row, and a CHECK keeps the last day on or after the first.

A batch on SQLite (a table copy: nothing refers to memberships), plain ALTERs on PostgreSQL.
The downgrade deletes the former memberships (the old table has room for one row per person
and group, all meaning "member now") and restores the unique pair.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0034_membership_history"
down_revision: str | None = "0033_agreement_revisions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CURRENT = "left_on IS NULL"
LEFT_CHECK = "ck_memberships_left_after_joined"
LEFT_AFTER_JOINED = "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on"


def upgrade() -> None:
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.add_column(sa.Column("joined_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("left_on", sa.Date(), nullable=True))
        batch_op.drop_constraint("uq_memberships_group_id", type_="unique")
        batch_op.create_check_constraint(LEFT_CHECK, LEFT_AFTER_JOINED)
        batch_op.create_index("ix_memberships_group_id", ["group_id"])
    op.create_index(
        "uq_memberships_current",
        "memberships",
        ["group_id", "person_id"],
        unique=True,
        sqlite_where=sa.text(CURRENT),
        postgresql_where=sa.text(CURRENT),
    )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM memberships WHERE left_on IS NOT NULL"))
    op.drop_index("uq_memberships_current", table_name="memberships")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index("ix_memberships_group_id")
        batch_op.drop_constraint(LEFT_CHECK, type_="check")
        batch_op.create_unique_constraint("uq_memberships_group_id", ["group_id", "person_id"])
        batch_op.drop_column("left_on")
        batch_op.drop_column("joined_on")
