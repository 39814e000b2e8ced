"""PostgreSQL: the reception's everyday lend reads its facts and writes the loan in one statement
(loan_statements.LEND_ONE_TRIP), whose guard is a second, shorter writing of the rules; the
everyday return likewise (RETURN_ONE_TRIP). Whatever the unit, the borrower, the training, the
setting and the request, a lend or a return must end exactly as the two-trip route (the rules
applied in Python to facts read first) ends it: the same rows and audit entries, or the same
refusal with nothing written."""

from __future__ import annotations

import contextlib
import datetime as dt
import threading
import time
from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, func, select, update

from samverkan_desktop import direct_sql
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.errors import ConflictError, DomainError, ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import (
    AlarmUnit,
    AuditAction,
    AuditEntry,
    Course,
    Loan,
    Person,
    Setting,
    TrainingAttendance,
    TrainingSession,
    UnitEvent,
    UnitKind,
    UnitStatus,
)
from samverkan_desktop.services import (
    alarm_lending,
    alarm_loans,
    alarm_returns,
    loan_statements,
    training,
)
from samverkan_desktop.services import settings as settings_service
from samverkan_desktop.services.alarm_loans import TRAINING_SETTING, LendInput
from tests.core.alarm_data import NOW, Data, make

pytestmark = pytest.mark.postgres

# Moments that move the rules: a weekday morning, a Friday evening (due on Monday), month ends
# (training valid "12 months" from 31 January, 29 February).
MOMENTS = [
    NOW,
    dt.datetime(2026, 11, 27, 17, 30, tzinfo=LOCAL_ZONE),
    dt.datetime(2027, 2, 28, 10, 0, tzinfo=LOCAL_ZONE),
    dt.datetime(2028, 2, 29, 10, 0, tzinfo=LOCAL_ZONE),
    dt.datetime(2027, 1, 31, 9, 0, tzinfo=LOCAL_ZONE),
]


@pytest.fixture
def pg(pg_url: str) -> Iterator[tuple[Database, Data]]:
    db = open_database(pg_url)
    with db.session() as s:
        data = make(s)
    yield db, data
    db.dispose()


def _arrange(db: Database, data: Data, state: dict[str, Any], now: dt.datetime) -> None:
    unit, borrower = data.units["LARM-01"], data.people["lars"]
    today = now.date()
    with db.session() as s:
        s.execute(delete(Loan).where(Loan.unit_id == unit))
        s.execute(
            update(AlarmUnit)
            .where(AlarmUnit.id == unit)
            .values(status=state["status"], kind=state["kind"])
        )
        s.execute(update(Person).where(Person.id == borrower).values(is_staff=state["staff"]))
        s.execute(delete(TrainingAttendance).where(TrainingAttendance.person_id == borrower))
        course = s.get_one(Course, data.course_id)
        course.code = training.ALARM_COURSE_CODE if state["course"] else "another_course"
        course.validity_months = state["validity"]
        if state["attended"] is not None:  # near the day the training runs out
            months, days = state["attended"]
            held = (
                today
                - relativedelta(months=(state["validity"] or 12) + months)
                + relativedelta(days=days)
            )
            session = TrainingSession(course_id=data.course_id, held_on=held)
            s.add(session)
            s.flush()
            s.add(TrainingAttendance(session_id=session.id, person_id=borrower))
        s.execute(delete(Setting).where(Setting.key == TRAINING_SETTING))
        if state["setting"] is not None:
            s.add(Setting(key=TRAINING_SETTING, value=state["setting"]))
        if state["open_loan"]:
            s.add(
                Loan(
                    unit_id=unit,
                    borrower_id=data.people["lena"],
                    purpose=UnitKind.HOME_VISIT,
                    out_at=now - dt.timedelta(hours=1),
                    due_at=now + dt.timedelta(hours=1),
                )
            )


def _written(db: Database, unit: int) -> Any:
    """The unit's loans, its status and the trail's entries: what a refusal must leave."""
    with db.session() as s:
        return (
            s.scalars(select(Loan.id).where(Loan.unit_id == unit)).all(),
            s.get_one(AlarmUnit, unit).status,
            s.scalar(select(func.max(AuditEntry.id))),
        )


