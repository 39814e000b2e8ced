"""Migration 0027 adds the organisations taking part in a group without a named person: down
to 0026 drops them (the group and its members stay), up again gives an empty table that keeps
one row per group and organisation, on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import inspect

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.services import group_organisations, groups
from tests.core.crisis_data import organisation
from tests.core.database_rules import refused, rows
from tests.core.meeting_data import make_group
from tests.core.migration_steps import migrate, revision

BEFORE = "0026_weekly_briefs"


def _tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_down_to_0026_drops_the_participating_organisations_and_up_again_starts_empty(
    db: Database,
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Platssamverkan Hässelby torg")
        mtr = organisation(s, "MTR Tunnelbanan")
        group_organisations.add_organisation(s, group_id, mtr, "vid behov")
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert "group_organisations" not in _tables(db)
    assert [r["name"] for r in rows(db, "SELECT name FROM groups")] == [
        "Platssamverkan Hässelby torg"
    ]
    assert len(rows(db, "SELECT id FROM memberships")) == 2

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert db.call(groups.get_group, group_id).organisations == ()
    db.call(group_organisations.add_organisation, group_id, mtr)
    refused(
        db,
        "INSERT INTO group_organisations (group_id, organisation_id) VALUES (:g, :o)",
        g=group_id,
        o=mtr,
    )
