"""A lesson whose action was deleted in Åtgärder says so in the exercise's Lessons tab, with the
day ("(åtgärden togs bort 2026-12-03)"), instead of "(ingen åtgärd)" as if nothing had been
asked; "Visa åtgärden" stays greyed, there is none to show."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import actions, exercise_reading
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_the_lessons_tab_says_the_action_was_deleted_and_when(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    row = next(
        r
        for r in demo_ctx.call(exercise_reading.list_exercises)
        if r.status is ExerciseStatus.EVALUATED
    )
    lesson = next(
        lesson
        for lesson in demo_ctx.call(exercise_reading.get_exercise, row.id).lessons
        if lesson.action_id is not None
    )
    assert lesson.action_id is not None
    demo_ctx.call(actions.delete_action, lesson.action_id)
    area = show_window(qtbot, CrisisArea(demo_ctx), 1280, 800)
    area.open_exercise(row.id)
    lessons = area.exercise_view.lessons_tab
    area.exercise_view.tabs.setCurrentWidget(lessons)
    shown = row_texts(lessons.table, lesson.text)
    assert (shown["Åtgärd"], shown["Ansvarig"], shown["Status"]) == (
        f"(åtgärden togs bort {clock.today().isoformat()})",
        "",
        "",
    )
    click_row(qtbot, lessons.table, lesson.text)
    assert not lessons.buttons[2].isEnabled()  # "Visa åtgärden": there is none
