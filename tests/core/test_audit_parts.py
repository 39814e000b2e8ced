"""A record's History holds the changes of its parts (rows of their own tables): who changed a
meeting's minutes is found in the meeting's History, a follow-up note in its action's."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from samverkan_desktop.audit_entries import os_user
from samverkan_desktop.cli import main as cli_main
from samverkan_desktop.db import Database
from samverkan_desktop.models import AttendanceStatus, AuditAction, ExerciseType, PlanKind
from samverkan_desktop.services import (
    actions,
    agenda,
    audit,
    contacts,
    exercise_objectives,
    exercises,
    meetings,
    plan_versions,
    plans,
)
from samverkan_desktop.services.actions import ActionInput
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 9, 8)


def _meeting(db: Database, group: str = "Platssamverkan Stureplan", hour: int = 9) -> int:
    with db.session() as s:
        group_id = make_group(s, group)
        meeting_id = meetings.add_meeting(
            s, group_id, meetings.MeetingInput(at(DAY, hour), at(DAY, hour + 1), "Polishuset")
        )
        agenda.prepared_meeting(s, meeting_id)
    return meeting_id


def _history(db: Database, table: str, record_id: int) -> list[audit.HistoryRow]:
    with db.session() as s:
        return audit.history(s, table, record_id)


def test_an_agenda_items_minutes_show_in_the_meetings_history(db: Database) -> None:
    meeting_id = _meeting(db)
    with db.session() as s:
        agenda.add_agenda_item(s, meeting_id, "Inledning")
        item = agenda.add_agenda_item(s, meeting_id, "Lägesbild")
    with db.session() as s:
        agenda.record_minutes(s, item, "Polisen redovisade läget.", shown=(None, None))
    with db.session() as s:
        agenda.record_minutes(s, item, "Polisen redovisade läget vid Stureplan.")
        number = [i.id for i in meetings.get_meeting(s, meeting_id).agenda].index(item) + 1

    newest = _history(db, "meetings", meeting_id)[0]
    assert newest.who.startswith(os_user()) and newest.action is AuditAction.UPDATE
    assert newest.summary == (
        f"Dagordningspunkt {number} ”Lägesbild”: Minnesanteckningar: "
        "Polisen redovisade läget. → Polisen redovisade läget vid Stureplan."
    )
    texts = [row.summary for row in _history(db, "meetings", meeting_id)]
    assert f"Dagordningspunkt {number} ”Lägesbild”: Ordning: {number}; Rubrik: Lägesbild" in texts
    assert not any("Möte:" in text for text in texts)  # the part's link to its meeting


def test_a_removed_item_and_a_decision_stay_in_the_meetings_history_only(db: Database) -> None:
    meeting_id = _meeting(db)
    other_id = _meeting(db, "Trygghetsrådet", hour=13)
    with db.session() as s:
        item = agenda.add_agenda_item(s, meeting_id, "Klotter i tunneln")
        agenda.add_decision(s, meeting_id, "Trafikkontoret sanerar klottret inom en vecka.")
    with db.session() as s:
        agenda.remove_agenda_item(s, item)
    with db.session() as s:  # SQLite may give the removed item's id to the next one
        agenda.add_agenda_item(s, other_id, "Laget runt")
        number = len(meetings.get_meeting(s, meeting_id).agenda) + 1  # it was last
        last = len(meetings.get_meeting(s, other_id).agenda)

    rows = _history(db, "meetings", meeting_id)
    removed = [r for r in rows if r.part == f"Dagordningspunkt {number} ”Klotter i tunneln”"]
    assert [r.action for r in removed] == [AuditAction.DELETE, AuditAction.INSERT]
    assert any(r.part == "Beslut 1 ”Trafikkontoret sanerar klottret inom en…”" for r in rows), [
        r.part for r in rows
    ]
    others = {r.part for r in _history(db, "meetings", other_id)}
    assert f"Dagordningspunkt {last} ”Laget runt”" in others
    assert not any("Klotter" in part for part in others)


def test_an_invitees_attendance_shows_and_a_removed_invitee_keeps_no_name(db: Database) -> None:
    meeting_id = _meeting(db)
    with db.session() as s:
        invitees = meetings.get_meeting(s, meeting_id).invitees
        first, second = invitees[0], invitees[1]
        meetings.set_attendance(s, first.id, AttendanceStatus.SUBSTITUTE, "Lars Ek")
        meetings.set_attendance(s, second.id, AttendanceStatus.SUBSTITUTE, "Karin Ny")
    with db.session() as s:
        meetings.remove_invitee(s, second.id)

    texts = " ".join(row.summary for row in _history(db, "meetings", meeting_id))
    assert f"Kallad ”{first.name}”: " in texts and "Lars Ek" in texts
    assert "Karin Ny" not in texts and second.name not in texts


def test_a_follow_up_note_shows_in_the_actions_history(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as s:
        owner = contacts.create_organisation(s, contacts.OrganisationInput("Stockholmshem"))
        action_id = actions.create_action(
            s, ActionInput("Byt belysning i trapphuset", responsible_organisation_id=owner)
        )
    with db.session() as s:
        actions.add_action_note(
            s, action_id, "Fastighetsägaren har beställt armaturer.", dt.date(2026, 9, 1)
        )

    newest = _history(db, "actions", action_id)[0]
    assert newest.who.startswith(os_user()) and newest.action is AuditAction.INSERT
    assert newest.summary == (
        "Uppföljningsanteckning ”2026-09-01”: Antecknad den: 2026-09-01; "
        "Anteckning: Fastighetsägaren har beställt armaturer."
    )
    # The command line's JSON says which part a change is of (a key added, none renamed).
    assert cli_main(["--db", db.url, "audit", "history", "actions", str(action_id), "--json"]) == 0
    newest_json, *_older = json.loads(capsys.readouterr().out)
    assert newest_json["part"] == "Uppföljningsanteckning ”2026-09-01”"
    assert newest_json["changes"][-1] == {
        "field": "text",
        "old": "",
        "new": "Fastighetsägaren har beställt armaturer.",
    }
    assert _older[-1]["part"] == ""  # the action's own creation


def test_a_plans_versions_and_an_exercises_objectives_show_in_their_history(db: Database) -> None:
    with db.session() as s:
        plan_id = plans.create_plan(
            s,
            plans.PlanInput(PlanKind.CRISIS_MANAGEMENT_PLAN, "Krisledningsplan"),
            plan_versions.VersionInput("1.0", dt.date(2020, 12, 1), "Stadsdelsdirektör"),
        )
        exercise_id = exercises.create_exercise(
            s, exercises.ExerciseInput("Stabsövning", ExerciseType.SEMINAR, 2026)
        )
    with db.session() as s:
        plan_versions.add_version(
            s, plan_id, plan_versions.VersionInput("2.0", dt.date(2021, 12, 1), "SDD")
        )
        exercise_objectives.add_objective(s, exercise_id, "Lägesbild inom en timme")

    newest = _history(db, "plans", plan_id)[0]
    assert newest.part == "Planversion ”2.0”"
    assert "Fastställd den: 2021-12-01" in newest.summary
    newest = _history(db, "exercises", exercise_id)[0]
    assert newest.summary.startswith(
        "Övningsmål 1 ”Lägesbild inom en timme”: Ordning: 1; Mål: Lägesbild inom en timme"
    )