def _refused(error: DomainError, nothing_written: bool) -> Any:
    return (
        "refused",
        (type(error).__name__, str(error), getattr(error, "field", None)),
        nothing_written,
    )


def _loan_row(loan: Loan) -> dict[str, Any]:
    """The loan's columns, leaving out its id and the moments of writing."""
    left_out = ("id", "created_at", "updated_at", "version")
    return {c.key: getattr(loan, c.key) for c in Loan.__table__.columns if c.key not in left_out}


def _outcome(db: Database, request: LendInput, now: dt.datetime, one_trip: bool) -> Any:
    """How a lend ended: the refusal (its kind, message and field), or the result, the loan's
    row, its audit entry and the unit's status (ids and moments of writing left out)."""
    route = (
        contextlib.nullcontext()
        if one_trip
        else mock.patch.object(alarm_lending, "_presumed_loan", lambda *_args: None)
    )
    before = _written(db, request.unit_id)
    with route:
        try:
            lent = db.call(alarm_loans.lend, request, now=now)
        except DomainError as error:
            return _refused(error, _written(db, request.unit_id) == before)
    with db.session() as s:
        row = _loan_row(s.get_one(Loan, lent.loan_id))
        entries = s.scalars(
            select(AuditEntry.changes).where(
                AuditEntry.table_name == "alarm_loans", AuditEntry.record_id == str(lent.loan_id)
            )
        ).all()
        status = s.get_one(AlarmUnit, request.unit_id).status
    result = {k: v for k, v in vars(lent).items() if k != "loan_id"}
    return ("lent", result, row, entries, status)


# Weighted towards the everyday lend (repeated values), where the one statement writes.
IN, CHARGING, OUT, RETIRED = (
    UnitStatus.AVAILABLE,
    UnitStatus.CHARGING,
    UnitStatus.OUT_OF_SERVICE,
    UnitStatus.RETIRED,
)
states = st.fixed_dictionaries(
    {
        "status": st.sampled_from([IN, IN, IN, IN, CHARGING, OUT, RETIRED]),
        "kind": st.sampled_from([UnitKind.HOME_VISIT] * 3 + [UnitKind.HOME_LOAN]),
        "staff": st.sampled_from([True, True, True, False]),
        "course": st.sampled_from([True, True, True, False]),
        "validity": st.one_of(st.none(), st.integers(1, 36)),
        "attended": st.one_of(st.none(), st.tuples(st.integers(-2, 2), st.integers(-2, 2))),
        "setting": st.sampled_from([None, "warn", "block", "block", "nonsense"]),
        "open_loan": st.sampled_from([False, False, False, True]),
    }
)
requests = st.fixed_dictionaries(
    {
        "purpose": st.sampled_from([None, None, UnitKind.HOME_VISIT, UnitKind.HOME_LOAN]),
        "due_in": st.sampled_from([None, None, None, -1, 2, 24 * 20, 24 * 3]),  # hours from now
        "approver": st.sampled_from([None] * 6 + ["karin", "lars", "sara", "nobody"]),
        "initials": st.sampled_from([None, "ab", "ab", "ab", "1234567"]),
        "reason": st.sampled_from([None, "  Hembesök  "]),
    }
)


