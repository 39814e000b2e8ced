"""The participants of an exercise not yet held are counted without "0 deltog" (read as nobody
came); once it is held the heading says how many took part."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def _heading(qtbot: QtBot, ctx: AppContext, status: ExerciseStatus) -> str:
    row = next(
        r
        for r in ctx.call(exercise_reading.list_exercises)
        if r.status is status and r.participants
    )
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    area.open_exercise(row.id)
    view = area.exercise_view
    view.tabs.setCurrentWidget(view.participants_tab)
    return view.participants_tab.heading.text()


def test_attendance_is_counted_once_the_exercise_is_held(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    assert _heading(qtbot, demo_ctx, ExerciseStatus.PLANNED) == "Deltagare (12)"
    held = _heading(qtbot, demo_ctx, ExerciseStatus.EVALUATED)
    assert held.startswith("Deltagare (11, ") and held.endswith(" deltog)")
