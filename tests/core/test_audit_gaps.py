"""Changes made beside the ORM's unit of work (rows of a record's part, Core statements,
retention jobs) still show in the History of the record a user looks at."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from samverkan_desktop import audit_entries, clock
from samverkan_desktop.changes import WHOLE_DATABASE
from samverkan_desktop.db import Database
from samverkan_desktop.models import (
    AttendanceStatus,
    AuditAction,
    AuditEntry,
    Base,
    ExerciseLesson,
    ExerciseStatus,
    ExerciseType,
    GroupType,
    Membership,
    PlanKind,
    UnitEvent,
)
from samverkan_desktop.services import (
    actions,
    agenda,
    alarm_loans,
    alarm_usage,
    audit,
    audit_labels,
    contact_deletion,
    contacts,
    exercise_lessons,
    exercise_objectives,
    exercises,
    group_editing,
    meetings,
    membership_changes,
    places,
    plan_attachments,
    plan_versions,
    plans,
)
from samverkan_desktop.services.agenda import TemplateItem
from samverkan_desktop.services.alarm_loans import LendInput
from samverkan_desktop.services.group_rows import GroupInput
from tests.core import alarm_data
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 9, 8)


def _trail_text(db: Database) -> str:
    with db.session() as s:
        return " ".join(repr(e.changes) for e in s.scalars(select(AuditEntry)))


def _meeting(db: Database) -> tuple[int, int]:
    """A group's meeting with its members invited: (group id, meeting id)."""
    with db.session() as s:
        group_id = make_group(s)
        meeting_id = meetings.add_meeting(
            s, group_id, meetings.MeetingInput(at(DAY, 9), at(DAY, 10), "Karlavägen 104", None)
        )
        agenda.prepared_meeting(s, meeting_id)
    return group_id, meeting_id


def _fields(db: Database, table: str, record_id: int) -> list[tuple[AuditAction, dict]]:
    with db.session() as s:
        return [
            (row.action, {c.label: (c.old, c.new) for c in row.changes})
            for row in audit.history(s, table, record_id)
        ]


