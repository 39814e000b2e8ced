"""Larm → Larm, each unit chosen in turn, in the program's own style at 900 × 700 and 1024 ×
768: a time in the unit's history stays with the word it belongs to (or its date, a date
and time too wide to go with the word in a narrow pane). A row's details broke as "Maria
Åkesson · tillbaka" over "12.30" alone on the next line."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import broken_in_cells, column_of, wrapped_lines
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import settle
from ui.alarms.area import AlarmsArea
from ui.main_window import MainWindow

CLOCK_FIRST = re.compile(r"^\d{2}\.\d{2}\b")  # "12.30" torn from "tillbaka" or its date


@pytest.mark.parametrize("size", [(900, 700), (1024, 768)], ids=["900", "1024"])
def test_no_history_line_starts_with_a_time(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> tuple[list[str], list[tuple[str, str, int]], int]:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        page = area.units_page
        settle(qtbot)
        lines, broken = [], []
        for code in column_texts(page.table, "Kod"):
            click_row(qtbot, page.table, code)
            settle(qtbot)
            history = page.detail.history
            room = history.columnWidth(column_of(history, "Vad")) - 8
            lines += [
                line
                for text in column_texts(history, "Vad")
                for part in text.split("\n")
                for line in wrapped_lines(part, history.font(), room)
            ]
            broken += broken_in_cells(history, ["Vad"])
        return lines, broken, window.width()

    lines, broken, width = look_at_demo(size, look)
    assert any("tillbaka" in line for line in lines), lines  # the demo's loans are there
    assert [line for line in lines if CLOCK_FIRST.match(line)] == []
    assert not broken, broken  # every text whole in its cell
    assert width == size[0]
