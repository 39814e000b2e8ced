"""The week as a time grid, like Outlook's work week: Monday to Friday as columns (Saturday and
Sunday too when a meeting, today or the day gone to falls on them), an hour axis for the working
day (07–18, widened to hold an earlier or later meeting), each meeting a block from its start to
its end in its group's colour, meetings at the same time side by side (see week_lanes), the day
a share of the width a lane and an empty weekend day narrow (week_widths). Where the lanes
would be narrower than their blocks' initials, the days scroll sideways under their headings,
the hour axis in place (week_scroll): the window is never made wider. Each day, its heading
and its column, is a week_day; holidays are named under the heading, today and the day gone
to marked (see day_marks).

The arrow keys move between meetings (up and down in the day, left and right to the nearest in
time on another day), Enter or a click opens one, the context menu moves or cancels it; a double
click on a free time offers a new meeting at that day and half hour, and so does "Nytt möte här"
in its context menu: by the mouse, or by the keyboard on the half hour chosen in a day (Tab to the
day, Up/Down or Home/End, then the context-menu key or Shift+F10: ui.key_guide; Enter at once).
One half hour is chosen in the week, drawn whether its day has the focus or not. It is kept
when the week is shown anew (another desk's change, a filter) and goes along to the same
weekday and time when the area moves it (‹ ›, "I dag"); the focus stays on it if it had it.

Safety walks and exercises (when the filter shows them) are blocks of their own colour among the
meetings, two hours tall as assumed (their end is not recorded); one without a start is a tile
under its day's heading.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from samverkan_desktop.services.calendar import DayCell, WeekView
from ui.calendar.chip import MeetingChip
from ui.calendar.week_block import MeetingBlock, block_font, narrow_name
from ui.calendar.week_day import DAY_STYLE, WeekDayColumn, WeekDayTop, timed_items
from ui.calendar.week_lanes import hour_span
from ui.calendar.week_scroll import HeadingStrip, HourAxis
from ui.calendar.week_widths import (
    WEEKEND,
    day_share,
    holds_nothing,
    least_day_width,
    narrow_day_width,
)


def shown_days(view: WeekView, today: dt.date, *chosen: dt.date | None) -> list[DayCell]:
    """Monday to Friday; the weekend as well when a meeting, today or a day chosen (gone to,
    stepped to, its half hour chosen) is on it."""
    weekend = [cell for cell in view.days if cell.date.weekday() in WEEKEND]
    if any(cell.meetings or cell.entries or cell.date in (today, *chosen) for cell in weekend):
        return list(view.days)
    return [cell for cell in view.days if cell.date.weekday() not in WEEKEND]


def min_hour_height(widget: QWidget) -> int:
    """An hour tall enough for a one-hour meeting's time and a line of its name."""
    return QFontMetrics(block_font(widget.font())).lineSpacing() * 2 + 8


