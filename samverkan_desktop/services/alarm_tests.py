"""How often an alarm unit must be function-tested, and which units are due for a test.

The rule is one setting shared by every desk (``alarms.test_interval_days``, 0: no rule). A
unit is due from the day its last test is that many days old, or at once if it was never
tested. A retired unit is never due, nor one out of service: it is tested when it is repaired.
A unit on loan can be due: it is tested when it comes back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from samverkan_desktop.models import UnitStatus
from samverkan_desktop.services import alarms, settings
from samverkan_desktop.services.alarms import UnitRow

TEST_INTERVAL_SETTING = "alarms.test_interval_days"
NOT_TESTED = frozenset({UnitStatus.RETIRED, UnitStatus.OUT_OF_SERVICE})


@dataclass(frozen=True)
class FunctionTestRule:
    interval_days: int  # 0: no rule, no unit is ever due

    def applies_to(self, row: UnitRow) -> bool:
        return self.interval_days > 0 and row.status not in NOT_TESTED

    def due_on(self, row: UnitRow) -> dt.date | None:
        """The day the unit's next test is due; None when the rule does not apply to it or it
        was never tested (then it is due at once)."""
        if not self.applies_to(row) or row.last_tested_on is None:
            return None
        return row.last_tested_on + dt.timedelta(days=self.interval_days)

    def is_due(self, row: UnitRow, today: dt.date) -> bool:
        if not self.applies_to(row):
            return False
        due = self.due_on(row)
        return due is None or due <= today


def function_test_rule(session: Session) -> FunctionTestRule:
    return FunctionTestRule(settings.get_int(session, TEST_INTERVAL_SETTING))


def units_due_for_test(session: Session, today: dt.date | None = None) -> list[UnitRow]:
    """The units due for a function test on ``today``, in code order (for the Overview and
    scripts)."""
    day = today or dt.date.today()
    rule = function_test_rule(session)
    if rule.interval_days <= 0:
        return []
    return [row for row in alarms.list_units(session) if rule.is_due(row, day)]
