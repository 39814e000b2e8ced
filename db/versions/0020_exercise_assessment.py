"""exercise assessment: an exercise's overall assessment ("Samlad bedömning")

Revision ID: 0020_exercise_assessment
Revises: 0019_swedish_order_indexes
Create Date: 2026-12-01

An exercise was evaluated objective by objective only; MSB's guidance has every evaluation
report open with the overall assessment, a few paragraphs on how the exercise went as a whole.
A nullable text column: existing exercises have none.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_exercise_assessment"
down_revision: str | None = "0019_swedish_order_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("exercises", sa.Column("assessment", sa.Text(), nullable=True))


def downgrade() -> None:
    # Not a batch (a table copy on SQLite would upset the triggers of 0017 that read exercises):
    # SQLite 3.35+ drops a plain column in place.
    op.drop_column("exercises", "assessment")
