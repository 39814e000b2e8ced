"""A unit out of service is on the Overview's alarm card, with the fault and since when, and a
click selects it among the units (before, it was on no card: one of the district's twelve
home-visit units could lie broken unnoticed)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import alarm_loans, alarms
from tests.ui.openers import overview_card
from tests.ui.windows import area_of, show_window, wait_gathered
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


def test_the_alarm_cards_number_counts_the_loans_its_title_names(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """ "Utlånade larm · 1 ur drift" with "3" beside it read as three units on loan: the
    number counts the two loans, the unit out of service is said in the title's words. With
    every loan back the card is about that unit alone, and counts it."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    card = overview_card(qtbot, window, "alarm_loans")
    assert card.section.title == "Utlånade larm (1 försenat) · 1 ur drift"
    assert _badge(card) == "2"  # LARM-07 late, LARM-14
    assert len(card.findChildren(EntryButton)) == 3  # and LARM-09 out of service

    for code in ("LARM-07", "LARM-14"):
        demo_ctx.call(alarm_loans.return_unit, demo_ctx.call(alarms.find_unit, code).id)
    area_of(window, "overview", OverviewArea).refresh()
    wait_gathered(qtbot)
    card = overview_card(qtbot, window, "alarm_loans")
    assert card.section.title == "Larm ur drift"
    assert _badge(card) == "1"
    assert [entry.item.title for entry in card.findChildren(EntryButton)] == ["LARM-09"]


def _badge(card: QWidget) -> str:
    """The number beside the card's title."""
    badge = card.findChild(QLabel, "badge")
    assert badge is not None
    return badge.text()
