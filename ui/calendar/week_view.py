"""The week: seven columns (Monday to Sunday), each day's meetings in time order as tiles with
time, group and place; holidays named under the day, today and the day gone to outlined (see
day_marks)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.formatting import MONTHS
from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import DayCell, WeekView
from ui.calendar.chip import MeetingChip
from ui.calendar.day_marks import day_marks_style, mark_day
from ui.calendar.month_view import weekday_short

WEEK_STYLE = """
QFrame#weekDay { background: white; border: 1px solid #dde3ea; }
QFrame#weekDay[holiday="true"] { background: #fdf3f2; }
QLabel#weekDayHeading { font-weight: 600; color: #1b2631; }
QLabel#weekDayHeading[holiday="true"] { color: #b42318; }
QLabel#holidayName { color: #b42318; font-size: 11px; }
QLabel#emptyDay { color: #98a2ad; }
""" + day_marks_style("weekDay", "weekDayHeading")


def day_heading(day: dt.date) -> str:
    """ "mån 30 nov"."""
    return _("{weekday} {day} {month}").format(
        weekday=weekday_short(day.weekday()), day=day.day, month=_(MONTHS[day.month - 1])[:3]
    )


class WeekDayColumn(QFrame):
    new_requested = Signal(object)  # dt.date

    def __init__(
        self,
        cell: DayCell,
        today: dt.date,
        chosen: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cell = cell
        self.setObjectName("weekDay")
        self.setProperty("holiday", cell.holiday is not None)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        heading = self.heading = QLabel(day_heading(cell.date), self)
        heading.setObjectName("weekDayHeading")
        heading.setProperty("holiday", cell.holiday is not None)
        mark_day(self, heading, cell.date, today, chosen)
        layout.addWidget(heading)
        if cell.holiday:
            holiday = QLabel(cell.holiday, self)
            holiday.setObjectName("holidayName")
            holiday.setWordWrap(True)
            layout.addWidget(holiday)
        self.chips: list[MeetingChip] = []
        for row in cell.meetings:
            chip = MeetingChip(row, 3, self)
            self.chips.append(chip)
            layout.addWidget(chip)
        if not cell.meetings:
            empty = QLabel(_("No meetings"), self)
            empty.setObjectName("emptyDay")
            layout.addWidget(empty)
        layout.addStretch(1)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.new_requested.emit(self.cell.date)
        event.accept()


class WeekGrid(QScrollArea):
    open_requested = Signal(int)
    menu_requested = Signal(object, object)
    new_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body = QWidget()
        self.body.setStyleSheet(WEEK_STYLE)
        self.row = QHBoxLayout(self.body)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(0)
        self.setWidget(self.body)
        self.columns: list[WeekDayColumn] = []

    def show_week(self, view: WeekView, today: dt.date, chosen: dt.date | None = None) -> None:
        """``chosen``: the day gone to with "Gå till…", marked if it is in this week."""
        for column in self.columns:
            self.row.removeWidget(column)
            column.hide()
            column.deleteLater()
        self.columns = []
        for cell in view.days:
            column = WeekDayColumn(cell, today, chosen, self.body)
            for chip in column.chips:
                chip.open_requested.connect(self.open_requested)
                chip.menu_requested.connect(self.menu_requested)
            column.new_requested.connect(self.new_requested)
            self.row.addWidget(column, 1)
            self.columns.append(column)

    def chips(self) -> list[MeetingChip]:
        return [chip for column in self.columns for chip in column.chips]
