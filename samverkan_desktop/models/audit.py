"""The audit trail: one row per inserted, changed or deleted record, written in the same
transaction as the change itself (see ``samverkan_desktop.audit_trail``).

``changes`` maps a column to ``{"old": ..., "new": ...}`` (JSON values: dates ISO, enums by
value); a field whose content must not be kept holds ``{"hidden": true}`` instead.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from samverkan_desktop.i18n import N_
from samverkan_desktop.models.base import Base, str_enum


class AuditAction(enum.Enum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    # A deleted record put back under its own id (Undo): its History reads on past the delete.
    RESTORE = "restore"

    @property
    def label(self) -> str:
        return AUDIT_ACTION_LABELS[self]


AUDIT_ACTION_LABELS = {
    AuditAction.INSERT: N_("Created"),
    AuditAction.UPDATE: N_("Changed"),
    AuditAction.DELETE: N_("Deleted"),
    AuditAction.RESTORE: N_("Restored"),
}


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # UTC. Not indexed: one page less for every audited save (migration 0014); the History
    # reads by record, the export and the change marks by id.
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    who: Mapped[str] = mapped_column(String(100))  # the operating-system user
    db_role: Mapped[str | None] = mapped_column(String(100))  # PostgreSQL current_user
    # The program instance (one per opened database) that made the change: lets a desk tell
    # its own changes from another desk's (samverkan_desktop.changes).
    client_id: Mapped[str | None] = mapped_column(String(32))
    table_name: Mapped[str] = mapped_column(String(63))
    record_id: Mapped[str] = mapped_column(String(64))  # the primary key as text
    action: Mapped[AuditAction] = mapped_column(str_enum(AuditAction, "audit_action"))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
