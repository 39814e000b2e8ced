"""template versions: checklist and exercise templates

Revision ID: 0041_template_versions
Revises: 0040_group_start_meetings
Create Date: 2026-12-04

The walks' checklist templates and the exercises' planning-checklist templates are edited in
dialogs too, and two desks saving the same template wrote the second over the first unseen.
Like the other records edited in forms (models.base.VersionedMixin), each gets a row version,
so a save based on a copy another desk has changed since (its name or its points) is refused
with the user's text kept. Existing rows start at version 1.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0041_template_versions"
down_revision: str | None = "0040_group_start_meetings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("checklist_templates", "exercise_templates")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # Not batches: a table copy on SQLite would cascade into the templates' points. SQLite
    # 3.35+ drops a plain column in place.
    for table in reversed(TABLES):
        op.drop_column(table, "version")
