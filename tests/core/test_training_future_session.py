"""A session still to come has no attendees: an attendee counts as trained from the session's
day, so registering next week's alarm training let the reception lend to its invitees at once,
with "Larmutbildning giltig till 2028-12-08" beside their names."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import alarm_borrowers, contacts, training
from samverkan_desktop.services.training import SessionInput

TODAY = dt.date(2026, 12, 1)


def test_nobody_attends_a_session_still_to_come(db: Database) -> None:
    with db.session() as s:
        course = training.course_by_code(s, training.ALARM_COURSE_CODE)
        assert course is not None
        anna = contacts.create_person(s, contacts.PersonInput("Anna Berg", is_staff=True))
        coming = training.create_session(s, SessionInput(course.id, dt.date(2026, 12, 8)))
        with pytest.raises(ValidationError) as refused:
            training.add_attendee(s, coming, anna, TODAY)
        assert refused.value.message == (
            "Tillfället 2026-12-08 har inte hållits än: registrera vilka som deltog när det har "
            "hållits."
        )
        assert refused.value.field == "session_id"
        assert not alarm_borrowers.find_borrowers(s, "Anna Berg", today=TODAY)[0].training_valid

        # Held today: attended, and valid from today.
        today = training.create_session(s, SessionInput(course.id, TODAY))
        training.add_attendee(s, today, anna, TODAY)
        assert alarm_borrowers.find_borrowers(s, "Anna Berg", today=TODAY)[0].training_valid
        # Its day cannot then move ahead; a day earlier is fine.
        with pytest.raises(ValidationError) as moved:
            training.update_session(s, today, SessionInput(course.id, dt.date(2026, 12, 8)), TODAY)
        assert moved.value.field == "held_on" and "deltagare" in moved.value.message
        training.update_session(s, today, SessionInput(course.id, dt.date(2026, 11, 30)), TODAY)
        # Without attendees, a session may be moved to any day.
        training.update_session(s, coming, SessionInput(course.id, dt.date(2027, 1, 12)), TODAY)


def test_a_name_stored_on_a_session_still_to_come_does_not_count_as_trained(db: Database) -> None:
    """Lists stored before such lists were refused: the reception, the borrowers' list and
    the crisis gaps read the latest session held by today, not the one to come."""
    from samverkan_desktop.formatting import LOCAL_ZONE
    from samverkan_desktop.models import AlarmUnit, TrainingAttendance, UnitKind
    from samverkan_desktop.services import alarm_loans, alarms

    now = dt.datetime(2026, 12, 1, 8, 10, tzinfo=LOCAL_ZONE)
    with db.session() as s:
        course = training.course_by_code(s, training.ALARM_COURSE_CODE)
        assert course is not None
        new = contacts.create_person(s, contacts.PersonInput("Nina Ny", is_staff=True))
        old = contacts.create_person(s, contacts.PersonInput("Olle Gammal", is_staff=True))
        coming = training.create_session(s, SessionInput(course.id, dt.date(2026, 12, 8)))
        held = training.create_session(s, SessionInput(course.id, dt.date(2026, 3, 10)))
        s.add_all([TrainingAttendance(session_id=coming, person_id=p) for p in (new, old)])
        training.add_attendee(s, held, old, TODAY)
        unit = alarms.create_unit(s, alarms.UnitInput("LARM-77", UnitKind.HOME_VISIT))
        s.flush()

        nina = alarm_borrowers.find_borrowers(s, "Nina Ny", today=TODAY)[0]
        olle = alarm_borrowers.find_borrowers(s, "Olle Gammal", today=TODAY)[0]
        assert not nina.training_valid and nina.trained_on is None
        assert olle.training_valid and olle.trained_on == dt.date(2026, 3, 10)
        assert training.last_attended(s, course.id, [new, old], TODAY) == {
            old: dt.date(2026, 3, 10)
        }
        assert s.get(AlarmUnit, unit) is not None

    # The lend itself, on the reception's own route (db.call: the driver's connection).
    lent = db.call(alarm_loans.lend, alarm_loans.LendInput(unit, new, initials="BE"), now=now)
    assert lent.training is not None and not lent.training.valid
    assert lent.warning == "Nina Ny har inte gått larmutbildningen."
