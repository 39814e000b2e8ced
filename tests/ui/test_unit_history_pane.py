"""A unit's history beside the units list can be read in a 1024-, 1280- or 1400-pixel window:
what happened reads whole ("Utlånat (hembesök)", not "Utlånat (Hembe…"), its details on the
line under it (cut short with "…" where the pane is narrow, whole in the tooltip: wrapped,
they made rows of four lines)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QTableView
from pytestqt.qtbot import QtBot

from samverkan_desktop.models import UnitEventKind
from samverkan_desktop.services import alarms
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import keep_shot, settle, show_window
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


def _what_happened_cut(table: QTableView, row: int, column: int) -> str:
    """The first line of a cell (what happened) when it does not fit its column, else ""; and
    the whole cell in its tooltip (the details under it may be cut short)."""
    index = table.model().index(row, column)
    text = index.data() or ""
    assert index.data(Qt.ItemDataRole.ToolTipRole) == text
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    first = text.split("\n")[0]
    room = table.columnWidth(column) - 2 * margin
    return first if table.fontMetrics().horizontalAdvance(first) > room else ""


# A date breaks from its time, never inside ("2026-1" above "2-01 09.00"); narrower, the
# initials give way, and the pane takes from the units list the room for "Funktionstestat"
# whole (it broke, "Funktionste-stat").
@pytest.mark.parametrize("size", [(1280, 800), (1400, 900), (1024, 768)])
def test_what_happened_in_a_units_history_shows_whole_at_a_laptops_width(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
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
    # a loan, its kind in lower case
    assert any(t.startswith("Utlånat (hembesök)\n") for t in column_texts(history, "Vad"))
    when, what = titles.index("När"), titles.index("Vad")
    for row in range(history.model().rowCount()):
        assert _hidden_part(history, row, when) == "", row
        assert _what_happened_cut(history, row, what) == "", row
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
    (hembe-sök)" at 1024. It is cut short in the details now, whole in the tooltip."""
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
    what = titles.index("Vad")
    for row in range(history.model().rowCount()):
        assert _what_happened_cut(history, row, what) == "", row
    tooltip = history.model().index(0, what).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith("\n" + ADDRESS_NOTE)
    assert history.horizontalScrollBar().maximum() == 0
