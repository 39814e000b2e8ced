"""loan indexes: a unit's, borrower's or manager's loans newest first

Revision ID: 0009_loan_indexes
Revises: 0008_durability
Create Date: 2026-11-30

Composite (foreign key, out_at) indexes replace the single-column ones on alarm_loans: the
history of one unit or person and the search over a million loans read them alone, and they
still serve the foreign keys. Same number of indexes, so lending writes no more.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009_loan_indexes"
down_revision: str | None = "0008_durability"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("unit", "unit_id"), ("borrower", "borrower_id"), ("approver", "approved_by_id"))


def upgrade() -> None:
    for short, column in COLUMNS:
        op.create_index(f"ix_alarm_loans_{short}_out", "alarm_loans", [column, "out_at"])
        op.drop_index(f"ix_alarm_loans_{column}", table_name="alarm_loans")


def downgrade() -> None:
    for short, column in COLUMNS:
        op.create_index(f"ix_alarm_loans_{column}", "alarm_loans", [column])
        op.drop_index(f"ix_alarm_loans_{short}_out", table_name="alarm_loans")
