"""The exercises list at a laptop's size shows each exercise's title whole: beside the numbers'
wide columns it was cut to "Utrymningsövning Gar…" and "Övning för krisledning…", the one text a
coordinator scans the list for. Title, type and date now wrap onto more lines instead."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from tests.ui.helpers import settle
from tests.ui.openers import area_in_window
from ui.context import AppContext
from ui.crisis.area import CrisisArea


@pytest.mark.parametrize("size", [(1280, 800), (1100, 700)])
def test_every_title_type_and_date_shows_whole(
    qtbot: QtBot, demo_ctx: AppContext, size: tuple[int, int]
) -> None:
    _window, area = area_in_window(qtbot, demo_ctx, "crisis", CrisisArea, *size)
    bar = area.tabs.tabBar()
    index = area.tabs.indexOf(area.exercises_stack)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    settle(qtbot)
    table = area.exercises_page.table
    model = table.model()
    assert model.rowCount() == 4
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    metrics = table.fontMetrics()
    for name in ("När", "Övning", "Typ"):
        column = titles.index(name)
        room = table.columnWidth(column) - 8  # the cell's margins and grid line
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            needed = metrics.boundingRect(
                QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), text
            )
            assert needed.width() <= room and needed.height() <= table.rowHeight(row), (
                name,
                text,
            )
