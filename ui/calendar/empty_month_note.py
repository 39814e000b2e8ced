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
from ui.areas import area_title

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
    groups_requested = Signal()  # no group yet: go where groups are made

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyMonth")
        self.setStyleSheet(EMPTY_MONTH_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)  # the first day's long line: not wider than a small screen
        self.button = QPushButton(self)
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self._go)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._day: dt.date | None = None
        self.hide()

    def _go(self) -> None:
        if self._day is None:
            self.groups_requested.emit()
        else:
            self.go_requested.emit(self._day)

    def show_no_groups(self) -> None:
        """No group at all (the first day), so no meeting anywhere to point to."""
        self._day = None
        area = area_title("groups")
        self.label.setText(
            _(
                "No meetings yet: each group's meetings are planned from its meeting rule. "
                "Begin with the groups under {area}."
            ).format(area=area)
        )
        self.button.setText(_("Go to {area}").format(area=area))
        self.show()

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
