"""agenda item minutes: how long each agenda item is planned to take

Revision ID: 0030_agenda_item_minutes
Revises: 0029_fire_inspections
Create Date: 2026-12-03

An audit of a meeting cycle found the agenda without times. Each item gets an optional length in
whole minutes (the service takes 1–480); the agenda tab and the printed notice show each item's
start from the meeting's start and the earlier items' minutes. Existing items have none, so
their agendas look as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0030_agenda_item_minutes"
down_revision: str | None = "0029_fire_inspections"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("agenda_items", sa.Column("minutes", sa.Integer(), nullable=True))


def downgrade() -> None:
    # Not a batch: a table copy on SQLite would unlink the decisions under the items (SET NULL).
    # SQLite 3.35+ drops a plain column in place.
    op.drop_column("agenda_items", "minutes")
