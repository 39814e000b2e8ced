"""Set-up shared by the tests of members joining and leaving a group (test_member_joining.py,
test_member_leaving.py): a place group beside another group, meetings on given days, and the
meetings a person is invited to."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import GroupType, Invitee
from samverkan_desktop.services import agenda, group_editing, group_rows, meetings

NOW = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)


def meeting_on(s: Session, group: int, day: tuple[int, int, int], *, opened: bool = True) -> int:
    """A meeting 09-10 on ``day``; ``opened`` (as the window opens it): its own invitation list."""
    meeting = meetings.add_meeting(
        s, group, meetings.MeetingInput(dt.datetime(*day, 9), dt.datetime(*day, 10))
    )
    if opened:
        agenda.prepared_meeting(s, meeting)
        s.flush()
    return meeting


def invited_to(s: Session, person: int) -> list[int]:
    return sorted(s.scalars(select(Invitee.meeting_id).where(Invitee.person_id == person)).all())


def place_and_council(s: Session) -> tuple[int, int]:
    """A place group, whose membership the test changes, and the safety council beside it."""
    place = group_editing.create_group(
        s, group_rows.GroupInput("Platssamverkan", GroupType.PLATSSAMVERKAN)
    )
    council = group_editing.create_group(
        s, group_rows.GroupInput("Trygghetsråd", GroupType.TRYGGHETSRAD)
    )
    return place, council
