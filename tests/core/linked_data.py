"""The managers' council and its meetings, for the tests of a group meeting before them."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import GroupType, MeetingStatus
from samverkan_desktop.services import calendar, meeting_rules, meetings
from tests.core.meeting_data import TODAY, at, make_group

PHRASE = "4 gånger/år inför chefsamråd, samt vid behov"
# The managers' council's meetings (Thursdays 13-15), chosen for what the days before them are.
PLAIN = dt.date(2027, 3, 11)  # a week before: Thursday 4 March
ASCENSION = dt.date(2027, 5, 13)  # a week before is Ascension Day: Wednesday 5 May
SATURDAY = dt.date(2027, 4, 17)  # a week before is a Saturday: Friday 9 April
LATER = dt.date(2027, 9, 16)  # a week before: Thursday 9 September


@pytest.fixture
def on_linked_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The program's day is TODAY: the council's meetings above stay ahead whatever the real
    date (a re-planning started by a change reads the day itself; on 1 April 2027 the meeting
    moved to 25 March was past and got no meeting before it)."""
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def council_with_meetings(
    s: Session, name: str = "Chefsamråd trygghet"
) -> tuple[int, dict[dt.date, int]]:
    """The council with a single meeting on each of the days above (no rule)."""
    gid = make_group(s, name, type=GroupType.CHEFSAMRAD, members=("Karin Ek",))
    ids = {
        day: meetings.add_meeting(s, gid, meetings.MeetingInput(at(day, 13), at(day, 15)))
        for day in (PLAIN, SATURDAY, ASCENSION, LATER)
    }
    return gid, ids


def linked_groups(db: Database) -> tuple[int, int, dict[dt.date, int]]:
    """The council (as above) and a preparation group meeting before it: the ids of both and
    of the council's meetings."""
    with db.session() as s:
        council, ids = council_with_meetings(s)
        prep = make_group(s, members=("Sara Holm",))
        meeting_rules.set_rule_from_phrase(s, prep, PHRASE, today=TODAY)
    return council, prep, ids


def days_of(s: Session, group_id: int) -> list[dt.date]:
    """The days of the group's meetings not cancelled, from TODAY on."""
    rows = calendar.list_calendar(
        s, TODAY, TODAY + dt.timedelta(days=900), calendar.CalendarFilter(group_ids=(group_id,))
    )
    return [r.starts_at.date() for r in rows if r.status is not MeetingStatus.CANCELLED]
