"""The calendar's list shows each group's calendar colour as a bar before its name, the name
in the usual text colour: Krisstödsgruppen's grey name read as greyed out, as if cancelled."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from samverkan_desktop import clock
from tests.ui.openers import calendar_window
from tests.ui.windows import settle
from ui.calendar.chip import item_colour
from ui.context import AppContext
from ui.widgets.table_model import ROW_ROLE


def test_the_group_colour_is_a_bar_before_a_name_in_the_usual_colour(
    qtbot: QtBot, demo_ctx: AppContext
) -> None:
    _window, area = calendar_window(qtbot, demo_ctx, 1024, 768)
    area.show_month_of(clock.today() + dt.timedelta(days=31))
    qtbot.keyClick(area, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    settle(qtbot)
    table = area.list_view
    model = table.model()
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    group = titles.index("Grupp, vandring, övning")
    image = table.viewport().grab().toImage()
    colours = set()
    for row in range(model.rowCount()):
        index = model.index(row, group)
        assert index.data(Qt.ItemDataRole.ForegroundRole) is None  # the usual text colour
        swatch = index.data(Qt.ItemDataRole.DecorationRole)
        assert isinstance(swatch, QColor)
        colours.add(swatch.name())
        assert swatch == item_colour(index.data(ROW_ROLE))
        rect = table.visualRect(index)
        if 0 <= rect.center().y() < image.height():
            # the bar is painted in the group's colour at the cell's left
            painted = {
                image.pixelColor(rect.left() + x, rect.center().y()).name() for x in range(4, 16)
            }
            assert swatch.name() in painted, (row, painted)
    assert len(colours) > 1
