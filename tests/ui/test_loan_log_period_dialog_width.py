"""Larm → Lån → Skriv ut ▾ → Utlåningslogg för larm… asks the period in a dialog as wide as its
two dates and its buttons (and its title): at 1024 × 768 it stood 520 px wide, the dates in its
left third and the rest empty."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.clicks import click_button
from tests.ui.conftest import ModalDriver
from tests.ui.openers import area_in_window
from tests.ui.windows import wait_for_preview
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.widgets.period_dialog import PeriodDialog


def test_the_period_dialog_is_as_wide_as_its_dates_and_buttons(
    qtbot: QtBot, demo_ctx: AppContext, modals: ModalDriver
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    area.tabs.setCurrentWidget(area.loans_page)
    seen: dict[str, int] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, PeriodDialog)
        field = dialog.to_edit
        right = field.mapTo(dialog, QPoint(field.width(), 0)).x()
        seen["empty"] = dialog.width() - right  # beside the dates, to the dialog's right edge
        seen["field"] = field.width()
        seen["buttons"] = dialog.buttons.sizeHint().width()
        seen["width"] = dialog.width()
        seen["title"] = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
        click_button(qtbot, dialog, "Visa")

    modals.answer(look)
    entry = next(a for a in area.printouts_menu.actions() if a.text() == "Utlåningslogg för larm…")
    entry.trigger()
    wait_for_preview(qtbot).close()
    assert seen["empty"] < seen["field"], seen  # was 330 px empty beside a 105 px date
    assert seen["width"] >= seen["buttons"] and seen["width"] > seen["title"], seen
