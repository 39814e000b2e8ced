"""A unit's history beside the units list can be read in a 1024-, 1280- or 1400-pixel window:
"What" and "Details" show their whole text (wrapped onto more lines), not "Utlånat (Hembe…"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QTableView
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitEventKind
from samverkan_desktop.services import alarms
from tests.ui.helpers import click_row, column_texts, keep_shot, settle, show_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.main_window import MainWindow


def _hidden_part(table: QTableView, row: int, column: int) -> str:
    """What of a cell's text the user does not see ("" when all of it shows): a word wider than
    the column, the whole text when it does not wrap and is too wide, or lines below the row."""
    text = table.model().index(row, column).data() or ""
    metrics = table.fontMetrics()
    # As the style lays an item's text out: a margin on either side.
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    room = table.columnWidth(column) - 2 * margin
    if not table.wordWrap():
        return text if metrics.horizontalAdvance(text) > room else ""
    for word in text.split():
        if metrics.horizontalAdvance(word) > room:
            return word
    wrapped = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
    return text if wrapped.height() > table.rowHeight(row) else ""


@pytest.mark.parametrize(
    ("size", "whole"),
    [
        ((1280, 800), ("Vad", "Detaljer")),
        ((1400, 900), ("Vad", "Detaljer")),
        # Narrower, the initials give way, and a date breaks from its time, never inside
        # ("2026-1" above "2-01 09.00"); the pane takes from the units list the room for
        # "Funktionstestat" whole (it broke, "Funktionste-stat").
        ((1024, 768), ("När", "Vad", "Detaljer")),
    ],
)
def test_what_and_details_of_a_units_history_show_whole_at_a_laptops_width(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int], whole: tuple[str, ...]
) -> None:
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), *size)
    unit = demo_ctx.call(alarms.find_unit, "LARM-07")
    demo_ctx.navigator.go("alarms", unit.id)
    area = window.area("alarms")
    assert isinstance(area, AlarmsArea)
    history = area.units_page.detail.history
    qtbot.waitUntil(lambda: history.model().rowCount() > 0 and history.viewport().width() > 0)
    titles = [
        history.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(history.model().columnCount())
    ]
    assert "Utlånat (hembesök)" in column_texts(history, "Vad")  # a loan, its kind in lower case
    for row in range(history.model().rowCount()):
        for column in map(titles.index, whole):
            assert _hidden_part(history, row, column) == "", (row, titles[column])
    # Nothing is pushed out of sight sideways either: no scroll bar under the list.
    assert not history.horizontalScrollBar().isVisible()
    assert history.horizontalScrollBar().maximum() == 0


def test_the_units_list_keeps_its_texts_beside_the_wider_history_at_1024(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    """The room the history takes at 1024 px comes from the units list's slack: its shown
    columns still read their texts whole, and it does not scroll sideways."""
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), 1024, 768)
    unit = demo_ctx.call(alarms.find_unit, "LARM-07")
    demo_ctx.navigator.go("alarms", unit.id)
    area = window.area("alarms")
    assert isinstance(area, AlarmsArea)
    units = area.units_page.table
    qtbot.waitUntil(lambda: units.model().rowCount() > 0 and units.viewport().width() > 0)
    for column in range(units.model().columnCount()):
        if units.isColumnHidden(column):
            continue
        for row in range(units.model().rowCount()):
            assert _hidden_part(units, row, column) == "", (row, column)
    assert units.horizontalScrollBar().maximum() == 0


ADDRESS_NOTE = "Felanmält till larmcentralen.ostermalm.stadsdelsforvaltning@stockholm.se i dag"


def _units_shown_beside(
    qtbot: QtBot, window: MainWindow, code: str
) -> tuple[list[str], QTableView]:
    """The units list's column titles shown beside ``code``'s pane (clicked), and its history."""
    area = window.area("alarms")
    assert isinstance(area, AlarmsArea)
    units = area.units_page.table
    click_row(qtbot, units, code)
    settle(qtbot)
    model = units.model()
    shown = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(model.columnCount())
        if not units.isColumnHidden(c)
    ]
    return shown, area.units_page.detail.history


@pytest.mark.parametrize("size", [(1280, 800), (1024, 768)])
def test_a_long_word_in_a_note_breaks_in_details_not_the_list_beside(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    """An address in a unit's note asked its whole width of the history: the pane took it from
    the units list, which left out Typ and Testat at 1280 px, and "Vad" broke "Utlånat
    (hembe-sök)" at 1024. It breaks inside the details now, whole in their tooltip."""
    unit = demo_ctx.call(alarms.find_unit, "LARM-03")
    demo_ctx.call(alarms.record_event, unit.id, UnitEventKind.NOTE, ADDRESS_NOTE, initials="AB")
    window = show_window(qtbot, MainWindow(demo_ctx, "test.sqlite3"), *size)
    window.navigate("alarms")
    settle(qtbot)
    without, _history = _units_shown_beside(qtbot, window, "LARM-01")
    shown, history = _units_shown_beside(qtbot, window, "LARM-03")
    assert shown == without
    keep_shot(window, f"unit-history-long-note-{size[0]}")
    titles = [
        history.model().headerData(c, Qt.Orientation.Horizontal)
        for c in range(history.model().columnCount())
    ]
    what, details = titles.index("Vad"), titles.index("Detaljer")
    for row in range(history.model().rowCount()):
        assert _hidden_part(history, row, what) == "", row
    assert history.model().index(0, details).data(Qt.ItemDataRole.ToolTipRole) == ADDRESS_NOTE
    assert history.horizontalScrollBar().maximum() == 0
