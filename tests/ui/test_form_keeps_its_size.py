"""A form refused keeps its size while it is open: "Planera en trygghetsvandring" grew for the
lines under its fields, and as each went while the user put the field right, it shrank and
"Spara" moved up from under the mouse, so the next click on it landed on nothing."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, line_edit, type_date, type_text
from tests.ui.windows import settle, wait_exposed
from ui.context import AppContext
from ui.walks.walk_dialog import WalkDialog


def test_save_stays_under_the_mouse_as_the_errors_go(qtbot: QtBot, demo_ctx: AppContext) -> None:
    dialog = WalkDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_exposed(qtbot, dialog)
    place = line_edit(dialog.place)
    qtbot.mouseClick(place, Qt.MouseButton.LeftButton)
    type_text(qtbot, place, "Xyzzytorget")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    opened = dialog.height()

    click_button(qtbot, dialog, "Spara")
    settle(qtbot)
    assert dialog.error_text("place_id") and dialog.error_text("date")
    refused = dialog.height()
    where = save.mapToGlobal(QPoint(0, 0))
    assert refused > opened  # it grew for the lines under the place and the date

    qtbot.keyClick(place, Qt.Key.Key_Backspace)  # the place is being put right
    settle(qtbot)
    assert dialog.error_text("place_id") == ""
    assert dialog.height() == refused
    assert save.mapToGlobal(QPoint(0, 0)) == where

    type_date(qtbot, dialog.date, dt.date(2027, 3, 4))
    settle(qtbot)
    assert dialog.error_text("date") == ""
    assert dialog.height() == refused
    assert save.mapToGlobal(QPoint(0, 0)) == where
    dialog.discard()
