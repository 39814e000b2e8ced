"""durability: audit log and row versions

Revision ID: 0008_durability
Revises: 0007_exercises
Create Date: 2026-11-30

Reserved in the linear chain so areas developed in parallel each fill their own step.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = '0008_durability'
down_revision: str | None = '0007_exercises'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
