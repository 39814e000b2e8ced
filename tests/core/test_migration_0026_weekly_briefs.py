"""Migration 0026 adds the weekly summaries: down to 0025 drops them (nothing else goes), up again
gives empty tables that keep one brief per week and delete a brief's items with it, on SQLite
and PostgreSQL."""

from __future__ import annotations

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.models import BriefSource
from samverkan_desktop.services import weekly_briefs
from samverkan_desktop.services.weekly_briefs import BriefWeek, ItemInput
from tests.core.database_rules import refused, rows, sql
from tests.core.meeting_data import make_group
from tests.core.migration_steps import migrate, revision, table_names

BEFORE = "0025_agreement_version"
WEEK = BriefWeek(2026, 49)


def test_down_to_0025_drops_the_weekly_summaries_and_up_again_starts_empty(
    db: Database,
) -> None:
    with db.session() as s:
        make_group(s, "Platssamverkan Stureplan")
        weekly_briefs.add_item(s, WEEK, ItemInput(BriefSource.SLK, "Demonstration lördag"))
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert not {"weekly_briefs", "weekly_brief_items"} & table_names(db)
    assert [r["name"] for r in rows(db, "SELECT name FROM groups")] == ["Platssamverkan Stureplan"]

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert db.call(weekly_briefs.get_brief, WEEK).version == 0
    db.call(weekly_briefs.add_item, WEEK, ItemInput(BriefSource.SSR, "Utskick"), 0)
    refused(db, "INSERT INTO weekly_briefs (year, week) VALUES (2026, 49)")
    refused(
        db,
        "INSERT INTO weekly_brief_items (brief_id, position, source, heading) "
        "VALUES (1, 1, 'mailing', 'x')",
    )
    sql(db, "DELETE FROM weekly_briefs")
    assert rows(db, "SELECT id FROM weekly_brief_items") == []
