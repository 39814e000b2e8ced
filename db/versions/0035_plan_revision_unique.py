"""plan revision unique: one adopted version of a plan a day

Revision ID: 0035_plan_revision_unique
Revises: 0034_membership_history
Create Date: 2026-12-03

Two versions of one plan adopted the same day left the version in force to the order they were
typed in, and the next suggested name skipped a year. The service refused it already; now the
database does too (``uq_plan_versions_adopted_on``), so two desks at the same moment, or a
script, cannot add the second.

A database may hold such a pair from before the service refused it. The upgrade keeps every
version: the earlier typed of a pair (lower id) is moved back a day at a time until its day is
free, so the later stays the one in force, as it was.

A unique index on both backends, added in place: a batch copy of ``plan_versions`` on SQLite
would clear every attachment's ``version_id`` (ON DELETE SET NULL, foreign keys stay on during
migrations). The downgrade drops the index; the moved dates stay.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0035_plan_revision_unique"
down_revision: str | None = "0034_membership_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NAME = "uq_plan_versions_adopted_on"
# The earlier typed of two versions of a plan adopted the same day (the later stays in force).
_DOUBLED = sa.text(
    "SELECT v.id FROM plan_versions v WHERE EXISTS (SELECT 1 FROM plan_versions w "
    "WHERE w.plan_id = v.plan_id AND w.adopted_on = v.adopted_on AND w.id > v.id) "
    "ORDER BY v.id DESC"
)


def _move_doubled_back() -> None:
    conn = op.get_bind()
    versions = sa.table(
        "plan_versions", sa.column("id"), sa.column("plan_id"), sa.column("adopted_on", sa.Date())
    )
    while doubled := conn.execute(_DOUBLED).scalars().first():
        plan_id, day = conn.execute(
            sa.select(versions.c.plan_id, versions.c.adopted_on).where(versions.c.id == doubled)
        ).one()
        taken = set(
            conn.execute(
                sa.select(versions.c.adopted_on).where(versions.c.plan_id == plan_id)
            ).scalars()
        )
        while day in taken:
            day -= dt.timedelta(days=1)
        conn.execute(sa.update(versions).where(versions.c.id == doubled).values(adopted_on=day))


def upgrade() -> None:
    _move_doubled_back()
    op.create_index(NAME, "plan_versions", ["plan_id", "adopted_on"], unique=True)


def downgrade() -> None:
    op.drop_index(NAME, table_name="plan_versions")
