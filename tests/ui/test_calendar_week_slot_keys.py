"""Kalender → Vecka by the keys and the mouse: Home/End on a half hour chosen go to the day's
first and last half hour shown (they did nothing); a half hour chosen with the mouse stays
drawn when › is clicked (it was kept, but not drawn: the focus had gone to ›), one half hour
drawn in the week, the last chosen. The set-up of test_calendar_keys_keep_choice: March 2027."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_calendar_keys_keep_choice import (  # noqa: F401 (the fixture)
    LEFT,
    MONDAY,
    WEDNESDAY,
    WEEK,
    _click_slot,
    _press,
    _shown_week,
    area,
)
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.calendar.week_day import SLOT_FILL

NONE = Qt.KeyboardModifier.NoModifier


def _drawn_slots(view: CalendarArea) -> list[tuple[dt.date, dt.time]]:
    """Every day and half hour drawn as chosen (its fill in the strip kept free on the right of
    the day's blocks)."""
    drawn = []
    for column in view.week_grid.columns:
        image = column.grab().toImage()
        x = column.width() - 3
        filled = [y for y in range(column.height()) if image.pixelColor(x, y) == SLOT_FILL]
        if filled:
            drawn.append((column.cell.date, column.time_at((filled[0] + filled[-1]) // 2)))
    return drawn


def test_home_and_end_go_to_the_day_s_first_and_last_half_hour_shown(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
) -> None:
    assert area.week_grid.hours == (8, 20)
    _click_slot(qtbot, area, WEDNESDAY, 14.25)
    _press(qtbot, Qt.Key.Key_End, NONE)
    assert _drawn_slots(area) == [(WEDNESDAY, dt.time(19, 30))]
    _press(qtbot, Qt.Key.Key_Home, NONE)
    assert _drawn_slots(area) == [(WEDNESDAY, dt.time(8))]


def test_a_half_hour_chosen_with_the_mouse_stays_drawn_when_next_is_clicked(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
) -> None:
    """One half hour in the week is drawn as chosen: the last clicked."""
    _click_slot(qtbot, area, MONDAY, 10.25)
    _click_slot(qtbot, area, WEDNESDAY, 14.25)
    assert _drawn_slots(area) == [(WEDNESDAY, dt.time(14))]

    qtbot.mouseClick(area.next_button, LEFT)
    settle(qtbot)
    assert _shown_week(area) == 10
    assert _drawn_slots(area) == [(WEDNESDAY + WEEK, dt.time(14))]
    # the focus where the click left it: › clicked again goes on, the choice along
    qtbot.mouseClick(area.next_button, LEFT)
    settle(qtbot)
    assert _drawn_slots(area) == [(WEDNESDAY + 2 * WEEK, dt.time(14))]
