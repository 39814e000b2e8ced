"""One day of the week's time grid: its heading ("mån 30 nov", a holiday's name under it, a walk
or exercise of the whole day) and its column of hours, each meeting a block from its start to
its end, meetings at the same time side by side in lanes (week_lanes). A day chooses a half hour
by a click or the arrow keys, and offers "Nytt möte här" there (a double click, its context menu,
the context-menu key or Shift+F10: ui.key_guide); Enter starts a meeting there at once, as a
double click does. The grid (week_view) sets the days' widths, moves between their blocks and
keeps the half hour chosen when the week is shown anew."""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QFrame, QMenu, QSizePolicy, QVBoxLayout, QWidget

from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import CalendarItem, DayCell
from ui import key_guide
from ui.calendar.chip import MeetingChip
from ui.calendar.day_heading import DayHeading
from ui.calendar.day_marks import CHOSEN_FILL, MARK_COLOUR, day_marks_style, mark_day
from ui.calendar.slot_mark import SlotMark
from ui.calendar.week_block import MeetingBlock
from ui.calendar.week_lanes import Placed, beside, lane_span, lanes_needed, place_day
from ui.calendar.week_widths import BLOCK_GAP, FREE_RIGHT
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.one_time_dialog import popup_once

DAY_STYLE = (
    """
QFrame#weekDay, QFrame#weekDayTop { background: white; border: 1px solid #dde3ea; }
QFrame#weekDay[holiday="true"], QFrame#weekDayTop[holiday="true"] { background: #fdf3f2; }
QLabel#weekDayHeading { font-weight: 600; color: #1b2631; }
QLabel#weekDayHeading[holiday="true"] { color: #b42318; }
QLabel#holidayName { color: #b42318; font-size: 11px; }
"""
    + day_marks_style("weekDay", "weekDayHeading")
    + day_marks_style("weekDayTop", "weekDayHeading")
    + """
QFrame#weekDayTop[today="true"] { border-bottom: 1px solid #dde3ea; }
QFrame#weekDay[today="true"] { border-top: none; }
"""
)
HOUR_LINE = QColor("#dde3ea")
HALF_HOUR_LINE = QColor("#eef1f4")
SLOT_FILL = QColor(CHOSEN_FILL)  # the half hour chosen, with the focus or not
SLOT_EDGE = QColor(MARK_COLOUR)  # its frame while the day has the focus
SLOT_EDGE_AWAY = QColor("#9db9d5")  # and while the focus is elsewhere (‹ › clicked)


def timed_items(cell: DayCell) -> list[CalendarItem]:
    """What the day's hours show: its meetings, and its walks and exercises with a start."""
    return [*cell.meetings, *(entry for entry in cell.entries if not entry.all_day)]


