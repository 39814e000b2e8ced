"""The plans register gives a plan's name the room, not its kind: shared equally, a 1280 px
window cut "Krisledningsplan Östermalms stadsdelsför…" beside a whole "Krisledningsplan", though
the name is what tells the plans apart (and the kind mostly repeats its first words). What the
names do not need goes to the kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells
from tests.ui.helpers import settle
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


def test_every_plan_name_shows_whole_at_1280(qtbot: QtBot, demo_ctx: AppContext) -> None:
    window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, 1280, 800)
    bar = area.tabs.tabBar()
    index = area.tabs.indexOf(area.plans_page)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(qtbot)
    table = area.plans_page.table
    assert table.model().rowCount() == 11
    assert cut_cells(table, "Namn") == []
    # Wider, the room the names do not need goes to the kinds: at 1440 px "Handlingsplan mot
    # våldsbejakande extremism" and "Systematiskt brandskyddsarbete (SBA)" were cut while the
    # names had 90 px to spare.
    window.resize(1440, 900)
    settle(qtbot)
    assert cut_cells(table, "Namn") == []
    assert cut_cells(table, "Typ") == []
    # Narrower, the name keeps twice the kind's width.
    window.resize(1100, 700)
    settle(qtbot)
    name, kind = column_of(table, "Namn"), column_of(table, "Typ")
    assert table.columnWidth(name) >= 2 * table.columnWidth(kind) - 2
