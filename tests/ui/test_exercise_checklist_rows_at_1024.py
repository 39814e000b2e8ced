"""An exercise's Planeringschecklista in the window at 1024 × 768: the point and its guidance
share the room, so a point's row is a few lines tall and more points are in sight. The points
kept 330 px and stood on one line beside guidance 160 px wide on six, the third point cut at the
foot of the list."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.cell_room import column_of, cut_cells
from tests.ui.clicks import click_tab
from tests.ui.openers import crisis_tab
from tests.ui.windows import keep_shot, settle
from ui.context import AppContext


def test_more_points_in_sight_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    rows = demo_ctx.call(exercise_reading.list_exercises)
    planned = next(r for r in rows if r.status is ExerciseStatus.PLANNED and r.date)
    _window, area = crisis_tab(qtbot, demo_ctx, "exercises_stack", 1024, 768)
    area.open_exercise(planned.id)
    view = area.exercise_view
    click_tab(qtbot, view.tabs, view.checklist_tab)
    settle(qtbot)
    table = view.checklist_tab.table
    keep_shot(view, "exercise-checklist-1024")
    assert table.model().rowCount() >= 8
    # the point and its guidance each whole on their lines
    assert cut_cells(table, "Punkt") == [] and cut_cells(table, "Vägledning") == []
    line = table.fontMetrics().lineSpacing()
    tallest = max(table.rowHeight(row) for row in range(table.model().rowCount()))
    assert tallest <= 5 * line, (tallest, line)
    # the guidance is not the narrow one beside a point on one line
    assert table.columnWidth(column_of(table, "Vägledning")) >= 200
    in_sight = 0
    height = table.viewport().height()
    for row in range(table.model().rowCount()):
        if table.rowViewportPosition(row) + table.rowHeight(row) <= height:
            in_sight += 1
    assert in_sight >= 3
