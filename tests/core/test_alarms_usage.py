"""Use per month, and pseudonymisation of old loans after the retention period."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import Loan, Person
from samverkan_desktop.services import alarm_history, alarm_loans, alarm_usage, settings
from samverkan_desktop.services.alarm_loans import LendInput
from tests.core.alarm_data import at, make


def test_use_per_month_counts_loans_and_splits_hours_over_months(db: Database) -> None:
    with db.session() as s:
        data = make(s)
        lena, karin = data.people["lena"], data.people["karin"]
        visit = data.units["LARM-01"]
        for day in (2, 3):  # two home visits in October, 08:00-12:30
            alarm_loans.lend(s, LendInput(visit, lena), now=at(8, day=day, month=10))
            alarm_loans.return_unit(s, visit, now=at(12, 30, day=day, month=10))
        # A home loan from 30 October 12:00 to 2 November 12:00: 36 h + 36 h.
        home = data.units["LARM-13"]
        alarm_loans.lend(
            s,
            LendInput(home, lena, due_at=at(17, day=5), approved_by_id=karin),
            now=at(12, day=30, month=10),
        )
        alarm_loans.return_unit(s, home, now=at(12, day=2))
        # Still out at the end: counts until "now".
        alarm_loans.lend(s, LendInput(visit, karin), now=at(8, day=23))
        months = alarm_usage.usage_by_month(
            s, dt.date(2026, 9, 1), dt.date(2026, 11, 30), now=at(10, day=23)
        )
        year = alarm_usage.usage_for_year(s, 2026, now=at(10, day=23))
    assert [m.month for m in months] == [
        dt.date(2026, 9, 1),
        dt.date(2026, 10, 1),
        dt.date(2026, 11, 1),
    ]
    september, october, november = months
    assert september.loans == 0 and september.hours == 0
    assert (october.home_visit_loans, october.home_loan_loans) == (2, 1)
    assert (october.home_visit_hours, october.home_loan_hours) == (9.0, 36.0)
    assert (november.home_visit_loans, november.home_loan_loans) == (1, 0)
    assert (november.home_visit_hours, november.home_loan_hours) == (2.0, 36.0)
    assert len(year) == 12 and sum(m.loans for m in year) == 4


def test_pseudonymisation_touches_only_old_returned_loans_and_only_personal_fields(
    db: Database,
) -> None:
    with db.session() as s:
        data = make(s)
        lena, karin = data.people["lena"], data.people["karin"]
        old = alarm_loans.lend(
            s,
            LendInput(
                data.units["LARM-13"],
                lena,
                due_at=at(17, day=20, month=11, year=2024),
                approved_by_id=karin,
                reason="Hotad i tjänsten",
                initials="NH",
            ),
            now=at(9, day=1, month=11, year=2024),
        )
        alarm_loans.return_unit(
            s,
            data.units["LARM-13"],
            fault="Sprucken skärm",
            now=at(15, day=18, month=11, year=2024),
        )
        recent = alarm_loans.lend(
            s, LendInput(data.units["LARM-01"], lena), now=at(8, day=2, month=12, year=2024)
        )
        alarm_loans.return_unit(s, data.units["LARM-01"], now=at(12, day=2, month=12, year=2024))
        # Out since long ago and never returned: kept, whatever its age.
        still_out = alarm_loans.lend(
            s, LendInput(data.units["LARM-02"], lena), now=at(8, day=1, month=10, year=2024)
        )
    now = at(10, day=23)
    with db.session() as s:
        result = alarm_usage.pseudonymise_old_loans(s, now=now)
    assert result.count == 1 and result.retention_months == 24
    with db.session() as s:
        rows = {row.id: row for row in alarm_history.list_loans(s, now=now)}
        detail = alarm_history.get_loan(s, old.loan_id, now=now)
        people = s.scalars(select(Person.name)).all()
        loans = s.scalar(select(Loan).where(Loan.id == old.loan_id))
        assert loans is not None
        assert loans.approved_by_id == karin
    gone = rows[old.loan_id]
    assert gone.pseudonymised and gone.borrower is None and gone.borrower_id is None
    assert gone.borrower_label() == "(pseudonymiserad)"
    assert detail.reason is None
    # Everything else is kept.
    assert gone.unit_code == "LARM-13" and gone.out_at == at(9, day=1, month=11, year=2024)
    assert gone.returned_at == at(15, day=18, month=11, year=2024)
    assert gone.fault_description == "Sprucken skärm" and gone.lent_by_initials == "NH"
    assert gone.approved_by == "Karin Lindqvist"
    assert rows[recent.loan_id].borrower == "Lena Persson"
    assert rows[still_out.loan_id].borrower == "Lena Persson"
    assert "Lena Persson" in people  # the person is never deleted
    with db.session() as s:
        assert alarm_usage.pseudonymise_old_loans(s, now=now).count == 0
        # A shorter retention reaches the December loan too.
        settings.set_int(s, "alarms.retention_months", 12)
        assert alarm_usage.pseudonymise_old_loans(s, now=now).count == 1
        with pytest.raises(ValidationError, match="pseudonymiseras: 1–120, inte 0"):
            settings.set_int(s, "alarms.retention_months", 0)


def _months(first: dt.date, count: int) -> list[dt.date]:
    return [dt.date(first.year + (first.month - 1 + n) // 12, (first.month - 1 + n) % 12 + 1, 1)
            for n in range(count)]  # fmt: skip


def test_use_per_month_agrees_with_counting_loan_by_loan(db: Database) -> None:
    """Random loans over five months, some out across the period's start, across month ends
    (Stockholm time, also at exactly midnight), or still out: every month's loans and hours
    are what splitting each loan by hand gives."""
    from random import Random

    from sqlalchemy import DateTime, bindparam, text

    from samverkan_desktop.services.alarms import at_local

    stamp = DateTime(timezone=True)
    insert = text(
        "INSERT INTO alarm_loans (unit_id, borrower_id, purpose, out_at, due_at, returned_at, "
        "approved_by_id, put_on_charge, pseudonymised, created_at, updated_at) VALUES (:unit, "
        ":person, :purpose, :out, :due, :back, :manager, :false, :false, :out, :out)"
    ).bindparams(*(bindparam(name, type_=stamp) for name in ("out", "due", "back")))
    rng = Random(7)
    now = at(10, day=20, month=12)
    loans: list[tuple[str, dt.datetime, dt.datetime | None]] = []
    with db.session() as s:
        data = make(s)
        lena, karin = data.people["lena"], data.people["karin"]
        for code, unit in data.units.items():
            purpose = "home_loan" if code == "LARM-13" else "home_visit"
            moment = at(9, day=1, month=8)
            while True:
                moment += dt.timedelta(minutes=rng.choice([30, 600, 1440, 4000, 20000]))
                if rng.random() < 0.1:  # exactly at a midnight
                    moment = at_local(moment.date(), dt.time(0))
                length = dt.timedelta(minutes=rng.choice([15, 90, 480, 3000, 50000]))
                back: dt.datetime | None = moment + length
                if back is not None and back >= now:
                    back = None  # still out
                utc = {  # bound as the models bind times: UTC
                    "out": moment.astimezone(dt.UTC),
                    "due": (moment + dt.timedelta(days=60)).astimezone(dt.UTC),
                    "back": back.astimezone(dt.UTC) if back is not None else None,
                }
                s.execute(
                    insert,
                    {
                        **utc, "unit": unit, "person": lena, "purpose": purpose,
                        "manager": karin if purpose == "home_loan" else None, "false": False,
                    },
                )  # fmt: skip
                loans.append((purpose, moment, back))
                if back is None:
                    break
                moment = back
        months = alarm_usage.usage_by_month(s, dt.date(2026, 9, 1), dt.date(2026, 12, 1), now=now)
    firsts = _months(dt.date(2026, 9, 1), 5)
    bounds = [at_local(day, dt.time(0)) for day in firsts]
    assert [m.month for m in months] == firsts[:4]
    for index, month in enumerate(months):
        lo, hi = bounds[index], bounds[index + 1]
        expected = {"home_visit": [0, 0.0], "home_loan": [0, 0.0]}
        for purpose, out, back in loans:
            end = back if back is not None else max(now, out)
            if lo <= out < hi:
                expected[purpose][0] += 1
            overlap = (min(end, hi) - max(out, lo)).total_seconds()
            expected[purpose][1] += max(overlap, 0) / 3600
        assert (month.home_visit_loans, month.home_loan_loans) == (
            expected["home_visit"][0],
            expected["home_loan"][0],
        )
        assert month.home_visit_hours == pytest.approx(expected["home_visit"][1], abs=0.051)
        assert month.home_loan_hours == pytest.approx(expected["home_loan"][1], abs=0.051)
    assert sum(m.loans for m in months) > 20  # the data reached every case above


def test_pseudonymising_in_batches_takes_the_oldest_first_and_never_an_open_loan(
    db: Database,
) -> None:
    with db.session() as s:
        data = make(s)
        lena, visit = data.people["lena"], data.units["LARM-01"]
        for month in (1, 2, 3):  # three home visits in early 2024, long past retention
            alarm_loans.lend(s, LendInput(visit, lena), now=at(8, day=10, month=month, year=2024))
            alarm_loans.return_unit(s, visit, now=at(12, day=10, month=month, year=2024))
        alarm_loans.lend(s, LendInput(visit, lena), now=at(8, day=20))  # still out
    now = at(10, day=23)
    with db.session() as s:
        first = alarm_usage.pseudonymise_old_loans(s, now=now, limit=2)
    with db.session() as s:
        second = alarm_usage.pseudonymise_old_loans(s, now=now, limit=2)
        third = alarm_usage.pseudonymise_old_loans(s, now=now, limit=2)
        loans = s.scalars(select(Loan).order_by(Loan.out_at)).all()
    assert (first.count, second.count, third.count) == (2, 1, 0)
    assert [loan.pseudonymised for loan in loans] == [True, True, True, False]
    assert loans[-1].borrower_id == lena  # the loan still out keeps its borrower
