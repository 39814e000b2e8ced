"""Where the week's time grid puts meetings (ui.calendar.week_lanes, plain arithmetic): the
hours shown and the lanes of meetings at the same time."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.enums import GroupType
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.calendar import CalendarRow
from ui.calendar.week_lanes import hour_span, place_day

DAY = dt.date(2027, 3, 1)


def _row(meeting_id: int, start: str, end: str, next_day: bool = False) -> CalendarRow:
    ends_on = DAY + dt.timedelta(days=1 if next_day else 0)
    return CalendarRow(
        id=meeting_id,
        group_id=meeting_id,
        group_name=f"Grupp {meeting_id}",
        group_type=GroupType.ARBETSGRUPP,
        colour_index=meeting_id,
        title=None,
        starts_at=dt.datetime.combine(DAY, dt.time.fromisoformat(start)),
        ends_at=dt.datetime.combine(ends_on, dt.time.fromisoformat(end)),
        place=None,
        status=MeetingStatus.PLANNED,
        from_rule=False,
        is_exception=False,
        moved=False,
        holiday=None,
        week=9,
    )


def test_meetings_at_the_same_time_share_lanes_and_the_next_cluster_starts_anew() -> None:
    rows = [
        _row(1, "09:00", "10:00"),
        _row(2, "09:30", "11:00"),
        _row(3, "10:00", "12:00"),  # overlaps 2 only: takes lane 0 again, freed by 1
        _row(4, "12:00", "13:00"),  # after them all: the whole width
    ]
    placed = {p.row.id: (p.start, p.end, p.lane, p.lanes) for p in place_day(rows)}
    assert placed == {
        1: (9.0, 10.0, 0, 2),
        2: (9.5, 11.0, 1, 2),
        3: (10.0, 12.0, 0, 2),
        4: (12.0, 13.0, 0, 1),
    }


def test_the_hours_are_the_office_day_widened_to_every_meeting() -> None:
    assert hour_span([]) == (8, 17)
    assert hour_span([_row(1, "09:00", "10:30")]) == (8, 17)
    assert hour_span([_row(1, "07:15", "08:00"), _row(2, "17:30", "19:00")]) == (7, 19)
    # Past midnight: drawn to the day's end; without length: half an hour tall.
    late = _row(1, "22:00", "01:00", next_day=True)
    assert hour_span([late]) == (8, 24)
    assert place_day([late])[0].end == 24.0
    assert place_day([_row(2, "09:00", "09:00")])[0].end == 9.5
