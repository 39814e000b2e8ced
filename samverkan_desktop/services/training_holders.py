"""Who holds a valid training in a course on a given day: the reception's printed list of those
trained for the alarms, kept at the desk for when the program is down.

Only what the desk needs to recognise a person and the dates: no phone, no e-mail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    Course,
    Organisation,
    Person,
    TrainingAttendance,
    TrainingSession,
)
from samverkan_desktop.services import training
from samverkan_desktop.swedish_order import sort_key

# A training that runs out this soon is marked, so the person can book the next session.
EXPIRING_DAYS = 30


@dataclass(frozen=True)
class HolderRow:
    person_id: int
    name: str
    department: str | None
    organisation: str | None
    last_attended: dt.date
    valid_until: dt.date | None  # None: the course never expires
    expiring: bool  # valid until within EXPIRING_DAYS

    @property
    def unit(self) -> str | None:
        """Where the person works: the department, else the organisation."""
        return self.department or self.organisation


def valid_holders(session: Session, course_id: int, today: dt.date) -> list[HolderRow]:
    """Everyone whose training in the course is valid on ``today``, by name."""
    course = session.get(Course, course_id)
    if course is None:
        return []
    latest = (
        select(TrainingAttendance.person_id, func.max(TrainingSession.held_on).label("held_on"))
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        # A session still to come trains nobody yet (as services.training.last_attended).
        .where(TrainingSession.course_id == course_id, TrainingSession.held_on <= today)
        .group_by(TrainingAttendance.person_id)
        .subquery()
    )
    query = (
        select(Person.id, Person.name, Person.department, Organisation.name, latest.c.held_on)
        .join(latest, latest.c.person_id == Person.id)
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .order_by(Person.id)
    )
    rows = []
    for person_id, name, department, organisation, attended in session.execute(query):
        status = training.status_from(course.name, attended, course.validity_months, today)
        if not status.valid:
            continue
        until = status.valid_until
        expiring = until is not None and (until - today).days <= EXPIRING_DAYS
        rows.append(HolderRow(person_id, name, department, organisation, attended, until, expiring))
    rows.sort(key=lambda row: (sort_key(row.name), row.person_id))
    return rows
