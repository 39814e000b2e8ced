"""The Actions list in a laptop's window (1100 × 700) beside a chosen action's pane cut its
titles to some 22 letters on one line ("Ta fram polisens statist…"). A title cut on one line now
takes two, in rows all two lines high, and gives way a little further beside the others; only
a title longer than two lines ends in "…" (its tooltip holds it whole). No sideways scroll bar:
the columns fit beside the vertical one the taller rows bring. Where every title fits on one
line (1920 × 1080) each reads on one line (a row two lines high where its source or its
responsible takes two: test_actions_open_list_whole, test_actions_rows_one_line)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import cut_cells, drawn_lines
from tests.ui.openers import actions_with_rows
from tests.ui.tables import click_row, column_texts
from ui.actions.model import TITLE
from ui.context import AppContext

# The letters a title cut short shows at least: "Uppdatera / krisstödsgruppens kon…" at 160 px
# (one line of 180 px held some 25: "Beskära buskagen längs p…").
READ = 30


@pytest.mark.parametrize("selected", [False, True], ids=["list", "beside the pane"])
def test_a_laptop_list_shows_its_titles_on_two_lines(
    qtbot: QtBot, demo_ctx: AppContext, selected: bool
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1100, 700)
    table = area.table
    titles = column_texts(table, "Åtgärd")
    if selected:
        click_row(qtbot, table, titles[0])
        qtbot.waitUntil(lambda: area.detail.title.text() == titles[0])

    def every_title_read() -> None:
        for row, title in enumerate(titles):
            lines = drawn_lines(table, "Åtgärd", row)
            letters = len(" ".join(lines).replace("…", ""))
            assert letters >= min(READ, len(title)), f"{title!r}: {lines}"

    qtbot.waitUntil(every_title_read)  # the columns fitted beside the vertical scroll bar
    cut = cut_cells(table, "Åtgärd")
    if not selected:  # the list alone reads every title whole (test_actions_open_list_whole)
        assert cut == []
    else:
        longest = max(cut, key=len)
        index = table.model().index(titles.index(longest), TITLE)
        assert index.data(Qt.ItemDataRole.ToolTipRole) == longest
    assert not table.horizontalScrollBar().isVisible()


def test_titles_whole_on_one_line_read_on_one_line(qtbot: QtBot, demo_ctx: AppContext) -> None:
    table = actions_with_rows(qtbot, demo_ctx, 1920, 1080).table
    assert cut_cells(table, "Åtgärd") == []
    titles = column_texts(table, "Åtgärd")
    assert [drawn_lines(table, "Åtgärd", row) for row in range(len(titles))] == [
        [title] for title in titles
    ]
