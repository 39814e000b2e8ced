"""The Actions list in a window wider than its columns' natural widths gives the room to the
texts cut short, the action's title first, then source, responsible and priority area, each up
to its longest text: at 1366 × 768 "Status" kept some 210 px for "Öppen, försenad" while every
title ended in "…". Status keeps what its widest text needs. A laptop's window (1100 × 700)
sizes the columns beside the pane as before (test_actions_laptop_size,
test_actions_narrow_beside_pane)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle
from pytestqt.qtbot import QtBot

from samverkan_desktop.enums import ActionStatus
from samverkan_desktop.services.action_rows import status_text
from tests.ui.cell_room import cut_cells
from tests.ui.clicks import type_text
from tests.ui.openers import actions_with_rows
from tests.ui.tables import click_header, click_row, column_texts
from tests.ui.windows import settle
from ui.actions.area import ActionsArea
from ui.actions.model import AREA, DUE, RESPONSIBLE, SOURCE, STATUS, TITLE
from ui.actions.open_list_widths import TITLE_FLOOR_WRAPPED
from ui.actions.shared_widths import WIDTHS
from ui.actions.table import ActionsTable
from ui.context import AppContext

TEXTS = {TITLE: "Åtgärd", SOURCE: "Ursprung", RESPONSIBLE: "Ansvarig", AREA: "Prioriterat område"}


def _room(table: ActionsTable, text: str) -> int:
    """A column's width for ``text`` whole, as the list sizes its columns."""
    style = table.style()
    margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 1
    return table.fontMetrics().horizontalAdvance(text) + margin + 4


def _longest(table: ActionsTable, column: int) -> int:
    return max(_room(table, text) for text in column_texts(table, TEXTS[column]))


def _assert_nothing_cut_that_could_be_whole(table: ActionsTable) -> None:
    """Every text cut short lacks more room than Status and the texts hold beyond their need."""
    status = max(_room(table, status_text(s, True)) for s in ActionStatus)
    reserve = max(status, table.horizontalHeader().sectionSizeHint(STATUS))
    spare = table.columnWidth(STATUS) - reserve
    shown = [c for c in TEXTS if not table.isColumnHidden(c)]
    for column in shown:
        spare += max(table.columnWidth(column) - max(_longest(table, column), WIDTHS[column]), 0)
    for column in shown:
        for text in cut_cells(table, TEXTS[column]):
            missing = _room(table, text) - table.columnWidth(column)
            assert missing > spare, f"{text!r} lacks {missing} px, {spare} px spare"


def _choose_first(qtbot: QtBot, area: ActionsArea) -> None:
    first = column_texts(area.table, "Åtgärd")[0]
    click_row(qtbot, area.table, first)
    qtbot.waitUntil(lambda: area.detail.title.text() == first)


@pytest.mark.parametrize("selected", [False, True], ids=["list", "with the detail"])
def test_a_wide_window_gives_its_room_to_the_texts(
    qtbot: QtBot, demo_ctx: AppContext, selected: bool
) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1366, 768)
    if selected:
        _choose_first(qtbot, area)
    _assert_nothing_cut_that_could_be_whole(area.table)
    assert not area.table.horizontalScrollBar().isVisible()


def test_a_full_hd_window_shows_the_titles_whole(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = actions_with_rows(qtbot, demo_ctx, 1920, 1080)
    table = area.table
    assert cut_cells(table, "Åtgärd") == []
    _assert_nothing_cut_that_could_be_whole(table)
    _choose_first(qtbot, area)  # the pane takes a quarter: still room for every title
    assert cut_cells(table, "Åtgärd") == []
    _assert_nothing_cut_that_could_be_whole(table)


def test_a_laptop_window_sizes_the_columns_as_before(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """No room over the natural widths beside the pane: the texts give way, the title last
    and to its floor, the lower one of a title on two lines (test_actions_titles_on_two_lines).
    The list alone reads its texts whole there (test_actions_open_list_whole)."""
    area = actions_with_rows(qtbot, demo_ctx, 1100, 700)
    table = area.table
    _choose_first(qtbot, area)
    qtbot.waitUntil(lambda: table.isColumnHidden(SOURCE))
    settle(qtbot)  # the pane, hidden with nothing chosen here, opens beside the list
    assert table.columnWidth(TITLE) == TITLE_FLOOR_WRAPPED
    # who answers given its longest word ("Utbildningsförvaltningen") whole beside the pane
    assert table.columnWidth(AREA) < WIDTHS[AREA] < table.columnWidth(RESPONSIBLE)


def test_other_rows_refit_the_columns(qtbot: QtBot, demo_ctx: AppContext) -> None:
    """A search leaving two short titles: the title gives its room on to the sources."""
    area = actions_with_rows(qtbot, demo_ctx, 1366, 768)
    table = area.table
    type_text(qtbot, area.search, "vägvisning")
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    # (every title of the list had its three lines beside the sources whole on two:
    # test_actions_open_list_whole; these two their one line)
    assert table.columnWidth(TITLE) == max(_longest(table, TITLE), WIDTHS[TITLE])
    assert table.columnWidth(SOURCE) > WIDTHS[SOURCE]
    _assert_nothing_cut_that_could_be_whole(table)
    widths = [table.columnWidth(c) for c in (TITLE, SOURCE, RESPONSIBLE, AREA, DUE)]
    click_header(qtbot, table, "Åtgärd")  # the same rows in another order
    qtbot.waitUntil(lambda: table.horizontalHeader().sortIndicatorSection() == TITLE)
    assert [table.columnWidth(c) for c in (TITLE, SOURCE, RESPONSIBLE, AREA, DUE)] == widths
