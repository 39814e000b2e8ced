"""Kris → an exercise → Övningslogg on the exercise's day as the program reads it (clock): the
field is open and a note is logged at the program's time. The tab asked the system clock, so
with the program's day set to the exercise's day it still said "övningsloggen förs från den
dagen" and kept the field greyed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import ExerciseType
from samverkan_desktop.services import exercises
from tests.ui.clicks import type_text
from tests.ui.tables import column_texts
from tests.ui.test_exercise_log_closing import _log_tab
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea

EXERCISE_DAY = dt.date(2031, 3, 12)  # years ahead: only the program's day makes it today


def test_on_the_exercise_day_as_the_program_reads_it_a_note_is_logged(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(clock, "today", lambda: EXERCISE_DAY)
    at = dt.datetime.combine(EXERCISE_DAY, dt.time(9, 40), LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: at)
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            "Larmprov", ExerciseType.FUNCTIONAL, EXERCISE_DAY.year, date=EXERCISE_DAY
        ),
    )
    area = show_window(qtbot, CrisisArea(ctx), 1280, 800)
    tab = _log_tab(area, exercise)
    assert tab.entry.isEnabled() and tab.not_yet.isHidden()
    qtbot.mouseClick(tab.entry, Qt.MouseButton.LeftButton)  # into the field, as a user does
    type_text(qtbot, tab.entry, "Larmet gick ut")
    qtbot.keyClick(tab.entry, Qt.Key.Key_Return)
    assert column_texts(tab.table, "Tid") == ["09.40"]
    assert column_texts(tab.table, "Vad hände") == ["Larmet gick ut"]
