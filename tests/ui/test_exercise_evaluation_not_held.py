"""The Evaluation tab of an exercise not yet held: its result buttons, comment and save are
greyed, a line says why (evaluation comes after the exercise), Ctrl+Enter saves nothing and
asks nothing; once the exercise is marked as conducted the objective is evaluated as usual."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseType, ObjectiveResult
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercises
from tests.days import days_ago
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_objectives_are_evaluated_once_the_exercise_is_conducted(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    day = days_ago(1)  # held yesterday, not yet marked so
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    objective = ctx.call(exercise_objectives.add_objective, exercise, "Alla nås inom 15 minuter")
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    area.open_exercise(exercise)
    view = area.exercise_view
    tab = view.evaluation_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.table.current_id() == objective
    assert tab.not_held.isVisible()
    assert tab.not_held.text() == (
        # "genomförd" once (it ended "…, när den har markerats som genomförd.")
        "Övningen är ännu inte markerad som genomförd: målen utvärderas efter övningen, "
        "när den är det."
    )
    greyed = [*tab.result_buttons.values(), tab.comment, tab.save_button]
    assert not any(widget.isEnabled() for widget in greyed)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    modals.check()  # no error box
    assert ctx.call(exercise_reading.get_exercise, exercise).objectives[0].result is None

    click_button(qtbot, view, "Markera som genomförd")
    assert view.tabs.currentWidget() is tab
    assert not tab.not_held.isVisible()
    assert all(widget.isEnabled() for widget in greyed)
    click_button(qtbot, tab, "1 Uppfyllt")
    click_button(qtbot, tab, "Spara utvärderingen (Ctrl+Enter)")
    assert (
        ctx.call(exercise_reading.get_exercise, exercise).objectives[0].result
        is ObjectiveResult.MET
    )


def test_a_planned_exercise_without_objectives_says_only_that(
    qtbot: QtBot, ctx: AppContext
) -> None:
    day = days_ago(1)  # held yesterday, not yet marked so
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    area = show_window(qtbot, CrisisArea(ctx), 1100, 700)
    area.open_exercise(exercise)
    view = area.exercise_view
    tab = view.evaluation_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.no_objectives.isVisible()
    assert not tab.not_held.isVisible()  # "målen utvärderas efter övningen" of no objectives
