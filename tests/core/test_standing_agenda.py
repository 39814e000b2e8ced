"""A meeting's agenda made the group's standing agenda: the group's meetings not yet opened get
it, with the items' kinds (the follow-up of actions stays the follow-up) and presenters; those
already opened keep their own and are counted; an empty agenda is refused, not taken as "the
default again"."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.enums import STANDING_ACTIONS
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.services import agenda, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.core.meeting_data import at, make_group

DAYS = [dt.date(2026, 12, 2), dt.date(2027, 1, 13), dt.date(2027, 2, 10)]


def _meetings(s, group_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    return [
        meetings.add_meeting(s, group_id, MeetingInput(at(day, 13), at(day, 15), "Garnisonen"))
        for day in DAYS
    ]


def test_the_groups_unopened_meetings_get_the_agenda(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s)
        first, opened, unopened = _meetings(s, group_id)
        default = [i.title for i in meetings.get_meeting(s, opened).agenda]  # opened now
        agenda.add_agenda_item(s, first, "Medborgarlöften", "Kommunpolisen")
        assert agenda.later_meetings_opened(s, first) == 1

        agenda.use_agenda_as_template(s, first)

        got = meetings.get_meeting(s, unopened).agenda
        assert [i.title for i in got] == [*default, "Medborgarlöften"]
        assert got[-1].presenter == "Kommunpolisen"
        assert got[0].standing_key == STANDING_ACTIONS
        assert [i.title for i in meetings.get_meeting(s, opened).agenda] == default


def test_an_empty_agenda_is_refused(db: Database) -> None:
    with db.session() as s:
        group_id = make_group(s)
        first = _meetings(s, group_id)[0]
        for item in meetings.get_meeting(s, first).agenda:
            agenda.remove_agenda_item(s, item.id)
        with pytest.raises(ValidationError, match="inga punkter"):
            agenda.use_agenda_as_template(s, first)
