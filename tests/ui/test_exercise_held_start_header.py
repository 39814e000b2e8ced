"""A held exercise in its window: the header gives its day and time as a meeting's does
("tisdag 29 december 2026 · 08.00–11.00 · v. 53"; it gave "2026-12-29 (v. 53)" without the
start), and "Redigera…" refuses a start later than now under the time field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus, ExerciseType
from samverkan_desktop.services import exercises
from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from ui.context import AppContext
from ui.crisis.area import CrisisArea
from ui.crisis.exercise_dialog import ExerciseDialog

DAY = dt.date(2026, 12, 29)


@pytest.fixture
def area(qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> CrisisArea:
    """The window at 09.30 on DAY, open on "Stabsövning el", held since 08.00 (to 11.00)."""
    monkeypatch.setattr(clock, "today", lambda: DAY)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2026, 12, 29, 9, 30))
    exercise = ctx.call(
        exercises.create_exercise,
        exercises.ExerciseInput(
            "Stabsövning el",
            ExerciseType.SIMULATION,
            DAY.year,
            date=DAY,
            start_time=dt.time(8),
            end_time=dt.time(11),
            status=ExerciseStatus.CONDUCTED,
        ),
    )
    area = CrisisArea(ctx)
    qtbot.addWidget(area)
    area.resize(1024, 768)
    area.show()
    area.tabs.setCurrentWidget(area.exercises_stack)
    area.open_exercise(exercise)
    return area


def test_the_header_gives_the_day_and_the_time(area: CrisisArea) -> None:
    assert area.exercise_view.subtitle.text() == (
        "tisdag 29 december 2026 · 08.00–11.00 · v. 53\nStabsövning med motspel · Genomförd"
    )


def test_a_start_later_than_now_is_refused_under_the_time(
    qtbot: QtBot, area: CrisisArea, modals: ModalDriver
) -> None:
    view = area.exercise_view
    refused: list[str] = []

    def later_then_earlier(dialog: QWidget) -> None:
        assert isinstance(dialog, ExerciseDialog)
        dialog.time.selectAll()
        type_text(qtbot, dialog.time, "10")
        click_button(qtbot, dialog, "Spara")
        refused.append(dialog.error_text("start_time"))
        assert dialog.isVisible()
        dialog.time.selectAll()
        type_text(qtbot, dialog.time, "9.15")
        click_button(qtbot, dialog, "Spara")

    modals.answer(later_then_earlier)
    click_button(qtbot, view, "Redigera…")
    modals.check()
    assert refused == [
        "”Stabsövning el” är markerad som genomförd, så dess starttid i dag kan inte vara "
        "senare än nu (09.30). Ska den hållas igen, ta först tillbaka steget."
    ]
    qtbot.waitUntil(lambda: "09.15–11.00" in view.subtitle.text())
