"""weekly briefs: the Friday summary to management, one per ISO week, with its items

Revision ID: 0026_weekly_briefs
Revises: 0025_agreement_version
Create Date: 2026-12-02

Every Thursday the coordinator hears the city's security coordinator network (SLK) and reads
SSR's mailing; on Friday morning she sends management a summary (veckosammanställning), parts
of it passed on before the weekend to the field assistants, the police and the parent walkers.
One brief per ISO year and week (unique in the database), with a row version so two desks do
not overwrite each other, and the day it was sent; its items (source, heading, text, whether
they may be passed on) go with it (CASCADE). The downgrade drops both tables with what was
written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026_weekly_briefs"
down_revision: str | None = "0025_agreement_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamps() -> list[sa.Column[dt.datetime]]:
    return [
        sa.Column(
            name,
            sa.DateTime(timezone=True),
            server_default=sa.text("CURRENT_TIMESTAMP"),
            nullable=False,
        )
        for name in ("created_at", "updated_at")
    ]


def upgrade() -> None:
    op.create_table(
        "weekly_briefs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("week", sa.Integer(), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        *_timestamps(),
        sa.CheckConstraint("week BETWEEN 1 AND 53", name=op.f("ck_weekly_briefs_week_of_year")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weekly_briefs")),
        sa.UniqueConstraint("year", "week", name=op.f("uq_weekly_briefs_year")),
    )
    op.create_table(
        "weekly_brief_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("brief_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "slk",
                "ssr",
                "police",
                "other",
                name="brief_source",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("heading", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("shareable", sa.Boolean(), server_default=sa.false(), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["brief_id"],
            ["weekly_briefs.id"],
            name=op.f("fk_weekly_brief_items_brief_id_weekly_briefs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_weekly_brief_items")),
    )
    op.create_index(
        op.f("ix_weekly_brief_items_brief_id"), "weekly_brief_items", ["brief_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_weekly_brief_items_brief_id"), table_name="weekly_brief_items")
    op.drop_table("weekly_brief_items")
    op.drop_table("weekly_briefs")
