"""A day's heading over its column in the week: "mån 30 nov", or where the column is too narrow
for it "mån 30", then "30" (the week's title says the month). Never cut inside its words ("mån
30 n") nor broken inside the date ("30" over "nov"): the day and month are held by a no-break
space, as formatting.with_clock holds "kl." to its time. The tooltip says the whole day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QSizePolicy, QWidget

from samverkan_desktop.formatting import MONTHS, long_date, unbroken
from samverkan_desktop.i18n import _
from ui.calendar.month_view import weekday_short
from ui.widgets.fitting_label import FittingLabel


def short_date(day: dt.date) -> str:
    """ "30 nov": the day and its month's first three letters."""
    return _("{day} {month}").format(day=day.day, month=_(MONTHS[day.month - 1])[:3])


def heading_forms(day: dt.date) -> list[str]:
    """The day's heading, longest first: "mån 30 nov", "mån 30", "30"."""
    weekday = weekday_short(day.weekday())
    return [f"{weekday} {unbroken(short_date(day))}", f"{weekday} {day.day}", str(day.day)]


def day_heading(day: dt.date) -> str:
    """ "mån 30 nov" (the day and the month held together)."""
    return heading_forms(day)[0]


class DayHeading(FittingLabel):
    """The longest of ``heading_forms`` its width holds."""

    def __init__(self, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(heading_forms(day), parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(long_date(day))
