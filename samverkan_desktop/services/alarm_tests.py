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

from samverkan_desktop import clock
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.long_loans import LONG_LOAN_SETTING, LongLoanRule
from samverkan_desktop.models import UnitStatus
from samverkan_desktop.overview_items import (
    MAX_ITEMS,
    UNITS_DUE_FOR_TEST,
    OverviewItem,
    OverviewSection,
    Urgency,
)
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

    def state(self, row: UnitRow, today: dt.date) -> str | None:
        """ "Function test due since …", "Next function test by …"; None without a rule for it
        (the unit's detail and the Overview say the same)."""
        if not self.applies_to(row):
            return None
        due = self.due_on(row)
        if due is None:
            return _("Never function-tested: test it now")
        if due <= today:
            return _("Function test due since {date}").format(date=iso_date(due))
        return _("Next function test by {date}").format(date=iso_date(due))

    def due_note(self, row: UnitRow, today: dt.date) -> str | None:
        """The state only when a test is due ("Function test due since …"): the reception's
        mark on a tile and on the unit chosen. A unit never tested is "Never function-tested"
        there, without the detail's "test it now": the reception lends it first."""
        if not self.is_due(row, today):
            return None
        if row.last_tested_on is None:
            return _("Never function-tested")
        return self.state(row, today)


@dataclass(frozen=True)
class UnitsWithTestRule:
    rows: list[UnitRow]
    rule: FunctionTestRule
    long_loan: LongLoanRule  # asked about when lending: read here, not at each lending


def units_with_test_rule(
    session: Session, *, include_retired: bool = True, now: dt.datetime | None = None
) -> UnitsWithTestRule:
    """The units and the rule that marks those due, read in one unit of work: a view marks
    each unit from its own row (``last_tested_on``), with no query per unit."""
    rows = alarms.list_units(session, include_retired=include_retired, now=now)
    long_loan = LongLoanRule(settings.get_int(session, LONG_LOAN_SETTING))
    return UnitsWithTestRule(rows, function_test_rule(session), long_loan)


@dataclass(frozen=True)
class ReceptionUnits(UnitsWithTestRule):
    training_blocks: bool  # lending is refused to a borrower without valid training


def reception_units(session: Session, now: dt.datetime | None = None) -> ReceptionUnits:
    """What the reception reads at each refresh, in one unit of work: the units in use, the
    rule that marks those due for a test, and whether lending needs valid training (both
    settings of Larm → Inställningar, which another desk may change at any time)."""
    from samverkan_desktop.services.alarm_loans import TRAINING_SETTING  # not on the start path

    read = units_with_test_rule(session, include_retired=False, now=now)
    blocks = settings.get_choice(session, TRAINING_SETTING) == "block"
    return ReceptionUnits(read.rows, read.rule, read.long_loan, blocks)


def function_test_rule(session: Session) -> FunctionTestRule:
    return FunctionTestRule(settings.get_int(session, TEST_INTERVAL_SETTING))


def units_due_for_test(session: Session, today: dt.date | None = None) -> list[UnitRow]:
    """The units due for a function test on ``today``, in code order (for the Overview and
    scripts)."""
    day = today or clock.today()
    rule = function_test_rule(session)
    if rule.interval_days <= 0:
        return []
    return [row for row in alarms.list_units(session) if rule.is_due(row, day)]


def overview_section(session: Session, today: dt.date) -> OverviewSection:
    """Overview card: the units due for a function test, in code order; "Show all" opens
    Alarms → Units with "Due for a test". Empty when the rule is off."""
    rule = function_test_rule(session)
    due = units_due_for_test(session, today)
    items = tuple(
        OverviewItem(
            row.code,
            rule.state(row, today) or "",
            rule.due_on(row),
            Urgency.SOON,
            "alarms",
            row.id,
            dated=row.last_tested_on is not None,  # "… sedan 2026-11-01", not "Aldrig …"
        )
        for row in due[:MAX_ITEMS]
    )
    return OverviewSection(
        "alarm_tests",
        _("Alarm units due for a function test"),
        "alarms",
        len(due),
        items,
        _("No alarm unit is due for a function test.")
        if rule.interval_days > 0
        else _("No rule for function tests (Alarms → Settings…)."),
        UNITS_DUE_FOR_TEST,
    )