def _last_day(now: dt.datetime, validity: int, days: int) -> dict[str, Any]:
    """An everyday lend to staff whose training ran out ``days`` from ``now`` (0: today is its
    last valid day), the setting blocking."""
    state = {
        "status": IN,
        "kind": UnitKind.HOME_VISIT,
        "staff": True,
        "course": True,
        "validity": validity,
        "attended": (0, days),
        "setting": "block",
        "open_loan": False,
    }
    asked = {"purpose": None, "due_in": None, "approver": None, "initials": "ab", "reason": None}
    return {"state": state, "asked": asked, "now": now}


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(state=states, asked=requests, now=st.sampled_from(MOMENTS))
# The training's last valid day, and the day after, while the setting blocks lending.
@example(**_last_day(NOW, 12, 0))
@example(**_last_day(NOW, 12, -1))
@example(**_last_day(MOMENTS[3], 12, 0))  # 28 Feb 2027 + 12 months: 28 Feb 2028, not 29
@example(**_last_day(MOMENTS[4], 1, 0))  # 31 Dec + 1 month: 31 Jan
def test_one_statement_ends_every_lend_as_the_two_trip_route_does(
    pg: tuple[Database, Data], state: dict[str, Any], asked: dict[str, Any], now: dt.datetime
) -> None:
    db, data = pg
    if state["status"] is UnitStatus.RETIRED:
        state["open_loan"] = False  # the database refuses a retired unit's open loan
    ids = {**data.people, "nobody": 999_999}
    request = LendInput(
        data.units["LARM-01"],
        ids["lars"],
        purpose=asked["purpose"],
        due_at=None if asked["due_in"] is None else now + dt.timedelta(hours=asked["due_in"]),
        reason=asked["reason"],
        approved_by_id=None if asked["approver"] is None else ids[asked["approver"]],
        initials=asked["initials"],
    )
    _arrange(db, data, state, now)
    real = alarm_lending._lend_in_one_trip
    routes: list[str] = []

    def watched(*args: Any) -> Any:
        routes.append("refused by the one statement's facts")
        done = real(*args)
        routes[0] = "lent in one statement" if done else "left to the two-trip route"
        return done

    with mock.patch.object(alarm_lending, "_lend_in_one_trip", watched):
        one_trip = _outcome(db, request, now, one_trip=True)
    event(f"{one_trip[0]}, {routes[0] if routes else 'not tried in one statement'}")
    _arrange(db, data, state, now)
    two_trips = _outcome(db, request, now, one_trip=False)
    assert one_trip == two_trips


def _statements(db: Database, service: Any, *args: Any, **kwargs: Any) -> tuple[list[str], Any]:
    """The statements a lend or a return ran (by name) and how it ended."""
    names = {
        id(s): n for n, s in vars(loan_statements).items() if isinstance(s, direct_sql.Statement)
    }
    ran: list[str] = []
    real_first = direct_sql.Unit.first

    def first(self: direct_sql.Unit, statement: Any, values: Any = None) -> Any:
        ran.append(names.get(id(statement), "write"))
        return real_first(self, statement, values)

    with mock.patch.object(direct_sql.Unit, "first", first):
        try:
            ended: Any = db.call(service, *args, now=NOW, **kwargs)
        except DomainError as error:
            ended = error
    return ran, ended


def test_the_everyday_lend_and_its_refusals_take_one_statement(
    pg: tuple[Database, Data],
) -> None:
    """What the reception does all day is one statement; a lend the guard leaves (a charging
    unit) is lent by the two-trip route after it."""
    db, data = pg
    ran, lent = _statements(
        db, alarm_loans.lend, LendInput(data.units["LARM-01"], data.people["lena"])
    )
    assert ran == ["LEND_ONE_TRIP"] and lent.unit_code == "LARM-01"
    ran, refused = _statements(
        db, alarm_loans.lend, LendInput(data.units["LARM-02"], data.people["sara"])
    )
    assert ran == ["LEND_ONE_TRIP"] and "inte anställd" in str(refused)
    ran, refused = _statements(
        db, alarm_loans.lend, LendInput(data.units["LARM-01"], data.people["leif"])
    )
    assert ran == ["LEND_ONE_TRIP"] and "Lena Persson" in str(refused)
    with db.session() as s:
        settings_service.set_choice(s, TRAINING_SETTING, "block")
    ran, lent = _statements(
        db, alarm_loans.lend, LendInput(data.units["LARM-03"], data.people["karin"])
    )
    assert ran == ["LEND_ONE_TRIP"] and lent.training.valid, "trained: lent at once"
    ran, refused = _statements(
        db, alarm_loans.lend, LendInput(data.units["LARM-02"], data.people["lars"])
    )
    assert ran == ["LEND_ONE_TRIP"] and "spärrad" in str(refused)
    with db.session() as s:
        s.get_one(AlarmUnit, data.units["LARM-02"]).status = UnitStatus.CHARGING
    ran, lent = _statements(
        db, alarm_loans.lend, LendInput(data.units["LARM-02"], data.people["leif"])
    )
    assert ran == ["LEND_ONE_TRIP", "FACTS", "write"] and lent.unit_code == "LARM-02"
    with db.session() as s:
        assert s.get_one(AlarmUnit, data.units["LARM-02"]).status is UnitStatus.AVAILABLE


