"""The morning after an exercise: the Overview still shows it, to evaluate, and a click on the
line opens it in Kris och övningar (before, it had left the Overview with its day)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises
from samverkan_desktop.services.exercises import ExerciseInput
from tests.ui.windows import area_of, show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea

TITLE = "Seminarieövning: värmebölja på äldreboenden"


def test_an_exercise_held_yesterday_waits_on_the_overview_and_opens_on_a_click(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    yesterday = clock.today() - dt.timedelta(days=1)
    demo_ctx.call(
        exercises.create_exercise,
        ExerciseInput(
            TITLE,
            ExerciseType.SEMINAR,
            yesterday.year,
            date=yesterday,
            status=ExerciseStatus.CONDUCTED,
        ),
    )
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.navigate("overview")
    card = next(
        c
        for c in area_of(window, "overview", OverviewArea).section_cards()
        if c.section.key == "next_exercise"
    )
    assert card.section.title == "Övningar att utvärdera, och nästa"
    entry = next(b for b in card.findChildren(EntryButton) if TITLE in b.full_text)
    assert "utvärdera målen" in entry.full_text
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)

    assert window.current_area_key() == "crisis"
    area = window.area("crisis")
    assert isinstance(area, CrisisArea)
    assert area.exercises_stack.currentWidget() is area.exercise_view
    assert area.exercise_view.title.text() == TITLE
