"""The calendar and the meeting editor on a small laptop: 1366x768 at 125 % scaling leaves about
1093 logical pixels, 210 of them for the sidebar. The area must not force the window wider; its
button rows and filters wrap instead, and nothing is cut or drawn over something else."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import groups, meetings
from tests.core.meeting_data import at
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext

NARROW = 800  # what a 1093 px window leaves, with room for a wider sidebar font


def _rect(widget: QWidget, within: QWidget) -> QRect:
    return QRect(widget.mapTo(within, widget.rect().topLeft()), widget.size())


def _laid_out_apart(widgets: list[QWidget], within: QWidget) -> None:
    """Each widget shown, whole (at least its minimum size hint) inside ``within`` and clear of
    the others."""
    rects = {}
    for widget in widgets:
        assert widget.isVisible(), widget
        rect = _rect(widget, within)
        assert within.rect().contains(rect), (widget, rect, within.rect())
        least = widget.minimumWidth() or widget.minimumSizeHint().width()  # or a fixed width
        assert rect.width() >= least, widget
        rects[widget] = rect
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        assert not ra.intersects(rb), (a, ra, b, rb)


@pytest.fixture
def area(qtbot: QtBot, demo_ctx: AppContext) -> CalendarArea:
    view = CalendarArea(demo_ctx)
    view.refresh()
    return show_window(qtbot, view, NARROW, 600)


@pytest.mark.parametrize("mode", ["month", "week", "list"])
def test_the_calendar_fits_a_small_laptop(qtbot: QtBot, area: CalendarArea, mode: str) -> None:
    area.set_mode(mode)
    assert area.minimumSizeHint().width() <= NARROW  # was 994: the filter row in one line
    QApplication.processEvents()
    assert area.width() == NARROW
    # The week's long title takes two lines; the filters wrap under one another.
    _laid_out_apart(
        [
            area.today_button,
            area.previous_button,
            area.next_button,
            area.title,
            area.month_button,
            area.week_button,
            area.list_button,
            area.filter_bar.group_filter,
            area.filter_bar.type_filter,
            area.filter_bar.area_filter,
            area.filter_bar.cancelled_check,
            area.new_button,
            area.export_button,
            area.views,
        ],
        area.page,
    )


def test_the_meeting_editor_fits_a_small_laptop(qtbot: QtBot, area: CalendarArea) -> None:
    area.open_meeting(area.rows[0].id)
    assert area.stack.currentWidget() is area.editor
    editor = area.editor
    assert editor.minimumSizeHint().width() <= NARROW  # was 816: the buttons in one line
    QApplication.processEvents()
    _laid_out_apart(
        [
            editor.back_button,
            editor.previous_button,
            editor.next_button,
            editor.agenda_button,
            editor.minutes_button,
            editor.more_button,
            editor.title,
            editor.subtitle,
            editor.tabs,
        ],
        editor,
    )


@pytest.mark.moment("2026-12-05T17:30")
def test_a_busy_day_on_a_short_window_shows_whole_tiles_and_the_rest_as_more(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """A laptop at 125 % leaves the month grid about 380 px for six weeks: four tiles no longer
    fit a day, and they were squeezed into slivers with their text cut through. Now a day shows
    the tiles that fit whole and "+N till" for the rest (which opens the week)."""
    # A busy day this month: the demo's own are in December (four on the 2nd), none of its
    # January days has more than two. On the 15th of October (run on 31 October) its own
    # meetings and the four added did not all fit even the tall window.
    day = clock.today().replace(day=15)
    meeting = [  # groups that meet that day: none before it starts or after it ended
        g
        for g in demo_ctx.call(groups.list_groups, "")
        if (g.starts_on is None or g.starts_on <= day) and (g.ended_on is None or day <= g.ended_on)
    ]
    for hour, group in zip((8, 10, 13, 15), meeting, strict=False):
        demo_ctx.call(
            meetings.add_meeting, group.id, meetings.MeetingInput(at(day, hour), at(day, hour + 1))
        )
    area = CalendarArea(demo_ctx)
    area.refresh()
    show_window(qtbot, area, 883, 520)
    QApplication.processEvents()
    busy = max(area.month_grid.cells, key=lambda c: len(c.cell.meetings))
    count = len(busy.cell.meetings)
    assert count >= 4, count
    shown = [chip for chip in busy.chips if chip.isVisible()]
    assert shown, "at least one tile"
    for chip in shown:
        assert chip.height() >= chip.sizeHint().height()  # whole, not squeezed
        assert busy.rect().contains(QRect(chip.mapTo(busy, chip.rect().topLeft()), chip.size()))
    hidden = count - len(shown)
    assert hidden > 0
    more = busy.more_button
    assert more is not None and more.isVisible() and more.text() == f"+{hidden} till"
    assert busy.rect().contains(QRect(more.mapTo(busy, more.rect().topLeft()), more.size()))
    # A tall window shows them all again.
    area.resize(883, 1000)
    QApplication.processEvents()
    assert all(chip.isVisible() for chip in busy.chips) and not more.isVisible()
