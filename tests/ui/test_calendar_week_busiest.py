"""The demo's busiest week (v. 49 of 2026, eight meetings, two at the same time, one until
19.00) in the week's time grid on a laptop: the whole day fits without scrolling, every block
starts with its time and a meeting of an hour and a half or more shows its group's whole name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop import demo
from tests.ui.openers import area_in_window
from ui.calendar.area import CalendarArea
from ui.calendar.week_block import MeetingBlock
from ui.context import AppContext

DAY = dt.date(2026, 12, 2)


def _letters(text: str) -> str:
    return text.replace(" ", "").replace("-", "")


@pytest.mark.parametrize("size", [(1366, 768), (1100, 700)])
def test_the_busiest_demo_week_fits_a_laptop(
    qtbot: QtBot, ctx: AppContext, size: tuple[int, int]
) -> None:
    ctx.call(demo.load, DAY)
    _window, area = area_in_window(qtbot, ctx, "calendar", CalendarArea, *size)
    area.set_mode("week")
    area.show_week_of(DAY)
    QApplication.processEvents()
    grid = area.week_grid
    assert grid.hours == (8, 19)  # the Trygghetsråd meets 17.30–19.00
    assert grid.hours_area.verticalScrollBar().maximum() == 0  # the whole day in sight
    blocks = [b for b in grid.chips() if isinstance(b, MeetingBlock)]
    assert len(blocks) == 8
    assert any(c.spot(b).lanes == 2 for c in grid.columns for b in c.chips)
    for block in blocks:
        lines = block.shown_lines()
        assert block.fontMetrics().lineSpacing() * len(lines) <= block.height(), block.row.label
        assert lines[0][0].startswith(block.row.starts_at.strftime("%H.%M"))
        if block.row.ends_at - block.row.starts_at >= dt.timedelta(minutes=90):
            name = "".join(text for text, bold in lines[1:] if bold)
            assert _letters(name) == _letters(block.row.label), (size, lines)
