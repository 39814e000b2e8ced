"""The calendar a date field drops down: weeks start on Monday, and every weekday's name reads
whole. Qt sized the popup's columns too narrow for the Swedish short names under the program's
style: Monday's "mån" showed as "m…". Each column now fits the widest name and its margins.

Closing it without choosing a day (Esc, the back key, a click outside) leaves the field's date
as it was when it opened: Qt moves the field's date with each arrow key in the calendar, so Esc
after moving kept the day moved to. Enter, or a click on a day, chooses that day. A field that
shows more than its date (text typed and refused) is told of the cancel to show it again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QStyle, QTableView

from ui import key_guide

DAYS_SHOWN = 7  # no week-number column in a date field's popup (Qt's default there)
SLACK = 2  # px per column beyond the text and the delegate's margins: rounding, the frame
_WATCHED = frozenset(
    {QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.KeyPress, QEvent.Type.MouseButtonRelease}
)


def calendar_popup(
    edit: QDateTimeEdit, on_cancel: Callable[[], None] | None = None
) -> QCalendarWidget:
    """Give ``edit`` its drop-down calendar set up as above; returns the calendar.
    ``on_cancel``: called when it closes without a day chosen, its date put back."""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setMinimumWidth(DAYS_SHOWN * _column_width(calendar))
    _CancelKeepsDate(edit, calendar, on_cancel)
    return calendar


class _CancelKeepsDate(QObject):
    """Puts the field's date back when its calendar closes without a day chosen (see the
    module). A choice is seen as its key or click arrives, before Qt closes the popup."""

    def __init__(
        self,
        edit: QDateTimeEdit,
        calendar: QCalendarWidget,
        on_cancel: Callable[[], None] | None,
    ) -> None:
        super().__init__(edit)
        self._edit = edit
        self._on_cancel = on_cancel
        self._calendar = calendar
        self._opened: QDate | None = None
        self._chosen = False
        view = calendar.findChild(QTableView)  # Qt's grid of days
        assert view is not None
        self._view = view
        self._days = view.viewport()
        for watched in (calendar, view, self._days):
            watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind not in _WATCHED:  # Destroy, ChildRemoved: this object's state may be gone
            return False
        if watched is self._calendar and kind == QEvent.Type.Show:
            self._opened, self._chosen = self._edit.date(), False
        elif watched is self._calendar and kind == QEvent.Type.Hide:
            if not self._chosen and self._opened is not None:
                if self._edit.date() != self._opened:
                    self._edit.setDate(self._opened)
                if self._on_cancel is not None:
                    self._on_cancel()
            self._opened = None
        elif watched is self._view and kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            self._chosen = self._chosen or key_guide.DATE_CALENDAR_DAY.matches(event)
        elif watched is self._days and kind == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            # Row 0 holds the weekdays' names: a click there chooses no day.
            at = self._view.indexAt(event.position().toPoint())
            self._chosen = self._chosen or at.row() > 0
        return False


def _column_width(calendar: QCalendarWidget) -> int:
    locale: QLocale = calendar.locale()
    metrics = QFontMetrics(calendar.headerTextFormat().font())  # the names' font (bold, say)
    widest = max(
        metrics.horizontalAdvance(locale.dayName(day, QLocale.FormatType.ShortFormat))
        for day in range(1, DAYS_SHOWN + 1)
    )
    # Qt's item delegate keeps this margin on each side before it elides the text.
    margin = calendar.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, calendar)
    return widest + 2 * (margin + 1) + SLACK
