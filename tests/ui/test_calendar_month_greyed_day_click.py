"""Kalender → Månad: a greyed day of the next or previous month, clicked, shows its month with
that day chosen, as the arrow keys crossing the month's edge do (it was chosen with the month
left as it was). The set-up of test_calendar_keys_keep_choice: March 2027."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_calendar_keys_keep_choice import area  # noqa: F401 (the fixture)
from tests.ui.test_calendar_month_day_keys import _focused_day, _framed_days
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea

LEFT = Qt.MouseButton.LeftButton


def _click_day(qtbot: QtBot, view: CalendarArea, day: dt.date) -> None:
    """A click in the day's lower right corner, below its tiles."""
    cell = view.month_grid.cell_for(day)
    assert cell is not None
    qtbot.mouseClick(cell, LEFT, pos=QPoint(cell.width() - 8, cell.height() - 8))
    settle(qtbot)


def test_a_greyed_day_clicked_shows_its_month(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
) -> None:
    qtbot.keyClick(area, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    assert plain(area.title.text()).startswith("Mars 2027")

    _click_day(qtbot, area, dt.date(2027, 3, 17))  # a day of the month: it stays
    assert plain(area.title.text()).startswith("Mars 2027")
    assert _framed_days(area) == [dt.date(2027, 3, 17)]

    _click_day(qtbot, area, dt.date(2027, 4, 3))  # Saturday 3 April, greyed in March's grid
    assert plain(area.title.text()).startswith("April 2027")
    assert _focused_day() == dt.date(2027, 4, 3)
    assert _framed_days(area) == [dt.date(2027, 4, 3)]

    _click_day(qtbot, area, dt.date(2027, 3, 29))  # Monday 29 March, greyed in April's
    assert plain(area.title.text()).startswith("Mars 2027")
    assert _framed_days(area) == [dt.date(2027, 3, 29)]
