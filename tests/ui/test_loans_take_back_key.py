"""Larm → Lån: Ctrl+T takes back the chosen loan's unit, as it does on Larm → Larm (the tool
bar's "Ta tillbaka…" of the loans had no key: the coordinator who found the late loan in the
list reached for the mouse)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row, row_texts
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.alarms.return_dialog import ReturnDialog
from ui.context import AppContext


def test_ctrl_t_takes_back_the_chosen_loan(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    page = area.loans_page
    area.tabs.setCurrentWidget(page)
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    click_row(qtbot, table, "LARM-07")  # the demo's late loan, the newest of the unit
    settle(qtbot)
    assert row_texts(table, "LARM-07")["Tillbaka"] == "Försenat"
    titles: list[str] = []

    def take_back(dialog: QWidget) -> None:
        assert isinstance(dialog, ReturnDialog)
        titles.append(dialog.windowTitle())
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    modals.answer(take_back)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: titles == ["Ta tillbaka LARM-07"])
    qtbot.waitUntil(lambda: "LARM-07 är tillbaka" in page.notice.label.text())
    assert row_texts(table, "LARM-07")["Tillbaka"] != "Försenat"
