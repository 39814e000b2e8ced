"""An exercise's lessons read whole: the tab has room for more lines than its handful of
lessons take, so a lesson, its objective and its action wrap rather than end in "…" (at
1366 px every lesson was cut: "Det saknas en reservrutin för kommunikation när telefoni …")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.cell_room import cut_cells
from tests.ui.helpers import settle
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


@pytest.mark.parametrize("size", [(1366, 768), (1100, 700)])
def test_lessons_and_their_actions_read_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, *size)
    evaluated = next(
        row
        for row in demo_ctx.call(exercise_reading.list_exercises)
        if row.status is ExerciseStatus.EVALUATED
    )
    area.open_exercise(evaluated.id)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.lessons_tab)
    settle(qtbot)
    table = view.lessons_tab.table
    assert table.model().rowCount() == 4
    for column in ("Lärdom", "Mål", "Åtgärd"):
        assert cut_cells(table, column) == [], column
    assert not table.verticalScrollBar().isVisible()  # four lessons, all in sight
