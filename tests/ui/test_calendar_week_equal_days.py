"""The week's days in the program's own style at 1024 × 768 and 1280 × 800: days of one meeting at
a time are equal columns; a day of meetings at the same time is a share of the width a lane (two
at once each got a sliver and read "styrgru…" even at 1280 px: test_calendar_week_room), and at
1024 px where the shares would be too narrow to read, as wide as its lanes need; an empty Sunday
is narrow. Each lane reads its start. A holiday's long name under
a narrow heading breaks between words and cuts a word too long with "…" ("Kristi" /
"himmelsfärds…", whole in the tooltip); it read "himmelsfärdsda", cut bare at the edge."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import wrapped_lines
from tests.ui.openers import calendar_week
from tests.ui.own_style import LookAt
from tests.ui.test_calendar_week_three_at_once import NAMES, WEEKEND_GROUP
from tests.ui.week_meetings import add_before_start
from tests.ui.windows import keep_shot
from ui.calendar.week_lanes import lanes_needed
from ui.main_window import MainWindow

TODAY = dt.date(2027, 4, 20)  # two weeks before Kristi himmelsfärdsdag (a group of the
# demo starts 12 days after the day it is built for)
TUESDAY = dt.date(2027, 5, 4)  # three at once
ASCENSION, FRIDAY, SATURDAY = (TUESDAY + dt.timedelta(days=n) for n in (2, 3, 4))
HOLIDAY = "Kristi himmelsfärdsdag"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
@pytest.mark.moment(f"{TODAY.isoformat()}T10:00")
def test_days_are_equal_columns_and_a_holiday_breaks_between_words(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str, size: tuple[int, int]
) -> None:
    add_before_start(
        sqlite_url,
        (NAMES, dt.datetime.combine(TUESDAY, dt.time(13, 0)), 2),
        (NAMES[:2], dt.datetime.combine(FRIDAY, dt.time(10, 0)), 1.5),
        ((WEEKEND_GROUP,), dt.datetime.combine(SATURDAY, dt.time(10, 0)), 2),
    )
    widths: dict[dt.date, tuple[int, int]] = {}  # the day's column and its heading
    lanes: dict[dt.date, int] = {}
    starts: list[tuple[str, str]] = []  # a block's start, its first line
    holiday: dict[str, Any] = {}

    def look(window: MainWindow) -> None:
        area = calendar_week(qtbot, window, TUESDAY)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"calendar-week-equal-days-{size[0]}")
        grid = area.week_grid
        assert len(grid.columns) == 7
        for column in grid.columns:
            widths[column.cell.date] = (column.width(), column.top.width())
            lanes[column.cell.date] = lanes_needed(column.placed)
            for block in column.chips:
                if column.spot(block).lanes > 1:  # side by side: its start whole
                    start = block.row.starts_at.strftime("%H.%M")
                    first = block.shown_lines()[0][0] if block.shown_lines() else ""
                    starts.append((start, first))
            if column.cell.date == ASCENSION:
                label = column.top.findChild(QLabel, "holidayName")
                assert label is not None
                room = label.contentsRect().width()
                holiday["room"] = room
                holiday["lines"] = [
                    line
                    for piece in label.text().split("\n")
                    for line in wrapped_lines(piece, label.font(), room)
                ]
                holiday["widths"] = [
                    label.fontMetrics().horizontalAdvance(line) for line in holiday["lines"]
                ]
                holiday["tooltip"] = label.toolTip()

    look_at_demo(size, look)
    for column, heading in widths.values():
        assert abs(column - heading) <= 1, widths  # each heading over its day
    assert lanes[TUESDAY] == 3 and lanes[FRIDAY] == 2, lanes
    sunday = SATURDAY + dt.timedelta(days=1)
    others = [w for day, (w, _h) in widths.items() if lanes[day] < 2 and day != sunday]
    assert max(others) - min(others) <= 1, widths  # one at a time: equal columns
    assert widths[sunday][0] <= min(others), widths  # empty: no wider than a weekday
    tuesday, friday = widths[TUESDAY][0], widths[FRIDAY][0]
    assert tuesday > friday > min(others), widths  # a share a lane, three wider than two
    if size[0] >= 1280:
        assert abs(friday - 2 * min(others)) <= 2, widths  # two shares
        assert abs(tuesday - 3 * min(others)) <= 3, widths
    assert len(starts) >= 5 and all(first.startswith(start) for start, first in starts), starts
    assert holiday["tooltip"] == f"Helgdag: {HOLIDAY}"
    assert all(w <= holiday["room"] for w in holiday["widths"]), holiday  # nothing cut bare
    words = HOLIDAY.split()
    for line in holiday["lines"]:
        kept = line.removesuffix("…").split()
        assert kept and all(
            w in words or (line.endswith("…") and HOLIDAY.find(w) >= 0) for w in kept
        ), holiday
