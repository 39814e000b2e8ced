"""Larm → Larm, a unit chosen, in the program's own style at 1024 × 768 and 1280 × 800: the
unit's history reads whole, what happened over its details (the borrower, back when). Cut to
two lines each, the details ended in "…" at 1024 ("Fatima Yousef · tillbaka 1…"); wrapped word
by word in the narrow column of old they took four lines ("David Karlsson / · tillbaka / …")."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import broken_in_cells, column_of, wrapped_lines
from tests.ui.own_style import LookAt
from tests.ui.tables import click_row, column_texts
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.main_window import MainWindow


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
def test_history_rows_read_whole(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> tuple[list[tuple[str, str, int]], list[str], int, int]:
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
        room = history.columnWidth(column_of(history, "Vad")) - 8
        lines = [
            line
            for text in column_texts(history, "Vad")
            for part in text.split("\n")
            for line in wrapped_lines(part, history.font(), room)
        ]
        rows = history.model().rowCount()
        tallest = max(history.rowHeight(row) for row in range(rows))
        return (
            broken_in_cells(history, ["Vad"]),
            lines,
            tallest,
            history.fontMetrics().lineSpacing(),
        )

    broken, lines, tallest, spacing = look_at_demo(size, look)
    assert not broken, broken
    # a wrapped details line never starts with the separator
    assert not [line for line in lines if line.startswith("·")], lines
    # what happened and its details on at most three lines more: a row no taller than five
    assert tallest <= 6 * spacing, tallest


def test_a_loan_row_says_who_had_the_unit_under_what_happened(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> list[str]:
        window.navigate("alarms")
        area = window.area("alarms")
        assert isinstance(area, AlarmsArea)
        settle(qtbot)
        click_row(qtbot, area.units_page.table, "LARM-04")
        return column_texts(area.units_page.detail.history, "Vad")

    what = look_at_demo((1024, 768), look)
    loan = next(text for text in what if text.startswith("Utlånat (hembesök)"))
    assert loan.count("\n") == 1 and "tillbaka" in loan.split("\n")[1]