def _while_another_desk_writes(db: Database, change: Any, call: Any) -> list[Any]:
    """``call`` at this desk while another desk holds ``change`` uncommitted: it must wait for
    that desk's row lock (checked), and ends after the commit. How it ended: its result or
    its domain error."""
    outcome: list[Any] = []

    def desk() -> None:
        try:
            outcome.append(call())
        except DomainError as error:
            outcome.append(error)

    other = open_database(db.url, migrate=False)
    try:
        with other.engine.connect() as holding:
            holding.execute(change)
            waiting = threading.Thread(target=desk)
            waiting.start()
            time.sleep(0.5)
            assert not outcome, "it did not wait for the other desk"
            holding.commit()
        waiting.join(10)
    finally:
        other.dispose()
    return outcome


def test_a_unit_put_out_of_service_while_the_lend_waits_is_not_lent(
    pg: tuple[Database, Data],
) -> None:
    """Another desk holds the unit's row (putting it out of service) when the lend's statement
    starts: the statement waits, sees the status that desk committed and writes nothing; the
    lend says why. Its facts were read before that commit, so the rules alone would have lent."""
    db, data = pg
    unit = data.units["LARM-01"]
    out_of_service = update(AlarmUnit).where(AlarmUnit.id == unit)
    outcome = _while_another_desk_writes(
        db,
        out_of_service.values(status=UnitStatus.OUT_OF_SERVICE),
        lambda: db.call(alarm_loans.lend, LendInput(unit, data.people["lena"])),
    )
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError), outcome
    assert "ur drift" in str(outcome[0])
    with db.session() as s:
        assert s.scalar(select(Loan.id).where(Loan.unit_id == unit)) is None
        assert not s.scalars(select(AuditEntry).where(AuditEntry.table_name == "alarm_loans")).all()


# --- return ----------------------------------------------------------------------------------

returns = st.fixed_dictionaries(
    {
        "open_loan": st.sampled_from([True, True, True, False]),
        "status": st.sampled_from([IN, IN, IN, CHARGING, OUT]),
        "lent_ago": st.sampled_from([60, 60, -5]),  # minutes; -5: a desk whose clock runs ahead
        "odd_field": st.sampled_from(
            [None, None, None, "initials", "condition", "fault", "charge"]
        ),
        "fault": st.sampled_from([None, None, None, "Knappen fastnar", "x" * 2001]),
        "put_on_charge": st.sampled_from([False, False, False, True]),
        "initials": st.sampled_from([None, "nh", "nh", "1234567"]),
        "overdue": st.booleans(),
    }
)
ODD_FIELDS: dict[str, dict[str, object]] = {
    "initials": {"returned_by_initials": "XY"},
    "condition": {"return_condition_ok": False},
    "fault": {"fault_description": "Sprucket"},
    "charge": {"put_on_charge": True},
}


def _arrange_return(db: Database, data: Data, case: dict[str, Any]) -> None:
    unit = data.units["LARM-02"]
    with db.session() as s:
        s.execute(delete(UnitEvent).where(UnitEvent.unit_id == unit))
        s.execute(delete(Loan).where(Loan.unit_id == unit))
        s.execute(update(AlarmUnit).where(AlarmUnit.id == unit).values(status=case["status"]))
        if case["open_loan"]:
            out = NOW - dt.timedelta(minutes=case["lent_ago"])
            s.add(
                Loan(
                    unit_id=unit,
                    borrower_id=data.people["lena"],
                    purpose=UnitKind.HOME_VISIT,
                    out_at=out,
                    due_at=out + dt.timedelta(minutes=30 if case["overdue"] else 120),
                    **ODD_FIELDS.get(case["odd_field"], {}),
                )
            )


