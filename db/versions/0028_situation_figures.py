"""situation figures: the action plan's goal and situation picture per priority area

Revision ID: 0028_situation_figures
Revises: 0027_group_organisations
Create Date: 2026-12-02

The agreement's appendix "Åtgärdsplan" gives, for each priority area the agreement picks, an
overall goal (övergripande mål) and a situation picture (lägesbild) with statistics: reported
crimes per type, place and year, survey shares. Two tables keep them, tied to the agreement's
choice of the area (a composite foreign key on agreement_priority_areas, CASCADE: taking the area
out of the agreement deletes its goal and figures). A figure is unique per agreement, area,
measure, place and year; its value is never negative and a percentage at most 100. The
downgrade drops both tables with what was typed in them.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028_situation_figures"
down_revision: str | None = "0027_group_organisations"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LINK = ["agreement_id", "priority_area_id"]


def _timestamps() -> list[sa.Column]:
    return [
        sa.Column(
            name,
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        )
        for name in ("created_at", "updated_at")
    ]


def _link(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        LINK,
        [f"agreement_priority_areas.{column}" for column in LINK],
        name=op.f(f"fk_{table}_agreement_id_agreement_priority_areas"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    op.create_table(
        "agreement_area_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("priority_area_id", sa.Integer(), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        *_timestamps(),
        _link("agreement_area_goals"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_area_goals")),
        sa.UniqueConstraint(*LINK, name=op.f("uq_agreement_area_goals_agreement_id")),
    )
    op.create_table(
        "situation_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("priority_area_id", sa.Integer(), nullable=False),
        sa.Column("measure", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column(
            "unit",
            sa.Enum(
                "count",
                "percent",
                name="figure_unit",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("source", sa.String(length=200), nullable=True),
        *_timestamps(),
        _link("situation_figures"),
        sa.CheckConstraint("value >= 0", name=op.f("ck_situation_figures_value_not_negative")),
        sa.CheckConstraint(
            "unit <> 'percent' OR value <= 100",
            name=op.f("ck_situation_figures_percent_at_most_100"),
        ),
        sa.CheckConstraint(
            "year BETWEEN 1990 AND 2100", name=op.f("ck_situation_figures_year_plausible")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_situation_figures")),
        sa.UniqueConstraint(
            *LINK, "measure", "place", "year", name=op.f("uq_situation_figures_agreement_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("situation_figures")
    op.drop_table("agreement_area_goals")
