"""The groups window at 1024 × 768 (a district office's laptop or projector) reads whole: the
filters' texts ("Alla prioriterade områden" read "Alla prioriterade om" beside the Medlemmar
tab) and, with no group chosen, each group's name on at most two lines (nearly every name
wrapped onto three)."""

from __future__ import annotations

import os

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window, group_members
from tests.ui.text_fit import combo_text_whole
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.record_table import RecordTable

SIZE = (1024, 768)
PLACE = "Platssamverkan Stureplan/Östermalmstorg"  # seven members, long functions


def _shot(area: GroupsArea, name: str) -> None:
    """For looking at it: SAMVERKAN_SHOTS=dir saves the window as the test saw it."""
    folder = os.environ.get("SAMVERKAN_SHOTS")
    if folder:
        area.window().grab().save(os.path.join(folder, f"{name}.png"))


def _needed(table: RecordTable, row: int, column: int) -> tuple[QRect, QRect]:
    """A cell's text room and the room its text, wrapped, needs."""
    index = table.model().index(row, column)
    cell = table.visualRect(index).adjusted(0, 0, -table._text_margin(), 0)
    text = str(index.data())
    needed = QFontMetrics(table.font()).boundingRect(cell, int(Qt.TextFlag.TextWordWrap), text)
    return cell, needed


def _column(table: RecordTable, title: str) -> int:
    model = table.model()
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    return titles.index(title)


def _filters_read_whole(area: GroupsArea) -> None:
    for combo in (area.page.type_filter, area.page.area_filter, area.page.status_filter):
        assert combo_text_whole(combo), combo.currentText()


def test_filters_and_group_names_read_whole_with_no_group_chosen(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *SIZE)
    table = area.page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    _shot(area, "groups_1024")
    _filters_read_whole(area)
    lines = QFontMetrics(table.font()).lineSpacing()
    name = _column(table, "Namn")
    for row in range(table.model().rowCount()):
        cell, needed = _needed(table, row, name)
        assert needed.width() <= cell.width(), table.model().index(row, name).data()
        assert needed.height() <= 2 * lines, table.model().index(row, name).data()


def test_filters_read_whole_beside_the_members(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *SIZE)
    group_members(qtbot, area, PLACE)
    settle(qtbot)
    _shot(area, "members_1024")
    _filters_read_whole(area)