def _return_outcome(db: Database, data: Data, case: dict[str, Any], one_trip: bool) -> Any:
    unit = data.units["LARM-02"]
    route = (
        contextlib.nullcontext()
        if one_trip
        else mock.patch.object(alarm_returns, "_return_in_one_trip", lambda *_args: None)
    )
    before = _written(db, unit)
    with route:
        try:
            back = db.call(
                alarm_loans.return_unit,
                unit,
                fault=case["fault"],
                put_on_charge=case["put_on_charge"],
                initials=case["initials"],
                now=NOW,
            )
        except DomainError as error:
            return _refused(error, _written(db, unit) == before)
    with db.session() as s:
        row = _loan_row(s.get_one(Loan, back.loan_id))
        entries = s.execute(
            select(AuditEntry.table_name, AuditEntry.changes)
            .where(AuditEntry.id > (before[2] or 0), AuditEntry.action == AuditAction.UPDATE)
            .order_by(AuditEntry.id)
        ).all()
        events = s.scalars(select(UnitEvent.note).where(UnitEvent.unit_id == unit)).all()
        status = s.get_one(AlarmUnit, unit).status
    result = {k: v for k, v in vars(back).items() if k != "loan_id"}
    return ("returned", result, row, [tuple(e) for e in entries], events, status)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=returns)
def test_one_statement_ends_every_return_as_the_two_trip_route_does(
    pg: tuple[Database, Data], case: dict[str, Any]
) -> None:
    db, data = pg
    _arrange_return(db, data, case)
    one_trip = _return_outcome(db, data, case, one_trip=True)
    event(str(one_trip[0]))
    _arrange_return(db, data, case)
    assert one_trip == _return_outcome(db, data, case, one_trip=False)


def test_the_everyday_return_and_its_refusal_take_one_statement(
    pg: tuple[Database, Data],
) -> None:
    db, data = pg
    unit = data.units["LARM-01"]
    db.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
    ran, back = _statements(db, alarm_loans.return_unit, unit, initials="nh")
    assert ran == ["RETURN_ONE_TRIP"] and back.borrower == "Lena Persson"
    ran, refused = _statements(db, alarm_loans.return_unit, unit)
    assert ran == ["RETURN_ONE_TRIP"] and "inte utlånat" in str(refused)
    db.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
    ran, back = _statements(db, alarm_loans.return_unit, unit, put_on_charge=True)
    assert ran == ["RETURN_FACTS", "write"] and back.status is UnitStatus.CHARGING
    db.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
    ran, refused = _statements(db, alarm_loans.return_unit, unit, initials="1234567")
    assert ran == ["RETURN_FACTS"] and isinstance(refused, ValidationError)


def test_a_loan_taken_back_at_another_desk_while_the_return_waits_is_not_returned_twice(
    pg: tuple[Database, Data],
) -> None:
    """Two desks take the same unit back: the second waits for the first's row lock, then
    finds the loan closed and says so; one return, one entry."""
    db, data = pg
    unit = data.units["LARM-01"]
    lent = db.call(alarm_loans.lend, LendInput(unit, data.people["lena"]), now=NOW)
    outcome = _while_another_desk_writes(
        db,
        update(Loan).where(Loan.id == lent.loan_id).values(returned_at=NOW),
        lambda: db.call(alarm_loans.return_unit, unit),
    )
    assert len(outcome) == 1 and isinstance(outcome[0], ConflictError), outcome
    assert "inte utlånat" in str(outcome[0])
    with db.session() as s:
        updates = s.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "alarm_loans", AuditEntry.action == AuditAction.UPDATE
            )
        ).all()
        assert updates == []  # the other desk's raw update wrote none either
