"""Kalender → Månad: a click on a week number ("v. 50") opens that week with no half hour chosen,
as "I dag" and ‹ › open theirs, the focus on "Vecka" (as a click on it leaves it). Hidden with
the month, the week number passed the focus on to Monday's column, whose first half hour was
drawn as chosen."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.openers import calendar_window
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.calendar.week_day import SLOT_FILL
from ui.context import AppContext

LEFT = Qt.MouseButton.LeftButton


def _chosen_days(area: CalendarArea) -> list[dt.date]:
    """The days of the week shown whose column shows a half hour as chosen (its fill seen in
    the strip kept free on the right of the day's blocks)."""
    days = []
    for column in area.week_grid.columns:
        image = column.grab().toImage()
        x = column.width() - 3
        if any(image.pixelColor(x, y) == SLOT_FILL for y in range(column.height())):
            days.append(column.cell.date)
    return days


def test_a_week_number_clicked_in_the_month_opens_the_week_with_nothing_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = calendar_window(qtbot, demo_ctx)
    qtbot.waitUntil(window.isActiveWindow)
    area.set_mode("month")
    settle(qtbot)
    button = area.month_grid.week_buttons[1]  # the month's second week
    week = int(plain(button.text()).removeprefix("v. "))

    qtbot.mouseClick(button, LEFT)
    settle(qtbot)

    assert area.week_button.isChecked()
    assert area.week_grid.columns[0].cell.date.isocalendar()[1] == week
    assert _chosen_days(area) == []  # Monday's first half hour was
    assert area.week_button.hasFocus()

    # Tab on into the week: the day reached chooses its first half hour, as before.
    for _press in range(40):
        if area.week_grid.columns[0].hasFocus():
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert _chosen_days(area) == [area.week_grid.columns[0].cell.date]
