"""calendar sequences: the .ics export counts each entry's changes from 0

Revision ID: 0036_calendar_sequences
Revises: 0035_plan_revision_unique
Create Date: 2026-12-04

The export's SEQUENCE was the minutes since 2020 of an entry's last change (millions, and a
series whose UNTIL rolled with the horizon but whose rows were untouched kept its number). The
export now remembers what it last wrote of each entry (models.calendar_sequences) and raises
the entry's number by one when that changed. A new table; the downgrade drops it.

A calendar ignores an entry whose SEQUENCE went down, so the entries an earlier export may
have written start from the old number as it would read now (every earlier export's was
lower), with no content remembered: their next export says one more. Entries new after this
revision count from 0.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0036_calendar_sequences"
down_revision: str | None = "0035_plan_revision_unique"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# What an earlier export may have written: each series, meeting, walk and exercise by its UID.
_EXPORTED = (
    "SELECT 'group-' || group_id || '@samverkan' AS entry FROM meeting_rules "
    "UNION ALL SELECT 'meeting-' || id || '@samverkan' FROM meetings "
    "UNION ALL SELECT 'walk-' || id || '@samverkan' FROM walks "
    "UNION ALL SELECT 'exercise-' || id || '@samverkan' FROM exercises"
)


def _old_number_now() -> int:
    """The old number as it would read now, the minutes since 2020 (an earlier export wrote
    those of the entry's last change: fewer)."""
    since = dt.datetime.now(dt.UTC) - dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    return int(since.total_seconds()) // 60


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
    op.get_bind().execute(
        sa.text(
            "INSERT INTO calendar_sequences (entry, digest, sequence) "
            f"SELECT entry, '', :number FROM ({_EXPORTED}) AS exported"
        ),
        {"number": _old_number_now()},
    )


def downgrade() -> None:
    op.drop_table("calendar_sequences")
