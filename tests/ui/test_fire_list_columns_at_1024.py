"""Brandskydd at 1024 × 768, an inspection chosen, in the program's own style: the premises read
on two lines at most. "Garnisonen, Karlavägen 104 inkl. receptionen" took three while the
result column kept "Godkänt med anmärkningar" on one line with room beside it (seen under Xvfb)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import DemoCopier
from tests.ui.cell_room import CELL_MARGINS, column_of, cut_cells, wrapped_lines
from tests.ui.helpers import click_row, click_tab, keep_shot, settle
from tests.ui.own_style import look_at_size
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow


@pytest.mark.usefixtures("app_settings")
def test_the_premises_take_two_lines_at_most_at_1024(
    qtbot: QtBot,
    sqlite_url: str,
    sqlite_demo_files: DemoCopier,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sqlite_demo_files(sqlite_url.removeprefix("sqlite:///"))
    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        window.navigate("crisis")
        crisis = window.area("crisis")
        assert isinstance(crisis, CrisisArea)
        click_tab(qtbot, crisis.tabs, crisis.fire_page)
        table = crisis.fire_page.table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0)
        click_row(qtbot, table, str(table.model().index(0, 0).data()))
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, "fire-list-1024")
        column = column_of(table, "Lokal")
        room = table.columnWidth(column) - CELL_MARGINS
        seen["lines"] = {
            str(table.model().index(row, column).data()): len(
                wrapped_lines(str(table.model().index(row, column).data()), table.font(), room)
            )
            for row in range(table.model().rowCount())
        }
        seen["cut"] = [
            text
            for title in ("Besiktigad", "Resultat", "Anmärkningar", "Nästa besiktning")
            for text in cut_cells(table, title)
        ]

    look_at_size(qtbot, monkeypatch, sqlite_url, (1024, 768), look)
    lines = seen["lines"]
    assert isinstance(lines, dict) and lines
    assert max(lines.values()) <= 2, lines
    assert seen["cut"] == []