def test_a_new_standing_agenda_shows_in_the_groups_history(db: Database) -> None:
    with db.session() as s:
        group_id = group_editing.create_group(
            s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
    with db.session() as s:
        agenda.set_agenda_template(
            s,
            group_id,
            [TemplateItem("Mötets öppnande"), TemplateItem("Lägesbild", None, "Polisen")],
        )
    with db.session() as s:
        agenda.set_agenda_template(s, group_id, [TemplateItem("Mötets öppnande")])

    latest, first, _created = _fields(db, "groups", group_id)
    assert latest == (
        AuditAction.UPDATE,
        {"Stående dagordning": ("Mötets öppnande, Lägesbild (Polisen)", "Mötets öppnande")},
    )
    action, changes = first
    before, after = changes["Stående dagordning"]
    assert action is AuditAction.UPDATE and after == "Mötets öppnande, Lägesbild (Polisen)"
    assert before.startswith("Uppföljning av åtgärder, ")  # the default the group had so far

    # Saving the same agenda again is no change.
    with db.session() as s:
        agenda.set_agenda_template(s, group_id, [TemplateItem("Mötets öppnande")])
    assert len(_fields(db, "groups", group_id)) == 3


def test_members_joining_and_leaving_show_in_the_groups_history(db: Database) -> None:
    with db.session() as s:
        group_id = group_editing.create_group(
            s, GroupInput("Trygghetsrådet", GroupType.TRYGGHETSRAD)
        )
        anna = contacts.create_person(s, contacts.PersonInput("Anna Berg"))
        sara = contacts.create_person(s, contacts.PersonInput("Sara Holm"))
    with db.session() as s:
        membership_changes.add_member(s, group_id, anna)
    with db.session() as s:
        membership_changes.add_member(s, group_id, sara)
        membership = s.scalars(select(Membership.id).where(Membership.person_id == anna)).one()
    with db.session() as s:
        membership_changes.remove_member(s, membership)

    left, joined, first, _created = _fields(db, "groups", group_id)
    assert left == (AuditAction.UPDATE, {"Medlemmar": ("Anna Berg, Sara Holm", "Sara Holm")})
    assert joined[1] == {"Medlemmar": ("Anna Berg", "Anna Berg, Sara Holm")}
    assert first[1] == {"Medlemmar": ("", "Anna Berg")}
    # The trail keeps the person's id, not her name: deleted, she is no longer named there.
    with db.session() as s:
        contact_deletion.delete_person(s, anna)
    before, _after = _fields(db, "groups", group_id)[0][1]["Medlemmar"]
    assert before == f"#{anna} (borttagen), Sara Holm"


def test_a_removed_invitee_leaves_no_substitutes_name_in_the_trail(db: Database) -> None:
    _group_id, meeting_id = _meeting(db)
    with db.session() as s:
        invitee = meetings.get_meeting(s, meeting_id).invitees[0].id
        meetings.set_attendance(s, invitee, AttendanceStatus.SUBSTITUTE, "Karin Lund")
    assert "Karin Lund" in _trail_text(db)
    with db.session() as s:
        meetings.remove_invitee(s, invitee)
    assert "Karin Lund" not in _trail_text(db)
    with db.session() as s:
        assert audit.history(s, "meeting_invitees", invitee)[0].action is AuditAction.DELETE


def test_the_trails_rules_name_tables_that_exist() -> None:
    """A rule under a table name that does not exist protects nothing ("invitees" once kept
    the substitutes' names of removed invitees)."""
    named = {
        *audit_entries.PERSONAL_TABLES,
        *audit_entries.HIDDEN_FIELDS,
        *audit_entries.PSEUDONYMISED_FIELDS,
        *audit_entries.PART_FIELDS,
        *audit_labels.TABLE_LABELS,
        *audit_labels.FIELD_LABELS,
    }
    # The database itself is no table: a restore's entry names it (restore_trail).
    assert named - set(Base.metadata.tables) == {WHOLE_DATABASE}


def test_undoing_a_faulty_return_records_the_removed_fault_in_its_history(db: Database) -> None:
    with db.session() as s:
        data = alarm_data.make(s)
        unit = data.units["LARM-01"]
        lent = alarm_loans.lend(s, LendInput(unit, data.people["lena"]), now=alarm_data.NOW)
        alarm_loans.return_unit(s, unit, fault="Knappen fastnar", now=alarm_data.at(10))
        event_id = s.scalars(select(UnitEvent.id).where(UnitEvent.loan_id == lent.loan_id)).one()
    with db.session() as s:
        alarm_loans.undo_loan_action(s, lent.loan_id, now=alarm_data.at(10, 1))
    removed, _made = _fields(db, "alarm_unit_events", event_id)
    assert removed[0] is AuditAction.DELETE
    assert ("Knappen fastnar", "") in removed[1].values()


def test_a_pseudonymised_loan_says_so_in_its_history_without_the_borrower(db: Database) -> None:
    with db.session() as s:
        data = alarm_data.make(s)
        unit = data.units["LARM-13"]
        old = alarm_loans.lend(
            s,
            LendInput(
                unit,
                data.people["lena"],
                due_at=alarm_data.at(17, day=20, month=11, year=2024),
                approved_by_id=data.people["karin"],
                reason="Hotad i ärende Ropsten",
            ),
            now=alarm_data.at(9, day=1, month=11, year=2024),
        )
        alarm_loans.return_unit(s, unit, now=alarm_data.at(15, day=18, month=11, year=2024))
    with db.session() as s:
        assert alarm_usage.pseudonymise_old_loans(s, now=alarm_data.NOW).count == 1
    with db.session() as s:
        latest = audit.history(s, "alarm_loans", old.loan_id)[0]
    assert latest.action is AuditAction.UPDATE
    assert clock.utcnow() - latest.at < dt.timedelta(minutes=1)
    assert latest.summary == (
        "Låntagare: (dold) → (dold); Motivering: (dold) → (dold); Pseudonymiserat: nej → ja"
    )
    assert "Lena Persson" not in repr(latest) and "Ropsten" not in _trail_text(db)


def test_deleting_a_group_records_what_goes_with_it(db: Database) -> None:
    group_id, meeting_id = _meeting(db)
    with db.session() as s:
        invitee = meetings.get_meeting(s, meeting_id).invitees[0].id
        agenda.set_agenda_template(s, group_id, [TemplateItem("Lägesbild")])
        place_id = places.create_place(s, places.PlaceInput("Torget", group_ids=(group_id,)))
    with db.session() as s:
        group_editing.delete_group(s, group_id)

    (deleted, *_rest) = _fields(db, "meetings", meeting_id)
    assert deleted[0] is AuditAction.DELETE and ("Karlavägen 104", "") in deleted[1].values()
    assert _fields(db, "meeting_invitees", invitee)[0][0] is AuditAction.DELETE
    unlinked, _made = _fields(db, "places", place_id)
    assert unlinked[0] is AuditAction.UPDATE and unlinked[1]["Grupper"][1] == ""


# Links the database would clear by itself (ON DELETE SET NULL) are cleared through the Session:
# the linking row's History says its link went.


def _link_cleared(db: Database, table: str, record_id: int, label: str) -> tuple[str, str]:
    latest = _fields(db, table, record_id)[0]
    assert latest[0] is AuditAction.UPDATE
    return latest[1][label]


def test_removing_an_agenda_item_records_its_decisions_losing_it(db: Database) -> None:
    _group_id, meeting_id = _meeting(db)
    with db.session() as s:
        item = agenda.add_agenda_item(s, meeting_id, "Belysning i parken")
        decision = agenda.add_decision(s, meeting_id, "Trafikkontoret kontaktas.", item)
    with db.session() as s:
        agenda.remove_agenda_item(s, item)
    old, new = _link_cleared(db, "decisions", decision, "Dagordningspunkt")
    assert old and new == ""


def _lesson(db: Database) -> tuple[int, int, int]:
    """A conducted exercise's lesson tied to an objective: (lesson, objective, action)."""
    with db.session() as s:
        organisation = contacts.create_organisation(
            s, contacts.OrganisationInput("Räddningstjänsten")
        )
        exercise_id = exercises.create_exercise(
            s,
            exercises.ExerciseInput(
                "Stabsövning",
                ExerciseType.SEMINAR,
                2026,
                date=dt.date(2026, 3, 10),
                status=ExerciseStatus.CONDUCTED,
            ),
        )
        objective = exercise_objectives.add_objective(s, exercise_id, "Lägesbild inom en timme")
        lesson = exercise_lessons.add_lesson(
            s,
            exercise_id,
            exercise_lessons.LessonInput(
                "Larmlistan var inaktuell",
                responsible_organisation_id=organisation,
                objective_id=objective,
            ),
        )
        action = s.get_one(ExerciseLesson, lesson).action_id
    assert action is not None  # a lesson with a responsible organisation gets its action
    return lesson, objective, action


def test_deleting_an_objective_or_an_action_records_the_lessons_losing_it(db: Database) -> None:
    lesson, objective, action = _lesson(db)
    with db.session() as s:
        exercise_objectives.delete_objective(s, objective)
    assert _link_cleared(db, "exercise_lessons", lesson, "Mål")[1] == ""
    with db.session() as s:
        actions.delete_action(s, action)
    assert _link_cleared(db, "exercise_lessons", lesson, "Åtgärd")[1] == ""


def test_deleting_a_plan_version_records_its_attachments_losing_it(
    db: Database, tmp_path: Path
) -> None:
    source = tmp_path / "plan.pdf"
    source.write_bytes(b"%PDF-1.4")
    with db.session() as s:
        plan_id = plans.create_plan(s, plans.PlanInput(PlanKind.RISK_ANALYSIS, "RSA 2026"))
        version = plan_versions.add_version(
            s, plan_id, plan_versions.VersionInput("1.0", dt.date(2026, 3, 1))
        )
        attachment = plan_attachments.attach_file(s, plan_id, source, tmp_path / "files", version)
    with db.session() as s:
        plan_versions.delete_version(s, version)
    assert _link_cleared(db, "plan_attachments", attachment, "Version")[1] == ""
