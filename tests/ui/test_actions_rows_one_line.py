"""Åtgärder at 1920 × 1080 in the program's own style: a row whose every cell reads whole on one
line is one line high. Every row was two lines high, "Sätta grind för nischen vid infarten /
Trygghetsvandring 2021-05-18, Gyllenstiernsgatan / Stockholmshem …" each on one line with an
empty line under it, because some other row's texts took two."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_listed
from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from tests.ui.test_actions_titles_up_to_three_lines import drawn_lines
from tests.ui.windows import keep_shot
from ui.main_window import MainWindow


def test_rows_whose_cells_fit_on_one_line_are_one_line_high(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    seen: dict[str, list[tuple[int, bool]]] = {}

    def look(window: MainWindow) -> None:
        table = actions_listed(qtbot, window).table
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, "actions-rows-one-line-1920")
        assert table.current_row() is None
        two_lines = 2 * table.fontMetrics().lineSpacing()
        model = table.model()
        titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
        for row in range(len(column_texts(table, "Åtgärd"))):
            one_line = all(len(drawn_lines(table, title, row)) == 1 for title in titles)
            height = "low" if table.rowHeight(row) < two_lines else "tall"
            seen.setdefault(height, []).append((row, one_line))

    look_at_demo((1920, 1080), look)
    tall_on_one_line = [row for row, one_line in seen.get("tall", []) if one_line]
    assert tall_on_one_line == []
    assert len(seen.get("low", [])) >= 5  # the demo's short actions
