"""A busy day in the month at every height of its cell: each tile shown is whole (as tall as
its lines), the rest behind "+N till". At the height where a tile's second line just fitted
by the count of the cell's rows, the layout's spacing under the tiles squeezed it by 2 px:
its second line ("Lokal beredningsgrupp" / "Östermalm") cut at the foot."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.services import groups, meetings
from tests.core.meeting_data import at
from tests.ui.windows import show_window
from ui.calendar.area import CalendarArea
from ui.context import AppContext


def test_every_tile_shown_is_whole_at_every_height(qtbot: QtBot, demo_ctx: AppContext) -> None:
    day = clock.today().replace(day=15)
    meeting = [
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
    show_window(qtbot, area, 883, 700)
    QApplication.processEvents()
    busy = max(area.month_grid.cells, key=lambda c: len(c.cell.meetings))
    assert len(busy.cell.meetings) >= 4
    squeezed = []
    for height in range(40, 160):
        busy.resize(busy.width(), height)  # as the grid gives it: the cell fits its tiles
        busy._layout.activate()
        for chip in busy.chips:
            if chip.isVisibleTo(busy) and chip.height() < chip.sizeHint().height():
                squeezed.append((height, chip.height(), chip.sizeHint().height()))
    assert squeezed == []
