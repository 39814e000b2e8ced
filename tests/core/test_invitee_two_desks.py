"""Two desks inviting the same guest to the same meeting: the database holds the rule (one
invitation per person and meeting), and the second desk is told in Swedish who is already
invited, beside the person field; one invitation is kept (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError
from samverkan_desktop.services import contacts, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import at, make_group

DAY = dt.date(2026, 10, 6)
ALREADY = "Kim Sund är redan kallad."


@pytest.fixture
def other_desk(db: Database) -> Iterator[Database]:
    """A second program on the same database (its own engine and connections)."""
    desk = open_database(db.url)
    yield desk
    desk.dispose()


def _meeting_and_guest(db: Database) -> tuple[int, int]:
    with db.session() as s:
        meeting_id = meetings.add_meeting(s, make_group(s), MeetingInput(at(DAY, 9), at(DAY, 10)))
        guest = contacts.create_person(s, contacts.PersonInput("Kim Sund"))
    db.call(meetings.get_meeting, meeting_id)  # opened: the members invited
    return meeting_id, guest


def _invited(db: Database, meeting_id: int, person_id: int) -> int:
    found = db.call(meetings.get_meeting, meeting_id).invitees
    return sum(1 for invitee in found if invitee.person_id == person_id)


def test_the_guest_invited_at_another_desk_is_named_already_invited(
    db: Database, other_desk: Database
) -> None:
    meeting_id, guest = _meeting_and_guest(db)
    shown = db.call(meetings.get_meeting, meeting_id)  # this desk's editor, before theirs
    assert guest not in {invitee.person_id for invitee in shown.invitees}
    other_desk.call(meetings.add_invitee, meeting_id, guest)
    with pytest.raises(ConflictError) as refused:
        db.call(meetings.add_invitee, meeting_id, guest)
    assert (refused.value.message, refused.value.field) == (ALREADY, "person_id")
    assert _invited(db, meeting_id, guest) == 1


def test_two_invitations_at_once_meet_the_databases_rule(
    db: Database, other_desk: Database
) -> None:
    """This desk has read the invitees, and found the guest not there, when the other desk's
    invitation is committed, just before this one is written: the unique index refuses it,
    named as above. (SQLite may refuse this desk's write instead, as one that read before
    another's write: ``Database.call`` runs it again, and it reads the guest invited.)"""
    meeting_id, guest = _meeting_and_guest(db)
    theirs: list[int] = []

    def theirs_first(_session: Session, _context: object, _instances: object) -> None:
        if not theirs:  # once: their own flush comes here too
            theirs.append(guest)
            other_desk.call(meetings.add_invitee, meeting_id, guest)

    event.listen(Session, "before_flush", theirs_first)
    try:
        with pytest.raises(ConflictError) as refused:
            db.call(meetings.add_invitee, meeting_id, guest)
    finally:
        event.remove(Session, "before_flush", theirs_first)
    assert theirs == [guest]
    assert (refused.value.message, refused.value.field) == (ALREADY, "person_id")
    assert _invited(db, meeting_id, guest) == 1
