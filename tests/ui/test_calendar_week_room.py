"""Kalender → Vecka in the program's own style at 1024 × 768 and 1280 × 800: two meetings at 13.00
the same day each read their time and their name in whole words ("Lokal" / "styrgrupp" /
"Östermalm"), the whole in the tooltip; each got a sliver of its day and read "styrgru…",
"Norrma…" even at 1280 px, while an empty Sunday beside them stood as wide as a weekday. An
empty Saturday or Sunday is now a narrow column under a whole heading ("sön 16"); a weekend day
with a meeting is as wide as a weekday."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.openers import calendar_week
from tests.ui.own_style import LookAt
from tests.ui.text_fit import plain
from tests.ui.week_meetings import add_before_start
from tests.ui.windows import keep_shot
from ui.calendar.week_day import WeekDayColumn
from ui.main_window import MainWindow

# The demo's follow-up walk (18 days on, on a working day) then falls before the week read.
TODAY = dt.date(2027, 4, 13)
MONDAY = dt.date(2027, 5, 10)  # a week without a public holiday
TUESDAY, SATURDAY, SUNDAY = (MONDAY + dt.timedelta(days=n) for n in (1, 5, 6))
AT_ONCE = ("Lokal styrgrupp Östermalm", "Norrmalms trygghets- och säkerhetsråd")
ON_SATURDAY = "Trygghetsråd Östermalm"


def _name_words(column: WeekDayColumn) -> dict[str, tuple[str, list[str], str]]:
    """Each block side by side: its first line, the words of its name as painted, its tooltip."""
    seen = {}
    for block in column.chips:
        if column.spot(block).lanes < 2:
            continue
        lines = block.shown_lines()
        first = lines[0][0] if lines else ""
        words = " ".join(text for text, bold in lines if bold).split()
        seen[block.row.label] = (first, words, plain(block.toolTip()))
    return seen


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
@pytest.mark.moment(f"{TODAY.isoformat()}T10:00")
def test_meetings_at_once_read_whole_words_beside_a_narrow_empty_sunday(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], sqlite_url: str, size: tuple[int, int]
) -> None:
    add_before_start(
        sqlite_url,
        (AT_ONCE, dt.datetime.combine(TUESDAY, dt.time(13, 0)), 1.5),
        ((ON_SATURDAY,), dt.datetime.combine(SATURDAY, dt.time(10, 0)), 2),
    )

    def look(window: MainWindow) -> dict[str, Any]:
        area = calendar_week(qtbot, window, TUESDAY)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"calendar-week-room-{size[0]}")
        days = {column.cell.date: column for column in area.week_grid.columns}
        assert list(days) == [MONDAY + dt.timedelta(days=n) for n in range(7)]
        sunday = days[SUNDAY]
        assert not (sunday.cell.meetings or sunday.cell.entries)  # the demo left it empty
        return {
            "widths": {day: column.width() for day, column in days.items()},
            "headings": {day: column.top.width() for day, column in days.items()},
            "sunday heading": plain(sunday.heading.text()),
            "at once": _name_words(days[TUESDAY]),
        }

    seen = look_at_demo(size, look)
    widths = seen["widths"]
    for day, width in widths.items():
        assert abs(seen["headings"][day] - width) <= 1, seen  # each heading over its day
    monday = widths[MONDAY]
    assert widths[SUNDAY] < monday * 0.7, widths  # empty: narrow (equal, it was)
    assert seen["sunday heading"] in ("sön 16", "sön 16 maj")  # yet its heading whole
    assert abs(widths[SATURDAY] - monday) <= 1, widths  # a meeting on it: a weekday's width
    at_once = seen["at once"]
    assert set(at_once) == set(AT_ONCE), at_once
    for label, (first, words, tooltip) in at_once.items():
        assert first.startswith("13.00"), (label, first)  # the time visible
        assert len(words) >= 2 and all(w in label.split() for w in words), (label, words)
        assert label in tooltip and "13.00" in tooltip, tooltip
