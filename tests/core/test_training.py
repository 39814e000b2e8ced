"""Training courses, sessions, attendees and how long a training is valid."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ConflictError, InUseError, ValidationError
from samverkan_desktop.services import contacts, training
from samverkan_desktop.services.training import CourseInput, SessionInput


def test_the_alarm_training_course_exists_in_every_database(db: Database) -> None:
    with db.session() as s:
        course = training.course_by_code(s, training.ALARM_COURSE_CODE)
        assert course is not None and course.name == "Larmutbildning"
        assert course.validity_months == 24
        with pytest.raises(InUseError, match="programmets egna regler"):
            training.delete_course(s, course.id)


def test_validity_counts_from_the_latest_session_attended(db: Database) -> None:
    with db.session() as s:
        course = training.create_course(s, CourseInput("Krisstöd del 1", 12, "Grundkurs"))
        anna = contacts.create_person(s, contacts.PersonInput("Anna Berg", is_staff=True))
        first = training.create_session(s, SessionInput(course, dt.date(2021, 3, 9), "Sal A"))
        second = training.create_session(s, SessionInput(course, dt.date(2025, 2, 28)))
        training.add_attendee(s, first, anna)
        assert training.training_status(s, course, anna, dt.date(2022, 3, 9)).valid
        expired = training.training_status(s, course, anna, dt.date(2022, 3, 10))
        assert not expired.valid and expired.valid_until == dt.date(2022, 3, 9)
        training.add_attendee(s, second, anna)
        renewed = training.training_status(s, course, anna, dt.date(2026, 2, 1))
        assert renewed.valid and renewed.valid_until == dt.date(2026, 2, 28)
        assert renewed.last_attended == dt.date(2025, 2, 28)
        with pytest.raises(ConflictError, match="redan registrerad"):
            training.add_attendee(s, second, anna)
        assert [a.name for a in training.list_attendees(s, second)] == ["Anna Berg"]
        sessions = training.list_sessions(s, course)
        assert [(r.held_on, r.attendee_count) for r in sessions] == [
            (dt.date(2025, 2, 28), 1),
            (dt.date(2021, 3, 9), 1),
        ]
        with pytest.raises(InUseError, match="utbildningstillfällen"):
            training.delete_course(s, course)


def test_course_without_validity_never_expires_and_names_are_unique(db: Database) -> None:
    with db.session() as s:
        course = training.create_course(s, CourseInput("Brandskydd"))
        bo = contacts.create_person(s, contacts.PersonInput("Bo Ek", is_staff=True))
        held = training.create_session(s, SessionInput(course, dt.date(2001, 1, 1)))
        training.add_attendee(s, held, bo)
        status = training.training_status(s, course, bo, dt.date(2030, 1, 1))
        assert status.valid and status.valid_until is None
        never = contacts.create_person(s, contacts.PersonInput("Ny Person", is_staff=True))
        assert not training.training_status(s, course, never, dt.date(2030, 1, 1)).valid
        with pytest.raises(ConflictError, match="Det finns redan en utbildning"):
            training.create_course(s, CourseInput("brandskydd"))
        with pytest.raises(ValidationError) as error:
            training.create_course(s, CourseInput("Ny", 0))
        assert error.value.field == "validity_months"
        names = [c.name for c in training.list_courses(s)]
    assert names == ["Brandskydd", "Larmutbildning"]


def test_deleting_a_session_removes_its_attendance(db: Database) -> None:
    with db.session() as s:
        course = training.create_course(s, CourseInput("Utrymning", 24))
        bo = contacts.create_person(s, contacts.PersonInput("Bo Ek", is_staff=True))
        held = training.create_session(s, SessionInput(course, dt.date(2026, 3, 1)))
        attendance = training.add_attendee(s, held, bo)
        training.remove_attendee(s, attendance)
        training.add_attendee(s, held, bo)
        training.delete_session(s, held)
        assert training.last_attended(s, course, [bo]) == {}
        training.delete_course(s, course)
