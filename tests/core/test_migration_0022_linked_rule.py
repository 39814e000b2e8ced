"""Migration 0022 lets a meeting rule follow another group's meetings ("inför chefsamråd"): the
database refuses a rule before its own group, a lead of no days, and deleting the group a rule
follows; down to 0021 the linked rule goes and its meetings stay as single meetings; up again
every rule is unlinked. On SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.services import meeting_rules
from tests.core.database_rules import refused, rows
from tests.core.linked_data import (
    PHRASE,
    council_with_meetings,
    on_linked_today,  # noqa: F401 (fixture)
)
from tests.core.meeting_data import TODAY, make_group
from tests.core.migration_steps import migrate, revision

pytestmark = pytest.mark.usefixtures("on_linked_today")

BEFORE = "0021_assessment_when_held"


def _linked(db: Database) -> tuple[int, int]:
    with db.session() as s:
        council, _ids = council_with_meetings(s)
        meeting_rules.set_rule_from_phrase(s, council, "andra torsdagen i oktober", today=TODAY)
        prep = make_group(s, members=("Sara Holm",))
        meeting_rules.set_rule_from_phrase(s, prep, PHRASE, today=TODAY)
    return council, prep


def test_the_database_refuses_a_link_to_itself_a_lead_of_none_and_deleting_the_other(
    db: Database,
) -> None:
    council, prep = _linked(db)
    for change in (
        "UPDATE meeting_rules SET before_group_id = group_id WHERE group_id = :g",
        "UPDATE meeting_rules SET lead_days = 0 WHERE group_id = :g",
        "UPDATE meeting_rules SET before_group_id = NULL WHERE group_id = :g",  # no RRULE left
    ):
        refused(db, change, g=prep)
    refused(db, "DELETE FROM groups WHERE id = :g", g=council)


def test_down_to_0021_leaves_single_meetings_and_up_again_links_nothing(db: Database) -> None:
    council, prep = _linked(db)
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert rows(db, "SELECT * FROM meeting_rules WHERE group_id = :g", g=prep) == []
    (rule,) = rows(db, "SELECT * FROM meeting_rules")
    assert "before_group_id" not in rule and rule["group_id"] == council
    kept = rows(db, "SELECT from_rule, original_start FROM meetings WHERE group_id = :g", g=prep)
    assert len(kept) == 5 and not any(m["from_rule"] or m["original_start"] for m in kept)

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    with db.session() as s:
        assert meeting_rules.get_rule(s, prep) is None
        meeting_rules.set_rule_from_phrase(s, prep, PHRASE, today=TODAY)
        detail = meeting_rules.get_rule(s, prep)
        assert detail is not None and detail.rule.before_group_id == council
