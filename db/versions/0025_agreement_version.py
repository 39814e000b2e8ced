"""agreement version: two desks editing the agreement with the police no longer overwrite each other

Revision ID: 0025_agreement_version
Revises: 0024_group_follow_up_texts
Create Date: 2026-12-02

The agreement (samverkansöverenskommelse) gets a form of its own in the window: its parties,
appendices, priority areas, who signed it and when. Like the other records edited in forms
(models.base.VersionedMixin), it carries a row version, so a save based on a copy another desk
has changed since is refused with the user's text kept. Existing rows start at version 1.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025_agreement_version"
down_revision: str | None = "0024_group_follow_up_texts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "agreements", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )


def downgrade() -> None:
    # Not a batch: a table copy on SQLite would cascade into the agreement's parties and
    # appendices. SQLite 3.35+ drops a plain column in place.
    op.drop_column("agreements", "version")
