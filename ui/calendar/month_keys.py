"""The month's keys on a day chosen in the grid (Tab to it, or a click): ←/→ the day before or
after, ↑/↓ the same day a week before or after, Home/End the month's first or last day. A day
beyond the month shown is the neighbouring month's, which the area then shows, as ‹ › do."""

from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta
from PySide6.QtGui import QKeyEvent

from ui import key_guide


def day_wanted(event: QKeyEvent, day: dt.date, month: dt.date) -> dt.date | None:
    """The day the key pressed on ``day`` goes to (``month``: a day of the month shown), or
    None when it is not one of these keys."""
    if step := key_guide.MONTH_DAY.step(event):
        return day + dt.timedelta(days=step)
    if step := key_guide.MONTH_WEEK.step(event):
        return day + dt.timedelta(weeks=step)
    end = key_guide.MONTH_ENDS.which(event)
    if end is None:
        return None
    first = month.replace(day=1)
    return first if end == 0 else first + relativedelta(months=1, days=-1)
