"""crisis: plans register, crisis organisation, external contacts

Revision ID: 0006_crisis
Revises: 0005_walks
Create Date: 2026-11-30

Reserved in the linear chain so areas developed in parallel each fill their own step.
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = '0006_crisis'
down_revision: str | None = '0005_walks'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
