"""Larm → Larm, a unit chosen, in the program's own style at 1024 × 768 and 1280 × 800: the
unit's history reads a row to an event of at most two lines, what happened over its details
(the borrower, back when). The details wrapped word by word into rows some 80 px tall
("David Karlsson / · tillbaka / 2026-12-03 / 12.30"), four or five rows in sight."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
def test_history_rows_take_two_lines_at_most(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> tuple[list[int], int, int, list[str]]:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        page = area.units_page
        settle(qtbot)
        click_row(qtbot, page.table, "LARM-04")  # lent many times
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        history = page.detail.history
        keep_shot(page.detail, f"alarm-history-{size[0]}")
        heights = [history.rowHeight(row) for row in range(history.model().rowCount())]
        metrics = QFontMetrics(history.font())
        one_line = history.verticalHeader().defaultSectionSize()
        # two lines of text and the room a one-line row has around its line
        two_lines = 2 * metrics.lineSpacing() + one_line - metrics.height()
        return heights, two_lines, history.viewport().height(), column_texts(history, "Vad")

    heights, two_lines, room, what = look_at_demo(size, look)
    assert len(heights) > 10
    assert max(heights) <= two_lines, heights
    in_sight = 0
    while in_sight < len(heights) and sum(heights[: in_sight + 1]) <= room:
        in_sight += 1
    assert in_sight >= 8, heights
    # a loan's row says who had the unit under what happened
    loan = next(text for text in what if text.startswith("Utlånat (hembesök)"))
    assert loan.count("\n") == 1 and "tillbaka" in loan.split("\n")[1]
