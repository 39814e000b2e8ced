"""fire inspections: the fire-safety inspections of the premises (SBA), their remarks as actions

Revision ID: 0029_fire_inspections
Revises: 0028_situation_figures
Create Date: 2026-12-02

The paper (seed 000) says: "Lokalerna, även receptionen, är besiktigade av brandkonsulter som
godkänt vårt brandskydd, senast 11 jan 2021". Until now only a plan's notes said so. A table
keeps each inspection: premises, day, by whom, the result (approved, approved with remarks, not
approved: a CHECK), a summary, when the next one is due (after the inspection: a CHECK) and a row
version for the form. Its remarks are actions with the new source ``fire_inspection``
(``source_id`` = the inspection), so the actions' source CHECK takes the new value.

SQLite cannot alter a CHECK, and rebuilding ``actions`` in a batch would drop it with foreign
keys on: its notes would go by ON DELETE CASCADE, the lessons' links by SET NULL (and the search
triggers of 0011 with the table). The new value only widens the list, so every stored row still
passes: the table's stored definition is rewritten in place (SQLite's documented way of
loosening a constraint, lang_altertable.html "making other kinds of table schema changes"), in
the migration's transaction (sqlite_definitions). PostgreSQL drops and adds the constraint.

The downgrade keeps the remarks' actions as actions of no source (``other``, no id) and drops
the inspections.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from samverkan_desktop.sqlite_definitions import rewrite_definition

revision: str = "0029_fire_inspections"
down_revision: str | None = "0028_situation_figures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = "ck_actions_action_source"
BEFORE = "'meeting', 'walk_observation', 'exercise_lesson', 'other'"
AFTER = "'meeting', 'walk_observation', 'exercise_lesson', 'fire_inspection', 'other'"


def _source_check(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.drop_constraint(op.f(CHECK), "actions", type_="check")
        op.create_check_constraint(op.f(CHECK), "actions", f"source_type IN ({new})")
        return
    rewrite_definition(
        bind,
        "actions",
        f"CONSTRAINT {CHECK} CHECK (source_type IN ({old}))",
        f"CONSTRAINT {CHECK} CHECK (source_type IN ({new}))",
    )


def upgrade() -> None:
    op.create_table(
        "fire_inspections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("premises", sa.String(length=200), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("performed_by", sa.String(length=200), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "approved",
                "approved_with_remarks",
                "not_approved",
                name="inspection_result",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        *[
            sa.Column(
                name,
                sa.DateTime(timezone=True),
                server_default=sa.text("CURRENT_TIMESTAMP"),
                nullable=False,
            )
            for name in ("created_at", "updated_at")
        ],
        sa.CheckConstraint(
            "next_due_on > inspected_on",
            name=op.f("ck_fire_inspections_next_due_after_inspection"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fire_inspections")),
    )
    for column in ("premises", "inspected_on", "next_due_on"):
        op.create_index(f"ix_fire_inspections_{column}", "fire_inspections", [column])
    _source_check(BEFORE, AFTER)


def downgrade() -> None:
    op.execute(
        "UPDATE actions SET source_type = 'other', source_id = NULL "
        "WHERE source_type = 'fire_inspection'"
    )
    _source_check(AFTER, BEFORE)
    op.drop_table("fire_inspections")
