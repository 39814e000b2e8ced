"""A walk's Checklistsvar at 1024 × 768: each point's note field has room for its hint, "Vad ni
såg, var exakt", and for a few words typed. The stops' list (up to 280 px) and the points'
titles (240 px at least) left the notes 75 px: "Vad ni så…"."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui.demo_walks import tessinparken
from tests.ui.helpers import area_of, click_tab, keep_shot, line_edit_text_room, settle, show_window
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.walks.area import WalksArea


def test_the_notes_have_room_for_their_hint_at_1024(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    window.navigate("walks", tessinparken(demo_ctx))
    view = area_of(window, "walks", WalksArea).view
    click_tab(qtbot, view.tabs, view.checklist_tab)
    settle(qtbot)
    tab = view.checklist_tab
    keep_shot(tab, "walk-checklist-1024")
    assert tab.rows, "the walk has checklist points"
    for row in tab.rows:
        hint = row.note.placeholderText()
        assert hint == "Vad ni såg, var exakt"
        assert row.note.fontMetrics().horizontalAdvance(hint) <= line_edit_text_room(row.note)
        # each point's title still shows whole, on as many lines as it takes
        title = row.title
        assert title.heightForWidth(title.width()) <= title.height(), title.text()
    # the stops read whole beside them
    stops = tab.stops
    for index in range(stops.count()):
        text = stops.item(index).text()
        assert stops.fontMetrics().horizontalAdvance(text) <= stops.viewport().width() - 8, text
    # and the points do not scroll sideways
    scroll = tab.findChild(QScrollArea)
    assert scroll is not None and scroll.horizontalScrollBar().maximum() == 0
