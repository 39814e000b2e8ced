"""The demo has units due for a function test (two missed by the monthly tests): every unit was
last tested on the same day, so "Dags att testa" and the Overview had nothing to show."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import demo
from samverkan_desktop.db import Database
from samverkan_desktop.services import alarms
from samverkan_desktop.services.alarm_tests import units_due_for_test


# The clock on the day loaded: on an earlier one the demo's dates were refused as still to come.
@pytest.mark.parametrize(
    "today",
    [
        pytest.param(dt.date(2026, 12, 1), marks=pytest.mark.moment("2026-12-01T12:00")),
        pytest.param(dt.date(2026, 6, 17), marks=pytest.mark.moment("2026-06-17T12:00")),
    ],
)
def test_two_demo_units_are_due_for_a_test(db: Database, today: dt.date) -> None:
    with db.session() as s:
        demo.load(s, today=today)
        s.flush()
        due = units_due_for_test(s, today)
        tested = {u.code: u.last_tested_on for u in alarms.list_units(s)}
    assert [u.code for u in due] == ["LARM-11", "LARM-12"]
    # The others were tested this month or the last; the two more than 90 days ago.
    assert all(u.last_tested_on and u.last_tested_on <= today - dt.timedelta(days=90) for u in due)
    recent = [day for code, day in tested.items() if day and code not in ("LARM-11", "LARM-12")]
    assert recent and all(day >= today - dt.timedelta(days=62) for day in recent)
