"""exercises: crisis exercises, objectives, conduct log, lessons

Revision ID: 0007_exercises
Revises: 0006_crisis
Create Date: 2026-11-30

Also the editable planning-checklist templates, seeded from resources/exercises/default.toml (read
once, here: later edits live in the database), and the training each crisis role requires.
"""

from __future__ import annotations

from collections.abc import Sequence

import tomllib
from pathlib import Path

import sqlalchemy as sa
from alembic import op

DEFAULT_TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "exercises" / "default.toml"

revision: str = "0007_exercises"
down_revision: str | None = "0006_crisis"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "exercise_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_exercise_templates_name")),
    )
    op.create_table(
        "course_requirements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_course_requirements_course_id_courses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["crisis_roles.id"],
            name=op.f("fk_course_requirements_role_id_crisis_roles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_course_requirements")),
        sa.UniqueConstraint("role_id", "course_id", name="uq_course_requirements_course"),
    )
    with op.batch_alter_table("course_requirements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_course_requirements_course_id"), ["course_id"], unique=False
        )
    op.create_table(
        "exercise_template_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=True),
        sa.Column("weeks_before", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "position > 0", name=op.f("ck_exercise_template_items_position_positive")
        ),
        sa.CheckConstraint(
            "weeks_before IS NULL OR weeks_before BETWEEN 0 AND 104",
            name=op.f("ck_exercise_template_items_weeks_before_range"),
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["exercise_templates.id"],
            name=op.f("fk_exercise_template_items_template_id_exercise_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_template_items")),
        sa.UniqueConstraint("template_id", "position", name="uq_exercise_template_items_position"),
    )
    op.create_table(
        "exercises",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "seminar",
                "simulation",
                "functional",
                "field",
                name="exercise_type",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "conducted",
                "evaluated",
                "cancelled",
                name="exercise_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("scenario", sa.Text(), nullable=True),
        sa.Column("leader_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("template_name", sa.String(length=200), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('planned', 'cancelled') OR date IS NOT NULL",
            name=op.f("ck_exercises_held_has_date"),
        ),
        sa.CheckConstraint(
            "month IS NULL OR month BETWEEN 1 AND 12", name=op.f("ck_exercises_month_range")
        ),
        sa.CheckConstraint("year BETWEEN 2000 AND 2100", name=op.f("ck_exercises_year_range")),
        sa.ForeignKeyConstraint(
            ["leader_id"],
            ["people.id"],
            name=op.f("fk_exercises_leader_id_people"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercises")),
    )
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exercises_date"), ["date"], unique=False)
        batch_op.create_index(batch_op.f("ix_exercises_leader_id"), ["leader_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_exercises_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_exercises_year"), ["year"], unique=False)
    op.create_table(
        "exercise_checklist_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("guidance", sa.Text(), nullable=True),
        sa.Column("weeks_before", sa.Integer(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "position > 0", name=op.f("ck_exercise_checklist_items_position_positive")
        ),
        sa.CheckConstraint(
            "weeks_before IS NULL OR weeks_before BETWEEN 0 AND 104",
            name=op.f("ck_exercise_checklist_items_weeks_before_range"),
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_checklist_items_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_checklist_items")),
        sa.UniqueConstraint("exercise_id", "position", name="uq_exercise_checklist_items_position"),
    )
    op.create_table(
        "exercise_log_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_log_entries_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_log_entries")),
    )
    with op.batch_alter_table("exercise_log_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exercise_log_entries_exercise_id"), ["exercise_id"], unique=False
        )
    op.create_table(
        "exercise_objectives",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "met",
                "partly",
                "not_met",
                name="objective_result",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.CheckConstraint("position > 0", name=op.f("ck_exercise_objectives_position_positive")),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_objectives_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_objectives")),
        sa.UniqueConstraint("exercise_id", "position", name="uq_exercise_objectives_position"),
    )
    op.create_table(
        "exercise_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("function", sa.String(length=200), nullable=True),
        sa.Column("attended", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_participants_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_exercise_participants_person_id_people"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["crisis_roles.id"],
            name=op.f("fk_exercise_participants_role_id_crisis_roles"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_participants")),
        sa.UniqueConstraint("exercise_id", "person_id", name="uq_exercise_participants_person"),
    )
    with op.batch_alter_table("exercise_participants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exercise_participants_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exercise_participants_role_id"), ["role_id"], unique=False
        )
    op.create_table(
        "exercise_lessons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exercise_id", sa.Integer(), nullable=False),
        sa.Column("objective_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["actions.id"],
            name=op.f("fk_exercise_lessons_action_id_actions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["exercise_id"],
            ["exercises.id"],
            name=op.f("fk_exercise_lessons_exercise_id_exercises"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["objective_id"],
            ["exercise_objectives.id"],
            name=op.f("fk_exercise_lessons_objective_id_exercise_objectives"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exercise_lessons")),
        sa.UniqueConstraint("action_id", name=op.f("uq_exercise_lessons_action_id")),
    )
    with op.batch_alter_table("exercise_lessons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exercise_lessons_exercise_id"), ["exercise_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exercise_lessons_objective_id"), ["objective_id"], unique=False
        )

    _seed_default_template()


def _seed_default_template() -> None:
    data = tomllib.loads(DEFAULT_TEMPLATE.read_text(encoding="utf-8"))
    templates = sa.table(
        "exercise_templates",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("description", sa.Text),
        sa.column("active", sa.Boolean),
    )
    items = sa.table(
        "exercise_template_items",
        sa.column("template_id", sa.Integer),
        sa.column("position", sa.Integer),
        sa.column("title", sa.String),
        sa.column("guidance", sa.Text),
        sa.column("weeks_before", sa.Integer),
    )
    conn = op.get_bind()
    conn.execute(
        templates.insert().values(
            name=data["name"], description=data.get("description"), active=True
        )
    )
    template_id = conn.execute(
        sa.select(templates.c.id).where(templates.c.name == data["name"])
    ).scalar_one()
    op.bulk_insert(
        items,
        [
            {
                "template_id": template_id,
                "position": position,
                "title": item["title"],
                "guidance": item.get("guidance"),
                "weeks_before": item.get("weeks_before"),
            }
            for position, item in enumerate(data["items"], start=1)
        ],
    )


def downgrade() -> None:
    op.drop_table("exercise_lessons")
    op.drop_table("exercise_participants")
    op.drop_table("exercise_objectives")
    op.drop_table("exercise_log_entries")
    op.drop_table("exercise_checklist_items")
    op.drop_table("exercises")
    op.drop_table("exercise_template_items")
    op.drop_table("course_requirements")
    op.drop_table("exercise_templates")
