"""The Actions list beside its pane in the main window at 1366 × 768: until an action is chosen
the empty pane keeps only a strip for its hint and the list shows every column ("Status" was
cut behind a sideways scroll bar while the empty pane kept a quarter of the width). Choosing an
action gives the pane its quarter once; the shared rule is ui.widgets.detail_fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from ui.actions.area import ActionsArea
from ui.context import AppContext
from ui.widgets.record_table import SortHeader

ACTION = "Ta fram polisens statistik över bedrägerier mot äldre i området"


def _titles_shown(area: ActionsArea) -> list[str]:
    header = area.table.horizontalHeader()
    assert isinstance(header, SortHeader)
    # (broken between words where the dates and statuses take two lines: whole)
    return [header.shown_title(column).replace("\n", " ") for column in range(header.count())]


def test_the_list_shows_every_column_until_an_action_is_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "actions", ActionsArea, 1366, 768)
    qtbot.waitUntil(lambda: area.table.model().rowCount() > 0)
    model = area.table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    qtbot.waitUntil(lambda: _titles_shown(area) == titles)
    assert not area.table.horizontalScrollBar().isVisible()
    assert area.detail.width() < area.splitter.width() // 6

    click_row(qtbot, area.table, ACTION)
    qtbot.waitUntil(lambda: area.detail.title.text() == ACTION)
    assert area.detail.width() >= area.splitter.width() // 4 - 10
    sizes = area.splitter.sizes()
    click_row(qtbot, area.table, "Beskära buskagen längs passagen")
    qtbot.waitUntil(lambda: area.detail.title.text() == "Beskära buskagen längs passagen")
    assert area.splitter.sizes() == sizes  # no jump from row to row
