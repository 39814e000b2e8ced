"""An empty list in a record's tabs says what it is waiting for instead of showing a blank box
under its header: a coming meeting's decisions and actions, a new exercise's objectives,
participants, log and lessons, a group without members."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import agenda, exercises
from tests.ui.openers import area_in_window, meeting_editor
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.widgets.record_table import RecordTable


def says(table: RecordTable) -> str:  # type: ignore[type-arg]
    """What an empty table says over its rows ("" when it shows rows or nothing)."""
    return table.empty_label.text() if table.empty_label.isVisible() else ""


def test_a_coming_meetings_decisions_and_actions_say_how_to_add_one(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    editor = meeting_editor(qtbot, demo_ctx, "decisions_tab")
    decisions = editor.decisions_tab.table
    assert editor.meeting is not None and not editor.meeting.decisions
    assert says(decisions) == "Inga beslut ännu. ”Nytt beslut…” (Ctrl+N) antecknar ett."
    demo_ctx.call(agenda.add_decision, editor.meeting.id, "Lägesbilden revideras.")
    editor.reload()
    assert decisions.model().rowCount() == 1 and says(decisions) == ""
    editor.tabs.setCurrentWidget(editor.actions_tab)
    raised = editor.actions_tab.raised
    assert says(raised).startswith("Inga åtgärder väckta vid det här mötet ännu.")
    assert says(editor.actions_tab.earlier) == ""  # the group's open actions are listed


def test_a_new_exercises_tabs_say_they_are_empty(qtbot: QtBot, demo_ctx: AppContext) -> None:
    day = clock.today() + dt.timedelta(days=40)
    exercise = demo_ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, day.year, date=day),
    )
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1366, 768)
    area.open_exercise(exercise)
    view = area.exercise_view
    for tab, table, text in (
        (view.scenario_tab, view.scenario_tab.objectives, "Inga mål ännu: vad ska övningen pröva?"),
        (view.participants_tab, view.participants_tab.table, "Inga deltagare ännu."),
        (view.log_tab, view.log_tab.table, "Inget antecknat i loggen ännu."),
        (view.lessons_tab, view.lessons_tab.table, "Inga lärdomar ännu."),
    ):
        view.tabs.setCurrentWidget(tab)
        assert says(table) == text
