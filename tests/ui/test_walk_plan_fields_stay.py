"""Planera en vandring…: choosing a place walked before offers "Samma rutt och deltagare som
förra gången" without moving the fields below the place. Shown above Datum, the offer pushed
every field down under the mouse (a click meant for Datum landed in Tid, seen at 1024×768)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from tests.ui.clicks import line_edit
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.walk_dialog import WalkDialog


def test_the_offer_to_copy_the_last_walk_leaves_the_fields_where_they_were(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    dialog = WalkDialog(demo_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    fields = (dialog.date, dialog.meeting_point, dialog.purpose)
    before = [field.mapTo(dialog, QPoint(0, 0)) for field in fields]
    qtbot.keyClicks(line_edit(dialog.place), "Tessinparken")  # walked in 2021, nothing planned
    settle(qtbot)
    assert dialog.copy_previous.isVisible()
    assert [field.mapTo(dialog, QPoint(0, 0)) for field in fields] == before
