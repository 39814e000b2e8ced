"""Ctrl+P in Larm prints the alarm loan log, as at the reception (today's page) and as Åtgärder
prints its list: the period asked, the one on Lån offered. Before, Ctrl+P did nothing in Larm;
the log was only under "Skriv ut ▾", which now names the key beside the entry."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import wait_for_preview
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.widgets.period_dialog import PeriodDialog


def test_ctrl_p_in_larm_previews_the_loan_log_of_the_period_chosen(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    entries = {a.text(): a.shortcut().toString() for a in area.printouts_menu.actions()}
    assert entries["Utlåningslogg för larm…"] == "Ctrl+P"  # named in the menu
    click_row(qtbot, area.units_page.table, "LARM-03")
    asked: list[tuple[dt.date | None, dt.date | None]] = []

    def period(dialog: QWidget) -> None:
        assert isinstance(dialog, PeriodDialog)
        asked.append(dialog.period())
        click_button(qtbot, dialog, "Visa")

    modals.answer(period)
    qtbot.keyClick(area.units_page.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = wait_for_preview(qtbot)
    assert len(asked) == 1 and all(asked[0])
    assert preview.windowTitle() == "Utlåningslogg för larm"
    start, end = asked[0]
    assert preview.file_name == f"larmlogg-{start}-{end}.pdf"
    preview.close()
