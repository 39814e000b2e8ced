"""Migration 0034 keeps the groups' member history: down to 0033 the former memberships go
(that schema holds one row per person and group, all meaning "member now") and the pair is
unique again; up again the members kept are members since before the register kept it, and
the database holds one current membership per person and group, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.services import groups, membership_changes
from tests.core.database_rules import refused, rows, sql
from tests.core.meeting_data import make_group
from tests.core.migration_steps import migrate, revision

BEFORE = "0033_agreement_revisions"
INSERT = "INSERT INTO memberships (group_id, person_id, role) VALUES (:g, :p, 'member')"


def test_down_to_0033_keeps_the_current_members_and_up_again_keeps_history_apart(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 3, 2))
    with db.session() as s:
        group = make_group(s, "Platssamverkan Klara", members=("Anna Berglund", "Sara Holm"))
    members = db.call(groups.get_group, group).members
    staying, leaving = members  # Anna (the convener), Sara
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 6, 30))
    db.call(membership_changes.remove_member, leaving.id)

    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert [r["person_id"] for r in rows(db, "SELECT person_id FROM memberships")] == [
        staying.person_id
    ]
    refused(db, INSERT, g=group, p=staying.person_id)
    sql(db, INSERT, g=group, p=leaving.person_id)  # back as a member, as 0033 wrote it

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    detail = db.call(groups.get_group, group)
    # Both members since before the register kept it (0033 had no dates), neither left.
    assert sorted((m.name, m.joined_on, m.left_on) for m in detail.members) == [
        ("Anna Berglund", None, None),
        ("Sara Holm", None, None),
    ]
    refused(db, INSERT, g=group, p=staying.person_id)  # a second current membership
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 9, 1))
    db.call(membership_changes.remove_member, staying.id)
    # Joining again beside the former one, from the day after it ended (0037: not at the
    # same time).
    sql(
        db,
        "INSERT INTO memberships (group_id, person_id, role, joined_on) "
        "VALUES (:g, :p, 'member', :day)",
        g=group,
        p=staying.person_id,
        day=dt.date(2026, 9, 2),
    )
    assert (
        len(rows(db, "SELECT id FROM memberships WHERE person_id = :p", p=staying.person_id)) == 2
    )
