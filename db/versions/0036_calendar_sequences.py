"""calendar sequences: the .ics export counts each entry's changes from 0

Revision ID: 0036_calendar_sequences
Revises: 0035_plan_revision_unique
Create Date: 2026-12-04

The export's SEQUENCE was the minutes since 2020 of an entry's last change (millions, and a
series whose UNTIL rolled with the horizon but whose rows were untouched kept its number). The
export now remembers what it last wrote of each entry (models.calendar_sequences) and raises
the entry's number by one when that changed. A new table; the downgrade drops it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0036_calendar_sequences"
down_revision: str | None = "0035_plan_revision_unique"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calendar_sequences",
        sa.Column("entry", sa.String(length=200), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "sequence >= 0", name=op.f("ck_calendar_sequences_sequence_not_negative")
        ),
        sa.PrimaryKeyConstraint("entry", name=op.f("pk_calendar_sequences")),
    )


def downgrade() -> None:
    op.drop_table("calendar_sequences")
