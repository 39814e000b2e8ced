"""A group's members read whole in their tab at a district office's window sizes: at
1024 × 768 the Befattning column is narrower than "säkerhetssamordnare" and read "Trygg… och
säkerh…", "Kommu…", "Förvalt…". Where even the columns' longest words do not fit, a column is
left out rather than its words cut (a word too wide for a wrapping column is cut short with
"…" on a line of its own: wrapped_text.words_fitted)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window, group_members
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.widgets.record_table import RecordTable

PLACE = "Platssamverkan Stureplan/Östermalmstorg"  # seven members, long functions


def _cut_lines(table: RecordTable, index: QModelIndex) -> list[str]:
    """The lines of a cell, as its delegate hands them to the style, wider than the cell's
    text room or below its bottom (the style ends those in "…")."""
    delegate = table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.rect = table.visualRect(index)
    delegate.initStyleOption(option, index)
    room = option.rect.width() - table._text_margin()
    layout = QTextLayout(option.text, table.font())
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as the style wraps a cell
    layout.setTextOption(text_option)
    layout.beginLayout()
    cut, height = [], 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(room)
        height += line.height()
        piece = option.text[line.textStart() : line.textStart() + line.textLength()]
        if line.naturalTextWidth() > room + 0.5 or height > option.rect.height():
            cut.append(piece)
    layout.endLayout()
    return cut


def _column(table: RecordTable, title: str) -> int:
    model = table.model()
    titles = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    return titles.index(title)


@pytest.mark.parametrize(
    ("size", "members_shown"),
    [
        # Beside the list at 1024 px (the divider where the details have it) the columns'
        # longest words do not all fit: the function is left out, in each member's tooltip,
        # rather than the organisation broken inside its words.
        ((1024, 768), ("Namn", "Organisation", "Roll")),
        ((1280, 800), ("Namn", "Befattning", "Organisation", "Roll")),
        ((1920, 1080), ("Namn", "Befattning", "Organisation", "Roll")),
    ],
)
def test_each_members_function_and_each_groups_name_read_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int], members_shown: tuple[str, ...]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, *size)
    group_members(qtbot, area, PLACE)
    settle(qtbot)
    members = area.detail.members
    shown = tuple(
        str(members.model().headerData(c, Qt.Orientation.Horizontal))
        for c in range(members.model().columnCount())
        if not members.isColumnHidden(c)
    )
    assert shown == members_shown
    for table, titles in (
        (members, members_shown),
        (area.page.table, ("Namn",)),
    ):
        model = table.model()
        for title in titles:
            column = _column(table, title)
            for row in range(model.rowCount()):
                index = model.index(row, column)
                assert not _cut_lines(table, index), (size, title, index.data())
