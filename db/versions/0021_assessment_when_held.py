"""assessment when held: the database refuses an overall assessment on an exercise not held

Revision ID: 0021_assessment_when_held
Revises: 0020_exercise_assessment
Create Date: 2026-12-02

The service refused an assessment while the exercise is planned or cancelled
(services/exercise_assessment.py), the table did not: another tool could write one. Now the rule
"assessment IS NULL OR status IN ('conducted', 'evaluated')" holds on both backends, and taking
an exercise with an assessment back to planned is refused by the service first
(services/exercises.py).

PostgreSQL: a CHECK constraint, as on the model (models/exercises.py). SQLite cannot add a CHECK
to a table in place, and a batch copy of ``exercises`` is not safe: the program's connections
keep foreign keys on and the migration runs in one transaction (where PRAGMA foreign_keys cannot
be turned off), so dropping the old table would cascade into every exercise's objectives,
participants, checklist, log and lessons, and renaming the copy fails on 0017's triggers that
read ``exercises``. Two triggers hold the same rule there, as 0017's hold the exercise rules.

Existing data: before this, an exercise with an assessment could be taken back to planned (and
then cancelled). Its assessment is not lost: it is appended to the exercise's notes (shown under
Edit…) after the line "Samlad bedömning:", and the column cleared. The downgrade removes the
rule and leaves the data as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0021_assessment_when_held"
down_revision: str | None = "0020_exercise_assessment"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = "ck_exercises_assessment_when_held"
HELD = "('conducted', 'evaluated')"
RULE = f"assessment IS NULL OR status IN {HELD}"
# The message the database gives (in English: a tool's log reads it; the services explain in
# Swedish before the database has to refuse).
NOT_HELD = "an assessment is written once the exercise is held"
BROKEN = f"NEW.assessment IS NOT NULL AND NEW.status NOT IN {HELD}"
SQLITE_TRIGGERS = {
    "trg_exercises_assessment_when_held": "BEFORE INSERT ON exercises",
    "trg_exercises_assessment_when_held_on_update": (
        "BEFORE UPDATE OF assessment, status ON exercises"
    ),
}


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def _keep_assessments_not_held(sqlite: bool) -> None:
    newlines = "char(10) || char(10)" if sqlite else "E'\\n\\n'"
    broken = f"assessment IS NOT NULL AND status NOT IN {HELD}"
    op.execute(
        "UPDATE exercises SET notes = "
        f"CASE WHEN notes IS NULL OR notes = '' THEN '' ELSE notes || {newlines} END "
        f"|| 'Samlad bedömning: ' || assessment, assessment = NULL WHERE {broken}"
    )


def upgrade() -> None:
    sqlite = _is_sqlite()
    _keep_assessments_not_held(sqlite)
    if not sqlite:
        op.create_check_constraint(op.f(CHECK), "exercises", RULE)
        return
    for name, events in SQLITE_TRIGGERS.items():
        op.execute(
            f"CREATE TRIGGER {name} {events} FOR EACH ROW WHEN {BROKEN} "
            f"BEGIN SELECT RAISE(ABORT, '{NOT_HELD}'); END"
        )


def downgrade() -> None:
    if not _is_sqlite():
        op.drop_constraint(op.f(CHECK), "exercises", type_="check")
        return
    for name in SQLITE_TRIGGERS:
        op.execute(f"DROP TRIGGER {name}")
