"""Kalender → Lista at 1024 × 768 reads each meeting's group and place whole, broken between
words onto more lines ('Karlavägen 104,' / 'sammanträdesrum' / 'Garnisonen'), where they were
cut to 'Lokal beredningsgrupp Öste…' and 'Karlavägen 104, samma…'. At 1440 × 900 each still
reads on one line."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.context import AppContext


def _list_at(qtbot: QtBot, ctx: AppContext, width: int, height: int) -> CalendarArea:
    window, area = area_in_window(qtbot, ctx, "calendar", CalendarArea, width, height)
    settle(qtbot)
    qtbot.mouseClick(area.list_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert area.list_view.isVisible() and area.list_view.model().rowCount() > 10
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        window.grab().save(os.path.join(folder, f"calendar_list_{width}.png"))
    return area


# A month with more than ten meetings in the list (December's; run on 31 October it listed 8).
@pytest.mark.moment("2026-12-05T17:30")
def test_groups_and_places_read_whole_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    table = _list_at(qtbot, demo_ctx, 1024, 768).list_view
    for title in ("Datum", "Tid", "Grupp, vandring, övning", "Plats", "Status"):
        assert cut_cells(table, title) == [], title
    assert table.horizontalScrollBar().maximum() == 0


@pytest.mark.moment("2026-12-05T17:30")
def test_one_line_a_meeting_at_1440(qtbot: QtBot, demo_ctx: AppContext) -> None:
    table = _list_at(qtbot, demo_ctx, 1440, 900).list_view
    one_line = table.verticalHeader().defaultSectionSize()
    assert {table.rowHeight(row) for row in range(table.model().rowCount())} == {one_line}
    for title in ("Grupp, vandring, övning", "Plats"):
        assert cut_cells(table, title) == [], title
