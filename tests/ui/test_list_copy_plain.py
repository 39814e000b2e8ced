"""A list copied (Ctrl+C) or exported for Excel carries the words as stored: the window holds a
span whole with an invisible word joiner after its dash ("1 gång/månad (ej juni–aug)", formatting
.clock_held), which has no place in a mail or a spreadsheet (it rode along into both)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.openers import area_in_window
from tests.ui.tables import click_row
from tests.ui.windows import settle
from ui.context import AppContext
from ui.groups.area import GroupsArea

GROUP = "Platssamverkan Stureplan/Östermalmstorg"


def test_a_copied_group_row_says_its_meetings_as_stored(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1440, 900)
    settle(qtbot)
    table = area.page.table
    click_row(qtbot, table, GROUP)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    titles, row = (line.split("\t") for line in QApplication.clipboard().text().split("\n"))
    meets = dict(zip(titles, row, strict=True))["Möts"]
    assert meets == "1 gång/månad (ej juni–aug)", ascii(meets)


def test_the_exported_rows_are_plain_text(qtbot: QtBot, demo_ctx: AppContext) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "groups", GroupsArea, 1440, 900)
    settle(qtbot)
    _titles, rows = area.page.table.shown_table()
    texts = [text for row in rows for text in row]
    assert any("juni–aug" in text for text in texts)
    assert not any("\u2060" in text for text in texts), [ascii(t) for t in texts if "\u2060" in t]
