"""group organisations: an organisation takes part in a group without a named person

Revision ID: 0027_group_organisations
Revises: 0026_weekly_briefs
Create Date: 2026-12-02

The papers list a group's participants by organisation ("MTR, SL, fastighetsägarföreningen,
trafikkontoret"), while a member is a named person. One row per group and organisation keeps
"the organisation takes part", with an optional note ("vid behov", "adjungerad"): unique per
group and organisation, deleted with its group (CASCADE; the service deletes the rows first so
that the trail records each), and an organisation that takes part cannot be deleted (RESTRICT;
the contacts' refusal names the group). The downgrade drops the table with its rows.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027_group_organisations"
down_revision: str | None = "0026_weekly_briefs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "group_organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_group_organisations_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_group_organisations_organisation_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_organisations")),
        sa.UniqueConstraint(
            "group_id", "organisation_id", name=op.f("uq_group_organisations_group_id")
        ),
    )
    op.create_index(
        op.f("ix_group_organisations_organisation_id"),
        "group_organisations",
        ["organisation_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_group_organisations_organisation_id"), table_name="group_organisations")
    op.drop_table("group_organisations")
