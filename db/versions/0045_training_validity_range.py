"""training validity range: a course's validity is at most 240 months in the database too

Revision ID: 0045_training_validity_range
Revises: 0044_walk_closing_draft_date
Create Date: 2026-12-05

The window and the service refuse a validity above 240 months (services/training.py,
MAX_VALIDITY_MONTHS: 20 years, more is a typing slip); the table did not, so another tool could
store one. Now the rule holds on both backends, beside the existing "more than 0".

PostgreSQL: a CHECK constraint, as on the model (models/training.py). SQLite cannot add a CHECK
in place, and a batch copy of ``courses`` is not safe (as 0021 found for ``exercises``): the
program keeps foreign keys on and migrates in one transaction, so dropping the old table is
refused, or would cascade, for the course's sessions and attendances. Two triggers hold the
rule there.

Existing data: a row above 240, stored by a script before the service refused it, is set to 240
rather than left (the CHECK could not be added over it) or emptied (empty means "never
expires", which would make valid training no course ever gave): 240 is the nearest the register
allows and keeps everyone trained in the last 20 years valid. The downgrade removes the rule
and leaves the values as they are.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0045_training_validity_range"
down_revision: str | None = "0044_walk_closing_draft_date"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MAX_VALIDITY_MONTHS = 240  # as services/training.py; a migration keeps its own copy
CHECK = "ck_courses_validity_at_most_240"
RULE = f"validity_months IS NULL OR validity_months <= {MAX_VALIDITY_MONTHS}"
# The database's message is English (a tool's log reads it); the service says it in Swedish first.
TOO_LONG = f"the validity of a course is at most {MAX_VALIDITY_MONTHS} months"
BROKEN = f"NEW.validity_months IS NOT NULL AND NEW.validity_months > {MAX_VALIDITY_MONTHS}"
SQLITE_TRIGGERS = {
    "trg_courses_validity_at_most_240": "BEFORE INSERT ON courses",
    "trg_courses_validity_at_most_240_on_update": "BEFORE UPDATE OF validity_months ON courses",
}


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    op.execute(
        f"UPDATE courses SET validity_months = {MAX_VALIDITY_MONTHS} "
        f"WHERE validity_months > {MAX_VALIDITY_MONTHS}"
    )
    if not _is_sqlite():
        op.create_check_constraint(op.f(CHECK), "courses", RULE)
        return
    for name, events in SQLITE_TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {events} FOR EACH ROW WHEN {BROKEN} "
            f"BEGIN SELECT RAISE(ABORT, '{TOO_LONG}'); END"
        )


def downgrade() -> None:
    if not _is_sqlite():
        op.drop_constraint(op.f(CHECK), "courses", type_="check")
        return
    for name in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
