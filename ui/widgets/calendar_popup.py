"""The calendar a date field drops down: weeks start on Monday, and every weekday's name reads
whole. Qt sized the popup's columns too narrow for the Swedish short names under the program's
style: Monday's "mån" showed as "m…". Each column now fits the widest name and its margins."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCalendarWidget, QDateTimeEdit, QStyle

DAYS_SHOWN = 7  # no week-number column in a date field's popup (Qt's default there)
SLACK = 2  # px per column beyond the text and the delegate's margins: rounding, the frame


def calendar_popup(edit: QDateTimeEdit) -> QCalendarWidget:
    """Give ``edit`` its drop-down calendar set up as above; returns the calendar."""
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    calendar.setMinimumWidth(DAYS_SHOWN * _column_width(calendar))
    return calendar


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
