"""Brandskydd at 1024 × 768, an inspection chosen, in the program's own style: the premises read
on two lines at most. "Garnisonen, Karlavägen 104 inkl. receptionen" took three while the
result column kept "Godkänt med anmärkningar" on one line with room beside it (seen under Xvfb)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, lines_of_column
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row
from tests.ui.windows import keep_shot, settle
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow


def test_the_premises_take_two_lines_at_most_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> tuple[dict[str, int], list[str]]:
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
        lines = lines_of_column(table, "Lokal")
        cut = [
            text
            for title in ("Besiktigad", "Resultat", "Anmärkningar", "Nästa besiktning")
            for text in cut_cells(table, title)
        ]
        return lines, cut

    lines, cut = look_at_demo((1024, 768), look)
    assert lines
    assert max(lines.values()) <= 2, lines
    assert cut == []
