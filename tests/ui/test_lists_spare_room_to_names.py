"""Larm → Lån, Larm → Låntagare and Kontakter → Organisationer in the program's own style at
1280 × 800 and 1440 × 900: the room a list has over its columns goes to the names, not to the
short column at the end. At 1280 px "Signatur" ("NH / TH") took 178 px, "Utbildning giltig
till" (a date) 369 px and "Telefon" 340 px, while the names beside them kept their first
width ("SSSB Stiftelsen Stockholms Studentbostäder" with 9 px to spare)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import CELL_MARGINS, column_of, cut_cells
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.contacts.area import ContactsArea
from ui.main_window import MainWindow
from ui.widgets.record_table import RecordTable

SIZES = [(1280, 800), (1440, 900)]
# (area, its page, the names' column, the column at the end)
LISTS = [
    ("alarms", "loans_page", "Låntagare", "Signatur"),
    ("alarms", "borrowers_page", "Namn", "Utbildning giltig till"),
    ("contacts", "organisations", "Namn", "Telefon"),
]


def _own_room(table: RecordTable[object], title: str) -> int:
    """The most the column ``title`` needs: its widest text, its title (as the header asks
    for it, beside the sort arrow), and a column's usual width."""
    header = table.horizontalHeader()
    texts = [text for text in column_texts(table, title) if text]
    widest = max(map(table.fontMetrics().horizontalAdvance, texts), default=0)
    return max(
        header.defaultSectionSize(),
        widest + CELL_MARGINS + 2,
        header.sectionSizeHint(column_of(table, title)),
    )


@pytest.mark.parametrize("shown", LISTS, ids=[page for _area, page, _n, _l in LISTS])
@pytest.mark.parametrize("size", SIZES, ids=[str(w) for w, _h in SIZES])
def test_the_room_over_the_columns_goes_to_the_names(
    qtbot: QtBot,
    look_at_demo: LookAt[MainWindow],
    size: tuple[int, int],
    shown: tuple[str, str, str, str],
) -> None:
    key, page_name, names, last = shown

    def look(window: MainWindow) -> None:
        window.navigate(key)
        area = window.area(key)
        assert isinstance(area, AlarmsArea | ContactsArea)
        page = getattr(area, page_name)
        click_tab(qtbot, area.tabs, page)
        table = page.table
        qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"spare-room-{page_name}-{size[0]}")
        header = table.horizontalHeader()
        assert table.columnWidth(column_of(table, last)) <= _own_room(table, last)
        assert table.viewport().width() - header.length() <= 0  # the room went to someone
        assert table.columnWidth(column_of(table, names)) >= _own_room(table, names)
        assert cut_cells(table, names) == []
        assert table.horizontalScrollBar().maximum() == 0

    look_at_demo(size, look)
