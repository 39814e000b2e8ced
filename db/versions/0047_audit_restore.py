"""audit restore: a deleted contact put back under its own id is written as a restore

Revision ID: 0047_audit_restore
Revises: 0046_calendar_series_recurrence
Create Date: 2026-12-06

Undo of a deleted person or organisation puts the row back under its own id
(services.contact_restore); the audit trail writes that insert with the new action ``restore``,
so the record's History reads on past the deletion instead of starting at the undo. The
``audit_action`` CHECK takes the new value. It only widens the list: on SQLite the table's
stored definition is rewritten in place (sqlite_definitions), no copy of the whole trail;
PostgreSQL drops and adds the constraint. The downgrade writes the restores as inserts.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from samverkan_desktop.sqlite_definitions import rewrite_definition

revision: str = "0047_audit_restore"
down_revision: str | None = "0046_calendar_series_recurrence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECK = "ck_audit_log_audit_action"
BEFORE = "'insert', 'update', 'delete'"
AFTER = "'insert', 'update', 'delete', 'restore'"


def _action_check(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        rewrite_definition(
            bind,
            "audit_log",
            f"CONSTRAINT {CHECK} CHECK (action IN ({old}))",
            f"CONSTRAINT {CHECK} CHECK (action IN ({new}))",
        )
        return
    op.drop_constraint(op.f(CHECK), "audit_log", type_="check")
    op.create_check_constraint(op.f(CHECK), "audit_log", f"action IN ({new})")


def upgrade() -> None:
    _action_check(BEFORE, AFTER)


def downgrade() -> None:
    op.execute("UPDATE audit_log SET action = 'insert' WHERE action = 'restore'")
    _action_check(AFTER, BEFORE)