class WeekDayTop(QFrame):
    """The day's heading above its column: "mån 30 nov", a holiday's name under it, and a
    walk or an exercise of the whole day."""

    def __init__(
        self, cell: DayCell, today: dt.date, chosen: dt.date | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("weekDayTop")
        self.setProperty("holiday", cell.holiday is not None)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        heading = self.heading = DayHeading(cell.date, self)
        heading.setObjectName("weekDayHeading")
        heading.setProperty("holiday", cell.holiday is not None)
        mark_day(self, heading, cell.date, today, chosen)
        layout.addWidget(heading, 0, Qt.AlignmentFlag.AlignLeft)
        if cell.holiday:
            # between words on two lines at most, a word too long cut with "…" (tooltip)
            holiday = ElidedLabel(cell.holiday, self, lines=2)
            holiday.setObjectName("holidayName")
            holiday.setToolTip(_("Public holiday: {name}").format(name=cell.holiday))
            layout.addWidget(holiday)
        self.chips = [MeetingChip(e, 1, self) for e in cell.entries if e.all_day]
        for chip in self.chips:
            layout.addWidget(chip)
        layout.addStretch(1)


class WeekDayColumn(QFrame):
    """One day's hours, its meetings as blocks placed by time."""

    # A free time double-clicked, or "Nytt möte här" chosen on it: dt.date, dt.time.
    new_requested = Signal(object, object)
    slot_chosen = Signal(object, object)  # dt.date, dt.time: by a click, the keys or Tab

    def __init__(
        self,
        cell: DayCell,
        hours: tuple[int, int],
        today: dt.date,
        chosen: dt.date | None,
        top: WeekDayTop,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.cell, self.hours, self.top = cell, hours, top
        self.heading = top.heading
        self.setObjectName("weekDay")
        self.setProperty("holiday", cell.holiday is not None)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        mark_day(self, top.heading, cell.date, today, chosen)
        # The half hour chosen with a click or the arrow keys: the keyboard's "Nytt möte här"
        # (the context-menu key, Shift+F10) offers a meeting then. Tab reaches the day first.
        self.slot: dt.time | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.placed: list[Placed] = place_day(timed_items(cell))
        self.chips: list[MeetingBlock] = []  # in time order, as Tab goes
        self._spots: dict[int, Placed] = {}
        for spot in sorted(self.placed, key=lambda p: (p.start, p.lane)):
            chip = MeetingBlock(spot.row, self, [o.row.label for o in beside(spot, self.placed)])
            self.chips.append(chip)
            self._spots[id(chip)] = spot
        # made after the blocks, so drawn over them
        self.slot_mark = SlotMark(self, self.slot_rect, lambda: list(self.chips), self._edge)

    def spot(self, chip: MeetingBlock) -> Placed:
        return self._spots[id(chip)]

    def lanes(self) -> int:
        return lanes_needed(self.placed)

    def hour_height(self) -> float:
        first, last = self.hours
        return self.height() / (last - first)

    def y_of(self, hours: float) -> int:
        return round((hours - self.hours[0]) * self.hour_height())

    def time_at(self, y: int) -> dt.time:
        """The half hour a point in the column falls in."""
        hours = self.hours[0] + y / self.hour_height()
        half_hours = max(self.hours[0] * 2, min(self.hours[1] * 2 - 1, math.floor(hours * 2)))
        return dt.time(half_hours // 2, 30 * (half_hours % 2))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.slot_mark.setGeometry(self.rect())
        self.place_blocks()

    def place_blocks(self) -> None:
        """Each block from its start to its end, in its lane side by side (lane_span)."""
        inside = self.contentsRect()  # within the border (today's is thicker)
        room = inside.width() - FREE_RIGHT
        for chip in self.chips:
            spot = self.spot(chip)
            left, width = lane_span(spot.lane, spot.lanes, room)
            top, bottom = self.y_of(spot.start), self.y_of(spot.end)
            chip.setGeometry(
                QRect(inside.left() + left, top + 1, width - BLOCK_GAP, bottom - top - 2)
            )

    def slot_rect(self) -> QRect:
        """The chosen half hour's strip across the day (empty when none is chosen)."""
        if self.slot is None:
            return QRect()
        start = self.slot.hour + self.slot.minute / 60
        top = self.y_of(start)
        return QRect(0, top, self.width(), self.y_of(start + 0.5) - top)

    def _edge(self) -> QColor:
        return SLOT_EDGE if self.hasFocus() else SLOT_EDGE_AWAY

    def _repaint_slot(self) -> None:
        """The chosen half hour drawn anew, beneath the blocks and over them."""
        self.update(self.slot_rect())
        self.slot_mark.update(self.slot_rect())

    def choose_slot(self, slot: dt.time) -> None:
        self._repaint_slot()
        self.slot = slot
        self._repaint_slot()
        self.slot_chosen.emit(self.cell.date, slot)

    def clear_slot(self) -> None:
        """Another day's half hour is chosen: the week shows one choice."""
        self._repaint_slot()
        self.slot = None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        # Drawn with the focus elsewhere too: chosen with the mouse, then ‹ › clicked, it
        # was kept but not shown.
        if self.slot is not None:
            painter.fillRect(self.slot_rect().adjusted(1, 1, -1, -1), SLOT_FILL)
            painter.setPen(self._edge())
            painter.drawRect(self.slot_rect().adjusted(1, 1, -2, -2))
        first, last = self.hours
        for hour in range(first + 1, last):
            painter.setPen(HOUR_LINE)
            y = self.y_of(hour)
            painter.drawLine(0, y, self.width(), y)
        painter.setPen(QPen(HALF_HOUR_LINE, 1, Qt.PenStyle.DashLine))
        for hour in range(first, last):
            y = self.y_of(hour + 0.5)
            painter.drawLine(0, y, self.width(), y)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.choose_slot(self.time_at(event.position().toPoint().y()))
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.new_requested.emit(self.cell.date, self.time_at(event.position().toPoint().y()))
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.slot is None:  # reached with Tab: the day's first half hour
            self.choose_slot(dt.time(self.hours[0]))
        self._repaint_slot()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self._repaint_slot()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = key_guide.WEEK_SLOT.step(event)
        end = key_guide.WEEK_SLOT_ENDS.which(event)
        first, last = self.hours
        if step and self.slot is not None:
            half_hours = self.slot.hour * 2 + self.slot.minute // 30 + step
            half_hours = max(first * 2, min(last * 2 - 1, half_hours))
            self.choose_slot(dt.time(half_hours // 2, 30 * (half_hours % 2)))
            event.accept()
        elif end is not None and self.slot is not None:
            # the first or last half hour of the hours the grid shows (the axis beside it)
            self.choose_slot(dt.time(first) if end == 0 else dt.time(last - 1, 30))
            event.accept()
        elif key_guide.WEEK_NEW_HERE.matches(event):
            self._offer_new(self._slot_point())
            event.accept()
        elif key_guide.WEEK_NEW_AT_SLOT.matches(event) and self.slot is not None:
            # as a double click on the half hour: "Nytt möte" at once
            self.new_requested.emit(self.cell.date, self.slot)
            event.accept()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        """On a free time (a block has its own menu): "Nytt möte här" at that half hour; from
        the keyboard, at the half hour chosen."""
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            self._offer_new(self._slot_point())
        else:
            self.choose_slot(self.time_at(event.pos().y()))
            self._offer_new(event.pos())
        event.accept()

    def _slot_point(self) -> QPoint:
        if self.slot is None:
            self.choose_slot(dt.time(self.hours[0]))
        return self.slot_rect().center()

    def _offer_new(self, at: QPoint) -> None:
        start = self.slot or self.time_at(at.y())
        menu = QMenu(self)
        menu.addAction(
            _("New meeting here"), lambda: self.new_requested.emit(self.cell.date, start)
        )
        popup_once(menu, self.mapToGlobal(at))
