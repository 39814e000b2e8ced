"""Kalender → Månad by the keys (it had no keyboard way into its days): Tab stops at the day
shown, the arrow keys move the chosen day (←/→ a day, ↑/↓ a week, into the neighbouring month
as ‹ › go), Home/End the month's first and last day, the day framed on light blue; Enter and
Ctrl+N offer a new meeting on it; ‹ › keep the day, Alt+W shows its week on it. The set-up of
test_calendar_keys_keep_choice: March 2027."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.test_calendar_keys_keep_choice import (  # noqa: F401 (the fixture)
    MONDAY,
    _press,
    _shown_week,
    area,
)
from tests.ui.test_calendar_week_slot_keys import _drawn_slots
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import NewMeetingDialog
from ui.calendar.month_view import DayCellWidget
from ui.calendar.week_day import SLOT_FILL, WeekDayColumn

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier


def _framed_days(view: CalendarArea) -> list[dt.date]:
    """The month's days drawn as chosen: inside their frame the light blue of a chosen half
    hour (seen in the corner below the day's tiles), as a user sees them."""
    days = []
    for cell in view.month_grid.cells:
        image = cell.grab().toImage()
        if image.pixelColor(cell.width() - 5, cell.height() - 5) == SLOT_FILL:
            days.append(cell.cell.date)
    return days


def _focused_day() -> dt.date | None:
    focused = QApplication.focusWidget()
    return focused.cell.date if isinstance(focused, DayCellWidget) else None


def _new_meeting_day(
    qtbot: QtBot, modals: ModalDriver, key: Qt.Key, modifier: Qt.KeyboardModifier
) -> dt.date | None:
    """The day the new meeting's dialog offers, opened with this key (then "Avbryt")."""
    seen: list[dt.date | None] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen.append(dialog.date_edit.value())
        click_button(qtbot, dialog, "Avbryt")

    modals.answer(read)
    _press(qtbot, key, modifier)
    modals.check()
    return seen[0]


def test_the_month_days_are_reached_and_moved_among_with_the_keys(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
    modals: ModalDriver,
) -> None:
    qtbot.keyClick(area, Qt.Key.Key_M, ALT)
    settle(qtbot)
    assert _framed_days(area) == []
    area.print_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _stop in range(8):
        _press(qtbot, Qt.Key.Key_Tab, NONE)
        if _focused_day() is not None:
            break
    assert _focused_day() == MONDAY  # the day shown, 1 March
    assert _framed_days(area) == [MONDAY]

    _press(qtbot, Qt.Key.Key_Right, NONE)
    _press(qtbot, Qt.Key.Key_Down, NONE)
    assert _framed_days(area) == [dt.date(2027, 3, 9)]
    _press(qtbot, Qt.Key.Key_End, NONE)
    assert _framed_days(area) == [dt.date(2027, 3, 31)]

    _press(qtbot, Qt.Key.Key_Right, NONE)  # over the month's edge: April, as › goes
    assert plain(area.title.text()).startswith("April 2027")
    assert _focused_day() == dt.date(2027, 4, 1)
    assert _framed_days(area) == [dt.date(2027, 4, 1)]
    _press(qtbot, Qt.Key.Key_Left, NONE)
    assert plain(area.title.text()).startswith("Mars 2027")
    assert _framed_days(area) == [dt.date(2027, 3, 31)]
    _press(qtbot, Qt.Key.Key_Home, NONE)
    assert _framed_days(area) == [MONDAY]
    _press(qtbot, Qt.Key.Key_Up, NONE)  # Monday 22 February, greyed in March's grid
    assert plain(area.title.text()).startswith("Februari 2027")
    assert _framed_days(area) == [dt.date(2027, 2, 22)]

    # Enter, as a double click on the day, and Ctrl+N: a new meeting on it.
    assert _new_meeting_day(qtbot, modals, Qt.Key.Key_Return, NONE) == dt.date(2027, 2, 22)
    assert _new_meeting_day(qtbot, modals, Qt.Key.Key_N, CTRL) == dt.date(2027, 2, 22)

    # ‹ › and Alt+W go on from the day chosen, the focus kept on it: in the week on its
    # first half hour (it went to Monday's).
    _press(qtbot, Qt.Key.Key_Right, ALT)
    assert _framed_days(area) == [dt.date(2027, 3, 22)]
    _press(qtbot, Qt.Key.Key_Right, NONE)
    _press(qtbot, Qt.Key.Key_W, ALT)
    assert _shown_week(area) == 12
    assert _drawn_slots(area) == [(dt.date(2027, 3, 23), dt.time(8))]
    focused = QApplication.focusWidget()
    assert isinstance(focused, WeekDayColumn) and focused.cell.date == dt.date(2027, 3, 23)
