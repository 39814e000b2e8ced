"""Migration 0047 lets the audit trail write a restore (an undone deletion of a contact, under
its own id): down to 0046 the restores become inserts and the CHECK refuses the word again; up
again an undo writes its restore and the History reads on past the deletion. SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.models import AuditAction
from samverkan_desktop.services import audit, contact_deletion, contact_restore, contacts
from samverkan_desktop.services.contacts import OrganisationInput
from tests.core.database_rules import rows
from tests.core.migration_steps import migrate, revision

BEFORE = "0046_calendar_series_recurrence"


def _undo_a_deletion(db: Database, name: str) -> int:
    with db.session() as s:
        org = contacts.create_organisation(s, OrganisationInput(name))
    with db.session() as s:
        deleted = contact_deletion.delete_organisation(s, org)
    with db.session() as s:
        return contact_restore.restore(s, deleted)


def _actions(db: Database, org: int) -> list[object]:
    query = "SELECT action FROM audit_log WHERE record_id = :id ORDER BY id"
    return [r["action"] for r in rows(db, query, id=str(org))]


def test_restores_go_down_as_inserts_and_come_back(db: Database) -> None:
    org = _undo_a_deletion(db, "Humlegårdens vänner")
    assert _actions(db, org) == ["insert", "delete", "restore"]
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert _actions(db, org) == ["insert", "delete", "insert"]
    with pytest.raises(sa_exc.IntegrityError), db.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET action = 'restore' WHERE record_id = :id"), {"id": str(org)}
        )
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    again = _undo_a_deletion(db, "Engelbrekts förening")
    with db.session() as s:
        history = audit.history(s, "organisations", again)
    assert [r.action for r in history] == [
        AuditAction.RESTORE,
        AuditAction.DELETE,
        AuditAction.INSERT,
    ]
