"""Migration 0024 adds the groups' written follow-ups: down to 0023 drops them (the groups stay),
up again gives an empty table that keeps one row per group, year and period, on SQLite and
PostgreSQL."""

from __future__ import annotations

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.services.follow_up import FollowUpPeriod
from samverkan_desktop.services.follow_up_texts import get_texts, save_texts
from tests.core.database_rules import refused, rows
from tests.core.meeting_data import make_group
from tests.core.migration_steps import migrate, revision, table_names

BEFORE = "0023_priority_area_names"


def test_down_to_0023_drops_the_written_follow_ups_and_up_again_starts_empty(
    db: Database,
) -> None:
    with db.session() as s:
        group_id = make_group(s, "Platssamverkan Klara")
        save_texts(s, group_id, FollowUpPeriod.VB, 2026, "Har träffats 1 gång/månad", "")
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert "group_follow_up_texts" not in table_names(db)
    assert [r["name"] for r in rows(db, "SELECT name FROM groups")] == ["Platssamverkan Klara"]

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert not db.call(get_texts, group_id, FollowUpPeriod.VB, 2026).written
    db.call(save_texts, group_id, FollowUpPeriod.VB, 2026, "Sparad igen", "", expected_version=0)
    refused(
        db,
        "INSERT INTO group_follow_up_texts (group_id, year, period) VALUES (:g, 2026, 'vb')",
        g=group_id,
    )