class WeekGrid(QWidget):
    open_requested = Signal(int)
    entry_requested = Signal(object)  # CalendarEntry
    menu_requested = Signal(object, object)
    new_requested = Signal(object, object)  # dt.date, dt.time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(DAY_STYLE)
        self.hours_area = QScrollArea(self)
        self.hours_area.setWidgetResizable(True)
        self.hours_area.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from the buttons to the first day: the scroll area was a stop between them
        # that showed nothing (the days' keys and Tab scroll it to what they reach).
        self.hours_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.axis = HourAxis(self.hours_area, self)
        self.header = HeadingStrip(self.hours_area, self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header, 0, 1)
        layout.addWidget(self.axis, 1, 0)
        layout.addWidget(self.hours_area, 1, 1)
        layout.setRowStretch(1, 1)
        layout.setColumnStretch(1, 1)
        self.body: QWidget | None = None
        self.columns: list[WeekDayColumn] = []
        self.hours = (0, 0)
        # The day and half hour chosen last (a click, the arrow keys, Tab to a day).
        self.slot_choice: tuple[dt.date, dt.time] | None = None

    def move_choice(self, to_day: dt.date) -> None:
        """The half hour chosen goes to the same time on ``to_day``, shown next."""
        if self.slot_choice is not None:
            self.slot_choice = (to_day, self.slot_choice[1])

    def show_week(
        self,
        view: WeekView,
        today: dt.date,
        chosen: dt.date | None = None,
        anchor: dt.date | None = None,
    ) -> None:
        """``chosen``: the day gone to with "Gå till…", marked if it is in this week;
        ``anchor``: the day the user is at (stepped to from a Saturday), shown too. The half
        hour chosen, when in this week, is chosen again, with the focus if the grid had it."""
        focus = QApplication.focusWidget()
        focused = focus is not None and self.isAncestorOf(focus)
        kept = self.slot_choice
        if kept is not None and not view.days[0].date <= kept[0] <= view.days[-1].date:
            kept = None
        self.slot_choice = None
        self.header.clear()
        cells = shown_days(view, today, chosen, anchor, kept[0] if kept else None)
        first, last = hour_span(row for cell in cells for row in timed_items(cell))
        if kept is not None:  # the same time, though this week has nothing then
            first, last = min(first, kept[1].hour), max(last, kept[1].hour + 1)
        self.hours = (first, last)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.columns = []
        for cell in cells:
            top = WeekDayTop(cell, today, chosen, self.header.inner)
            column = WeekDayColumn(cell, self.hours, today, chosen, top, body)
            share = self._set_width(cell, top, column)
            self.header.row.addWidget(top, share)
            for chip in column.chips:
                chip.open_requested.connect(self.open_requested)
                chip.menu_requested.connect(self.menu_requested)
                chip.arrow_pressed.connect(self._arrow)
            for tile in [*column.chips, *top.chips]:
                tile.entry_requested.connect(self.entry_requested)
            column.new_requested.connect(self.new_requested)
            column.slot_chosen.connect(self._slot_chosen)
            row.addWidget(column, share)
            self.columns.append(column)
        body.setMinimumHeight((self.hours[1] - self.hours[0]) * min_hour_height(self))
        old = self.hours_area.takeWidget()
        self.hours_area.setWidget(body)
        self.body = body
        if old is not None:
            old.hide()
            old.deleteLater()
        self.axis.set_hours(self.hours)
        self.header.follow(body)
        self._choose_again(kept, focused)

    def _choose_again(self, kept: tuple[dt.date, dt.time] | None, focused: bool) -> None:
        """The half hour chosen before the week was built anew: the keyboard user goes on
        from it (Up/Down, Enter). Without it, the focus Qt passed on from the old days went
        to the area's first button."""
        if kept is None:
            return
        column = next((c for c in self.columns if c.cell.date == kept[0]), None)
        if column is None:
            return
        column.choose_slot(kept[1])
        if focused:
            column.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_day(self, day: dt.date) -> None:
        """The focus on the day's column, if shown: its half hour chosen, else its first."""
        column = next((c for c in self.columns if c.cell.date == day), None)
        if column is not None:
            column.setFocus(Qt.FocusReason.OtherFocusReason)

    def _slot_chosen(self, day: dt.date, slot: dt.time) -> None:
        self.slot_choice = (day, slot)
        column = next(c for c in self.columns if c.cell.date == day)
        for other in self.columns:
            if other is not column:
                other.clear_slot()
        if column.isVisible():  # not while the week is built: scrolled to where the keys took it
            centre = column.pos() + column.slot_rect().center()  # in the days' body
            self.hours_area.ensureVisible(centre.x(), centre.y(), 0, column.slot_rect().height())

    def _set_width(self, cell: DayCell, top: WeekDayTop, column: WeekDayColumn) -> int:
        """An empty weekend day narrow; a day of meetings side by side a share a lane, each
        lane at least as wide as the blocks' initials (week_widths): where the days need more
        than the window gives, they scroll sideways. Returns the day's share of the width."""
        if holds_nothing(cell):
            for day in (top, column):
                day.setFixedWidth(narrow_day_width(top.heading.font()))
                # as an Ignored width, the layout left it no room and pushed the days after it out
                day.setSizePolicy(QSizePolicy.Policy.Fixed, day.sizePolicy().verticalPolicy())
            return 0
        blocks = [(column.spot(chip).lanes, narrow_name(chip.row)) for chip in column.chips]
        least = least_day_width(blocks, block_font(self.font()))
        for day in (top, column):
            day.setMinimumWidth(least)
        return day_share(column.lanes())

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
