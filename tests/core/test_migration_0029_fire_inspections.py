"""Migration 0029 adds the fire-safety inspections and widens the actions' source CHECK for their
remarks. On SQLite the CHECK is widened in place: an action's notes and the actions' search
(0011's triggers) survive, as a table rebuild with foreign keys on would not have let them. Down to 0028 keeps the remarks as actions of no source; up again works, on SQLite and
PostgreSQL."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.models import ActionSource, InspectionResult
from samverkan_desktop.services import action_filter, action_reading, actions, fire_inspections
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from samverkan_desktop.services.fire_inspections import InspectionInput, RemarkInput
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate, revision, table_names

BEFORE = "0028_situation_figures"
DAY = dt.date(2021, 1, 11)


def test_down_keeps_remarks_as_actions_and_up_again_keeps_notes_and_search(db: Database) -> None:
    org = db.call(create_organisation, OrganisationInput("Fastighetsägaren Garnisonen"))
    db.call(
        fire_inspections.create_inspection,
        InspectionInput("Garnisonen", DAY, "Brandkonsult AB", InspectionResult.NOT_APPROVED),
        [RemarkInput("Nödbelysning trapphus B", None, org)],
        DAY,
    )
    note_action = db.call(actions.create_action, actions.ActionInput("Laga grinden", None, org))
    db.call(actions.add_action_note, note_action, "Beställd", DAY)

    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    assert "fire_inspections" not in table_names(db)
    assert [
        (r["title"], r["source_type"], r["source_id"])
        for r in rows(db, "SELECT title, source_type, source_id FROM actions ORDER BY id")
    ] == [("Nödbelysning trapphus B", "other", None), ("Laga grinden", "other", None)]
    refused(
        db,
        "INSERT INTO actions (title, source_type, source_id, responsible_organisation_id, "
        "raised_on, status, version) VALUES ('x', 'fire_inspection', 1, :o, '2021-01-11', "
        "'open', 1)",
        o=org,
    )

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    assert [r["text"] for r in rows(db, "SELECT text FROM action_notes")] == ["Beställd"]
    sql(
        db,
        "INSERT INTO actions (title, source_type, source_id, responsible_organisation_id, "
        "raised_on, status, version) VALUES ('Skylt saknas', 'fire_inspection', 1, :o, "
        "'2021-01-11', 'open', 1)",
        o=org,
    )
    found = db.call(
        action_reading.list_actions, action_filter.ActionFilter(search="skylt"), dt.date(2021, 2, 1)
    )
    assert [(a.title, a.source_type) for a in found] == [
        ("Skylt saknas", ActionSource.FIRE_INSPECTION)
    ]
    if db.engine.dialect.name == "sqlite":  # 0011's triggers still fill the search index
        matched = rows(
            db,
            "SELECT a.title FROM action_search JOIN actions a ON a.id = action_search.rowid "
            "WHERE action_search MATCH 'skylt'",
        )
        assert [r["title"] for r in matched] == ["Skylt saknas"]
