"""The month grid: whole ISO weeks (Monday first) with the week number in front, every day with
its meetings as coloured tiles, public holidays named in red, today and the day gone to marked
(see day_marks).

Safety walks and exercises (when the filter shows them) are tiles among the day's meetings, in
time order, a whole day's first (see chip). An exercise planned for the month with no day yet
is one line above the grid ("mars 2027: Krisledningsövning (dag ej bestämd)"), opening it.

Built from one ``MonthView`` (one query per kind); the widgets are rebuilt on each change of month or
filter. A day with more meetings than fit shows "+N more", which opens its week.

The keyboard reaches the days too: Tab stops at one day (the area's, the day shown), the arrow
keys, Home and End move among the days (month_keys; the area shows the neighbouring month for a
day beyond this one, and for a greyed day clicked), the day with the focus framed on a light blue; Enter there offers a new
meeting on it, as a double click does, and so does Ctrl+N.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.formatting import WEEKDAYS
from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import DayCell, MonthView, in_time_order
from ui import key_guide
from ui.calendar.chip import MONTH_LINES, MeetingChip
from ui.calendar.day_marks import CHOSEN_FILL, MARK_COLOUR, day_marks_style, mark_day
from ui.calendar.holiday_name import HolidayName
from ui.calendar.month_keys import day_wanted

NAME_GAP = 4  # px between a day's number and its holiday's name
MAX_CHIPS = 4  # a day with more shows MAX_CHIPS - 1 tiles and "+N more"
GRID_STYLE = (
    """
QFrame#dayCell { background: white; border: 1px solid #dde3ea; }
QFrame#dayCell[outside="true"] { background: #f5f7f9; }
QFrame#dayCell[holiday="true"] { background: #fdf3f2; }
QLabel#dayNumber { color: #1b2631; font-weight: 600; }
QLabel#dayNumber[outside="true"] { color: #98a2ad; font-weight: normal; }
QLabel#dayNumber[holiday="true"] { color: #b42318; }
QLabel#holidayName { color: #b42318; font-size: 11px; }
QLabel#weekdayHeading { color: #5f6b7a; font-weight: 600; padding: 2px 4px; }
QPushButton#weekNumber { color: #5f6b7a; border: none; padding: 0 2px; text-align: center; }
QPushButton#weekNumber:hover { color: #1f6fb2; text-decoration: underline; }
QPushButton#moreButton { border: none; color: #1f6fb2; text-align: left; padding: 0 4px; }
QPushButton#moreButton:hover { text-decoration: underline; }
"""
    + day_marks_style("dayCell", "dayNumber")
    + f"""
