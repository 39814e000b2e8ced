"""Kalender → "Gå till…" to a day ("15/3") shows its week with that day marked (its heading on
the house blue; today keeps its outline), so the eye need not search for it; the mark stays
while the week is refreshed and goes when the user goes elsewhere (another week's day is not
marked)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.calendar_go_to import read_go_to
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import show_window, type_text
from ui.calendar.area import CalendarArea
from ui.calendar.day_marks import MARK_COLOUR
from ui.calendar.go_to_dialog import GoToDialog
from ui.calendar.week_view import WeekDayColumn
from ui.context import AppContext

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _marked(area: CalendarArea) -> list[dt.date]:
    return [c.cell.date for c in area.week_grid.columns if c.heading.property("chosen")]


def _heading_colour(column: WeekDayColumn) -> QColor:
    """The colour a user sees behind the day's name (left of the text, inside the heading)."""
    return column.heading.grab().toImage().pixelColor(1, column.heading.height() // 2)


def test_the_day_gone_to_is_marked_in_its_week_until_the_user_goes_elsewhere(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, CalendarArea(demo_ctx), 1280, 800)
    qtbot.waitUntil(area.isActiveWindow)
    day = read_go_to("15/3", dt.date.today()).day  # the nearest 15 March

    def type_day(dialog: QWidget) -> None:
        assert isinstance(dialog, GoToDialog)
        type_text(qtbot, dialog.text_edit, "15/3")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    modals.answer(type_day)
    qtbot.keyClick(area, Qt.Key.Key_G, CTRL)
    modals.check()
    assert area.week_button.isChecked()
    assert _marked(area) == [day]
    marked = next(c for c in area.week_grid.columns if c.cell.date == day)
    others = [c for c in area.week_grid.columns if c.cell.date != day]
    assert _heading_colour(marked) == QColor(MARK_COLOUR)
    assert all(_heading_colour(c) != QColor(MARK_COLOUR) for c in others)

    area.refresh()  # another desk's change: the same week, still marked
    assert _marked(area) == [day]

    area.activateWindow()  # as after the dialog closed in a real session
    qtbot.waitUntil(area.isActiveWindow)
    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)  # the next week: none of its days
    assert area.week_grid.columns[0].cell.date == day - dt.timedelta(days=day.weekday() - 7)
    assert _marked(area) == []
    qtbot.keyClick(area, Qt.Key.Key_Left, ALT)  # back by hand: the user went elsewhere
    assert day in [c.cell.date for c in area.week_grid.columns]
    assert _marked(area) == []
