"""Migration 0045: a course's validity is at most 240 months in the database too (as the window
and the service refuse more). A row above it, stored by a script before, does not make the
upgrade fail: it becomes 240, the nearest allowed; others stay. Down and up again keeps the
values. SQLite and PostgreSQL."""

from __future__ import annotations

from samverkan_desktop.db import Database, head_revisions
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate, revision

BEFORE = "0044_walk_closing_draft_date"
INSERT = "INSERT INTO courses (name, validity_months, version) VALUES (:name, :months, 1)"


def _validities(db: Database) -> dict[str, int | None]:
    return {
        str(r["name"]): r["validity_months"]  # type: ignore[misc]
        for r in rows(db, "SELECT name, validity_months FROM courses WHERE name LIKE 'Kurs%'")
    }


def test_a_validity_above_240_months_becomes_240_and_is_refused_after(db: Database) -> None:
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    for name, months in [("Kurs 300", 300), ("Kurs 24", 24), ("Kurs utan", None)]:
        sql(db, INSERT, name=name, months=months)
    # A session of the course: a batch copy of the table would have been refused over it.
    sql(
        db,
        "INSERT INTO training_sessions (course_id, held_on, version) "
        "SELECT id, '2020-03-01', 1 FROM courses WHERE name = 'Kurs 300'",
    )
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert _validities(db) == {"Kurs 300": 240, "Kurs 24": 24, "Kurs utan": None}
    refused(db, INSERT, name="Kurs 241", months=241)
    refused(db, "UPDATE courses SET validity_months = 241 WHERE name = 'Kurs 24'")
    sql(db, INSERT, name="Kurs 240", months=240)
    assert rows(db, "SELECT count(*) AS n FROM training_sessions")[0]["n"] == 1
    migrate(db, BEFORE)
    assert _validities(db)["Kurs 240"] == 240
