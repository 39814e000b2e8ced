"""group follow-up texts: what a group did and how it goes on, per follow-up period

Revision ID: 0024_group_follow_up_texts
Revises: 0023_priority_area_names
Create Date: 2026-12-02

The preparation group's follow-up at T1, T2 and VB has, for each group, two written parts: "Vad
har vi gjort" and "Hur fortsätter vi" (short bullet lists, one a line). The coordinator wrote
them in Word; now one row per group, year and period keeps them (unique in the database), with a
row version so that two desks cannot overwrite each other. Deleting a group deletes its texts
(CASCADE; the service deletes them first so that the trail records each). The downgrade drops
the table with what was written.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024_group_follow_up_texts"
down_revision: str | None = "0023_priority_area_names"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_follow_up_texts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column(
            "period",
            sa.Enum(
                "t1",
                "t2",
                "vb",
                name="follow_up_period",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("done_text", sa.Text(), nullable=True),
        sa.Column("next_text", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_group_follow_up_texts_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_follow_up_texts")),
        sa.UniqueConstraint(
            "group_id", "year", "period", name=op.f("uq_group_follow_up_texts_group_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("group_follow_up_texts")
