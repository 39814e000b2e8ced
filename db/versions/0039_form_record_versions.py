"""form record versions: walks, observations, exercises, places, courses, training sessions and the crisis organisation's roles and contacts

Revision ID: 0039_form_record_versions
Revises: 0038_calendar_deleted
Create Date: 2026-12-04

These records are edited in forms too, and two desks saving the same one wrote the second over
the first unseen. Like the other records edited in forms (models.base.VersionedMixin), each gets
a row version, so a save based on a copy another desk has changed since is refused with the
user's text kept. Existing rows start at version 1.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0039_form_record_versions"
down_revision: str | None = "0038_calendar_deleted"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = (
    "walks",
    "observations",
    "exercises",
    "places",
    "courses",
    "training_sessions",
    "crisis_roles",
    "crisis_contacts",
)


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # Not batches: a table copy on SQLite would cascade into the rows that belong to these
    # (a walk's observations, an exercise's log). SQLite 3.35+ drops a plain column in place.
    for table in reversed(TABLES):
        op.drop_column(table, "version")
