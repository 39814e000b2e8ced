"""Kalender → Lista in the program's own style at 1024 × 768 and 1280 × 800: the column that
holds the groups' meetings, the safety walks and the exercises is headed "Grupp, vandring,
övning", whole (on one line or broken between words), over a walk and an exercise; headed
"Grupp", it read as if a walk were a group."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.own_style import LookAt
from tests.ui.tables import column_texts
from tests.ui.windows import keep_shot, settle
from ui.calendar.area import CalendarArea
from ui.main_window import MainWindow
from ui.widgets.sort_header import SortHeader

TITLE = "Grupp, vandring, övning"


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)], ids=["1024", "1280"])
@pytest.mark.moment("2026-12-05T17:30")  # December: a walk and an exercise among the meetings
def test_the_group_column_says_it_holds_walks_and_exercises(
    qtbot: QtBot, look_at_demo: LookAt[MainWindow], size: tuple[int, int]
) -> None:
    def look(window: MainWindow) -> tuple[str, list[str]]:
        window.navigate("calendar")
        area = window.area("calendar")
        assert isinstance(area, CalendarArea)
        settle(qtbot)
        qtbot.mouseClick(area.list_button, Qt.MouseButton.LeftButton)
        settle(qtbot)
        qtbot.wait(50)  # layout requests are posted
        keep_shot(window, f"calendar-list-header-{size[0]}")
        table = area.list_view
        header = table.horizontalHeader()
        assert isinstance(header, SortHeader)
        titles = [
            str(table.model().headerData(c, Qt.Orientation.Horizontal))
            for c in range(table.model().columnCount())
        ]
        assert TITLE in titles, titles
        return header.shown_title(titles.index(TITLE)), column_texts(table, TITLE)

    shown, texts = look_at_demo(size, look)
    assert shown.replace("\n", " ") == TITLE  # whole, not "Grupp, vandring, öv…"
    assert any(t.startswith("Trygghetsvandring") for t in texts), texts
    assert any(t.startswith("Övning:") for t in texts), texts
