"""Training courses, their sessions and attendees, and how long a person's training is valid.

Generic: the alarm lending rules use it now (course code ``alarm_training``), the crisis area
later. A person's training is valid for the course's ``validity_months`` counted from the latest
session they attended (no validity: it never expires).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop import clock, unit_words
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Course, Person, TrainingAttendance, TrainingSession
from samverkan_desktop.number_range import check_range
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version
from samverkan_desktop.swedish_order import sort_key

ALARM_COURSE_CODE = "alarm_training"
MAX_VALIDITY_MONTHS = 240  # 20 years: more is a typing slip, not a course's validity


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str | None
    name: str
    validity_months: int | None
    description: str | None
    session_count: int
    version: int  # what the course form saves against (services.versions)


@dataclass(frozen=True)
class CourseInput:
    name: str
    validity_months: int | None = None
    description: str | None = None
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class SessionRow:
    id: int
    course_id: int
    course: str
    held_on: dt.date
    place: str | None
    notes: str | None
    attendee_count: int
    version: int  # what the session form saves against (services.versions)


@dataclass(frozen=True)
class SessionInput:
    course_id: int
    held_on: dt.date
    place: str | None = None
    notes: str | None = None
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class AttendeeRow:
    attendance_id: int
    person_id: int
    name: str
    department: str | None


@dataclass(frozen=True)
class TrainingStatus:
    """A person's standing in one course on a given day."""

    course: str
    last_attended: dt.date | None
    valid_until: dt.date | None  # None with last_attended set: never expires
    valid: bool


# --- courses ---------------------------------------------------------------------------------


def list_courses(session: Session) -> list[CourseRow]:
    counts = (
        select(TrainingSession.course_id, func.count(TrainingSession.id).label("n"))
        .group_by(TrainingSession.course_id)
        .subquery()
    )
    query = (
        select(Course, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.course_id == Course.id)
        .order_by(Course.id)
    )
    rows = [_course_row(c, n) for c, n in session.execute(query)]
    return sorted(rows, key=lambda row: sort_key(row.name))


def _course_row(course: Course, session_count: int) -> CourseRow:
    return CourseRow(
        course.id,
        course.code,
        course.name,
        course.validity_months,
        course.description,
        session_count,
        course.version,
    )


def _session_count(session: Session, course_id: int) -> int:
    count = session.scalar(
        select(func.count(TrainingSession.id)).where(TrainingSession.course_id == course_id)
    )
    return count or 0


def get_course(session: Session, course_id: int) -> CourseRow:
    """One course as the list shows it (the course form reads it anew after a refusal)."""
    course = _get_course(session, course_id)
    return _course_row(course, _session_count(session, course.id))


def course_by_code(session: Session, code: str) -> CourseRow | None:
    course = session.scalar(select(Course).where(Course.code == code))
    if course is None:
        return None
    return _course_row(course, _session_count(session, course.id))


def _apply_course(session: Session, course: Course, data: CourseInput) -> None:
    name = require_text(data.name, "name", _("Name"))
    if data.validity_months is not None and data.validity_months <= 0:
        raise ValidationError(
            _("The validity must be at least one month (leave it empty if it never expires)."),
            field="validity_months",
        )
    if data.validity_months is not None:  # the window and a script refused alike
        check_range(
            data.validity_months,
            1,
            MAX_VALIDITY_MONTHS,
            name=_("Validity"),
            field="validity_months",
            unit=unit_words.months,
        )
    duplicate = select(Course.id).where(func.lower(Course.name) == name.lower())
    if course.id is not None:
        duplicate = duplicate.where(Course.id != course.id)
    if session.scalar(duplicate) is not None:
        raise ConflictError(
            _("There is already a course named “{name}”.").format(name=name), field="name"
        )
    course.name = name
    course.validity_months = data.validity_months
    course.description = clean(data.description)


def create_course(session: Session, data: CourseInput) -> int:
    course = Course()
    _apply_course(session, course, data)
    session.add(course)
    flush_or_conflict(session, _("There is already a course with that name."), "name")
    return course.id


def update_course(session: Session, course_id: int, data: CourseInput) -> int:
    """Save the form; returns the new row version."""
    course = _get_course(session, course_id)
    check_version(course, data.expected_version)
    _apply_course(session, course, data)
    flush_or_conflict(session, _("There is already a course with that name."), "name")
    return course.version


def delete_course(session: Session, course_id: int) -> None:
    course = _get_course(session, course_id)
    if course.code is not None:
        raise InUseError(
            _("“{name}” is used by the program's own rules and cannot be deleted.").format(
                name=course.name
            )
        )
    if course.sessions:
        raise InUseError(
            _("“{name}” cannot be deleted: it has sessions. Delete them first.").format(
                name=course.name
            )
        )
    session.delete(course)
    session.flush()


def _get_course(session: Session, course_id: int) -> Course:
    return get_or_raise(session, Course, course_id, _("The course no longer exists."))


# --- sessions and attendees -------------------------------------------------------------------


def list_sessions(session: Session, course_id: int | None = None) -> list[SessionRow]:
    counts = (
        select(TrainingAttendance.session_id, func.count(TrainingAttendance.id).label("n"))
        .group_by(TrainingAttendance.session_id)
        .subquery()
    )
    query = (
        select(TrainingSession, Course.name, func.coalesce(counts.c.n, 0))
        .join(Course, Course.id == TrainingSession.course_id)
        .outerjoin(counts, counts.c.session_id == TrainingSession.id)
        .order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc())
    )
    if course_id is not None:
        query = query.where(TrainingSession.course_id == course_id)
    return [
        SessionRow(s.id, s.course_id, name, s.held_on, s.place, s.notes, n, s.version)
        for s, name, n in session.execute(query)
    ]


