"""Kris och övningar → Planer in the program's own style at 1024 × 768, 1280 × 800 and
1440 × 900: a plan's kind (Typ) is never cut short with "…". At 1280 px it read "Risk- och
sårba…", "Systematiskt br…", "Utbildnings- oc…" beside whole names; now it reads whole on at
most two lines, the names beside it on at most two. Where even that does not fit, the kind is
left out (the filter and the chosen plan's facts show it) rather than cut: at 1024 px."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells, lines_of_column
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow

SIZES = [(1024, 768), (1280, 800), (1440, 900)]


@pytest.mark.parametrize("size", SIZES, ids=[str(w) for w, _h in SIZES])
def test_every_kind_shown_reads_whole_on_at_most_two_lines(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> None:
        window.navigate("crisis")
        area = window.area("crisis")
        assert isinstance(area, CrisisArea)
        click_tab(qtbot, area.tabs, area.plans_page)
        table = area.plans_page.table
        qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"plans-kind-whole-{size[0]}")
        assert table.model().rowCount() == 11
        assert table.horizontalScrollBar().maximum() == 0
        assert table.verticalScrollBar().maximum() == 0  # every plan in sight
        assert cut_cells(table, "Namn") == []
        if size[0] >= 1280:  # room for the kinds whole beside the names
            assert not table.isColumnHidden(column_of(table, "Typ"))
        if not table.isColumnHidden(column_of(table, "Typ")):
            assert cut_cells(table, "Typ") == []  # "Risk- och sårba…" at 1280 px before
            long_kinds = {kind: n for kind, n in lines_of_column(table, "Typ").items() if n > 2}
            assert long_kinds == {}
            long_names = {name: n for name, n in lines_of_column(table, "Namn").items() if n > 2}
            assert long_names == {}

    look_at_demo(size, look)
