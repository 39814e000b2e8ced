"""Saying beforehand what a change of a council meeting does to the meetings of the group meeting
before it ("inför chefsamråd"): what is announced is what then happens, and a meeting the
coordinator moved by hand is not named. Built from the real date: the re-planning after a change
plans from today."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import short_date
from samverkan_desktop.models import GroupType, MeetingStatus
from samverkan_desktop.recurrence.linked import working_day_before
from samverkan_desktop.services import calendar, meeting_following, meeting_rules, meetings
from samverkan_desktop.services.meeting_following import Following, following_lines
from tests.core.linked_data import PHRASE
from tests.core.meeting_data import at, make_group

WEEK = dt.timedelta(days=7)
# The program's day in these tests, whatever the real one: which preparation meetings a move
# touches depends on the months the meetings fall in (a move into another month plans a new
# one), so a day of the real calendar made one test's answer change with the date.
DAY = dt.date(2026, 12, 2)


@pytest.fixture(autouse=True)
def _on_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: DAY)


def _thursday_ahead(weeks: int) -> dt.date:
    today = DAY
    return today + dt.timedelta(days=(3 - today.weekday()) % 7 + 7 * weeks)


def _linked(db: Database) -> tuple[int, int, list[int], list[dt.date]]:
    """A council meeting on three Thursdays some weeks apart (single meetings, so that one can
    be deleted) and a preparation group meeting a week before each."""
    days = [_thursday_ahead(w) for w in (6, 12, 18)]
    with db.session() as s:
        council = make_group(s, "Chefsamråd trygghet", type=GroupType.CHEFSAMRAD, members=("K",))
        ids = [
            meetings.add_meeting(s, council, meetings.MeetingInput(at(d, 13), at(d, 15)))
            for d in days
        ]
        prep = make_group(s, members=("Sara Holm",))
        meeting_rules.set_rule_from_phrase(s, prep, PHRASE)
    return council, prep, ids, days


def _starts(s: Session, group_id: int) -> dict[int, dt.datetime]:
    today = DAY
    rows = calendar.list_calendar(
        s, today, today + dt.timedelta(days=900), calendar.CalendarFilter(group_ids=(group_id,))
    )
    return {r.id: r.starts_at for r in rows if r.status is not MeetingStatus.CANCELLED}


def _as_announced(before: dict[int, dt.datetime], items: list[Following]) -> list[dt.datetime]:
    after = dict(before)
    added = []
    for change in (c for item in items for c in item.changes):
        if change.meeting_id is None:
            assert change.new is not None
            added.append(change.new)
        elif change.new is None:
            del after[change.meeting_id]
        else:
            after[change.meeting_id] = change.new
    return sorted([*after.values(), *added])


def _announced_then_done(
    db: Database, prep: int, announce: Callable[[Session], list[Following]],
    change: Callable[[Session], object],
) -> list[Following]:  # fmt: skip
    """What ``announce`` says, checked against what ``change`` then does."""
    with db.session() as s:
        before = _starts(s, prep)
        items = announce(s)
    with db.session() as s:
        change(s)
    with db.session() as s:
        assert sorted(_starts(s, prep).values()) == _as_announced(before, items)
    return items


def _days(items: list[Following]) -> list[tuple[dt.date | None, dt.date | None]]:
    def day(value: dt.datetime | None) -> dt.date | None:
        return value.date() if value is not None else None

    return [(day(c.old), day(c.new)) for item in items for c in item.changes]


def test_moving_a_council_meeting_names_the_meeting_before_and_its_new_day(db: Database) -> None:
    _council, prep, ids, days = _linked(db)
    new_day = days[0] + 2 * WEEK
    items = _announced_then_done(
        db,
        prep,
        lambda s: meeting_following.if_moved(s, ids[0], new_day),
        lambda s: meetings.move_meeting(s, ids[0], at(new_day, 13), at(new_day, 15)),
    )
    old, new = working_day_before(days[0] - WEEK), working_day_before(new_day - WEEK)
    # Moved, or (into another month) removed and planned anew: said as one move either way.
    assert {d for pair in _days(items) for d in pair} - {None} == {old, new}
    today = DAY
    (line,) = following_lines(items)
    assert line.startswith("Lokal beredningsgrupp möts inför detta möte: dess möte ")
    assert line.endswith(
        f"dess möte {short_date(old, today)} flyttas till {short_date(new, today)}."
    )


def test_cancelling_or_deleting_names_the_meeting_removed(db: Database) -> None:
    _council, prep, ids, days = _linked(db)
    cancelled = _announced_then_done(
        db,
        prep,
        lambda s: meeting_following.if_gone(s, ids[1]),
        lambda s: meetings.cancel_meeting(s, ids[1], "Inställt"),
    )
    assert _days(cancelled) == [(working_day_before(days[1] - WEEK), None)]
    assert "tas bort" in following_lines(cancelled)[0]
    deleted = _announced_then_done(
        db,
        prep,
        lambda s: meeting_following.if_gone(s, ids[2]),
        lambda s: meetings.delete_meeting(s, ids[2]),
    )
    assert _days(deleted) == [(working_day_before(days[2] - WEEK), None)]


def test_reinstating_names_the_meeting_planned_again(db: Database) -> None:
    _council, prep, ids, days = _linked(db)
    with db.session() as s:
        meetings.cancel_meeting(s, ids[1])
    items = _announced_then_done(
        db,
        prep,
        lambda s: meeting_following.if_reinstated(s, ids[1]),
        lambda s: meetings.set_meeting_status(s, ids[1], MeetingStatus.PLANNED),
    )
    assert _days(items) == [(None, working_day_before(days[1] - WEEK))]
    assert "ett möte planeras" in following_lines(items)[0]


def test_a_meeting_moved_by_hand_is_not_named_and_stays(db: Database) -> None:
    _council, prep, ids, days = _linked(db)
    with db.session() as s:
        planned = working_day_before(days[0] - WEEK)
        (own_id,) = [i for i, start in _starts(s, prep).items() if start.date() == planned]
        own = working_day_before(days[0] - WEEK - dt.timedelta(days=1))
        meetings.move_meeting(s, own_id, at(own, 10), at(own, 11))
    new_day = days[0] + 2 * WEEK
    items = _announced_then_done(
        db,
        prep,
        lambda s: meeting_following.if_moved(s, ids[0], new_day),
        lambda s: meetings.move_meeting(s, ids[0], at(new_day, 13), at(new_day, 15)),
    )
    assert items == []


def test_nothing_is_named_when_no_group_meets_before(db: Database) -> None:
    council, _prep, ids, days = _linked(db)
    with db.session() as s:
        other = make_group(s, "Brottsförebyggande rådet", members=("L",))
        single = meetings.add_meeting(
            s, other, meetings.MeetingInput(at(days[0], 9), at(days[0], 10))
        )
        assert meeting_following.if_moved(s, single, days[0] + WEEK) == []
        assert meeting_following.if_gone(s, single) == []
        # The time changed, the day not: nothing moves.
        assert meeting_following.if_moved(s, ids[0], days[0]) == []


def test_a_move_into_another_month_reads_as_one_move(db: Database) -> None:
    # Re-planning pairs a preparation meeting within its month: five weeks on, it removes the
    # one and plans another, which the coordinator is told as the move it is to them.
    _council, prep, ids, days = _linked(db)
    new_day = days[0] + 5 * WEEK
    items = _announced_then_done(
        db,
        prep,
        lambda s: meeting_following.if_moved(s, ids[0], new_day),
        lambda s: meetings.move_meeting(s, ids[0], at(new_day, 13), at(new_day, 15)),
    )
    old, new = working_day_before(days[0] - WEEK), working_day_before(new_day - WEEK)
    assert _days(items) == [(old, None), (None, new)]
    today = DAY
    assert following_lines(items) == [
        f"Lokal beredningsgrupp möts inför detta möte: dess möte {short_date(old, today)} "
        f"flyttas till {short_date(new, today)}."
    ]
