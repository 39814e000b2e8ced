"""Larm → Statistik prints by one route, the area's "Skriv ut ▾": its entry names the year
chosen on the page and prints that year. A "Skriv ut statistik…" beside the year did the same,
a second print button on one screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.clicks import click_tab
from tests.ui.menus import click_in_menu
from tests.ui.openers import area_in_window
from tests.ui.windows import settle, shown_previews
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def _choose_year_above(qtbot: QtBot, combo: QComboBox) -> None:
    """Click the year field and take the year under the one shown, by the keys."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible())


def test_the_statistics_print_from_the_areas_menu_for_the_year_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1024, 768)
    stats = area.stats_page
    click_tab(qtbot, area.tabs, stats)
    settle(qtbot)
    print_buttons = [
        b.text()
        for b in window.findChildren(QPushButton)
        if b.isVisible() and b.text().startswith("Skriv ut")
    ]
    assert print_buttons == ["Skriv ut ▾"]  # one route, not a second beside the year

    last_year = clock.today().year - 1
    _choose_year_above(qtbot, stats.year_combo)
    assert stats.year() == last_year
    button = next(b for b in window.findChildren(QPushButton) if b.text() == "Skriv ut ▾")
    offered = click_in_menu(qtbot, button, f"Larmens användning {last_year}…")
    assert offered[-1] == f"Larmens användning {last_year}…"
    qtbot.waitUntil(lambda: len(shown_previews()) == 1, timeout=15_000)
    preview = shown_previews()[0]
    assert preview.windowTitle() == f"Larmens användning {last_year}"
    preview.close()
