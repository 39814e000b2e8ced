""" "Ny övning" with a date that names no day and a time no clock has says both at once, each
under its field (the time's refusal alone was shown: the wrong date was said only once the time
was put right); nothing is saved and the cursor is in the first field refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import exercise_reading
from tests.ui.clicks import click_button, line_edit, type_text
from tests.ui.openers import shown_form
from tests.ui.windows import keep_shot
from ui.context import AppContext
from ui.crisis.exercise_dialog import ExerciseDialog


def test_a_wrong_date_and_a_wrong_time_are_said_together(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    before = len(demo_ctx.call(exercise_reading.list_exercises))
    dialog = shown_form(qtbot, ExerciseDialog(demo_ctx))
    type_text(qtbot, dialog.title_edit, "Larmövning")
    dialog.date.setFocus()
    qtbot.keyClicks(dialog.date, "20270230")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.times.start, "25.00")
    type_text(qtbot, line_edit(dialog.leader), "xyzzy")

    click_button(qtbot, dialog, "Planera övning")

    qtbot.wait(50)  # laid out with the refusals, as seen
    keep_shot(dialog, "exercise_errors_at_once")
    assert dialog.isVisible()
    assert "20270230" in dialog.error_text("date")
    assert "25.00" in dialog.error_text("start_time")
    assert "xyzzy" in dialog.error_text("leader_id")
    assert dialog.date.hasFocus() or dialog.date.isAncestorOf(dialog.focusWidget())
    assert len(demo_ctx.call(exercise_reading.list_exercises)) == before
