"""The example district's yearly risk and vulnerability analysis is late whatever the day the
demo is built (it was late only from its yearly date, 15 October, to mid-December: the
window and the tests that show a late plan depended on the month)."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import demo
from samverkan_desktop.db import Database
from samverkan_desktop.services import plans
from samverkan_desktop.services.plan_rows import DueState


@pytest.mark.parametrize(
    "today",
    [
        # (past days only: the services refuse dates after the real today)
        dt.date(2025, 10, 15),  # the day its revision falls due
        dt.date(2025, 10, 20),
        dt.date(2025, 12, 2),
        dt.date(2025, 12, 19),
        dt.date(2026, 3, 1),
        dt.date(2026, 9, 30),
    ],
)
def test_the_demos_rsa_is_late_on_any_day(sqlite_db: Database, today: dt.date) -> None:
    with sqlite_db.session() as s:
        demo.load(s, today)
        rows = plans.list_plans(s, today)
    rsa = next(row for row in rows if row.name.startswith("Risk- och sårbarhetsanalys"))
    assert rsa.due_state is DueState.OVERDUE
    assert [row.name for row in rows if row.due_state is DueState.OVERDUE][0] == rsa.name