QFrame#dayCell:focus {{ background: {CHOSEN_FILL}; border: 2px solid {MARK_COLOUR}; }}
"""
)


def weekday_short(index: int) -> str:
    """ "mån", "tis" ... (the first three letters of the translated weekday)."""
    return _(WEEKDAYS[index])[:3]


class DayCellWidget(QFrame):
    new_requested = Signal(object)  # dt.date (double-click on the day, or Enter)
    day_wanted = Signal(object)  # dt.date: the day an arrow key, Home or End goes to
    focused = Signal(object)  # dt.date: the day chosen with Tab, a click or the keys
    outside_clicked = Signal(object, object)  # dt.date, QPointF: a greyed day clicked, where

    def __init__(
        self,
        cell: DayCell,
        today: dt.date,
        chosen: dt.date | None = None,
        parent: QWidget | None = None,
        *,
        month: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.cell = cell
        self.month = month or cell.date  # a day of the month shown, for Home and End
        self.setObjectName("dayCell")
        # A click chooses the day; Tab stops at one day only (MonthGrid.set_tab_stop).
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        outside = not cell.in_month
        self.setProperty("outside", outside)
        self.setProperty("holiday", cell.holiday is not None)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 3)
        layout.setSpacing(2)
        # The holiday's name over the whole row, its first line beside the number (the same
        # cell of the grid), its second under it (holiday_name).
        top = QGridLayout()
        top.setSpacing(0)
        number = self.number = QLabel(str(cell.date.day), self)
        number.setObjectName("dayNumber")
        number.setProperty("outside", outside)
        number.setProperty("holiday", cell.holiday is not None)
        # The day gone to is marked in its own month only: on a neighbour's greyed days the
        # blue would draw the eye into the wrong month.
        mark_day(self, number, cell.date, today, chosen if cell.in_month else None)
        top.addWidget(number, 0, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.holiday: HolidayName | None = None
        if cell.holiday:
            self.holiday = HolidayName(cell.holiday, self)
            top.addWidget(self.holiday, 0, 0)
        top.setColumnStretch(0, 1)
        layout.addLayout(top)
        self._layout, self._top = layout, top
        # Every meeting gets its tile; those that do not fit the cell's height whole are hidden
        # behind "+N more" (a short window, a laptop at 125 %), at most MAX_CHIPS are shown.
        self.chips: list[MeetingChip] = []
        for row in in_time_order(cell.meetings, cell.entries):
            chip = MeetingChip(row, 1, self)
            self.chips.append(chip)
            layout.addWidget(chip)
        self.more_button: QPushButton | None = None
        if len(self.chips) > 1:
            self.more_button = QPushButton(self)
            self.more_button.setObjectName("moreButton")
            self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(self.more_button)
        layout.addStretch(1)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Show the tiles that fit whole, and "+N more" for the rest; then the holiday's name
        on the lines it needs where the tiles leave the height (on one, cut, where not)."""
        layout = self._layout
        margins, spacing = layout.contentsMargins(), layout.spacing()
        holiday = self.holiday
        # Inside the cell's frame too: the name's own width.
        width = self.contentsRect().width() - margins.left() - margins.right()
        if holiday is not None:
            # Its first line beside the number as it is shown (framed when gone to), level
            # with it.
            number = self.number.sizeHint()
            holiday.setContentsMargins(0, self._name_top(holiday), 0, 0)
            if holiday.set_room(number.width() + NAME_GAP, 1):
                self._top.invalidate()
        top = self._top.sizeHint().height()
        # Less the spacing before the stretch under the tiles, which the layout keeps too: a
        # tile given a second line in the last pixels was squeezed by it, its text cut.
        room = self.height() - margins.top() - margins.bottom() - top - spacing
        spare = self._fit_tiles(room) if self.chips else room
        if holiday is None:
            return
        lines = holiday.lines_needed(width)
        while lines > 1 and spare < holiday.height_of(lines) - top:
            lines -= 1
        if holiday.set_room(holiday.beside, lines):
            self._top.invalidate()
            layout.activate()

    def _name_top(self, holiday: HolidayName) -> int:
        """Where the name's first line starts for its baseline to be the number's (the
        number's text is centred in its label, below the room kept for accents)."""
        number = self.number
        margins, metrics = number.contentsMargins(), number.fontMetrics()
        inner = number.sizeHint().height() - margins.top() - margins.bottom()
        baseline = margins.top() + (inner - metrics.height()) / 2 + metrics.ascent()
        return max(round(baseline) - holiday.fontMetrics().ascent(), 0)

    def _fit_tiles(self, room: int) -> int:
        """The tiles in ``room`` pixels; returns the pixels left under them."""
        layout = self._layout
        spacing = layout.spacing()
        margins = layout.contentsMargins()
        count = len(self.chips)
        step = self.chips[0].height_of(1) + spacing
        more = 0
        if count <= min(room // step, MAX_CHIPS):
            visible = count
        else:
            more = self.more_button.sizeHint().height() + spacing if self.more_button else 0
            visible = max(0, min(MAX_CHIPS - 1, (room - more) // step))
        placed = [*self.chips, *([self.more_button] if self.more_button else [])]
        shown = [widget.isVisibleTo(self) for widget in placed]
        heights = [chip.sizeHint().height() for chip in self.chips]
        # A name cut on one line takes a second where the cell's height has room for it
        # ("09.00 Lokal beredning" / "Norrmalm"), the day's first tiles first.
        spare = room - visible * step - more
        line = self.chips[0].fontMetrics().lineSpacing()
        width = self.width() - margins.left() - margins.right()
        lines = [1] * count
        # Then a third where the height is left, for a word broken with a hyphen ("09.00" /
        # "Säkerhets-" / "samordnarnätv…" where it read "Säkerhet…" at 900 px).
        for most in (2, MONTH_LINES):
            for index, chip in enumerate(self.chips[:visible]):
                wants = lines[index] == most - 1 and chip.lines_wanted(width) >= most
                if wants and spare >= line:
                    spare -= line
                    lines[index] = most
        for index, chip in enumerate(self.chips):
            chip.set_room_lines(lines[index])
            chip.setVisible(index < visible)
        if self.more_button is not None:
            self.more_button.setText(_("+{count} more").format(count=count - visible))
            self.more_button.setVisible(visible < count)
        resized = heights != [chip.sizeHint().height() for chip in self.chips]
        if resized or shown != [widget.isVisibleTo(self) for widget in placed]:
            # Place them now: the layout would only on its next event, and a tile just shown
            # would be painted until then at its first place, over the day's number.
            layout.activate()
        return spare

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if not self.cell.in_month and event.button() == Qt.MouseButton.LeftButton:
            # A greyed day clicked is the neighbouring month's: shown, as the arrow keys
            # crossing the edge show it (it was chosen with the month left as it was).
            self.outside_clicked.emit(self.cell.date, event.globalPosition())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.new_requested.emit(self.cell.date)
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.focused.emit(self.cell.date)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # The keys a tile of the day leaves unused come here too: ← → from a tile go on to
        # the days.
        wanted = day_wanted(event, self.cell.date, self.month)
        if wanted is not None:
            self.day_wanted.emit(wanted)
            event.accept()
        elif key_guide.MONTH_NEW_ON_DAY.matches(event):
            self.new_requested.emit(self.cell.date)
            event.accept()
        else:
            super().keyPressEvent(event)


class MonthGrid(QWidget):
    open_requested = Signal(int)  # meeting id
    entry_requested = Signal(object)  # CalendarEntry
    menu_requested = Signal(object, object)  # CalendarRow, global position
    week_requested = Signal(object)  # dt.date: show the week of this day
    new_requested = Signal(object)  # dt.date
    day_wanted = Signal(object)  # dt.date, by the keys: perhaps beyond the month shown
    day_chosen = Signal(object)  # dt.date: a day of the grid has the focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(GRID_STYLE)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.month_only = QWidget(self)
        self.month_only_box = QVBoxLayout(self.month_only)
        self.month_only_box.setContentsMargins(0, 0, 0, 0)
        self.month_only_box.setSpacing(2)
        self.month_only.hide()
        outer.addWidget(self.month_only)
        self.month_only_chips: list[MeetingChip] = []
        self.grid = QGridLayout()
        outer.addLayout(self.grid, 1)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(0)
        self.cells: list[DayCellWidget] = []
        self.chosen: dt.date | None = None  # the day Tab stops at, the last with the focus
        # A greyed day clicked turns the month at once; a double click's second click then
        # lands on the new month's grid: on the same spot it is the greyed day's (a new
        # meeting on it), not that of the day or tile now under the mouse. A click elsewhere
        # is the new month's own (a meeting opened at once).
        self._clicked_across: tuple[dt.date, QPointF] | None = None
        self.week_buttons: list[QPushButton] = []
        self._dynamic: list[QWidget] = []
        week = QLabel(_("Week"), self)
        week.setObjectName("weekdayHeading")
        week.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(week, 0, 0)
        for index in range(7):
            label = QLabel(weekday_short(index), self)
            label.setObjectName("weekdayHeading")
            self.grid.addWidget(label, 0, index + 1)
            self.grid.setColumnStretch(index + 1, 1)
        self.grid.setColumnMinimumWidth(0, 44)

    def show_month(
        self,
        view: MonthView,
        today: dt.date,
        chosen: dt.date | None = None,
        at: dt.date | None = None,
    ) -> None:
        """``chosen``: the day gone to with "Gå till…", marked if the grid shows it; ``at``:
        the day Tab stops at, which keeps the focus if a day had it."""
        focus = QApplication.focusWidget()
        on_day = isinstance(focus, DayCellWidget) and self.isAncestorOf(focus)
        month = dt.date(view.year, view.month, 1)
        for widget in self._dynamic:
            self.grid.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self._dynamic, self.cells, self.week_buttons = [], [], []
        self._show_month_only(view)
        for row_index in range(1, 7):
            self.grid.setRowStretch(row_index, 0)
        for row_index, week in enumerate(view.weeks, start=1):
            self.grid.setRowStretch(row_index, 1)
            button = QPushButton(_("w. {week}").format(week=week.week), self)
            button.setObjectName("weekNumber")
            button.setToolTip(_("Show week {week}").format(week=week.week))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            monday = week.days[0].date
            button.clicked.connect(lambda _c=False, day=monday: self.week_requested.emit(day))
            self.grid.addWidget(button, row_index, 0, Qt.AlignmentFlag.AlignTop)
            self.week_buttons.append(button)
            self._dynamic.append(button)
            for column, cell in enumerate(week.days, start=1):
                widget = DayCellWidget(cell, today, chosen, self, month=month)
                widget.installEventFilter(self)
                for chip in widget.chips:
                    chip.installEventFilter(self)
                    chip.open_requested.connect(self.open_requested)
                    chip.entry_requested.connect(self.entry_requested)
                    chip.menu_requested.connect(self.menu_requested)
                if widget.more_button is not None:
                    widget.more_button.clicked.connect(
                        lambda _c=False, day=cell.date: self.week_requested.emit(day)
                    )
                widget.new_requested.connect(self.new_requested)
                widget.day_wanted.connect(self.day_wanted)
                widget.outside_clicked.connect(self._turn_to)
                widget.focused.connect(self._day_focused)
                self.grid.addWidget(widget, row_index, column)
                self.cells.append(widget)
                self._dynamic.append(widget)
        self.set_tab_stop(at if at is not None and self.cell_for(at) else month)
        if on_day:  # the month built anew (‹ ›, a day beyond it, another desk's change)
            self.focus_day(self.chosen or month)

    def _show_month_only(self, view: MonthView) -> None:
        for chip in self.month_only_chips:
            self.month_only_box.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self.month_only_chips = []
        for entry in view.month_only:
            chip = MeetingChip(entry, 1, self.month_only)
            chip.entry_requested.connect(self.entry_requested)
            self.month_only_box.addWidget(chip)
            self.month_only_chips.append(chip)
        self.month_only.setVisible(bool(view.month_only))

    def _turn_to(self, day: dt.date, at: QPointF) -> None:
        self._clicked_across = (day, at)
        QTimer.singleShot(QApplication.doubleClickInterval(), self._click_over)
        self.day_wanted.emit(day)

    def _click_over(self) -> None:
        self._clicked_across = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A day's or a tile's: the greyed day's second click on the same spot taken for it
        (a double click: a new meeting on that day), not for what lies there now."""
        if self._clicked_across is None or not isinstance(event, QMouseEvent):
            return super().eventFilter(watched, event)
        kinds = (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
        day, at = self._clicked_across
        moved = event.globalPosition() - at
        near = moved.manhattanLength() <= QApplication.startDragDistance()
        if event.type() not in kinds or event.button() != Qt.MouseButton.LeftButton or not near:
            return super().eventFilter(watched, event)
        if event.type() == QEvent.Type.MouseButtonDblClick:
            self._clicked_across = None
            self.new_requested.emit(day)
        return True

    def chips(self) -> list[MeetingChip]:
        return [chip for cell in self.cells for chip in cell.chips]

    def set_tab_stop(self, day: dt.date) -> None:
        """Tab stops at this day alone, not at each of the month's 35 or 42."""
        self.chosen = day
        for cell in self.cells:
            stop = cell.cell.date == day
            cell.setFocusPolicy(Qt.FocusPolicy.StrongFocus if stop else Qt.FocusPolicy.ClickFocus)

    def _day_focused(self, day: dt.date) -> None:
        self.set_tab_stop(day)
        self.day_chosen.emit(day)

    def focus_day(self, day: dt.date) -> None:
        """The focus on the day (framed as chosen), if the grid shows it."""
        cell = self.cell_for(day)
        if cell is not None:
            self._lay_out_now()
            cell.setFocus(Qt.FocusReason.OtherFocusReason)

    def _lay_out_now(self) -> None:
        # The month just built is shown and laid out on the next events: now, so that each
        # day shows the tiles it will (those behind "+N more" take no focus) and a widget
        # hidden until then can take the focus.
        for widget in self._dynamic:
            widget.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        for cell in self.cells:
            cell.fit()

    def focus_from(self, day: dt.date) -> None:
        """The focus on the first tile shown on or after ``day`` in the month (the last where
        none is), else on the week number of ``day``: the keyboard goes on in the grid."""
        self._lay_out_now()
        tiles = [
            chip
            for cell in self.cells
            if cell.cell.in_month
            for chip in cell.chips
            if not chip.isHidden()
        ]
        after = [chip for chip in tiles if chip.row.starts_at.date() >= day]
        target = after[0] if after else tiles[-1] if tiles else self._week_button_of(day)
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _week_button_of(self, day: dt.date) -> QPushButton:
        mondays = [cell.cell.date for cell in self.cells[::7]]
        return self.week_buttons[sum(1 for monday in mondays if monday <= day) - 1]

    def cell_for(self, day: dt.date) -> DayCellWidget | None:
        return next((cell for cell in self.cells if cell.cell.date == day), None)
