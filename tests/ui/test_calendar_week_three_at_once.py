"""Three meetings at the same time on one day of the week at 1024 px: side by side their lanes
read "Arb…", "sko…", "bro…". They are stacked instead, each a little right of the one below,
the top one with its time and whole name, those below showing their colour (and their start
when earlier); all in the tooltips. Where the lanes are wide enough (1440) they stay side by
side."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import groups, meetings
from samverkan_desktop.services.meetings import MeetingInput
from tests.ui.openers import calendar_window
from tests.ui.test_calendar_walks_exercises import _week_of
from ui.calendar.area import CalendarArea
from ui.calendar.week_block import MeetingBlock
from ui.context import AppContext

NAMES = (
    "Arbetsgrupp skolan som brottsplats",
    "Arbetsgrupp särskilt utsatta brottsoffer",
    "Arbetsgrupp våldsbejakande extremism",
)


def _three_at_once(
    qtbot: QtBot, ctx: AppContext, width: int, height: int
) -> tuple[CalendarArea, list[MeetingBlock]]:
    """The calendar and the three blocks at 20.00 on a Tuesday two weeks on, bottom to top."""
    today = clock.today()
    day = today + dt.timedelta(days=14 + (1 - today.weekday()) % 7)
    at = dt.datetime.combine(day, dt.time(20, 0))
    for group in ctx.call(groups.list_groups):
        if group.name in NAMES:
            meeting = MeetingInput(at, at + dt.timedelta(hours=2), "Karlavägen 104")
            ctx.call(meetings.add_meeting, group.id, meeting)
    _window, area = calendar_window(qtbot, ctx, width, height)
    _week_of(qtbot, area, day)
    QApplication.processEvents()
    return area, _blocks(area, day)


def _blocks(area: CalendarArea, day: dt.date) -> list[MeetingBlock]:
    column = next(c for c in area.week_grid.columns if c.cell.date == day)
    found = [b for b in column.chips if b.row.label in NAMES]
    assert len(found) == 3, [b.row.label for b in column.chips]
    return sorted(found, key=lambda b: column.spot(b).lane)


def test_at_1024_three_at_once_are_stacked_the_top_one_whole(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    area, blocks = _three_at_once(qtbot, demo_ctx, 1024, 768)
    top = blocks[-1]
    lines = [text for text, _bold in top.shown_lines()]
    assert lines[0] == "20.00–22.00", lines
    assert " ".join(text for text, bold in top.shown_lines() if bold) == top.row.label
    column = top.parentWidget()
    assert column is not None
    assert column.childAt(top.geometry().center()) is top  # on top of the others
    for below in blocks[:-1]:
        strip = QPoint(below.x() + 3, below.y() + below.height() // 2)
        assert column.childAt(strip) is below  # its colour shows left of the one above it
        assert below.shown_lines() == []  # no stray letters beside the one on top
    for block in blocks:
        assert block.row.label in block.toolTip()
    # Tab from the top one back to the one below brings that one on top, whole, while chosen.
    top.setFocus()
    qtbot.keyClick(top, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    middle = blocks[1]
    assert middle.hasFocus() and column.childAt(middle.geometry().center()) is middle
    assert " ".join(text for text, bold in middle.shown_lines() if bold) == middle.row.label
    assert top.shown_lines() == []
    # The bottom one's strip opens it.
    qtbot.mouseClick(blocks[0], Qt.MouseButton.LeftButton, pos=QPoint(3, blocks[0].height() // 2))
    assert area.editor.meeting is not None and area.editor.meeting.id == blocks[0].row.id


def test_at_1440_three_at_once_stay_side_by_side(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _area, blocks = _three_at_once(qtbot, demo_ctx, 1440, 900)
    for left, right in zip(blocks, blocks[1:], strict=False):
        assert left.geometry().right() < right.x()
    for block in blocks:
        assert block.shown_lines()[0][0] == "20.00"
