"""Migration 0036 adds what the .ics export remembers of each entry (its SEQUENCE): down to
0035 the table goes, up again it is there, empty, and refuses a negative number (another tool
writing past the export), on SQLite and PostgreSQL."""

from __future__ import annotations

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.exports.ics import export_ics
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate, revision, table_names
from tests.core.test_ics import setup_groups

BEFORE = "0035_plan_revision_unique"
INSERT = "INSERT INTO calendar_sequences (entry, digest, sequence) VALUES (:e, 'x', :n)"


def test_down_and_up_again_and_no_negative_number(db: Database) -> None:
    setup_groups(db)
    db.call(export_ics)
    assert len(rows(db, "SELECT entry FROM calendar_sequences")) > 3
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE} and "calendar_sequences" not in table_names(db)
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert rows(db, "SELECT entry FROM calendar_sequences") == []
    refused(db, INSERT, e="group-1@samverkan", n=-1)
    sql(db, INSERT, e="group-1@samverkan", n=0)
    refused(db, INSERT, e="group-1@samverkan", n=1)  # one number an entry
