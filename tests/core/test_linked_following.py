"""A group meeting before another group's meetings ("inför chefsamråd") follows them: when
they are moved, cancelled or planned again, or the other group's rule changes, its future planned
meetings move along in the same transaction; a meeting the coordinator moved by hand stays."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import calendar, meeting_rules, meetings
from tests.core.linked_data import (
    ASCENSION,
    PLAIN,
    days_of,
    linked_groups,
    on_linked_today,  # noqa: F401 (fixture)
)
from tests.core.meeting_data import TODAY, at

pytestmark = pytest.mark.usefixtures("on_linked_today")


def test_a_cancelled_council_meeting_gives_none_and_planned_again_gives_it_back(
    db: Database,
) -> None:
    _council_id, prep, ids = linked_groups(db)
    with db.session() as s:
        meetings.cancel_meeting(s, ids[ASCENSION], "Inställt")
    with db.session() as s:
        assert dt.date(2027, 5, 5) not in days_of(s, prep)
        meetings.set_meeting_status(s, ids[ASCENSION], MeetingStatus.PLANNED)
    with db.session() as s:
        assert dt.date(2027, 5, 5) in days_of(s, prep)


def test_the_meeting_before_follows_a_moved_council_meeting(db: Database) -> None:
    _council_id, prep, ids = linked_groups(db)
    moved = dt.date(2027, 3, 25)
    with db.session() as s:
        meetings.move_meeting(s, ids[PLAIN], at(moved, 13), at(moved, 15))
    with db.session() as s:
        days = days_of(s, prep)
        assert dt.date(2027, 3, 18) in days and dt.date(2027, 3, 4) not in days
        assert len(days) == 4


def test_a_meeting_moved_by_hand_stays_when_the_council_moves(db: Database) -> None:
    _council_id, prep, ids = linked_groups(db)
    with db.session() as s:
        (own,) = [
            r
            for r in calendar.list_calendar(s, dt.date(2027, 3, 4), dt.date(2027, 3, 4),
                                            calendar.CalendarFilter(group_ids=(prep,)))
        ]  # fmt: skip
        meetings.move_meeting(s, own.id, at(dt.date(2027, 3, 3), 10), at(dt.date(2027, 3, 3), 11))
    with db.session() as s:
        moved = dt.date(2027, 3, 25)
        meetings.move_meeting(s, ids[PLAIN], at(moved, 13), at(moved, 15))
    with db.session() as s:
        days = days_of(s, prep)
        assert dt.date(2027, 3, 3) in days  # the coordinator's choice stands
        assert dt.date(2027, 3, 18) not in days  # and stands for the moved council meeting
        assert len(days) == 4


def test_the_meetings_before_follow_the_councils_new_rule(db: Database) -> None:
    council, prep, _ids = linked_groups(db)
    with db.session() as s:
        meeting_rules.set_rule_from_phrase(
            s, council, "andra torsdagen i oktober kl 13-15", today=TODAY
        )
    with db.session() as s:
        detail = meeting_rules.get_rule(s, council)
        assert detail is not None and detail.followed_by == ("Lokal beredningsgrupp",)
        days = days_of(s, prep)
        # 14 October 2027 and 12 October 2028 lie beyond the horizon (May 2028): one more.
        assert dt.date(2027, 10, 7) in days and len(days) == 5


def test_rolling_the_horizon_on_plans_the_meeting_before_the_councils_new_one(
    db: Database,
) -> None:
    council, prep, _ids = linked_groups(db)
    with db.session() as s:
        meeting_rules.set_rule_from_phrase(s, council, "första torsdagen i månaden", today=TODAY)
    later = TODAY + dt.timedelta(days=62)
    with db.session() as s:
        added = meeting_rules.extend_horizons(s, later)
        newest = max(
            r.starts_at.date()
            for r in calendar.list_calendar(s, later, later + dt.timedelta(days=600),
                                            calendar.CalendarFilter(group_ids=(council,)))
        )  # fmt: skip
        assert added == 4  # two months more for each group
        assert newest - dt.timedelta(days=7) in days_of(s, prep)
