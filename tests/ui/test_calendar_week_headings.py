"""The week's day headings in the program's own style at 1024 × 768: in a busy week (three
meetings at once on four days, and one on Saturday: seven columns, the busy days wider) the
free days' headings are narrow. Each reads whole, "fre 11 dec" or a shorter "fre 11", never cut
("fre 11 d") nor broken inside its date; the tooltip says the whole day."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop.db import open_database
from samverkan_desktop.formatting import long_date
from tests.ui.openers import calendar_week
from tests.ui.own_style import LookAt
from tests.ui.test_calendar_week_three_at_once import (
    NAMES,
    WEEKEND_GROUP,
    _tuesday_two_weeks_on,
)
from tests.ui.text_fit import plain
from tests.ui.week_meetings import add_meetings
from tests.ui.windows import keep_shot
from ui.main_window import MainWindow


def test_narrow_day_headings_read_whole_or_shorter_at_1024(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    sqlite_url: str,
) -> None:
    monday = _tuesday_two_weeks_on() - dt.timedelta(days=1)
    db = open_database(sqlite_url)
    try:
        for offset in range(4):
            add_meetings(
                db.call,
                NAMES,
                dt.datetime.combine(monday, dt.time(9 + offset, 0)) + dt.timedelta(days=offset),
                2,
            )
        add_meetings(
            db.call,
            (WEEKEND_GROUP,),
            dt.datetime.combine(monday + dt.timedelta(days=5), dt.time(10, 0)),
            2,
        )
    finally:
        db.dispose()

    def look(window: MainWindow) -> list[tuple[dt.date, str, int, int, str]]:
        area = calendar_week(qtbot, window, monday)
        keep_shot(window, "calendar-week-headings-1024")
        seen = []
        for column in area.week_grid.columns:
            heading = column.heading
            used = heading.fontMetrics().horizontalAdvance(heading.text())
            # What the column shows of it (a label wider than its day is cut by the day's edge).
            shown = heading.visibleRegion().boundingRect().width()
            room = shown - (heading.width() - heading.contentsRect().width())
            seen.append((column.cell.date, heading.text(), used, room, heading.toolTip()))
        return seen

    seen = look_at_demo((1024, 768), look)
    assert len(seen) == 7
    for day, text, used, room, tooltip in seen:
        weekday = text.split(" ")[0]
        whole = f"{weekday} {day.day}\u00a0{plain(long_date(day)).split(' ')[2][:3]}"
        assert used <= room, (day, text, used, room)  # not cut
        assert text in (whole, f"{weekday} {day.day}", str(day.day)), (day, text)
        assert tooltip == long_date(day)
