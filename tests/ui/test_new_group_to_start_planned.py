"""A new group whose start day is still to come reads "Planerad" in the list and its details,
as the demo's coming group does ("Ny grupp…" saves it active, and it read "Aktiv" before it
had met once); on its start day it reads "Aktiv" without anyone changing it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

NAME = "Arbetsgrupp Tessinparken"


def test_a_new_group_starting_later_reads_planned(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    start = clock.today() + dt.timedelta(days=14)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, NAME)
        type_date(qtbot, dialog.starts_edit, start)
        click_button(qtbot, dialog, "Skapa grupp")

    modals.answer(fill)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert row_texts(area.page.table, NAME)["Status"] == "Planerad"
    assert area.detail.subtitle.text() == "Arbetsgrupp · Planerad"
