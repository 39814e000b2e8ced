"""Text longer than its column is refused by the service, naming the field and the limit,
before the database sees it: SQLite stored it past the limit, PostgreSQL failed the whole save
with "ett oväntat fel inträffade (DataError … StringDataRightTruncation …)".

Every ``String(n)`` column of the models is listed below with how typed text is kept within n,
so a new column fails ``test_every_text_column_is_limited`` until someone says how."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Enum, String, select
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import (
    Base,
    Exercise,
    ExerciseType,
    Meeting,
    UnitKind,
    Walk,
)
from samverkan_desktop.services import (
    agenda,
    alarms,
    contacts,
    exercise_participants,
    exercises,
    meetings,
    walk_records,
    walk_rows,
)
from samverkan_desktop.services.alarms import UnitInput
from samverkan_desktop.services.contacts import PersonInput

SERVICES = Path(__file__).parents[2] / "samverkan_desktop" / "services"

# Limited in a service by ``column_length(Model.attribute)``: the limit is the column's own.
BY_COLUMN_LENGTH = {
    "AgendaItem.presenter",
    "AlarmUnit.make_model",
    "AlarmUnit.serial_number",
    "Exercise.location",
    "ExerciseParticipant.function",
    "Group.meeting_frequency",
    "Meeting.minutes_by",
    "Meeting.title",
    "Observation.location",
    "Organisation.org_number",
    "Person.department",
    "Person.name",
    "Person.title",
    "Place.area",
    "PlanVersion.adopted_by",
    "TrainingSession.place",
    "Walk.meeting_point",
}
# Limited by a number in the service (require_text's max_length, a pattern, a constant): the
# number it uses, which must not be above the column's.
BY_NUMBER = {
    "Action.title": 300,
    "AgendaItem.title": 300,
    "AgendaTemplateItem.presenter": 200,  # agenda._presenter, AgendaItem's twin column
    "AgendaTemplateItem.title": 300,
    "Agreement.title": 300,
    "AgreementAppendix.number": 4,  # APPENDIX_LINE: three digits and a letter
    "AgreementAppendix.title": 300,
    "AgreementParty.case_number": 100,
    "AgreementRevision.decided_by": 300,
    "AlarmUnit.code": 40,  # CODE_PATTERN
    "ChecklistTemplate.name": 200,
    "ChecklistTemplateItem.title": 200,
    "Course.name": 200,
    "CrisisContact.function": 200,
    "CrisisContact.phone": 30,  # PHONE_PATTERN
    "CrisisRole.name": 200,
    "Exercise.title": 200,
    "ExerciseChecklistItem.title": 300,
    "ExerciseTemplate.name": 200,
    "ExerciseTemplateItem.title": 300,
    "FireInspection.performed_by": 200,
    "FireInspection.premises": 200,
    "Group.name": 200,
    "GroupOrganisation.note": 200,
    "Invitee.substitute_name": 200,
    "Loan.lent_by_initials": 5,  # INITIALS_PATTERN
    "Loan.returned_by_initials": 5,
    "Meeting.place": 300,
    "MeetingRule.phrase": 300,
    "MeetingRule.place": 300,
    "ObservationPhoto.caption": 300,
    "Organisation.name": 200,
    "Organisation.phone": 30,
    "Person.email": 200,
    "Person.phone": 30,
    "Place.name": 200,
    "Plan.name": 200,
    "PlanVersion.version": 40,
    "RouteStop.name": 200,
    "SituationFigure.measure": 200,
    "SituationFigure.place": 200,
    "SituationFigure.source": 200,
    "UnitEvent.initials": 5,
    "WeeklyBriefItem.heading": 200,
}
# Not typed as such by a user: written by the program, copied from a record already within
# the same limit, or a file's name on disk.
NOT_TYPED = {
    "AgendaItem.standing_key",
    "Agreement.police_area",  # the police party's name (agreements.police_area_of)
    "AgendaTemplateItem.standing_key",
    "AuditEntry.client_id",
    "AuditEntry.db_role",
    "AuditEntry.record_id",
    "AuditEntry.table_name",
    "AuditEntry.who",
    "CalendarSequence.digest",  # a SHA-256 in hex: 64 characters
    "CalendarSequence.entry",  # the program's UID (and RECURRENCE-ID) of an exported entry
    "ChecklistTemplateItem.code",
    "Course.code",
    "Exercise.template_name",
    "MeetingRule.rrule",
    "ObservationPhoto.display_path",
    "ObservationPhoto.file_name",
    "ObservationPhoto.image_format",
    "ObservationPhoto.original_path",
    "PlanAttachment.file_name",
    "PlanAttachment.stored_path",
    "PriorityArea.code",
    "PriorityArea.name",
    "Setting.key",
    "Walk.checklist_name",
    "WalkChecklistItem.code",
    "WalkChecklistItem.title",
}


def text_columns() -> dict[str, int]:
    """'Model.attribute': n for every String(n) column that is not an enum's."""
    found = {}
    for mapper in Base.registry.mappers:
        for attribute in mapper.column_attrs:
            kind = attribute.columns[0].type
            if isinstance(kind, String) and not isinstance(kind, Enum) and kind.length:
                found[f"{mapper.class_.__name__}.{attribute.key}"] = kind.length
    return found


