"""Migration 0046 keeps a series' RRULE and EXDATEs for cancelling it: down to 0045 the column
goes and the numbers stay; up again, the series from before have none, the next export fills it
in without raising any number, and a rule removed after it cancels the whole series. SQLite and
PostgreSQL."""

from __future__ import annotations

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.services import meeting_rules
from tests.core.database_rules import rows
from tests.core.meeting_data import TODAY
from tests.core.migration_steps import migrate, revision
from tests.core.test_ics import setup_groups
from tests.core.test_ics_series_cancelled import all_cancelled_as_before

BEFORE = "0045_training_validity_range"


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _numbers(db: Database) -> dict[object, object]:
    return {r["entry"]: r["sequence"] for r in rows(db, "SELECT * FROM calendar_sequences")}


def _with_rule(db: Database) -> set[object]:
    found = rows(db, "SELECT entry FROM calendar_sequences WHERE recurrence IS NOT NULL")
    return {r["entry"] for r in found}


def test_series_from_before_get_their_rule_at_the_next_export(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    uid = f"group-{monthly}@samverkan"
    before = db.call(export_ics)
    numbers = _numbers(db)
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert _with_rule(db) == set()
    db.call(export_ics)
    assert _numbers(db) == numbers  # filled in, no number raised
    assert uid in _with_rule(db)
    db.call(meeting_rules.clear_rule, monthly, TODAY)
    all_cancelled_as_before(before, db.call(export_ics), uid)
