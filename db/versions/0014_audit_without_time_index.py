"""audit without a time index: every audited save writes one index page fewer

Revision ID: 0014_audit_without_time_index
Revises: 0013_trigger_conditions
Create Date: 2026-11-30

Every save writes its audit rows in the same transaction, and a durable commit waits for each
page it changed (tests/bench/lending.py: a lend's commit is most of its time). The index on
``audit_log.at`` was one such page on every save, and it served only the export's "since" a
date: the History of a record reads the (table, record) index, and the change marks read the
newest id. The export reads the log in id order; it now checks each row's date as it reads.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0014_audit_without_time_index"
down_revision: str | None = "0013_trigger_conditions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_audit_log_at", table_name="audit_log")


def downgrade() -> None:
    op.create_index("ix_audit_log_at", "audit_log", ["at"])
