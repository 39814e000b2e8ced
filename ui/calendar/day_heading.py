"""A day's heading over its column in the week: "mån 30 nov", or where the column is too narrow
for it "mån 30", then "30" (the week's title says the month). Never cut inside its words ("mån
30 n") nor broken inside the date ("30" over "nov"): the day and month are held by a no-break
space, as formatting.with_clock holds "kl." to its time. The tooltip says the whole day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from samverkan_desktop.formatting import MONTHS, long_date, unbroken
from samverkan_desktop.i18n import _
from ui.calendar.month_view import weekday_short


def heading_forms(day: dt.date) -> list[str]:
    """The day's heading, longest first: "mån 30 nov", "mån 30", "30"."""
    weekday = weekday_short(day.weekday())
    date = _("{day} {month}").format(day=day.day, month=_(MONTHS[day.month - 1])[:3])
    return [f"{weekday} {unbroken(date)}", f"{weekday} {day.day}", str(day.day)]


def day_heading(day: dt.date) -> str:
    """ "mån 30 nov" (the day and the month held together)."""
    return heading_forms(day)[0]


class DayHeading(QLabel):
    """The longest of ``heading_forms`` its width holds."""

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(heading_forms(day)[0], parent)
        self.forms = heading_forms(day)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(long_date(day))

    def _extra(self) -> int:
        """What the label needs beside its text (a style sheet's padding)."""
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.text())

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        full = self.fontMetrics().horizontalAdvance(self.forms[0]) + self._extra()
        return QSize(max(hint.width(), full), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = super().minimumSizeHint()
        short = self.fontMetrics().horizontalAdvance(self.forms[-1]) + self._extra()
        return QSize(short, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._choose()  # the style sheet's bold font is wider

    def _choose(self) -> None:
        room = self.contentsRect().width()
        metrics = self.fontMetrics()
        shown = next(
            (form for form in self.forms if metrics.horizontalAdvance(form) <= room),
            self.forms[-1],
        )
        if shown != self.text():
            self.setText(shown)
