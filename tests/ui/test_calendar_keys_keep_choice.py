"""Kalender: ‹ › (Alt+←/→, Ctrl+PgUp/PgDn) keep what the user chose. In the week the half hour
chosen goes to the same weekday and time, the focus with it (it was dropped, the focus on
"I dag"), and Enter there starts a meeting, as a double click does; in the month the day of
the month, the month's last where it has none (Alt+W then shows that day's week); in the list
the first row on or after the same day of the month. Fixed days of 2027 (none depends on
today)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.enums import GroupType
from samverkan_desktop.services import group_editing, meetings
from samverkan_desktop.services.group_rows import GroupInput
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.test_calendar_go_to_day_marked import _go_to
from tests.ui.text_fit import plain
from tests.ui.windows import settle, show_window
from ui.calendar.area import CalendarArea
from ui.calendar.chip import MeetingChip
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.calendar.week_day import SLOT_FILL, WeekDayColumn
from ui.context import AppContext

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
MONDAY = dt.date(2027, 3, 1)  # week 9
WEDNESDAY, SATURDAY = MONDAY + dt.timedelta(days=2), MONDAY + dt.timedelta(days=5)
WEEK = dt.timedelta(days=7)


def _add(ctx: AppContext, group: int, day: dt.date, start: str, end: str) -> None:
    def at(clock: str) -> dt.datetime:
        return dt.datetime.combine(day, dt.time.fromisoformat(clock))

    ctx.call(meetings.add_meeting, group, MeetingInput(at(start), at(end), "Karlavägen 104"))


@pytest.fixture
def area(qtbot: QtBot, ctx: AppContext) -> CalendarArea:
    """The week of Monday 1 March 2027: a meeting on Monday, one on Saturday evening; one
    on 3 March, on 30 March, and on 1, 7 and 20 April (the month and the list)."""
    group = ctx.call(
        group_editing.create_group, GroupInput("Lokal styrgrupp Östermalm", GroupType.STYRGRUPP)
    )
    _add(ctx, group, MONDAY, "09:00", "10:00")
    _add(ctx, group, WEDNESDAY, "10:00", "11:00")
    _add(ctx, group, SATURDAY, "18:30", "20:00")
    _add(ctx, group, dt.date(2027, 3, 30), "09:00", "10:00")  # in April's grid, greyed
    for day in (1, 7, 20):
        _add(ctx, group, dt.date(2027, 4, day), "13:00", "14:00")
    view = show_window(qtbot, CalendarArea(ctx), 1024, 768)
    qtbot.waitUntil(view.isActiveWindow)
    qtbot.keyClick(view, Qt.Key.Key_W, ALT)
    view.show_week_of(MONDAY)
    settle(qtbot)
    return view


def _column(area: CalendarArea, day: dt.date) -> WeekDayColumn:
    return next(c for c in area.week_grid.columns if c.cell.date == day)


def _drawn_slot(area: CalendarArea) -> tuple[dt.date, dt.time] | None:
    """The day and half hour drawn as chosen (its fill seen in the strip kept free on the
    right of the day's blocks), as a user sees it; None when none is."""
    for column in area.week_grid.columns:
        image = column.grab().toImage()
        x = column.width() - 3
        filled = [y for y in range(column.height()) if image.pixelColor(x, y) == SLOT_FILL]
        if filled:
            return column.cell.date, column.time_at((filled[0] + filled[-1]) // 2)
    return None


def _click_slot(qtbot: QtBot, area: CalendarArea, day: dt.date, hours: float) -> None:
    column = _column(area, day)
    y = round((hours - area.week_grid.hours[0]) * column.hour_height())
    qtbot.mouseClick(column, LEFT, pos=QPoint(column.width() // 2, y))


def _press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """A key pressed where the focus is, as a user's keyboard sends it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    settle(qtbot)


def _shown_week(area: CalendarArea) -> int:
    return area.week_grid.columns[0].cell.date.isocalendar()[1]


def test_the_week_keys_keep_the_half_hour_chosen_and_enter_starts_a_meeting_there(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    _click_slot(qtbot, area, WEDNESDAY, 14.25)
    assert _drawn_slot(area) == (WEDNESDAY, dt.time(14))

    _press(qtbot, Qt.Key.Key_Right, ALT)
    assert _shown_week(area) == 10
    assert _drawn_slot(area) == (WEDNESDAY + WEEK, dt.time(14))
    assert QApplication.focusWidget() is _column(area, WEDNESDAY + WEEK)

    for _week in range(2):
        _press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert _shown_week(area) == 8
    assert _drawn_slot(area) == (WEDNESDAY - WEEK, dt.time(14))

    seen: list[tuple[dt.date | None, str]] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen.append((dialog.date_edit.value(), dialog.start_edit.text()))
        click_button(qtbot, dialog, "Avbryt")

    _press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)  # 14.30
    modals.answer(read)
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    modals.check()
    assert seen == [(WEDNESDAY - WEEK, "14.30")]


@pytest.mark.moment("2026-12-05T17:30")
def test_today_and_a_change_elsewhere_keep_the_half_hour_chosen(
    qtbot: QtBot, area: CalendarArea
) -> None:
    """Ctrl+T ("I dag", a Saturday) takes the half hour chosen to today; another desk's change
    shown keeps it."""
    _click_slot(qtbot, area, WEDNESDAY, 9.75)
    _press(qtbot, Qt.Key.Key_T, CTRL)
    assert _drawn_slot(area) == (dt.date(2026, 12, 5), dt.time(9, 30))
    area.refresh()
    settle(qtbot)
    assert _drawn_slot(area) == (dt.date(2026, 12, 5), dt.time(9, 30))


def test_tab_goes_from_the_buttons_straight_to_the_first_day(
    qtbot: QtBot, area: CalendarArea
) -> None:
    """It stopped between them on the time grid's scroll area, which showed nothing."""
    area.print_button.setFocus(Qt.FocusReason.TabFocusReason)
    _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    assert QApplication.focusWidget() is area.week_grid.columns[0]
    assert _drawn_slot(area) == (MONDAY, dt.time(8))


def test_a_saturday_evening_goes_to_the_next_saturday_evening(
    qtbot: QtBot, area: CalendarArea
) -> None:
    """The next week has nothing on its weekend nor after 17: its Saturday and its evening are
    shown all the same, the half hour chosen there."""
    assert area.week_grid.hours == (8, 20)
    _click_slot(qtbot, area, SATURDAY, 19.25)
    assert _drawn_slot(area) == (SATURDAY, dt.time(19))

    _press(qtbot, Qt.Key.Key_Right, ALT)
    assert _shown_week(area) == 10
    assert _drawn_slot(area) == (SATURDAY + WEEK, dt.time(19))


def test_the_month_keeps_the_day_of_the_month_for_the_week_view(
    qtbot: QtBot, area: CalendarArea, modals: ModalDriver
) -> None:
    """31 January, then February: its last day, Sunday 28 (its week shows it, though nothing is
    on it); March: the 31st again."""
    _go_to(qtbot, area, modals, "31/1 2027")
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    assert plain(area.title.text()).startswith("Februari 2027")
    qtbot.keyClick(area, Qt.Key.Key_W, ALT)
    settle(qtbot)
    assert _shown_week(area) == 8
    assert area.week_grid.columns[-1].cell.date == dt.date(2027, 2, 28)
    assert area.week_grid.columns[-1].isVisible()

    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    qtbot.keyClick(area, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(area, Qt.Key.Key_W, ALT)
    settle(qtbot)
    assert dt.date(2027, 3, 31) in [c.cell.date for c in area.week_grid.columns]


def test_the_month_keeps_the_focus_on_its_tiles(qtbot: QtBot, area: CalendarArea) -> None:
    """A tile reached with Tab (3 March), then April: the focus on the first meeting on or
    after the 3rd, the 7th (it went to "I dag"), and Enter opens that one."""
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    settle(qtbot)
    area.print_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _tile in range(4):
        _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        tile = QApplication.focusWidget()
        if isinstance(tile, MeetingChip) and tile.row.starts_at.date() == WEDNESDAY:
            break
    _press(qtbot, Qt.Key.Key_Right, ALT)
    assert plain(area.title.text()).startswith("April 2027")
    tile = QApplication.focusWidget()
    assert isinstance(tile, MeetingChip) and tile.row.starts_at.date() == dt.date(2027, 4, 7)
    assert tile.isVisible()
    _press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    opened = area.editor.meeting
    assert area.stack.currentWidget() is area.editor and opened is not None
    assert opened.starts_at.date() == dt.date(2027, 4, 7)


def test_a_tile_of_the_month_before_moves_from_the_month_shown(
    qtbot: QtBot, area: CalendarArea
) -> None:
    """April's grid begins on Monday 29 March: from the tile of the 30th (greyed), Alt+→ goes
    to May, not to April again."""
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    qtbot.keyClick(area, Qt.Key.Key_Right, ALT)
    settle(qtbot)
    area.print_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _tile in range(3):
        _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        tile = QApplication.focusWidget()
        if isinstance(tile, MeetingChip):
            break
    assert isinstance(tile, MeetingChip) and tile.row.starts_at.date() == dt.date(2027, 3, 30)
    _press(qtbot, Qt.Key.Key_Right, ALT)
    assert plain(area.title.text()).startswith("Maj 2027")


def test_the_list_keeps_the_place_in_the_month(qtbot: QtBot, area: CalendarArea) -> None:
    """Down the list to 3 March (a click would open the meeting), then April: the first
    meeting on or after the 3rd chosen, the 7th."""
    qtbot.keyClick(area, Qt.Key.Key_L, ALT)
    settle(qtbot)
    area.list_view.setFocus(Qt.FocusReason.TabFocusReason)
    for _row in range(4):
        if (row := area.list_view.current_row()) and row.starts_at.date() == WEDNESDAY:
            break
        _press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    row = area.list_view.current_row()
    assert row is not None and row.starts_at.date() == WEDNESDAY
    _press(qtbot, Qt.Key.Key_Right, ALT)
    assert plain(area.title.text()).startswith("April 2027")
    chosen = area.list_view.current_row()
    assert chosen is not None and chosen.starts_at.date() == dt.date(2027, 4, 7)
    assert area.list_view.hasFocus()
