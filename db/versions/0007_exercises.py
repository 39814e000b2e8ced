"""exercises: crisis exercises, objectives, conduct log, lessons

Revision ID: 0007_exercises
Revises: 0006_crisis
Create Date: 2026-11-30

Reserved in the linear chain so areas developed in parallel each fill their own step.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = '0007_exercises'
down_revision: str | None = '0006_crisis'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
