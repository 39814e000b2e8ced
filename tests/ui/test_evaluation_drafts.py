"""The evaluation of an objective being written is not lost: looking at another objective, or a
change elsewhere refreshing the tab, put the stored comment back over what was typed."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import ExerciseStatus, ObjectiveResult
from samverkan_desktop.services import exercise_reading, exercises
from tests.ui.clicks import click_button, type_text
from tests.ui.tables import click_row
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_a_comment_being_written_survives_a_look_elsewhere(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    row = next(r for r in demo_ctx.call(exercise_reading.list_exercises) if r.objectives)
    demo_ctx.call(exercises.set_status, row.id, ExerciseStatus.CONDUCTED, row.date)
    area = show_window(qtbot, CrisisArea(demo_ctx), 1280, 800)
    area.open_exercise(row.id)
    view = area.exercise_view
    tab = view.evaluation_tab
    view.tabs.setCurrentWidget(tab)
    click_row(qtbot, tab.table, "1")
    click_button(qtbot, tab, "3 Ej uppfyllt")
    type_text(qtbot, tab.comment, "Ingen svarade på första försöket")
    click_row(qtbot, tab.table, "2")  # a look at the next objective
    assert tab.comment.toPlainText() == ""
    demo_ctx.bus.announce("crisis")  # another change refreshes the tab
    click_row(qtbot, tab.table, "1")
    assert tab.comment.toPlainText() == "Ingen svarade på första försöket"
    assert tab.chosen_result() is ObjectiveResult.NOT_MET
    tab.comment.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, tab.comment, ".")
    demo_ctx.bus.announce("crisis")
    assert tab.comment.toPlainText() == "Ingen svarade på första försöket."
    click_button(qtbot, tab, "Spara utvärderingen (Ctrl+Enter)")
    first = demo_ctx.call(exercise_reading.get_exercise, row.id).objectives[0]
    assert (first.result, first.comment) == (
        ObjectiveResult.NOT_MET,
        "Ingen svarade på första försöket.",
    )
    click_row(qtbot, tab.table, "1")  # saved: shown as stored
    assert tab.comment.toPlainText() == "Ingen svarade på första försöket."
