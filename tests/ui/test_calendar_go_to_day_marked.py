"""Kalender → "Gå till…" to a day ("15/3") shows its week with that day marked (its heading on
the house blue; today keeps its outline), so the eye need not search for it. The day stays the
one gone to until "I dag" or another "Gå till…": coming back to it (‹ ›, a meeting opened and
closed, the month view) shows it marked again; another week or month marks nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.calendar_go_to import read_go_to
from samverkan_desktop.services import calendar, meetings
from samverkan_desktop.services.calendar import CalendarRow
from tests.ui.clicks import type_text
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.calendar.day_marks import MARK_COLOUR
from ui.calendar.go_to_dialog import GoToDialog
from ui.context import AppContext

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def _marked(area: CalendarArea) -> list[dt.date]:
    """The days whose heading is on the house blue, as a user sees them, in the view shown."""
    if area.views.currentWidget() is area.month_grid:
        days = [(c.cell.date, c.number) for c in area.month_grid.cells]
    else:
        days = [(c.cell.date, c.heading) for c in area.week_grid.columns]
    return [day for day, heading in days if _heading_colour(heading) == QColor(MARK_COLOUR)]


def _heading_colour(heading: QLabel) -> QColor:
    """The colour behind the day's name or number (left of the text, inside the heading)."""
    return heading.grab().toImage().pixelColor(1, heading.height() // 2)


def _go_to(qtbot: QtBot, area: CalendarArea, modals: ModalDriver, text: str) -> None:
    """Ctrl+G, the text typed, Enter; the window active again, as after a real dialog."""

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, GoToDialog)
        type_text(qtbot, dialog.text_edit, text)
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    modals.answer(answer)
    qtbot.keyClick(area, Qt.Key.Key_G, CTRL)
    modals.check()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)


def _shown_days(area: CalendarArea) -> list[dt.date]:
    return [c.cell.date for c in area.week_grid.columns]


def _open_area(qtbot: QtBot, ctx: AppContext) -> CalendarArea:
    area = show_window(qtbot, CalendarArea(ctx), 1280, 800)
    qtbot.waitUntil(area.isActiveWindow)
    return area


def test_the_day_gone_to_is_marked_in_its_week_and_again_when_the_user_comes_back(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _open_area(qtbot, demo_ctx)
    day = read_go_to("15/3", clock.today()).day  # the nearest 15 March
    _go_to(qtbot, area, modals, "15/3")
    assert area.week_button.isChecked()
    assert _marked(area) == [day]

    area.refresh()  # another desk's change: the same week, still marked
    assert _marked(area) == [day]

    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)  # the next week: none of its days
    assert _shown_days(area)[0] == day - dt.timedelta(days=day.weekday() - 7)
    assert _marked(area) == []
    qtbot.mouseClick(area.previous_button, LEFT)  # back: the day is marked again
    assert day in _shown_days(area)
    assert _marked(area) == [day]
    qtbot.mouseClick(area.previous_button, LEFT)
    assert _marked(area) == []
    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    assert _marked(area) == [day]


def test_after_a_meeting_in_another_week_the_way_back_shows_the_day_marked(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _open_area(qtbot, demo_ctx)
    # A day two weeks or more ahead with a meeting (none over Christmas and New Year).
    ahead = clock.today() + dt.timedelta(days=14)
    rows = demo_ctx.call(calendar.list_calendar, ahead, ahead + dt.timedelta(days=60))
    day = min(row.starts_at.date() for row in rows)
    _go_to(qtbot, area, modals, day.isoformat())
    assert _marked(area) == [day]
    monday = _shown_days(area)[0]
    next_monday = monday + dt.timedelta(days=7)

    # A meeting of the week opened (of a group that meets again), then the group's next ones
    # until one in a later week.
    chip = next(
        c
        for c in area.week_grid.chips()
        if isinstance(c.row, CalendarRow)  # not a walk or an exercise
        and demo_ctx.call(meetings.get_meeting, c.row.id).next_meeting is not None
    )
    qtbot.mouseClick(chip, LEFT)
    assert area.stack.currentWidget() is area.editor
    editor = area.editor
    while editor.meeting is not None and editor.meeting.starts_at.date() < next_monday:
        assert editor.next_button.isEnabled()
        qtbot.mouseClick(editor.next_button, LEFT)
    qtbot.mouseClick(editor.back_button, LEFT)
    assert area.stack.currentWidget() is area.page
    later = _shown_days(area)[0]
    assert later > monday and _marked(area) == []  # the meeting's week: nothing marked

    for _week in range((later - monday).days // 7):
        qtbot.mouseClick(area.previous_button, LEFT)
    assert _shown_days(area)[0] == monday
    assert _marked(area) == [day]


def test_the_month_view_marks_the_day_gone_to_as_the_week_view_does(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _open_area(qtbot, demo_ctx)
    day = read_go_to("15/3", clock.today()).day  # mid-month: no other month's grid shows it
    _go_to(qtbot, area, modals, "15/3")
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)  # its month: the day marked there too
    assert area.month_button.isChecked()
    assert _marked(area) == [day]

    qtbot.mouseClick(area.next_button, LEFT)  # April: nothing marked
    assert _marked(area) == []
    qtbot.mouseClick(area.previous_button, LEFT)
    assert _marked(area) == [day]

    # "v. 11" before the day's row opens its week: still the day gone to.
    week = day.isocalendar()[1]
    week_button = next(b for b in area.month_grid.week_buttons if b.text() == f"v. {week}")
    qtbot.mouseClick(week_button, LEFT)
    assert area.week_button.isChecked() and _marked(area) == [day]


def test_a_neighbouring_month_shows_the_day_gone_to_greyed_and_unmarked(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _open_area(qtbot, demo_ctx)
    day = dt.date(2027, 3, 30)  # a Tuesday: April's grid begins on Monday 29 March
    _go_to(qtbot, area, modals, "30/3 2027")
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    assert _marked(area) == [day]
    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    assert area.month_grid.cell_for(day) is not None
    assert _marked(area) == []


# "15/3" read in December is Monday 15 March 2027. Read at 18 June 2026 it was Sunday 15 March
# 2026, which the week view leaves out with its empty weekend: stepping back by hand never
# showed it, and the test failed in April 2025.
@pytest.mark.moment("2026-12-05T17:30")
def test_today_forgets_the_day_gone_to(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = _open_area(qtbot, demo_ctx)
    day = read_go_to("15/3", clock.today()).day
    _go_to(qtbot, area, modals, "15/3")
    assert _marked(area) == [day]

    qtbot.keyClick(area, Qt.Key.Key_T, CTRL)  # I dag: today's week, nothing marked
    assert clock.today() in _shown_days(area)
    assert _marked(area) == []
    step = Qt.Key.Key_Right if day > clock.today() else Qt.Key.Key_Left
    for _week in range(60):  # back to the day's week by hand: no longer marked
        if day in _shown_days(area):
            break
        qtbot.keyClick(area, step, ALT)
    assert day in _shown_days(area)
    assert _marked(area) == []
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    assert _marked(area) == []
