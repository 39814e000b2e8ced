"""walk and exercise times: an end time for walks and exercises, a cancelled walk's reason

Revision ID: 0032_walk_exercise_times
Revises: 0031_exercise_plan
Create Date: 2026-12-03

A walk or an exercise had a start and no end: the calendar and the .ics assumed two hours. Both
get ``end_time`` (nullable: none recorded keeps the assumption), after the start (a CHECK: an
end needs a start and comes later the same day). A cancelled walk keeps why
(``walks.cancel_reason``, as a cancelled meeting keeps its note), only while it is cancelled (a
CHECK: taking the step back clears it).

Not a batch: a table copy of ``walks`` or ``exercises`` on SQLite would cascade into everything
recorded in them (foreign keys are on) and drop 0017's and 0021's triggers. As 0031 does,
SQLite adds the columns in place and writes the CHECKs into the tables' stored definitions, in
the migration's transaction: every row's new columns are NULL, so every row passes them. The
downgrade takes the CHECKs out the same way before dropping the columns (SQLite refuses to drop
a column a CHECK names). PostgreSQL alters the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032_walk_exercise_times"
down_revision: str | None = "0031_exercise_plan"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

END_AFTER_START = "end_time IS NULL OR (start_time IS NOT NULL AND end_time > start_time)"
REASON_WHEN_CANCELLED = "cancel_reason IS NULL OR status = 'cancelled'"
CHECKS = {
    "walks": [
        ("ck_walks_end_after_start", END_AFTER_START),
        ("ck_walks_cancel_reason_when_cancelled", REASON_WHEN_CANCELLED),
    ],
    "exercises": [("ck_exercises_end_after_start", END_AFTER_START)],
}


def _clause(name: str, rule: str) -> str:
    return f", \n\tCONSTRAINT {name} CHECK ({rule})"


def _sqlite_definition(table: str, add: bool) -> None:
    """Add or take out this migration's CHECKs in the stored CREATE TABLE of ``table``."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    clauses = "".join(_clause(name, rule) for name, rule in CHECKS[table])
    body = sql.rstrip()
    if add:
        if not body.endswith(")") or any(name in body for name, _rule in CHECKS[table]):
            raise RuntimeError(f"{table}: not as 0031 left it; left untouched")
        new = body[:-1].rstrip() + clauses + "\n)"
    else:
        if clauses not in body:
            raise RuntimeError(f"{table}: its CHECKs are not as 0032 wrote them; left untouched")
        new = body.replace(clauses, "")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (new, table)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    op.add_column("walks", sa.Column("end_time", sa.Time(), nullable=True))
    op.add_column("walks", sa.Column("cancel_reason", sa.Text(), nullable=True))
    op.add_column("exercises", sa.Column("end_time", sa.Time(), nullable=True))
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, checks in CHECKS.items():
        if sqlite:
            _sqlite_definition(table, add=True)
            continue
        for name, rule in checks:
            op.create_check_constraint(op.f(name), table, rule)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, checks in CHECKS.items():
        if sqlite:
            _sqlite_definition(table, add=False)
            continue
        for name, _rule in checks:
            op.drop_constraint(op.f(name), table, type_="check")
    # Not a batch (see above): SQLite 3.35+ drops a column in place.
    op.drop_column("exercises", "end_time")
    op.drop_column("walks", "cancel_reason")
    op.drop_column("walks", "end_time")
