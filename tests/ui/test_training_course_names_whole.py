"""Larm → Utbildning lists each session's course and place whole, breaking onto a second line
where the window is narrow: before, they ended in "…" ("Krisstöd del 2: Bemötande av barn och
unga i …") while the place beside them had room to spare."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells
from tests.ui.helpers import settle
from tests.ui.openers import area_in_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


@pytest.mark.parametrize("size", [(1280, 800), (1100, 700)], ids=["1280", "1100"])
def test_every_course_and_place_reads_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, *size)
    area.tabs.setCurrentWidget(area.training_page)
    table = area.training_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert cut_cells(table, "Kurs") == []
    assert cut_cells(table, "Plats") == []


def test_who_lacks_training_names_the_course_whole_at_1100(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Kris → Utbildning → Vem saknar utbildning: "Krisstöd del 1: Bemötan…" hid which part
    is missing; the required course breaks onto more lines instead."""
    from ui.crisis.area import CrisisArea

    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1100, 700)
    area.tabs.setCurrentWidget(area.training_tabs)
    area.training_tabs.setCurrentWidget(area.gaps_page)
    table = area.gaps_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert cut_cells(table, "Krav på utbildning") == []
