"""Larm → Utbildning lists each session's course and place whole, breaking onto a second line
where the window is narrow: before, they ended in "…" ("Krisstöd del 2: Bemötande av barn och
unga i …") while the place beside them had room to spare."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
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


def test_a_chosen_session_leaves_the_courses_whole_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """Kris → Utbildning at 1024 × 768 with a session chosen: its pane took the room and the
    courses broke inside their words in a 70 px column ("Larmutbil-dning", "Ege-nreakti-oner");
    the attendees' count (the pane lists them) gives way to them, then the place (the pane
    says it): beside the place the courses broke into five lines ("Stadens / webbutbildning /
    om / våldsbejakande / extremism") and the sessions scrolled."""
    from ui.crisis.area import CrisisArea

    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1024, 768)
    area.tabs.setCurrentWidget(area.training_tabs)
    area.training_tabs.setCurrentWidget(area.sessions_page)
    table = area.sessions_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    click_row(qtbot, table, column_texts(table, "Datum")[0])
    settle(qtbot)
    chosen = area.sessions_page.current_row()
    assert chosen is not None
    assert cut_cells(table, "Kurs") == []
    if table.isColumnHidden(column_of(table, "Plats")):
        pane = area.sessions_page.detail
        assert pane.facts.fact("place") == chosen.place
    else:
        assert cut_cells(table, "Plats") == []
    line = table.fontMetrics().lineSpacing()
    assert max(table.rowHeight(row) for row in range(table.model().rowCount())) <= 3 * line
    assert table.verticalScrollBar().maximum() == 0  # every session in sight
