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