def get_session(session: Session, session_id: int) -> SessionRow:
    """One session as the list shows it (the session form reads it anew after a refusal)."""
    record = _get_session(session, session_id)
    return next(row for row in list_sessions(session, record.course_id) if row.id == session_id)


def _apply_session(session: Session, record: TrainingSession, data: SessionInput) -> None:
    _get_course(session, data.course_id)
    record.course_id = data.course_id
    record.held_on = data.held_on
    record.place = optional_text(
        data.place, "place", _("Place"), column_length(TrainingSession.place)
    )
    record.notes = clean(data.notes)


def create_session(session: Session, data: SessionInput) -> int:
    record = TrainingSession()
    _apply_session(session, record, data)
    session.add(record)
    session.flush()
    return record.id


def update_session(
    session: Session, session_id: int, data: SessionInput, today: dt.date | None = None
) -> int:
    """Save the form; returns the new row version."""
    record = _get_session(session, session_id)
    check_version(record, data.expected_version)
    if data.held_on > (today or clock.today()) and record.attendances:
        # Its attendees would count as trained from a day still to come (see add_attendee).
        raise ValidationError(
            _(
                "The session has attendees, so its day cannot be later than today: they count "
                "as trained from that day."
            ),
            field="held_on",
        )
    _apply_session(session, record, data)
    session.flush()
    return record.version


def delete_session(session: Session, session_id: int) -> None:
    """Delete a session entered by mistake (its attendance goes with it)."""
    session.delete(_get_session(session, session_id))
    session.flush()


def _get_session(session: Session, session_id: int) -> TrainingSession:
    return get_or_raise(session, TrainingSession, session_id, _("The session no longer exists."))


def list_attendees(session: Session, session_id: int) -> list[AttendeeRow]:
    query = (
        select(TrainingAttendance.id, Person.id, Person.name, Person.department)
        .join(Person, Person.id == TrainingAttendance.person_id)
        .where(TrainingAttendance.session_id == session_id)
        .order_by(TrainingAttendance.id)
    )
    rows = [AttendeeRow(*row) for row in session.execute(query)]
    return sorted(rows, key=lambda row: sort_key(row.name))


def add_attendee(
    session: Session, session_id: int, person_id: int, today: dt.date | None = None
) -> int:
    """Register that a person attended a session held today or earlier. A session still to come
    has no attendees: an attendee counts as trained from the session's day, so the reception
    would lend to someone a week before their training."""
    record = _get_session(session, session_id)
    person = get_or_raise(session, Person, person_id, _("The person no longer exists."))
    if record.held_on > (today or clock.today()):
        raise ValidationError(
            _(
                "The session on {date} has not been held yet: register who attended once it "
                "has been held."
            ).format(date=record.held_on.isoformat()),
            field="session_id",
        )
    existing = session.scalar(
        select(TrainingAttendance.id).where(
            TrainingAttendance.session_id == session_id, TrainingAttendance.person_id == person_id
        )
    )
    if existing is not None:
        raise ConflictError(
            _("{name} is already registered for the session on {date}.").format(
                name=person.name, date=record.held_on.isoformat()
            )
        )
    attendance = TrainingAttendance(session_id=session_id, person_id=person_id)
    session.add(attendance)
    flush_or_conflict(session, _("The person is already registered for the session."))
    return attendance.id


def remove_attendee(session: Session, attendance_id: int) -> None:
    attendance = get_or_raise(
        session, TrainingAttendance, attendance_id, _("The attendance no longer exists.")
    )
    session.delete(attendance)
    session.flush()


# --- validity -----------------------------------------------------------------------------------


def last_attended(
    session: Session, course_id: int, person_ids: Iterable[int], today: dt.date | None = None
) -> dict[int, dt.date]:
    """The latest session date of the course each person attended by ``today`` (absent:
    never). A session still to come trains nobody yet, even with names on its list (stored
    before such lists were refused)."""
    ids = list(person_ids)
    if not ids:
        return {}
    query = (
        select(TrainingAttendance.person_id, func.max(TrainingSession.held_on))
        .join(TrainingSession, TrainingSession.id == TrainingAttendance.session_id)
        .where(
            TrainingSession.course_id == course_id,
            TrainingAttendance.person_id.in_(ids),
            TrainingSession.held_on <= (today or clock.today()),
        )
        .group_by(TrainingAttendance.person_id)
    )
    return {person_id: held_on for person_id, held_on in session.execute(query)}


@lru_cache(maxsize=4096)  # every lend asks it; a few session dates and one validity
def valid_until(attended: dt.date | None, validity_months: int | None) -> dt.date | None:
    if attended is None or validity_months is None:
        return None
    return attended + relativedelta(months=validity_months)


def training_status(
    session: Session, course_id: int, person_id: int, today: dt.date
) -> TrainingStatus:
    course = _get_course(session, course_id)
    attended = last_attended(session, course_id, [person_id], today).get(person_id)
    return status_from(course.name, attended, course.validity_months, today)


def status_from(
    course: str, attended: dt.date | None, validity_months: int | None, today: dt.date
) -> TrainingStatus:
    until = valid_until(attended, validity_months)
    valid = attended is not None and (until is None or until >= today)
    return TrainingStatus(course, attended, until, valid)
