"""A new action by keyboard: Tab goes on from the empty due date ("Klart senast") to the status,
the priority area and the buttons; it stayed in the empty date field for
good, so nothing below it could be reached without the mouse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.openers import calendar_window
from tests.ui.windows import wait_exposed
from ui.context import AppContext
from ui.meetings.action_dialog import ActionDialog


def test_tab_leaves_the_empty_due_date(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = calendar_window(qtbot, demo_ctx)
    area.open_meeting(area.rows[0].id)
    assert area.editor.meeting is not None
    dialog = ActionDialog(demo_ctx, area.editor.meeting, parent=area.editor)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.due_edit.set_value(None)  # it starts on the next meeting's day, when there is one
    dialog.due_edit.setFocus()
    qtbot.keyClick(dialog.due_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.status_combo
    qtbot.keyClick(dialog.status_combo, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(dialog.due_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is dialog.organisation  # and back past it
    # With a date the parts are stepped through as before, then on.
    dialog.due_edit.set_value(dt.date(2027, 2, 15))
    dialog.due_edit.setFocus()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.status_combo
    dialog.discard()  # closed unasked: its fields were changed on purpose
