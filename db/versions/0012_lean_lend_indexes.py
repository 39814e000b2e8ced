"""lean lend indexes: two index pages fewer written by every lend

Revision ID: 0012_lean_lend_indexes
Revises: 0011_action_search
Create Date: 2026-11-30

A lend's durable commit writes every page it changed to the write-ahead log and waits for the
disk; each index the loan or the unit's status touches is a page more (tests/bench/lending.py).
Two of those pages served nothing:

- ``ix_alarm_units_status``: a district has a few hundred units; every query by status reads
  them all faster than it would look them up.
- ``ix_alarm_loans_approver_out`` held a NULL entry for every loan without an approving manager
  (every home-visit loan). It now holds only the home loans, which is all a search by manager
  (and the foreign key's check when a person is deleted) ever looks for: ``approved_by_id = ?``
  implies it is not null, so both databases still use it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_lean_lend_indexes"
down_revision: str | None = "0011_action_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPROVED = "approved_by_id IS NOT NULL"


def upgrade() -> None:
    op.drop_index("ix_alarm_units_status", table_name="alarm_units")
    op.drop_index("ix_alarm_loans_approver_out", table_name="alarm_loans")
    op.create_index(
        "ix_alarm_loans_approver_out",
        "alarm_loans",
        ["approved_by_id", "out_at"],
        sqlite_where=sa.text(APPROVED),
        postgresql_where=sa.text(APPROVED),
    )


def downgrade() -> None:
    op.drop_index("ix_alarm_loans_approver_out", table_name="alarm_loans")
    op.create_index("ix_alarm_loans_approver_out", "alarm_loans", ["approved_by_id", "out_at"])
    op.create_index("ix_alarm_units_status", "alarm_units", ["status"])
