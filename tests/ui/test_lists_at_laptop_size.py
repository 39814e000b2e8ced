"""Lists at a laptop's window (1100 × 700, about 890 px for the area) with the example district:
the groups list and the alarms' units and loans show every column without scrolling sideways
(the groups list but its members' count, left aside for "Möts" on two lines), and a title too
wide for its column ends in "…" (before, "Prioriterade områden" read "rioriterade område", cut
on both sides), its tooltip the whole title."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services.alarm_history import LoanRow
from samverkan_desktop.services.alarms import UnitRow
from samverkan_desktop.services.group_rows import GroupRow
from tests.ui.windows import show_window
from ui.alarms.area import AlarmsArea
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.main_window import MainWindow
from ui.widgets.record_table import RecordTable, SortHeader

ShownTable = RecordTable[GroupRow] | RecordTable[UnitRow] | RecordTable[LoanRow]


def _table(qtbot: QtBot, ctx: AppContext, which: str) -> ShownTable:
    window = show_window(qtbot, MainWindow(ctx, "test.sqlite3"), 1100, 700)
    if which == "groups":
        ctx.navigator.go("groups")
        groups = window.area("groups")
        assert isinstance(groups, GroupsArea)
        table: ShownTable = groups.page.table
    else:
        ctx.navigator.go("alarms")
        alarms = window.area("alarms")
        assert isinstance(alarms, AlarmsArea)
        page = alarms.units_page if which == "units" else alarms.loans_page
        alarms.tabs.setCurrentWidget(page)
        table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    assert window.area("groups" if which == "groups" else "alarms").width() <= 900
    return table


@pytest.mark.parametrize("which", ["groups", "units", "loans"])
def test_every_column_shows_and_no_title_is_cut_on_both_sides(
    qtbot: QtBot, demo_ctx: AppContext, which: str
) -> None:
    table = _table(qtbot, demo_ctx, which)
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        table.viewport().width()
    )
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=10_000)
    metrics = header.fontMetrics()
    model = table.model()
    aside = {
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(header.count())
        if table.isColumnHidden(c)
    }
    assert aside <= ({"Medlemmar"} if which == "groups" else set()), aside
    for column in range(header.count()):
        if table.isColumnHidden(column):
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        shown = header.shown_title(column)
        flat = shown.replace("\n", " ")  # broken between words onto two lines
        assert flat == title or (flat.endswith("…") and title.startswith(flat[:-1])), title
        for line in shown.split("\n"):
            assert metrics.horizontalAdvance(line) < header.sectionSize(column), title
        tooltip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tooltip == title
    if which == "groups":
        areas = [
            c
            for c in range(header.count())
            if model.headerData(c, Qt.Orientation.Horizontal) == "Prioriterade områden"
        ]
        assert header.shown_title(areas[0]).startswith("Prio")
        # The names (what the coordinator looks for) break between words, not inside a word:
        # their column gets more than the others when they all give way.
        room = header.sectionSize(0) - table._text_margin()
        assert metrics.horizontalAdvance("Arbetsgrupp") < room
    # Dates and times stay whole.
    for column in range(header.count()):
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            if len(text) == len("2026-11-30 12:40") and text[:4].isdigit():
                assert metrics.horizontalAdvance(text) < header.sectionSize(column), text
