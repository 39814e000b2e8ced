"""A walk's "Sammanfattning och avslutande möte" saves as an exercise's evaluation does: the
button names Ctrl+Enter, and Ctrl+Enter in the summary saves the summary, in the closing
meeting's notes the meeting. "Spara sammanfattningen" named no key while an exercise's read
"Spara utvärdering (Ctrl+Enter)", and Ctrl+Enter in the summary only broke the line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import walk_reading, walk_steps
from tests.ui.clicks import click_tab, type_text
from tests.ui.demo_walks import tessinparken
from tests.ui.record_tabs import exercise_tab, walk_tab
from ui.context import AppContext

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_summary_and_the_meeting_save_with_ctrl_enter(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    walk_id = tessinparken(demo_ctx)
    demo_ctx.call(walk_steps.step_back, walk_id)  # walked, the closing meeting still to hold
    tab = walk_tab(qtbot, demo_ctx, "closing_tab", 1024, 768, walk_id).closing_tab
    assert tab.save_summary_button.text() == "Spara sammanfattningen (Ctrl+Enter)"
    assert tab.save_closing_button.text() == (
        "Registrera det avslutande mötet som hållet (Ctrl+Enter)"
    )

    tab.summary.setFocus()
    qtbot.waitUntil(tab.summary.hasFocus)
    qtbot.keyClick(tab.summary, Qt.Key.Key_End, CTRL)
    type_text(qtbot, tab.summary, " Ny vandring i maj.")
    qtbot.keyClick(tab.summary, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: tab.message.text() == "Sammanfattningen sparades.")
    walk = demo_ctx.call(walk_reading.get_walk, walk_id)
    assert walk.summary is not None and walk.summary.endswith("kvällstid. Ny vandring i maj.")
    assert walk.status is WalkStatus.WALKED  # the summary alone: no meeting recorded
    assert tab.summary.textCursor().atEnd()  # writing goes on where it was

    tab.notes.setFocus()
    qtbot.waitUntil(tab.notes.hasFocus)
    qtbot.keyClick(tab.notes, Qt.Key.Key_End, CTRL)
    type_text(qtbot, tab.notes, " Parkmiljö kommer.")
    qtbot.keyClick(tab.notes, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter too
    qtbot.waitUntil(lambda: tab.message.text() == "Det avslutande mötet sparades.")
    walk = demo_ctx.call(walk_reading.get_walk, walk_id)
    assert walk.status is WalkStatus.CLOSING_MEETING_HELD
    assert (walk.closing_meeting_notes or "").endswith("Parkmiljö kommer.")
    qtbot.waitUntil(
        lambda: tab.save_closing_button.text() == "Spara det avslutande mötet (Ctrl+Enter)"
    )


def test_the_key_reads_as_on_an_exercises_evaluation(qtbot: QtBot, demo_ctx: AppContext) -> None:
    evaluation = exercise_tab(qtbot, demo_ctx, "evaluation_tab", 1024, 768).evaluation_tab
    walk = walk_tab(qtbot, demo_ctx, None, 1024, 768)
    click_tab(qtbot, walk.tabs, walk.closing_tab)
    exercise_key = evaluation.save_button.text().rpartition(" ")[2]
    assert exercise_key == "(Ctrl+Enter)"
    assert walk.closing_tab.save_summary_button.text().endswith(exercise_key)
