"""walk closing draft date: the closing meeting's date written before it is recorded

Revision ID: 0044_walk_closing_draft_date
Revises: 0043_meeting_start_days
Create Date: 2026-12-05

The closing meeting's notes typed in a walk were kept on leaving it; its date, typed before the
meeting was recorded, was lost. closing_meeting_on cannot hold it: it is set when the meeting is
recorded and says the meeting was held (the walk's status, the report and a cancelled follow-up
read it so). A column of its own keeps the date as written until then.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0044_walk_closing_draft_date"
down_revision: str | None = "0043_meeting_start_days"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("walks", sa.Column("closing_meeting_draft_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # Not a batch (a table copy on SQLite would drop triggers reading walks): SQLite 3.35+
    # drops a plain column in place.
    op.drop_column("walks", "closing_meeting_draft_on")
