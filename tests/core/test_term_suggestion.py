"""A term chosen "t.o.m." is first suggested a year on from its start."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.term_suggestion import suggested_term_end


def test_a_year_on_and_a_leap_day_start() -> None:
    assert suggested_term_end(dt.date(2026, 12, 6)) == dt.date(2027, 12, 5)
    assert suggested_term_end(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
