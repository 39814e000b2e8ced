"""Days relative to the program's today, read when a test runs: a module-level
``YESTERDAY = clock.today() - ...`` is read at import, and a run crossing Stockholm's midnight
then compares it with the code's next day (tests/test_no_import_time_days.py forbids it)."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop import clock


def days_ago(days: int) -> dt.date:
    return clock.today() - dt.timedelta(days=days)


def days_ahead(days: int) -> dt.date:
    return clock.today() + dt.timedelta(days=days)
