"""The line over a month with no meetings: "Inga möten i december. Nästa: tis 5 januari –
Styrgrupp" and a button going to that month. A new district whose rule starts in January saw
"0 möten" in December and nothing saying that its meetings were only a month away. Hidden when
the month has meetings, or when none is planned after it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_desktop.formatting import MONTHS, WEEKDAYS_SHORT
from samverkan_desktop.i18n import _
from samverkan_desktop.services.calendar import CalendarRow

EMPTY_MONTH_STYLE = """
QFrame#emptyMonth { background: #eef4fa; border: 1px solid #c9d9ea; border-radius: 6px; }
QFrame#emptyMonth QLabel { color: #1b2631; }
QFrame#emptyMonth QPushButton { padding: 2px 12px; }
"""


def next_day_text(day: dt.date) -> str:
    """ "tis 5 januari": the weekday short, the month written out (the next meeting may be
    months away, so the month must read at a glance)."""
    return _("{weekday} {day} {month}").format(
        weekday=_(WEEKDAYS_SHORT[day.weekday()]), day=day.day, month=_(MONTHS[day.month - 1])
    )


class EmptyMonthNote(QFrame):
    go_requested = Signal(object)  # dt.date: show the month of this day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyMonth")
        self.setStyleSheet(EMPTY_MONTH_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(lambda: self.go_requested.emit(self._day))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._day: dt.date | None = None
        self.hide()

    def show_next(self, month: dt.date, following: CalendarRow | None) -> None:
        """``month``: a day of the month shown, which has no meetings; ``following``: the first
        meeting after it (None: nothing planned, and the note says nothing)."""
        if following is None:
            self._day = None
            self.hide()
            return
        day = following.starts_at.date()
        self._day = day
        self.label.setText(
            _("No meetings in {month}. Next: {day} – {meeting}").format(
                month=_(MONTHS[month.month - 1]),
                day=next_day_text(day),
                meeting=following.label,
            )
        )
        self.button.setText(_("Show {month}").format(month=_(MONTHS[day.month - 1])))
        self.show()
