"""Larm at 1280 × 800, a record chosen in each tab (its pane beside the list): every search
field shows its placeholder whole. The units' search kept 202 px for "Sök kod, låntagare,
fabrikat eller anteckningar …" (295 px) and read "Sök kod, låntagare, fabrikat ell…"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.text_fit import line_edit_text_room
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.context import AppContext


def test_every_alarm_search_placeholder_fits_at_1280(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "alarms", AlarmsArea, 1280, 800)
    seen = []
    for index in range(area.tabs.count()):
        bar = area.tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        settle(qtbot)
        page = area.tabs.currentWidget()
        tables = [t for t in page.findChildren(QTableView) if t.isVisible()]
        if tables and tables[0].model().rowCount():  # a record chosen: its pane opens
            first = tables[0].visualRect(tables[0].model().index(0, 0)).center()
            qtbot.mouseClick(tables[0].viewport(), Qt.MouseButton.LeftButton, pos=first)
            settle(qtbot)
        for edit in page.findChildren(QLineEdit):
            placeholder = edit.placeholderText()
            if edit.isVisible() and placeholder and not edit.text():
                seen.append(placeholder)
                needed = edit.fontMetrics().horizontalAdvance(placeholder)
                assert needed <= line_edit_text_room(edit), (
                    placeholder,
                    needed,
                    line_edit_text_room(edit),
                )
    assert "Sök kod, låntagare, fabrikat eller anteckningar …" in seen
    assert "Sök larm, låntagare, chef eller avdelning …" in seen
