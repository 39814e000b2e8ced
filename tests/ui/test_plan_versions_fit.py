"""Kris → Planer at a laptop's window (1100 × 700): the chosen plan's version history fits its
box, version, date and changes side by side, without scrolling sideways. Before, an "Av" column
read "Stads…" and pushed the changes out of sight; who adopted a version is now in its date's
tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.demo_plans import version_count
from tests.ui.openers import crisis_tab
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.widgets.record_table import SortHeader

RSA = "Risk- och sårbarhetsanalys (RSA)"


def test_the_version_history_fits_beside_the_facts(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = crisis_tab(qtbot, demo_ctx, "plans_page", 1100, 700)
    page = area.plans_page
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 0)
    click_row(qtbot, page.table, RSA)
    history = page.detail.versions
    versions = version_count(demo_ctx, RSA)  # one more each year the demo is dated
    qtbot.waitUntil(lambda: history.model().rowCount() == versions)
    settle(qtbot)
    assert not history.horizontalScrollBar().isVisible()
    header = history.horizontalHeader()
    assert isinstance(header, SortHeader)
    model = history.model()
    for column in range(header.count()):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert header.shown_title(column) == title
    assert cut_cells(history, "Fastställd") == []
    # A long note breaks onto more lines, whole (test_plan_versions_read_whole); its tooltip
    # gives it too.
    changes = column_of(history, "Ändringar")
    assert cut_cells(history, "Ändringar") == []
    for row in range(model.rowCount()):
        cell = model.index(row, changes)
        if cell.data():
            assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()
    adopted = model.index(0, column_of(history, "Fastställd"))
    assert adopted.data(Qt.ItemDataRole.ToolTipRole) == f"{adopted.data()}, av Stadsdelsdirektör"
