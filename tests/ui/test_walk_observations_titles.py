"""A walk's observations list shows its titles whole, "Allvarlighet" among them: at 125 px the
column's title read "Allvarlighets…" even in a 1366 px window. (At 1100 px beside the chosen
observation the columns that wrap keep their widest words and this one still gives way.)"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of
from tests.ui.demo_walks import tessinparken
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.walks.area import WalksArea
from ui.widgets.sort_header import SortHeader


def test_the_severity_title_reads_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1366, 768)
    area.open_walk(tessinparken(demo_ctx))
    area.view.tabs.setCurrentWidget(area.view.observations_tab)
    table = area.view.observations_tab.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    for title in ("Var", "Kategori", "Allvarlighet", "Ansvarig", "Foton"):
        assert header.shown_title(column_of(table, title)).replace("\n", " ") == title
