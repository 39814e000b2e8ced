"""The Actions list in a laptop's window (1100 × 700) shows every column without scrolling
sideways: before, "Klart senast" was cut in half and "Status" was off to the right. The texts give
way with "…" (their tooltips whole), the action's title least; due dates and statuses stay whole.
In a wider window (1280 × 800) the title gives way to the responsibles whole on two lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.openers import actions_with_rows
from tests.ui.tables import click_row, column_texts
from ui.actions.model import AREA, DUE, RESPONSIBLE, SOURCE, STATUS, TITLE
from ui.actions.open_list_widths import TITLE_FLOOR_WRAPPED
from ui.actions.table import ActionsTable
from ui.context import AppContext
from ui.widgets.record_table import SortHeader
from ui.widgets.sort_header import two_line_width


def _table(qtbot: QtBot, ctx: AppContext, width: int, height: int) -> ActionsTable:
    return actions_with_rows(qtbot, ctx, width, height).table


def _assert_every_column_in_view(
    qtbot: QtBot, table: ActionsTable, beside_title: tuple[int, ...] = (RESPONSIBLE,)
) -> None:
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(STATUS) + header.sectionSize(STATUS) <= (
        table.viewport().width()
    )
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=10_000)
    metrics = table.fontMetrics()
    for column in (DUE, STATUS):  # whole, red when late: what the list is read for
        for row in range(table.model().rowCount()):
            text = str(table.model().index(row, column).data())
            # on one line, or in two-line rows on two between its words (beside the pane,
            # for the responsibles' words: test_actions_responsible_beside_pane)
            width = (
                two_line_width(text, metrics)
                if table.wordWrap()
                else metrics.horizontalAdvance(text)
            )
            assert width < header.sectionSize(column), text
    # the title the widest text, but for those whole on two lines beside it ``beside_title``
    # (test_actions_responsible_whole)
    texts = [c for c in range(header.count()) if c not in (DUE, STATUS, *beside_title)]
    assert max(texts, key=header.sectionSize) == TITLE


@pytest.mark.parametrize("selected", [False, True], ids=["list", "with the detail"])
def test_a_laptop_window_shows_every_column(
    qtbot: QtBot, demo_ctx: AppContext, selected: bool
) -> None:
    table = _table(qtbot, demo_ctx, 1100, 700)
    if selected:  # the detail takes its share of the width
        click_row(qtbot, table, column_texts(table, "Åtgärd")[0])
    # (the list alone: the sources and responsibles whole on their lines beside the title,
    # test_actions_open_list_whole)
    _assert_every_column_in_view(
        qtbot, table, (RESPONSIBLE,) if selected else (SOURCE, RESPONSIBLE)
    )
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    model = table.model()
    for column in range(header.count()):
        if table.isColumnHidden(column):  # the source, beside the pane (its own test)
            continue
        title = model.headerData(column, Qt.Orientation.Horizontal)
        shown = header.shown_title(column).replace("\n", " ")  # broken between words
        assert shown == title or (shown.endswith("…") and title.startswith(shown[:-1])), title
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
            title
        )


def test_a_wider_window_shows_every_column(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """With no action chosen the sources read whole on two lines with their places
    (test_actions_open_list_whole): wider than the title, and the priority area, which would
    have less than 90 px, is left out for them (it was shown, the sources cut)."""
    table = _table(qtbot, demo_ctx, 1280, 800)
    _assert_every_column_in_view(qtbot, table, (RESPONSIBLE, SOURCE))
    # the title gives way to the responsibles on two lines, down to its floor
    assert table.columnWidth(TITLE) >= TITLE_FLOOR_WRAPPED
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    assert table.isColumnHidden(AREA)
    for column in (TITLE, SOURCE, RESPONSIBLE):
        assert "…" not in header.shown_title(column)
