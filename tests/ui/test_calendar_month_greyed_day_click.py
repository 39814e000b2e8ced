"""Kalender → Månad: a greyed day of the next or previous month, clicked, shows its month with
that day chosen, as the arrow keys crossing the month's edge do (it was chosen with the month
left as it was); double-clicked, it still offers a new meeting on that day, though the second
click lands on the new month's grid. The set-up of test_calendar_keys_keep_choice: March
2027."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.test_calendar_keys_keep_choice import area  # noqa: F401 (the fixture)
from tests.ui.test_calendar_month_day_keys import _focused_day, _framed_days
from tests.ui.text_fit import plain
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import NewMeetingDialog

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


def test_a_greyed_day_double_clicked_offers_a_meeting_on_it(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
    modals: ModalDriver,
) -> None:
    qtbot.keyClick(area, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    grid = area.month_grid
    cell = grid.cell_for(dt.date(2027, 4, 3))  # greyed in March's grid
    assert cell is not None
    at = cell.mapTo(grid, QPoint(cell.width() - 8, cell.height() - 8))
    qtbot.mouseClick(cell, LEFT, pos=cell.mapFrom(grid, at))  # the first click turns the month
    assert plain(area.title.text()).startswith("April 2027")
    under = grid.childAt(at)  # the second lands on April's grid
    assert under is not None
    seen: list[dt.date | None] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        seen.append(dialog.date_edit.value())
        click_button(qtbot, dialog, "Avbryt")

    modals.answer(read)
    qtbot.mouseDClick(under, LEFT, pos=under.mapFrom(grid, at))
    modals.check()
    assert seen == [dt.date(2027, 4, 3)]


def test_a_meeting_clicked_at_once_after_a_greyed_day_opens(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
) -> None:
    """The month turned by a greyed day, a meeting of the new month clicked at once (within a
    double click's time) opens: only a second click on the same spot is the greyed day's."""
    qtbot.keyClick(area, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    _click_day(qtbot, area, dt.date(2027, 4, 3))  # greyed in March's grid: April shown
    assert plain(area.title.text()).startswith("April 2027")
    cell = area.month_grid.cell_for(dt.date(2027, 4, 20))
    assert cell is not None
    chip = cell.chips[0]
    assert chip.isVisible()
    qtbot.mouseClick(chip, LEFT)
    assert area.stack.currentWidget() is area.editor
    assert "20 april 2027" in area.editor.subtitle.text()
