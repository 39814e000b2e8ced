"""What a list shows and has chosen, and a click on one of its items: shared by the tests of
what a list chooses and where the focus goes after a removal."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from ui.widgets.record_table import RecordTable


def chosen_name(table: RecordTable) -> str | None:
    row = table.current_row()
    return None if row is None else str(row.name)


def click_item(qtbot: QtBot, items: QListWidget, row: int) -> None:
    rect = items.visualItemRect(items.item(row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def item_texts(items: QListWidget) -> list[str]:
    return [items.item(row).text() for row in range(items.count())]


def chosen_text(items: QListWidget) -> str | None:
    item = items.currentItem()
    return None if item is None else item.text()
