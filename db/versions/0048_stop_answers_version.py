"""stop answers version: a version for the checklist answers of each stop

Revision ID: 0048_stop_answers_version
Revises: 0047_audit_restore
Create Date: 2026-12-07

Two desks typing the answers of one stop: the second save replaced the first's without a word.
Each save of a stop's answers now moves this number and is refused when it moved since the
answers were shown (services.walk_records.save_stop_answers). A version of the whole stop would
move with a renamed or reordered stop too, refusing answers nobody else touched.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0048_stop_answers_version"
down_revision: str | None = "0047_audit_restore"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "route_stops",
        sa.Column("answers_version", sa.Integer(), server_default="1", nullable=False),
    )


def downgrade() -> None:
    # Not a batch (a table copy on SQLite would drop triggers reading the table): SQLite 3.35+
    # drops a plain column in place.
    op.drop_column("route_stops", "answers_version")
