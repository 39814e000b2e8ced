"""loan status from loans: "on loan" is read from the open loan, no longer stored on the unit

Revision ID: 0015_loan_status_from_loans
Revises: 0014_audit_without_time_index
Create Date: 2026-11-30

A unit is on loan exactly when it has an open loan, which the database already keeps unique
(``uq_alarm_loans_open_unit``). Storing "on_loan" in ``alarm_units.status`` as well made every
lend and return write the unit's row and an audit entry for it: a statement, an audit row and
pages the durable commit waits for (tests/bench/lending.py). The stored status now says what
the unit's own condition is (available, charging, out of service, retired); the services show
"on loan" from the open loan (services/alarms.py, ``UnitRow.status``). A unit that is out
keeps "available" stored; the return sets charging or out of service as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015_loan_status_from_loans"
down_revision: str | None = "0014_audit_without_time_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE alarm_units SET status = 'available' WHERE status = 'on_loan'")


def downgrade() -> None:
    op.execute(
        "UPDATE alarm_units SET status = 'on_loan' WHERE id IN "
        "(SELECT unit_id FROM alarm_loans WHERE returned_at IS NULL)"
    )
