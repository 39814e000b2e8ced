"""The month grid's meeting tiles are in their place from the first paint: a tile shown when a
day cell gets its size was drawn over the day's number until the layout's next event (a grab
50 ms after opening, on a loaded machine, showed it)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.windows import settle
from ui.calendar.area import CalendarArea
from ui.context import AppContext


def _rect(widget: QWidget, within: QWidget) -> QRect:
    return QRect(widget.mapTo(within, widget.rect().topLeft()), widget.size())


def tiles_over_numbers(area: CalendarArea) -> list[str]:
    covered = []
    for cell in area.month_grid.cells:
        number = cell.findChild(QLabel, "dayNumber")
        assert number is not None
        for chip in cell.chips:
            if chip.isVisibleTo(cell) and _rect(chip, cell).intersects(_rect(number, cell)):
                covered.append(f"{cell.cell.date}: {chip.row.label}")
    return covered


def test_no_tile_covers_a_day_number_at_any_moment(qtbot: QtBot, demo_ctx: AppContext) -> None:
    area = CalendarArea(demo_ctx)
    qtbot.addWidget(area)
    area.refresh()
    area.resize(1280, 800)
    area.show()
    for change in (lambda: None, lambda: area.step(1), lambda: area.resize(1100, 700)):
        change()
        for _round in range(5):  # what a paint between two of the event loop's rounds shows
            QApplication.processEvents()
            assert tiles_over_numbers(area) == []
        settle(qtbot)
        assert any(chip.isVisible() for chip in area.month_grid.chips())
        assert tiles_over_numbers(area) == []
