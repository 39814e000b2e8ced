"""calendar series recurrence: a series gone since an export is cancelled with its rule

Revision ID: 0046_calendar_series_recurrence
Revises: 0045_training_validity_range
Create Date: 2026-12-05

A group's series whose rule was removed (or whose group was deleted) went out cancelled with its
UID and first start only: calendars holding the series read one cancelled day and kept the rest.
The export now remembers the series' RRULE and EXDATE lines (models.calendar_sequences) and
writes them with the cancellation. A new nullable column; a series kept before gets it at the
next export that can write. A plain column: no batch, so no table copy on SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0046_calendar_series_recurrence"
down_revision: str | None = "0045_training_validity_range"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("calendar_sequences", sa.Column("recurrence", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite 3.35+ drops a plain column in place.
    op.drop_column("calendar_sequences", "recurrence")
