"""Choosing "Till och med" for a new group's term suggests a year's assignment from its start
(start 2027-01-11: t.o.m. 2028-01-10). It suggested the start itself, and a group saved so ran
one day: its meeting rule then planned nothing ("Regeln ger inget möte från … till …")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_date, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

NAME = "Arbetsgrupp Gärdets fritidsgårdar"


def test_until_suggests_a_year_from_the_start(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    seen: dict[str, object] = {}

    def create_with_a_term(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        type_text(qtbot, dialog.name_edit, NAME)
        type_date(qtbot, dialog.starts_edit, dt.date(2027, 1, 11))
        qtbot.mouseClick(dialog.until_radio, Qt.MouseButton.LeftButton)
        seen["until"] = dialog.until_edit.value()
        click_button(qtbot, dialog, "Skapa grupp")

    modals.answer(create_with_a_term)
    qtbot.keyClick(area, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    modals.check()
    assert seen == {"until": dt.date(2028, 1, 10)}
    assert row_texts(area.page.table, NAME)["Löptid"] == "t.o.m. 2028-01-10"
