"""The Actions list at 1024 × 768 and 1280 × 800, in the program's own style: what an action is
was cut on two lines in every row alike ("Ta fram polisens statistik / över bedrägerier mot
ä…"). A row is now as high as its title needs, up to three lines, so the title reads whole; a
short title's row stays two lines high, and a title longer than three lines (or with a word
wider than the column) ends in "…" with the whole in its tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of
from tests.ui.openers import actions_listed, first_action
from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from ui.actions.model import TITLE
from ui.main_window import MainWindow
from ui.widgets.two_lines import LINE_BREAK

CUT = "Ta fram polisens statistik över bedrägerier mot äldre i området"  # two lines cut it
SHORT = "Sätta grind för nischen vid infarten"


def drawn_lines(table: QTableView, title: str, row: int) -> list[str]:
    """A cell's lines as the style draws them: the text its delegate hands over, each line cut
    with "…" to the cell's room within the style's own text margins (the program's style's,
    narrower than tests.ui.cell_room's CELL_MARGINS)."""
    index = table.model().index(row, column_of(table, title))
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    room = option.rect.width() - 2 * (margin + 1)
    metrics, cut = option.fontMetrics, Qt.TextElideMode.ElideRight
    return [metrics.elidedText(line, cut, room) for line in option.text.split(LINE_BREAK)]


def reads_whole(text: str, lines: list[str]) -> bool:
    """Whether ``lines`` hold ``text`` whole, broken at a space or after a slash or a dash
    ("Stureplan/" above "Östermalmstorg")."""
    return "".join(lines).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
@pytest.mark.parametrize("selected", [False, True], ids=["list", "beside the pane"])
def test_a_title_reads_whole_on_up_to_three_lines(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    size: tuple[int, int],
    selected: bool,
) -> None:
    seen: dict[str, list[str]] = {}
    heights: dict[str, int] = {}
    tooltips: dict[str, str] = {}

    def look(window: MainWindow) -> None:
        table = (first_action if selected else actions_listed)(qtbot, window).table
        titles = column_texts(table, "Åtgärd")
        assert table.wordWrap()  # titles cut on one line at these sizes
        for row, title in enumerate(titles):
            seen[title] = drawn_lines(table, "Åtgärd", row)
            heights[title] = table.rowHeight(row)
            index = table.model().index(row, TITLE)
            tooltips[title] = index.data(Qt.ItemDataRole.ToolTipRole)
        heights["line"] = table.fontMetrics().lineSpacing()

    look_at_demo(size, look)
    assert " ".join(seen[CUT]) == CUT
    assert len(seen[SHORT]) <= 2 and heights[SHORT] < 3 * heights["line"]
    for title, lines in seen.items():
        assert len(lines) <= 3, title
        if " ".join(lines) != title:  # longer than three lines, or a word wider than the
            assert lines[-1].endswith("…"), (title, lines)  # column: its tooltip holds it
            assert tooltips[title] == title
