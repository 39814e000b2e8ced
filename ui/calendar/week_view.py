"""The week as a time grid, like Outlook's work week: Monday to Friday as columns (Saturday and
Sunday too when a meeting, today or the day gone to falls on them), an hour axis for the working
day (07–18, widened to hold an earlier or later meeting), each meeting a block from its start to
its end in its group's colour, meetings at the same time side by side (see week_lanes), the day
as much wider as they need to be read and an empty weekend day narrow (week_widths). Holidays
are named under the day's heading, today and the day gone to marked (see day_marks).

The arrow keys move between meetings (up and down in the day, left and right to the nearest in
time on another day), Enter or a click opens one, the context menu moves or cancels it; a double
click on a free time offers a new meeting at that day and half hour, and so does "Nytt möte här"
in its context menu: by the mouse, or by the keyboard on the half hour chosen in a day (Tab to the
day, Up/Down, then the context-menu key or Shift+F10: ui.key_guide).

Safety walks and exercises (when the filter shows them) are blocks of their own colour among the
meetings, two hours tall as assumed (their end is not recorded); one without a start is a tile
under its day's heading.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import CalendarItem, DayCell, WeekView
from ui import key_guide
from ui.calendar.chip import MeetingChip
from ui.calendar.day_heading import DayHeading
from ui.calendar.day_marks import day_marks_style, mark_day
from ui.calendar.week_block import MeetingBlock, block_font
from ui.calendar.week_lanes import Placed, beside, hour_span, lane_span, lanes_needed, place_day
from ui.calendar.week_widths import (
    BLOCK_GAP,
    FREE_RIGHT,
    WEEKEND,
    day_share,
    holds_nothing,
    least_day_width,
    narrow_day_width,
)
from ui.widgets.elided_label import ElidedLabel
from ui.widgets.one_time_dialog import popup_once

WEEK_STYLE = (
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
AXIS_TEXT = QColor("#5f6b7a")
SLOT_FILL = QColor("#e3edf7")  # the half hour chosen in the day that has the focus
SLOT_EDGE = QColor("#1f6fb2")


def shown_days(view: WeekView, today: dt.date, chosen: dt.date | None) -> list[DayCell]:
    """Monday to Friday; the weekend as well when a meeting, today or the day gone to is on it."""
    weekend = [cell for cell in view.days if cell.date.weekday() in WEEKEND]
    if any(cell.meetings or cell.entries or cell.date in (today, chosen) for cell in weekend):
        return list(view.days)
    return [cell for cell in view.days if cell.date.weekday() not in WEEKEND]


def timed_items(cell: DayCell) -> list[CalendarItem]:
    """What the day's hours show: its meetings, and its walks and exercises with a start."""
    return [*cell.meetings, *(entry for entry in cell.entries if not entry.all_day)]


