"""Kalender → Vecka: a half hour chosen with the keys that lies under a meeting's block is drawn
over the block, framed in blue at its sides on a light blue tint, the meeting's text still read
through it (it was drawn beneath the block: only a sliver in the free strip on its right showed
where the focus was). The set-up of test_calendar_keys_keep_choice: Monday 1 March 2027 has a
meeting 09.00–10.00."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.test_calendar_keys_keep_choice import (  # noqa: F401 (the fixture)
    MONDAY,
    _click_slot,
    _column,
    _drawn_slot,
    _press,
    area,
)
from ui.calendar.area import CalendarArea
from ui.calendar.week_day import SLOT_EDGE, WeekDayColumn

NONE = Qt.KeyboardModifier.NoModifier
SIDES = 3  # pixels at either side of a block's part left out when its letters are counted


def _block_part(column: WeekDayColumn) -> tuple[QImage, QRect]:
    """The column as drawn, and the part of its one block within the half hour chosen."""
    (block,) = column.chips
    return column.grab().toImage(), block.geometry().intersected(column.slot_rect())


def _dark_pixels(image: QImage, part: QRect) -> int:
    """The text's pixels in ``part`` within the mark's sides: darker than any block's or the
    mark's colours."""
    inner = part.adjusted(SIDES, 0, -SIDES, 0)
    return sum(
        1
        for x in range(inner.left(), inner.right() + 1)
        for y in range(inner.top(), inner.bottom() + 1)
        if image.pixelColor(x, y).lightness() < 80
    )


def test_a_half_hour_under_a_meeting_is_drawn_over_its_block(
    qtbot: QtBot,
    area: CalendarArea,  # noqa: F811
) -> None:
    column = _column(area, MONDAY)
    _click_slot(qtbot, area, MONDAY, 8.25)  # free: 08.00
    for _half_hour in range(3):
        _press(qtbot, Qt.Key.Key_Down, NONE)
    assert _drawn_slot(area) == (MONDAY, dt.time(9, 30))

    image, part = _block_part(column)
    assert not part.isEmpty()
    middle = part.center().y()
    # framed at the block's sides, in the blue of a chosen half hour with the focus
    assert image.pixelColor(part.left(), middle) == SLOT_EDGE
    assert image.pixelColor(part.right(), middle) == SLOT_EDGE
    # tinted: the block's background bluer there than in the half hour above it
    inside = part.left() + part.width() - 12
    above = image.pixelColor(inside, part.top() - 10)
    within = image.pixelColor(inside, middle)
    assert within != above and within.blue() - within.red() > above.blue() - above.red()
    # the meeting's name still read through the mark
    _press(qtbot, Qt.Key.Key_Up, NONE)  # 09.00: its name's first lines
    assert _drawn_slot(area) == (MONDAY, dt.time(9))
    image, part = _block_part(column)
    assert _dark_pixels(image, part) > 0
    assert image.pixelColor(part.left(), part.center().y()) == SLOT_EDGE
