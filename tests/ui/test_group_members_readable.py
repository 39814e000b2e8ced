"""The members beside the group list are readable at a laptop's sizes: each name and role whole
(at 1280x800 six columns read "Anna …", "Sam…"), and most of a group's members in view (they
had a third of the pane: three rows of seven)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click_row, settle
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.groups.area import GroupsArea

PLACE = "Platssamverkan Stureplan/Östermalmstorg"  # seven members


@pytest.mark.parametrize(("size", "rows_in_view"), [((1280, 800), 5), ((1100, 700), 3)])
def test_names_and_roles_are_whole_and_most_members_in_view(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int], rows_in_view: int
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *size)
    click_row(qtbot, area.page.table, PLACE)
    settle(qtbot)
    table = area.detail.members
    model = table.model()
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    metrics = QFontMetrics(table.font())
    margin = table._text_margin()  # as the style lays a cell's text out
    for title in ("Namn", "Roll"):
        column = titles.index(title)
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data())
            cell = table.visualRect(model.index(row, column)).adjusted(0, 0, -margin, 0)
            needed = metrics.boundingRect(cell, int(Qt.TextFlag.TextWordWrap), text)
            assert needed.width() <= cell.width() and needed.height() <= cell.height(), (
                title,
                text,
                cell.width(),
            )
    shown = [
        row
        for row in range(model.rowCount())
        if table.viewport().rect().contains(table.visualRect(model.index(row, 0)))
    ]
    assert len(shown) >= rows_in_view


def test_a_small_group_leaves_the_rest_of_the_pane_to_its_facts(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea)
    click_row(qtbot, area.page.table, "Chefsamråd trygghet")  # three members
    settle(qtbot)
    facts, members = area.detail._splitter.sizes()
    assert facts > members
    table = area.detail.members
    last = table.visualRect(table.model().index(table.model().rowCount() - 1, 0))
    assert table.viewport().rect().contains(last)  # every member still in view
