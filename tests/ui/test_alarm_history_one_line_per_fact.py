"""Larm → Larm, each unit chosen in turn, in the program's own style at 900 × 700 and 1024 ×
768: a row of the unit's history reads one fact a line, never wrapped. Its time on the line of
its date ("2026-12-03 08.10"; wrapped, "2026-12-03" over "08.10"), what happened over the
borrower over back when ("Fatima Yousef" / "tillbaka 14.48"; wrapped, "Fatima Yousef ·" over
"tillbaka 14.48"). A line too long for the pane (a return days later, a note) ends in "…",
whole in the row's tooltip."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of, drawn_lines
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.alarms.history import HistoryEntry
from ui.main_window import MainWindow
from ui.widgets.record_table import RecordTable

# What a receptionist reads most: back (or late) the day it was lent, the time alone
SAME_DAY = re.compile(r"(tillbaka \d{2}\.\d{2}( \(sen\))?|försenat sedan \d{2}\.\d{2})")


def _rows_read(
    table: RecordTable[HistoryEntry],
) -> list[tuple[str, list[str], list[str], str, float]]:
    """Each row: its "När" as drawn, its "Vad" facts and their lines as drawn, its tooltip, and
    how many lines taller the row is than its facts (or a row's least height) need."""
    what = column_of(table, "Vad")
    model, spacing = table.model(), table.fontMetrics().lineSpacing()
    least = table.verticalHeader().defaultSectionSize()
    rows = []
    for row in range(model.rowCount()):
        facts = str(model.index(row, what).data()).split("\n")
        tooltip = str(model.index(row, what).data(Qt.ItemDataRole.ToolTipRole))
        # (drawn_lines: the style is handed the text unwrapped, each line cut to the cell)
        shown_when = drawn_lines(table, "När", row)
        lines = drawn_lines(table, "Vad", row)
        extra = (table.rowHeight(row) - max(len(facts) * spacing, least)) / spacing
        rows.append((shown_when[0], facts, lines, tooltip, extra))
    return rows


@pytest.mark.parametrize("size", [(900, 700), (1024, 768)], ids=["900", "1024"])
def test_each_history_row_reads_one_fact_a_line(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> tuple[list[tuple[str, list[str], list[str], str, float]], int]:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        page = area.units_page
        settle(qtbot)
        seen = []
        for code in column_texts(page.table, "Kod"):
            click_row(qtbot, page.table, code)
            settle(qtbot)
            history = page.detail.history
            room = history.columnWidth(column_of(history, "När")) - CELL_MARGINS
            widest = max(
                history.fontMetrics().horizontalAdvance(t) for t in column_texts(history, "När")
            )
            assert widest <= room, (code, widest, room)  # the date and its time whole
            seen += _rows_read(history)
            if code == "LARM-09":  # a fault found at a return, under its loan
                keep_shot(window, f"alarm-history-{size[0]}")
        return seen, window.width()

    rows, width = look_at_demo(size, look)
    assert width == size[0]
    assert any(SAME_DAY.fullmatch(facts[2]) for _when, facts, *_rest in rows if len(facts) > 2)
    for when, facts, lines, tooltip, extra in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}\.\d{2}", when), when  # one line, whole
        assert len(lines) == len(facts), (facts, lines)
        assert extra < 1, (facts, extra)  # not a line more than its facts
        assert tooltip == "\n".join(facts)
        for fact, line in zip(facts, lines, strict=True):
            assert line == fact or line.endswith("…"), (fact, line)
        # what happened and who had it read whole, and a return or lateness the same day
        assert lines[0] == facts[0], lines
        if facts[0].startswith("Utlånat"):
            assert lines[1] == facts[1] and facts[1], lines
            if SAME_DAY.fullmatch(facts[2]):
                assert lines[2] == facts[2], lines


def test_a_loan_row_says_who_had_the_unit_and_when_it_came_back(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> list[str]:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        settle(qtbot)
        click_row(qtbot, area.units_page.table, "LARM-07")
        return column_texts(area.units_page.detail.history, "Vad")

    what = look_at_demo((1024, 768), look)
    # the loan out now, late the day it was lent, and one back the same day
    assert what[0] == "Utlånat (hembesök)\nDavid Karlsson\nförsenat sedan 17.00", what[0]
    back = next(t.split("\n") for t in what if "\ntillbaka" in t)
    assert back[0] == "Utlånat (hembesök)" and back[2].startswith("tillbaka "), back
