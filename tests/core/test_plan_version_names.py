"""The name offered for a plan's next version: a yearly revision named by year moves to this year,
a numbered one to the next number, anything else is left to the user."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop.services.plan_version_names import next_version_name

TODAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("current", "offered"),
    [
        ("2025", "2026"),  # revised a year on
        ("2023", "2026"),  # long overdue: this year's, not 2024
        ("2026", "2027"),  # this year's is there: the next
        ("3.0", "4.0"),
        ("2.1", "3.0"),
        ("2", "3"),
        (" 7 ", "8"),
        ("Rev B", ""),
        ("2025-10-15", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_the_next_version_name(current: str | None, offered: str) -> None:
    assert next_version_name(current, TODAY) == offered
