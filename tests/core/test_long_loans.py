"""What counts as a long loan: a return date more than the setting's days away (90 by default)
asks "Återlämning först …, om 7 månader. Stämmer det?"; a date within it, or on its last day,
does not. The rule is read with the units, in the same unit of work."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.db import Database
from samverkan_desktop.long_loans import LONG_LOAN_SETTING, LongLoanRule, span_text
from samverkan_desktop.services import alarm_tests, settings

TODAY = dt.date(2026, 12, 5)


def test_a_date_past_the_rule_is_long_and_asked_about_in_months() -> None:
    rule = LongLoanRule(90)
    assert not rule.is_long(TODAY + dt.timedelta(days=90), TODAY)
    assert rule.is_long(TODAY + dt.timedelta(days=91), TODAY)
    assert rule.question(dt.date(2027, 6, 30), TODAY) == (
        "Återlämning först 2027-06-30, om 7\u00a0månader. Stämmer det?"
    )


def test_a_short_rule_speaks_in_days() -> None:
    assert span_text(45) == "45\u00a0dagar"
    assert span_text(1) == "1\u00a0dag"
    assert span_text(61) == "2\u00a0månader"


def test_the_rule_is_read_with_the_units(sqlite_db: Database) -> None:
    read = sqlite_db.call(alarm_tests.units_with_test_rule)
    assert read.long_loan == LongLoanRule(90)
    sqlite_db.call(settings.set_int, LONG_LOAN_SETTING, 30)
    assert sqlite_db.call(alarm_tests.reception_units).long_loan == LongLoanRule(30)
