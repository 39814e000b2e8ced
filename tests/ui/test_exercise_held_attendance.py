"""Marking an exercise held offers "Alla inbjudna deltog": before, nobody was ticked unless the
coordinator ticked each participant, and the report printed "nej" for everyone who came."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.tables import column_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


@pytest.mark.parametrize(
    ("answer", "ticks"), [("Alla inbjudna deltog", "✓"), ("Registrera närvaro själv", "–")]
)
def test_marking_held_offers_that_everyone_invited_attended(
    qtbot: QtBot,
    demo_ctx: AppContext,
    modals: ModalDriver,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    ticks: str,
) -> None:
    row = next(
        r
        for r in demo_ctx.call(exercise_reading.list_exercises)
        if r.status is ExerciseStatus.PLANNED and r.participants and r.date
    )
    monkeypatch.setattr(clock, "today", lambda: row.date)  # its day: the step is open
    area = show_window(qtbot, CrisisArea(demo_ctx), 1280, 800)
    area.open_exercise(row.id)
    view = area.exercise_view
    seen: list[str] = []

    def reply(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        click_button(qtbot, box, answer)

    modals.answer(reply)
    click_button(qtbot, view, "Markera som genomförd")
    modals.check()
    assert seen == [f"Deltog alla {row.participants} inbjudna?"]
    assert demo_ctx.call(exercise_reading.get_exercise, row.id).exercise.status is (
        ExerciseStatus.CONDUCTED
    )
    view.tabs.setCurrentWidget(view.participants_tab)
    shown = column_texts(view.participants_tab.table, "Deltog")
    assert shown == [ticks] * row.participants
