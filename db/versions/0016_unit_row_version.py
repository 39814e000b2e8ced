"""unit row version: two desks editing one alarm unit's details no longer overwrite each other

Revision ID: 0016_unit_row_version
Revises: 0015_loan_status_from_loans
Create Date: 2026-11-30

Groups, meetings, actions, people and organisations already carry a row version
(models.base.VersionedMixin): a form's save based on a copy another desk has changed since is
refused with a message and the user's text kept. The alarm units' form (code, kind, make,
serial number, notes) had none, so the second desk's save silently replaced the first's.
Existing rows start at version 1. The lend's and return's own status changes (Core statements,
direct_sql) leave it alone: they never touch what the form edits.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016_unit_row_version"
down_revision: str | None = "0015_loan_status_from_loans"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "alarm_units", sa.Column("version", sa.Integer(), nullable=False, server_default="1")
    )


def downgrade() -> None:
    # Not a batch (a table copy on SQLite would drop the units' trigger): SQLite 3.35+ drops a
    # plain column in place.
    op.drop_column("alarm_units", "version")
