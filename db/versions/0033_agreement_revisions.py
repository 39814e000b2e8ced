"""agreement revisions: the yearly revision of the agreement with the police keeps its history

Revision ID: 0033_agreement_revisions
Revises: 0032_walk_exercise_times
Create Date: 2026-12-03

Revising the agreement overwrote its signing date and priority areas, so a report of an earlier
period printed today's choice. ``agreement_revisions`` holds each revision: its date (one a day
per agreement, unique), who decided it, a note, and the priority areas it chose
(``agreement_revision_priority_areas``; deleted with the revision, an area chosen cannot be
deleted). Deleting the agreement deletes its revisions (CASCADE).

The data: every agreement's state as stored becomes its first revision, dated its signing (or,
unsigned, the day it applies from), decided by whoever signed it, with its priority areas. Plain
INSERT … SELECT, the same on SQLite and PostgreSQL. The downgrade drops both tables; the
agreement keeps the latest choice in ``agreement_priority_areas`` all along, so nothing read
before this revision is lost.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0033_agreement_revisions"
down_revision: str | None = "0032_walk_exercise_times"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agreement_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("revised_on", sa.Date(), nullable=False),
        sa.Column("decided_by", sa.String(length=300), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
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
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_revisions_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_revisions")),
        sa.UniqueConstraint(
            "agreement_id", "revised_on", name=op.f("uq_agreement_revisions_agreement_id")
        ),
    )
    op.create_table(
        "agreement_revision_priority_areas",
        sa.Column("revision_id", sa.Integer(), nullable=False),
        sa.Column("priority_area_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["agreement_revisions.id"],
            name=op.f("fk_agreement_revision_priority_areas_revision_id_agreement_revisions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["priority_area_id"],
            ["priority_areas.id"],
            name=op.f("fk_agreement_revision_priority_areas_priority_area_id_priority_areas"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint(
            "revision_id", "priority_area_id", name=op.f("pk_agreement_revision_priority_areas")
        ),
    )
    op.execute(
        "INSERT INTO agreement_revisions (agreement_id, revised_on, decided_by) "
        "SELECT id, COALESCE(signed_on, valid_from), signed_by FROM agreements"
    )
    op.execute(
        "INSERT INTO agreement_revision_priority_areas (revision_id, priority_area_id) "
        "SELECT r.id, a.priority_area_id FROM agreement_revisions r "
        "JOIN agreement_priority_areas a ON a.agreement_id = r.agreement_id"
    )


def downgrade() -> None:
    op.drop_table("agreement_revision_priority_areas")
    op.drop_table("agreement_revisions")
