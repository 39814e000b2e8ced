"""The walk's "Följ upp…" note stops at the 4000 characters a note may have: a longer paste is
cut where it was put and typing beyond stops, so the save that follows is not refused (the
service stored any length before; tests/core/test_actions.py has its refusal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import action_reading, walk_actions
from tests.ui.clicks import click_button
from tests.ui.demo_walks import tessinparken
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.walks.observation_dialogs import ActionFollowUpDialog


def test_the_note_stops_at_its_limit(qtbot: QtBot, demo_ctx: AppContext) -> None:
    shown = next(
        a
        for a in demo_ctx.call(walk_actions.list_for_walk, tessinparken(demo_ctx))
        if not a.is_closed
    )
    dialog = show_window(qtbot, ActionFollowUpDialog(demo_ctx, shown), 600, 400)
    note = dialog.note
    note.setFocus()
    QApplication.clipboard().setText("Beställt. " + "x" * 4100)
    qtbot.keyClick(note, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(note.toPlainText()) == 4000
    qtbot.keyClicks(note, "y")
    assert note.toPlainText() == "Beställt. " + "x" * 3990
    click_button(qtbot, dialog, "Spara")
    assert not dialog.isVisible()
    saved = demo_ctx.call(action_reading.get_action, shown.id).notes[-1].text
    assert saved == "Beställt. " + "x" * 3990