def min_hour_height(widget: QWidget) -> int:
    """An hour tall enough for a one-hour meeting's time and a line of its name."""
    return QFontMetrics(block_font(widget.font())).lineSpacing() * 2 + 8


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

    def choose_slot(self, slot: dt.time) -> None:
        self.update(self.slot_rect())
        self.slot = slot
        self.update(self.slot_rect())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        painter = QPainter(self)
        if self.hasFocus() and self.slot is not None:
            painter.fillRect(self.slot_rect().adjusted(1, 1, -1, -1), SLOT_FILL)
            painter.setPen(SLOT_EDGE)
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
        self.update(self.slot_rect())
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update(self.slot_rect())
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = key_guide.WEEK_SLOT.step(event)
        if step and self.slot is not None:
            half_hours = self.slot.hour * 2 + self.slot.minute // 30 + step
            first, last = self.hours
            half_hours = max(first * 2, min(last * 2 - 1, half_hours))
            self.choose_slot(dt.time(half_hours // 2, 30 * (half_hours % 2)))
            event.accept()
        elif key_guide.WEEK_NEW_HERE.matches(event):
            self._offer_new(self._slot_point())
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


class HourAxis(QWidget):
    """ "07.00", "08.00" … beside the hour lines of the days."""

    def __init__(self, hours: tuple[int, int], parent: QWidget) -> None:
        super().__init__(parent)
        self.hours = hours
        self.setFixedWidth(axis_width(self))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setPen(AXIS_TEXT)
        first, last = self.hours
        step = self.height() / (last - first)
        line = self.fontMetrics().height()
        for hour in range(first, last):
            y = round((hour - first) * step)
            rect = QRect(0, y + 1, self.width() - 6, line)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            painter.drawText(rect, int(align), clock_text(dt.time(hour)))
        painter.end()


def axis_width(widget: QWidget) -> int:
    return widget.fontMetrics().horizontalAdvance("00.00") + 12


class WeekGrid(QWidget):
    open_requested = Signal(int)
    entry_requested = Signal(object)  # CalendarEntry
    menu_requested = Signal(object, object)
    new_requested = Signal(object, object)  # dt.date, dt.time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(WEEK_STYLE)
        self.header = QWidget(self)
        self.header_row = QHBoxLayout(self.header)
        self.header_row.setContentsMargins(0, 0, 0, 0)
        self.header_row.setSpacing(0)
        self.hours_area = QScrollArea(self)
        self.hours_area.setWidgetResizable(True)
        self.hours_area.setFrameShape(QFrame.Shape.NoFrame)
        self.hours_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hours_area.verticalScrollBar().rangeChanged.connect(
            lambda _a, _b: self._align_header()
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.hours_area, 1)
        self.body: QWidget | None = None
        self.columns: list[WeekDayColumn] = []
        self.hours = (0, 0)

    def show_week(self, view: WeekView, today: dt.date, chosen: dt.date | None = None) -> None:
        """``chosen``: the day gone to with "Gå till…", marked if it is in this week."""
        while self.header_row.count():
            item = self.header_row.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        cells = shown_days(view, today, chosen)
        self.hours = hour_span(row for cell in cells for row in timed_items(cell))
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(HourAxis(self.hours, body))
        self.header_row.addSpacing(axis_width(self))
        self.columns = []
        for cell in cells:
            top = WeekDayTop(cell, today, chosen, self.header)
            column = WeekDayColumn(cell, self.hours, today, chosen, top, body)
            share = self._set_width(cell, top, column)
            self.header_row.addWidget(top, share)
            for chip in column.chips:
                chip.open_requested.connect(self.open_requested)
                chip.menu_requested.connect(self.menu_requested)
                chip.arrow_pressed.connect(self._arrow)
            for tile in [*column.chips, *top.chips]:
                tile.entry_requested.connect(self.entry_requested)
            column.new_requested.connect(self.new_requested)
            row.addWidget(column, share)
            self.columns.append(column)
        body.setMinimumHeight((self.hours[1] - self.hours[0]) * min_hour_height(self))
        old = self.hours_area.takeWidget()
        self.hours_area.setWidget(body)
        self.body = body
        if old is not None:
            old.hide()
            old.deleteLater()
        self._align_header()

    def _set_width(self, cell: DayCell, top: WeekDayTop, column: WeekDayColumn) -> int:
        """An empty weekend day narrow; a day of meetings side by side a share a lane, each
        lane at least readable (week_widths). Returns the day's share of the width."""
        if holds_nothing(cell):
            for day in (top, column):
                day.setFixedWidth(narrow_day_width(top.heading.font()))
                # as an Ignored width, the layout left it no room and pushed the days after it out
                day.setSizePolicy(QSizePolicy.Policy.Fixed, day.sizePolicy().verticalPolicy())
            return 0
        for day in (top, column):
            day.setMinimumWidth(least_day_width(column.lanes(), block_font(self.font())))
        return day_share(column.lanes())

    def _align_header(self) -> None:
        """The headings over their columns: as far in from the right as the scroll bar takes."""
        bar = self.hours_area.verticalScrollBar()
        right = bar.sizeHint().width() if bar.maximum() > 0 else 0
        self.header_row.setContentsMargins(0, 0, right, 0)

    def chips(self) -> list[MeetingChip]:
        """Every tile: the whole day's under the headings, then the hours' blocks."""
        return [chip for column in self.columns for chip in (*column.top.chips, *column.chips)]

    def _arrow(self, block: MeetingBlock, other_day: bool, step: int) -> None:
        """Up and down: the meeting before or after in the day; left and right: on the nearest
        day before or after with meetings, the one nearest in time."""
        column = next(c for c in self.columns if block in c.chips)
        index = self.columns.index(column)
        target: MeetingBlock | None = None
        if not other_day:
            at = column.chips.index(block) + step
            target = column.chips[at] if 0 <= at < len(column.chips) else None
        else:
            start = column.spot(block).start
            others = self.columns[index + 1 :] if step > 0 else self.columns[:index][::-1]
            day = next((c for c in others if c.chips), None)
            if day is not None:
                target = min(day.chips, key=lambda c: abs(day.spot(c).start - start))
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)
            self.hours_area.ensureWidgetVisible(target, 0, 0)
