"""Grupper: a group saved from "Redigera…" is said under the list with "Ångra" (and Ctrl+Z),
as ending a group and removing a member are; it saved silently and could not be taken back.
Ångra puts the group's fields back as they were."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button, type_text
from tests.ui.conftest import ModalDriver
from tests.ui.tables import click_row, column_texts, row_texts
from tests.ui.windows import show_window
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.groups.group_dialog import GroupDialog

STEERING = "Lokal styrgrupp Östermalm"
RENAMED = "Lokal styrgrupp Östermalm-Norrmalm"


def _rename(qtbot: QtBot, area: GroupsArea, modals: ModalDriver) -> None:
    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, GroupDialog)
        dialog.name_edit.selectAll()
        type_text(qtbot, dialog.name_edit, RENAMED)
        dialog.purpose_edit.selectAll()
        type_text(qtbot, dialog.purpose_edit, "Nytt syfte")
        click_button(qtbot, dialog, "Spara")

    click_row(qtbot, area.page.table, STEERING)
    modals.answer(rename)
    click_button(qtbot, area.page.toolbar, "Redigera…")
    modals.check()
    assert RENAMED in column_texts(area.page.table, "Namn")


def test_an_edit_is_said_with_undo_which_puts_the_group_back(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    click_row(qtbot, area.page.table, STEERING)
    before = (row_texts(area.page.table, STEERING), area.detail.text("purpose"))
    _rename(qtbot, area, modals)
    assert area.page.notice.label.text() == f"”{RENAMED}” sparades."

    click_button(qtbot, area.page.notice, "Ångra")
    assert STEERING in column_texts(area.page.table, "Namn")
    assert RENAMED not in column_texts(area.page.table, "Namn")
    click_row(qtbot, area.page.table, STEERING)
    assert (row_texts(area.page.table, STEERING), area.detail.text("purpose")) == before
    assert before[1] != "Nytt syfte"


def test_ctrl_z_takes_the_edit_back_too(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    area = show_window(qtbot, GroupsArea(demo_ctx))
    _rename(qtbot, area, modals)
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    area.page.table.setFocus()
    qtbot.keyClick(area.page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: STEERING in column_texts(area.page.table, "Namn"))
    assert RENAMED not in column_texts(area.page.table, "Namn")
