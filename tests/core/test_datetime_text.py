"""One writer of "2026-11-30 17.00" (formatting.display_datetime): the alarm printouts and the
exercise log each had their own. A row that shows its day already gets the clock alone."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.formatting import display_datetime, local_time
from samverkan_desktop.services.action_rows import meeting_text

EVENING = dt.datetime(2026, 11, 30, 16, 0, tzinfo=dt.UTC)  # 17.00 in Stockholm


def test_a_moment_on_the_rows_day_is_written_as_its_clock_alone() -> None:
    assert display_datetime(EVENING, same_day=dt.date(2026, 11, 30)) == "17.00"
    assert display_datetime(EVENING, same_day=dt.date(2026, 11, 29)) == "2026-11-30 17.00"
    assert display_datetime(None, same_day=dt.date(2026, 11, 30)) == ""
    # The day is Stockholm's: 23.30 UTC on the 29th is already the 30th at 00.30.
    late = dt.datetime(2026, 11, 29, 23, 30, tzinfo=dt.UTC)
    assert display_datetime(late, same_day=dt.date(2026, 11, 30)) == "00.30"


def test_the_clock_and_the_meeting_source_are_written_as_the_window_writes_them() -> None:
    summer = dt.datetime(2026, 3, 29, 1, 5)  # naive is UTC; the clocks went forward at 02.00
    assert display_datetime(summer) == "2026-03-29 03.05"
    assert local_time(summer) == "03.05" and local_time(None) == ""
    assert meeting_text(summer, "Trygghetsråd") == "Möte 2026-03-29 03.05, Trygghetsråd"
    assert meeting_text(summer, "Trygghetsråd", with_time=False) == (
        "Möte 2026-03-29, Trygghetsråd"
    )
