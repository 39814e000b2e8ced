"""The example district's alarm units: what a new user sees at the reception."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.models import UnitKind, UnitStatus
from samverkan_desktop.services import alarm_borrowers, alarm_history, alarms, overview, training
from samverkan_desktop.services.alarm_history import LoanFilter


def test_demo_has_the_fourteen_units_two_out_one_overdue(demo_db: Database) -> None:
    with demo_db.session() as s:
        units = alarms.list_units(s)
        open_loans = alarm_history.list_loans(s, LoanFilter(open_only=True))
        history = alarm_history.list_loans(s)
        cards = {section.key: section for section in overview.gather(s)}
    assert [u.code for u in units] == [f"LARM-{n:02d}" for n in range(1, 15)]
    assert Counter(u.kind for u in units) == {UnitKind.HOME_VISIT: 12, UnitKind.HOME_LOAN: 2}
    assert {u.code: u.status for u in units if u.status is not UnitStatus.AVAILABLE} == {
        "LARM-05": UnitStatus.CHARGING,
        "LARM-07": UnitStatus.ON_LOAN,
        "LARM-09": UnitStatus.OUT_OF_SERVICE,
        "LARM-14": UnitStatus.ON_LOAN,
    }
    assert sorted((row.unit_code, row.overdue) for row in open_loans) == [
        ("LARM-07", True),
        ("LARM-14", False),
    ]
    # A year of history, on weekdays, every unit's loans one after the other.
    first = min(row.out_at for row in history)
    assert dt.timedelta(days=330) < max(r.out_at for r in history) - first < dt.timedelta(days=370)
    assert len(history) > 400
    assert all(row.returned_at is None or row.returned_at > row.out_at for row in history)
    card = cards["alarm_loans"]
    # The late loan first, then the unit out of service, then the loan still on time.
    assert card.total == 3
    assert card.count == 2  # beside "Utlånade larm": the loans, not the unit out of service
    assert [item.title for item in card.items] == ["LARM-07", "LARM-09", "LARM-14"]
    assert card.title == "Utlånade larm (1 försenat) · 1 ur drift"


def test_demo_alarm_training_march_2021_and_refreshers(demo_db: Database) -> None:
    with demo_db.session() as s:
        course = training.course_by_code(s, training.ALARM_COURSE_CODE)
        assert course is not None
        sessions = training.list_sessions(s, course.id)
        march = [row for row in sessions if (row.held_on.year, row.held_on.month) == (2021, 3)]
        david = alarm_borrowers.find_borrowers(s, "David Karlsson")[0]
        sofia = alarm_borrowers.find_borrowers(s, "Sofia Lindberg")[0]
    assert len(march) == 3 and all(row.attendee_count >= 3 for row in march)
    assert not david.training_valid and david.trained_on == dt.date(2021, 3, 9)
    assert sofia.training_valid and sofia.training_valid_until is not None
    # David has LARM-07 out and late (the demo's overdue loan): the reception is told.
    assert david.holding == (("LARM-07", True),)


# The clock on the day loaded, before its test: a clock on an earlier day (a run at a set
# moment) refused the demo's dates as later than today.
@pytest.mark.moment("2026-12-01T08:00")
def test_no_function_test_lies_ahead_or_while_the_unit_is_lent(db: Database) -> None:
    """Loaded on the first weekday of a month (the day's test is at 09.00, perhaps still to
    come), the history says nothing about later today, nor tests a unit someone has out."""
    from sqlalchemy import select

    from samverkan_desktop import demo
    from samverkan_desktop.models import Loan, UnitEvent, UnitEventKind

    first_weekday = dt.date(2026, 12, 1)
    with db.session() as s:
        demo.load(s, today=first_weekday)
        s.commit()
        events = s.scalars(select(UnitEvent)).all()
        loans = s.scalars(select(Loan)).all()
    start_of_today = dt.datetime.combine(first_weekday, dt.time(), dt.UTC)
    assert events and all(
        event.occurred_at.replace(tzinfo=event.occurred_at.tzinfo or dt.UTC) < start_of_today
        for event in events
    )
    tested = [e for e in events if e.kind is UnitEventKind.TESTED]
    assert tested
    for event in tested:
        assert not [
            loan
            for loan in loans
            if loan.unit_id == event.unit_id
            and loan.out_at <= event.occurred_at
            and (loan.returned_at is None or loan.returned_at > event.occurred_at)
        ], event
