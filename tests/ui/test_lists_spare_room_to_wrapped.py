"""Lists in the program's own style at 1280 × 800 on the example district: the room a column
has over its texts goes to a column that would otherwise wrap or be left out. Larm →
Utbildning read "Krisstöd del 3: … egen personal i / kris" beside a date column 18 px wider
than its dates; Larm → Lån, a loan chosen, left the purpose out though 119 px stayed over."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.cell_room import column_of, cut_cells, lines_of_column
from tests.ui.clicks import click_tab
from tests.ui.own_style import LookAt
from tests.ui.windows import keep_shot, settle
from ui.alarms.area import AlarmsArea
from ui.contacts.area import ContactsArea
from ui.main_window import MainWindow
from ui.walks.area import WalksArea
from ui.widgets.list_page import ListPage
from ui.widgets.record_table import RecordTable

LAPTOP = (1280, 800)


def _shown(table: RecordTable[object]) -> list[int]:
    return [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]


def _open(qtbot: QtBot, window: MainWindow, key: str, page_name: str) -> ListPage[object]:
    window.navigate(key)
    area = window.area(key)
    assert isinstance(area, AlarmsArea | ContactsArea | WalksArea)
    page = getattr(area, page_name)
    click_tab(qtbot, area.tabs, page)
    table = page.table
    qtbot.waitUntil(lambda: table.isVisible() and table.model().rowCount() > 0)
    settle(qtbot)
    qtbot.wait(50)  # layout requests are posted
    return page


def test_the_courses_read_on_one_line_beside_the_dates(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> None:
        table = _open(qtbot, window, "alarms", "training_page").table
        keep_shot(window, "spare-room-training-1280")
        assert _wrapped(table, "Kurs") == {}
        assert cut_cells(table, "Datum") == []
        assert table.horizontalScrollBar().maximum() == 0

    look_at_demo(LAPTOP, look)


def test_a_chosen_loan_keeps_its_purpose_in_the_list(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow]
) -> None:
    def look(window: MainWindow) -> None:
        table = _open(qtbot, window, "alarms", "loans_page").table
        first = table.visualRect(table.model().index(0, column_of(table, "Larm")))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first.center())
        qtbot.waitUntil(lambda: table.current_row() is not None)
        settle(qtbot)
        qtbot.wait(50)
        keep_shot(window, "spare-room-loan-chosen-1280")
        assert not table.isColumnHidden(column_of(table, "Syfte"))
        assert cut_cells(table, "Syfte") == []
        assert table.horizontalScrollBar().maximum() == 0

    look_at_demo(LAPTOP, look)


def _wrapped(table: RecordTable[object], title: str) -> dict[str, int]:
    return {text: n for text, n in lines_of_column(table, title).items() if n > 1}


@pytest.mark.parametrize(
    "shown",
    [
        ("contacts", "people", "Befattning"),  # beside 38 px over the names, 22 over e-mails
        ("walks", "places_page", "Plats"),  # beside dates kept at their titles' one line
        ("walks", "walks_page", "Område"),  # 2 px short ("Vasastan (Norrmalm)")
    ],
    ids=lambda shown: shown[1],
)
def test_a_column_that_would_wrap_gets_the_room_the_others_have_over_their_texts(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], shown: tuple[str, str, str]
) -> None:
    key, page_name, wrapping = shown

    def look(window: MainWindow) -> None:
        table = _open(qtbot, window, key, page_name).table
        keep_shot(window, f"spare-room-{page_name}-1280")
        assert _wrapped(table, wrapping) == {}
        titles = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in _shown(table)]
        assert [
            (title, cut_cells(table, title)) for title in titles if cut_cells(table, title)
        ] == []
        assert table.horizontalScrollBar().maximum() == 0

    look_at_demo(LAPTOP, look)
