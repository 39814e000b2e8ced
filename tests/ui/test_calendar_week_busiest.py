"""The demo's busiest week (v. 49 of 2026, eight meetings, two at the same time, one until
19.00) in the week's time grid on a laptop: the whole day fits without scrolling, every block
starts with its time and a meeting of an hour and a half or more shows its group's whole name."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import demo
from tests.ui.conftest import ModalDriver
from tests.ui.helpers import cancel_typed, line_edit, type_text
from tests.ui.openers import area_in_window
from ui.calendar.area import CalendarArea
from ui.calendar.meeting_dialogs import NewMeetingDialog
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


def test_the_time_double_clicked_is_kept_when_a_group_with_its_own_time_is_chosen(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    """Krisstödsgruppen meets at 13.00: chosen in a new meeting opened from 09.00 on a free
    Monday, the meeting stays at 09.00 (the group's place is still filled in)."""
    ctx.call(demo.load, DAY)
    _window, area = area_in_window(qtbot, ctx, "calendar", CalendarArea, 1366, 768)
    area.set_mode("week")
    area.show_week_of(DAY)
    QApplication.processEvents()
    monday = area.week_grid.columns[0]
    assert monday.cell.date == dt.date(2026, 11, 30) and not monday.chips
    seen: list[tuple[str, str, str]] = []

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, NewMeetingDialog)
        type_text(qtbot, line_edit(dialog.group_combo), "Krisstöd")
        seen.append((dialog.start_edit.text(), dialog.end_edit.text(), dialog.place_edit.text()))
        cancel_typed(qtbot, dialog)

    y = round((9.1 - area.week_grid.hours[0]) * monday.hour_height())
    modals.answer(fill)
    qtbot.mouseDClick(monday, Qt.MouseButton.LeftButton, pos=QPoint(monday.width() // 2, y))
    modals.check()
    assert seen == [("09.00", "10.30", "Karlavägen 104")]
