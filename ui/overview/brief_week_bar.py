"""The weekly summary's week bar: the week's title ("Vecka 49, 30 nov – 6 dec 2026") between
the buttons to its neighbours and to this week, and whether (and when) the summary was sent to
management."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date, short_period, span_held, unbroken
from samverkan_desktop.i18n import _
from samverkan_desktop.services.weekly_briefs import BriefWeek
from ui.widgets.wording import next_text, previous_text
from ui.widgets.wrap_label import WrapLabel

SENT_STYLE = "color: #1f7a3a; font-weight: 600;"
NOT_SENT_STYLE = "color: #5f6b7a;"


def week_title(week: BriefWeek, held: bool = False) -> str:
    """ "Vecka 49, 30 nov – 6 dec 2026"; ``held`` for the title in the window: it broke
    beside the dash ("Vecka 49, 30 nov" / "– 6 dec 2026"); its days are now held whole
    (span_held, unbroken), on the next line when narrow. Plain for the history's title."""
    days = short_period(week.monday, week.monday + dt.timedelta(days=6))
    if held:
        days = unbroken(span_held(days))
    return _("Week {week}, {days}").format(week=week.week, days=days)


class BriefWeekBar(QWidget):
    """Shows a week (``show_week``); its buttons ask for another (``week_chosen``), which the
    dialog shows once what was typed is saved."""

    week_chosen = Signal(object)  # BriefWeek

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week = BriefWeek.of(clock.today())
        self.previous_button = QPushButton(previous_text(_("Previous week")), self)
        self.previous_button.clicked.connect(lambda: self.week_chosen.emit(self.week.moved(-1)))
        self.next_button = QPushButton(next_text(_("Next week")), self)
        self.next_button.clicked.connect(lambda: self.week_chosen.emit(self.week.moved(1)))
        self.this_week_button = QPushButton(_("This week"), self)
        self.this_week_button.clicked.connect(
            lambda: self.week_chosen.emit(BriefWeek.of(clock.today()))
        )
        # Both wrap rather than hold the dialog at their one line's width: beside the week's
        # buttons they filled its 1000 px, and a longer title (week 53's, both years) widened
        # it past a 1024-pixel screen's room or cut the title, the sent line and the buttons.
        self.week_label = WrapLabel("", self)
        self.week_label.setStyleSheet("font-size: 16px; font-weight: 600; color: #1c3b5a;")
        self.sent_label = WrapLabel("", self)
        self.sent_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.week_label)
        layout.addWidget(self.next_button)
        layout.addWidget(self.this_week_button)
        layout.addStretch(1)
        layout.addWidget(self.sent_label)

    def show_week(self, week: BriefWeek, sent_on: dt.date | None) -> None:
        self.week = week
        self.week_label.setText(week_title(week, held=True))
        if sent_on is not None:
            self.sent_label.setText(_("Sent to management {date}").format(date=iso_date(sent_on)))
            self.sent_label.setStyleSheet(SENT_STYLE)
        else:
            self.sent_label.setText(_("Not sent"))
            self.sent_label.setStyleSheet(NOT_SENT_STYLE)
