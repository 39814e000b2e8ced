"""Before an exercise is held its Lessons tab greys "New lesson…" (and the Evaluation tab its
"Lesson learned from this objective…"), a line says why and Ctrl+L opens nothing; once marked as
conducted a lesson is recorded as usual. The Conduct log tab of an exercise dated later greys its
entry field with a line saying why; on the exercise day, still planned, notes go in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercise_objectives, exercise_reading, exercises
from tests.days import days_ago
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_view import ExerciseView


def _open(qtbot: QtBot, ctx: AppContext, day: dt.date) -> tuple[int, ExerciseView]:
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    ctx.call(exercise_objectives.add_objective, exercise, "Alla nås inom 15 minuter")
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    area.open_exercise(exercise)
    assert area.exercise_view is not None
    return exercise, area.exercise_view


def test_lessons_are_recorded_once_the_exercise_is_conducted(
    qtbot: QtBot, ctx: AppContext, modals: ModalDriver
) -> None:
    exercise, view = _open(qtbot, ctx, days_ago(1))  # held yesterday, not yet marked so
    tab = view.lessons_tab
    view.tabs.setCurrentWidget(tab)
    new_lesson = tab.buttons[0]
    assert new_lesson.text() == "Ny lärdom…" and not new_lesson.isEnabled()
    assert tab.not_held.isVisible()
    assert tab.not_held.text() == (
        # "genomförd" once (it ended "…, när den har markerats som genomförd.")
        "Övningen är ännu inte markerad som genomförd: lärdomar dras vid utvärderingen "
        "efter övningen, när den är det."
    )
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    modals.check()  # no lesson dialog, no error box
    view.tabs.setCurrentWidget(view.evaluation_tab)
    assert not view.evaluation_tab.lesson_button.isEnabled()

    click_button(qtbot, view, "Markera som genomförd")
    assert view.evaluation_tab.lesson_button.isEnabled()
    view.tabs.setCurrentWidget(tab)
    assert new_lesson.isEnabled() and not tab.not_held.isVisible()
    assert ctx.call(exercise_reading.get_exercise, exercise).lessons == ()


def test_the_log_takes_notes_from_the_exercise_day(qtbot: QtBot, ctx: AppContext) -> None:
    later = clock.today() + dt.timedelta(days=7)
    exercise, view = _open(qtbot, ctx, later)
    tab = view.log_tab
    view.tabs.setCurrentWidget(tab)
    assert not tab.entry.isEnabled()
    assert tab.not_yet.isVisible()
    assert tab.not_yet.text() == (
        f"Övningen är planerad till {later.isoformat()}: övningsloggen förs från den dagen. "
        "Om den hålls i dag, ändra först dess datum."
    )

    # Held today after all: the coordinator moves it to today and logs.
    today = clock.today()
    ctx.call(
        exercises.update_exercise,
        exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, today.year, date=today),
    )
    ctx.bus.announce("crisis")
    qtbot.waitUntil(tab.entry.isEnabled)
    assert not tab.not_yet.isVisible()
    tab.entry.setFocus()
    qtbot.keyClicks(tab.entry, "Larmet gick ut")
    qtbot.keyClick(tab.entry, Qt.Key.Key_Return)
    log = ctx.call(exercise_reading.get_exercise, exercise).log
    assert [entry.text for entry in log] == ["Larmet gick ut"]
