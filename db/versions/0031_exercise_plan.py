"""exercise plan: the crisis plan an exercise exercises

Revision ID: 0031_exercise_plan
Revises: 0030_agenda_item_minutes
Create Date: 2026-12-03

The district director asks when the crisis management plan was last exercised; an exercise only
said so in its title. ``exercises.plan_id`` names the plan (nullable: existing exercises and
exercises of no plan have none; indexed for the plans register's "Senast övad"). Deleting the
plan unlinks its exercises (ON DELETE SET NULL; plans.delete_plan clears them first, for the
audit trail).

Not a batch: a table copy of ``exercises`` on SQLite would cascade into everything recorded in
the exercises (foreign keys are on) and drop 0017's triggers. SQLite adds the column in place;
its foreign key is written into the table's stored definition as a named table constraint, in
the migration's transaction (as 0029 does for a CHECK). Every row's new column is NULL, so no
row can break it; an inline REFERENCES would be reflected without its name and ON DELETE. The
downgrade takes the constraint out the same way (SQLite's documented way of removing one,
lang_altertable.html) before dropping the column. PostgreSQL alters the table.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0031_exercise_plan"
down_revision: str | None = "0030_agenda_item_minutes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FK = "fk_exercises_plan_id_plans"
INDEX = "ix_exercises_plan_id"
CONSTRAINT = f", \n\tCONSTRAINT {FK} FOREIGN KEY(plan_id) REFERENCES plans (id) ON DELETE SET NULL"


def _sqlite_definition(add: bool) -> None:
    """Add or take out the foreign key in the stored CREATE TABLE of ``exercises``."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'exercises'"
    ).scalar_one()
    body = sql.rstrip()
    if add:
        if not body.endswith(")") or FK in body:
            raise RuntimeError("exercises: not as 0030 left it; left untouched")
        new = body[:-1].rstrip() + CONSTRAINT + "\n)"
    else:
        if CONSTRAINT not in body:
            raise RuntimeError(f"exercises: {FK} is not as 0031 wrote it; left untouched")
        new = body.replace(CONSTRAINT, "")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'exercises'", (new,)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    op.add_column("exercises", sa.Column("plan_id", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_definition(add=True)
    else:
        op.create_foreign_key(FK, "exercises", "plans", ["plan_id"], ["id"], ondelete="SET NULL")
    op.create_index(INDEX, "exercises", ["plan_id"])


def downgrade() -> None:
    op.drop_index(INDEX, table_name="exercises")
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_definition(add=False)
    else:
        op.drop_constraint(FK, "exercises", type_="foreignkey")
    # Not a batch (see above): SQLite 3.35+ drops a column in place.
    op.drop_column("exercises", "plan_id")
