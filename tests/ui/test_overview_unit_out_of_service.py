"""A unit out of service is on the Overview's alarm card, with the fault and since when, and a
click selects it among the units (before, it was on no card: one of the district's twelve
home-visit units could lie broken unnoticed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.windows import area_of, show_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.overview.entry_button import EntryButton
from ui.overview.view import OverviewArea


def test_a_unit_out_of_service_is_on_the_alarm_card_and_opens_on_a_click(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1280, 800)
    window.navigate("overview")
    card = next(
        c
        for c in area_of(window, "overview", OverviewArea).section_cards()
        if c.section.key == "alarm_loans"
    )
    assert card.section.title == "Utlånade larm (1 försenat) · 1 ur drift"
    entry = next(b for b in card.findChildren(EntryButton) if "LARM-09" in b.full_text)
    assert "Ur drift sedan " in entry.full_text
    assert "låt laga det eller kassera det · Larmet når inte larmcentralen" in entry.full_text
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)

    assert window.current_area_key() == "alarms"
    area = area_of(window, "alarms", AlarmsArea)
    assert area.tabs.currentWidget() is area.units_page
    row = area.units_page.current_row()
    assert row is not None and row.code == "LARM-09"
