"""An exercise opened on the day it is held starts on "Övningslogg", where the coordinator notes
what happens during it; on another day it starts on "Scenario och mål", as before. The same
exercise shown again after a change stays on the tab the user is on."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercises
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea

EXERCISE_DAY = dt.date(2026, 12, 22)


def test_an_exercise_opened_on_its_day_starts_on_the_log(
    qtbot: QtBot, ctx: AppContext, monkeypatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 12, 2))
    drill = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Larmprov", ExerciseType.FUNCTIONAL, 2026, date=EXERCISE_DAY),
    )
    other = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput("Seminarium", ExerciseType.SEMINAR, 2026, date=EXERCISE_DAY),
    )
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    area.open_exercise(drill)
    view = area.exercise_view
    assert view is not None
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Scenario och mål"

    monkeypatch.setattr(clock, "today", lambda: EXERCISE_DAY)
    area.open_exercise(other)
    assert view.tabs.tabText(view.tabs.currentIndex()) == "Övningslogg"
    view.tabs.setCurrentWidget(view.participants_tab)
    view.show_exercise(other)  # shown again: the user's tab stays
    assert view.tabs.currentWidget() is view.participants_tab
