"""Columns of counts give way before the texts beside them: a count needs its figures, and its
title breaks onto a second line between words ("Öppna / åtgärder"; the header grows a line while
it does). Before, "Iakttagelser" and "Öppna åtgärder" kept the width of their one-line titles
for a single digit while the walks' places and statuses were cut ("Stureplan/Östermal…",
"Avslutande möte hå…"), and a group's type read "Beredningsgr…": a column of one-word labels
keeps them whole."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of
from tests.ui.openers import area_in_window
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea
from ui.walks.area import WalksArea
from ui.widgets.record_table import RecordTable, SortHeader
from ui.widgets.table_model import Column


def _cut(table: RecordTable, title: str) -> list[str]:  # type: ignore[type-arg]
    """The texts of one column that do not show whole on their line."""
    column = column_of(table, title)
    room = table.columnWidth(column) - table._text_margin()
    texts = [str(table.model().index(r, column).data()) for r in range(table.model().rowCount())]
    return [text for text in texts if table.fontMetrics().horizontalAdvance(text) > room]


def test_the_walks_places_and_statuses_read_whole_at_1280(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "walks", WalksArea, 1280, 800)
    table = area.walks_page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() == 7)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert _cut(table, "Status") == []
    assert _cut(table, "Område") == []
    assert "Stureplan/Östermalmstorg" not in _cut(table, "Plats")
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    assert header.shown_title(column_of(table, "Öppna åtgärder")) == "Öppna\nåtgärder"
    assert header.shown_title(column_of(table, "Iakttagelser")) == "Iakttagelser"
    assert header.height() >= header.fontMetrics().lineSpacing() * 2


def test_a_groups_type_reads_whole_at_1100(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1100, 700)
    table = area.page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    assert not table.horizontalScrollBar().isVisible()
    assert _cut(table, "Typ") == []  # "Beredningsgrupp", "Platssamverkan"


@dataclass(frozen=True)
class Row:
    id: int
    place: str
    count: int


def test_the_header_grows_a_line_only_while_a_title_needs_it(qtbot: QtBot) -> None:
    table: RecordTable[Row] = RecordTable(
        [
            Column("Place", lambda r: r.place),
            Column("Open actions", lambda r: r.count, align_right=True),
            Column("Observations made", lambda r: r.count, align_right=True),
        ]
    )
    qtbot.addWidget(table)
    table.resize(900, 300)
    table.show()
    table.set_rows([Row(1, "Stureplan och Östermalmstorg", 3)])
    header = table.horizontalHeader()
    assert isinstance(header, SortHeader)
    settle(qtbot)
    one_line = header.height()
    assert header.shown_title(1) == "Open actions"
    place = table.fontMetrics().horizontalAdvance("Stureplan och Östermalmstorg")
    # Narrower: the counts give way first, the place stays whole.
    table.resize(place + 180, 300)
    settle(qtbot)
    assert _cut(table, "Place") == []
    assert header.shown_title(1) == "Open\nactions"
    assert header.height() > one_line
    # Wide again: one line.
    table.resize(900, 300)
    settle(qtbot)
    assert header.shown_title(1) == "Open actions"
    assert header.height() == one_line
    tooltip = table.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Open actions"