def test_every_text_column_is_limited() -> None:
    columns = text_columns()
    listed = BY_COLUMN_LENGTH | set(BY_NUMBER) | NOT_TYPED
    assert sorted(set(columns) - listed) == [], "say how a service keeps these within n"
    assert sorted(listed - set(columns)) == [], "columns no longer in the models"
    assert {name: n for name, n in BY_NUMBER.items() if n > columns[name]} == {}


def test_the_services_read_their_limit_from_the_column() -> None:
    code = "".join(path.read_text(encoding="utf-8") for path in SERVICES.glob("*.py"))
    used = set(re.findall(r"column_length\((\w+\.\w+)\)", code))
    assert sorted(BY_COLUMN_LENGTH - used) == []


def _meeting(s: Session) -> int:
    return s.scalars(select(Meeting.id).order_by(Meeting.id)).first() or 0


def _exercise(s: Session) -> int:
    return s.scalars(select(Exercise.id).order_by(Exercise.id)).first() or 0


def _walked(s: Session) -> int:
    """A walk that has been walked: observations are recorded on it."""
    return (
        s.scalars(
            select(Walk.id).where(Walk.status.in_(walk_rows.WALKED_STEPS)).order_by(Walk.id)
        ).first()
        or 0
    )


def _newcomer(s: Session) -> int:
    """Someone not yet taking part in the exercise."""
    return contacts.create_person(s, PersonInput("Ny deltagare"))


# (column, Swedish label, a service call storing text) for the fields the audit found.
PROBES: list[tuple[str, str, Callable[[Session, str], object]]] = [
    (
        "AlarmUnit.serial_number",
        "Serienummer",
        lambda s, t: alarms.create_unit(s, UnitInput("NY-1", UnitKind.HOME_VISIT, serial_number=t)),
    ),
    (
        "AlarmUnit.make_model",
        "Märke och modell",
        lambda s, t: alarms.create_unit(s, UnitInput("NY-1", UnitKind.HOME_VISIT, make_model=t)),
    ),
    ("Person.name", "Namn", lambda s, t: contacts.create_person(s, PersonInput(t))),
    ("Person.title", "Befattning", lambda s, t: contacts.create_person(s, PersonInput("A", t))),
    (
        "Person.department",
        "Avdelning",
        lambda s, t: contacts.create_person(s, PersonInput("A", department=t)),
    ),
    (
        "AgendaItem.presenter",
        "Föredragande",
        lambda s, t: agenda.add_agenda_item(s, _meeting(s), "Punkt", t),
    ),
    (
        "Meeting.minutes_by",
        "Antecknat av",
        lambda s, t: meetings.set_minutes_by(s, _meeting(s), t),
    ),
    (
        "Exercise.location",
        "Plats",
        lambda s, t: exercises.create_exercise(
            s, exercises.ExerciseInput("Övning", ExerciseType.SEMINAR, 2027, location=t)
        ),
    ),
    (  # the form's name of the field: "Plats" was read as the walk's place
        "Observation.location",
        "Var exakt",
        lambda s, t: walk_records.add_observation(
            s, _walked(s), walk_records.ObservationInput("Trasig lampa", location=t)
        ),
    ),
    (
        "ExerciseParticipant.function",
        "Funktion",
        lambda s, t: exercise_participants.add_participant(
            s, _exercise(s), _newcomer(s), function=t
        ),
    ),
]


@pytest.mark.parametrize(("column", "label", "store"), PROBES, ids=[p[0] for p in PROBES])
def test_text_longer_than_its_column_is_refused_naming_field_and_limit(
    demo_db: Database, column: str, label: str, store: Callable[[Session, str], object]
) -> None:
    limit = text_columns()[column]
    with demo_db.session() as s, pytest.raises(ValidationError) as refused:
        store(s, "x" * (limit + 1))
    assert refused.value.message == f"{label} får vara högst {limit} tecken."
    with demo_db.session() as s:
        store(s, "x" * limit)  # the whole column is still usable
