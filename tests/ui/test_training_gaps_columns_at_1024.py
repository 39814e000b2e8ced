"""Kris och övningar → Utbildning → Vem saknar utbildning at 1024 × 768, in the program's own
style: every required course reads on two lines at most and no other cell is cut. "Krisstöd del
3: Egenreaktioner och bemötande av egen personal i kris" took three lines while "Senast gått" and
"Giltig till" each kept a column of their own (seen under Xvfb). "Brist" now says the day the
training expired ("Gick ut 2024-02-18") and sorts by it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells, lines_of_column
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.crisis.area import CrisisArea
from ui.main_window import MainWindow


def test_the_required_courses_take_two_lines_at_most_at_1024(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> dict[str, object]:
        window.navigate("crisis")
        crisis = window.area("crisis")
        assert isinstance(crisis, CrisisArea)
        click_tab(qtbot, crisis.tabs, crisis.training_tabs)
        click_tab(qtbot, crisis.training_tabs, crisis.gaps_page)
        table = crisis.gaps_page.table
        qtbot.waitUntil(lambda: table.model().rowCount() > 0)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, "training-gaps-1024")
        model = table.model()
        titles = [
            model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
        ]
        seen: dict[str, object] = {"titles": titles}
        seen["lines"] = lines_of_column(table, "Krav på utbildning")
        seen["cut"] = [
            text
            for title in titles
            if title != "Krav på utbildning"
            for text in cut_cells(table, str(title))
        ]
        # sorted by the gap: the missing first, then by the day it expired
        header = table.horizontalHeader()
        gap = column_of(table, "Brist")
        middle = QPoint(header.sectionViewportPosition(gap) + 20, header.height() // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        seen["by gap"] = [str(model.index(row, gap).data()) for row in range(model.rowCount())]
        seen["beyond"] = sum(table.columnWidth(c) for c in range(model.columnCount())) - (
            table.viewport().width()
        )
        return seen

    seen = look_at_demo((1024, 768), look)
    lines = seen["lines"]
    assert isinstance(lines, dict)
    assert "Krisstöd del 3: Egenreaktioner och bemötande av egen personal i kris" in lines
    assert max(lines.values()) <= 2, lines
    assert seen["cut"] == []
    assert isinstance(seen["beyond"], int) and seen["beyond"] <= 0, seen
    by_gap = seen["by gap"]
    assert isinstance(by_gap, list)
    expired = [text for text in by_gap if text != "Saknas"]
    assert by_gap[: len(by_gap) - len(expired)] == ["Saknas"] * (len(by_gap) - len(expired))
    assert expired and all(text.startswith("Gick ut 20") for text in expired), expired
    assert expired == sorted(expired)
