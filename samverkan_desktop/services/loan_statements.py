"""The reception's hot statements (lend and return), written in SQLAlchemy Core and run through
direct_sql on the driver's connection: the facts a lend or a return decides on, and the writes
that re-check what the facts showed. The rules that read the facts are in ``alarm_loans``."""

from __future__ import annotations

import datetime as dt
import enum
from functools import cache
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Boolean,
    Date,
    Insert,
    Integer,
    Select,
    String,
    Table,
    Update,
    and_,
    bindparam,
    exists,
    false,
    func,
    insert,
    literal_column,
    null,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.sql import Executable

from samverkan_desktop import audit_statements, direct_sql
from samverkan_desktop.models import (
    AlarmUnit,
    Course,
    Loan,
    Person,
    Setting,
    TrainingAttendance,
    TrainingSession,
    UnitEvent,
    UnitKind,
)
from samverkan_desktop.models import UnitStatus as Status

UNITS = cast(Table, AlarmUnit.__table__)
LOANS = cast(Table, Loan.__table__)
LOAN_COLUMNS = (
    "unit_id",
    "borrower_id",
    "purpose",
    "reason",
    "out_at",
    "due_at",
    "lent_by_initials",
    "approved_by_id",
    "put_on_charge",
    "pseudonymised",
    "created_at",
    "updated_at",
)


def _named(fields: type[tuple[Any, ...]], *columns: Any) -> list[Any]:
    """The columns labelled with a NamedTuple's field names, in its order."""
    names: tuple[str, ...] = fields._fields  # type: ignore[attr-defined]
    return [column.label(name) for column, name in zip(columns, names, strict=True)]


class Facts(NamedTuple):
    """One row of FACTS, in its column order."""

    code: str
    kind: UnitKind
    status: Status
    open_loan_id: int | None
    open_out_at: dt.datetime | None
    holder: str | None  # who has the unit now (None: pseudonymised)
    borrower_id: int | None
    borrower_name: str
    borrower_is_staff: bool | None
    approver_id: int | None
    approver_name: str | None
    approver_is_staff: bool | None
    course: str | None
    validity_months: int | None
    attended: dt.date | None
    training_setting: str | None


def facts_query(_dialect: str) -> Select[Any]:
    """The unit, its open loan and who has it, the borrower, the approver, the borrower's
    latest alarm training and the training setting, in one row (none: no such unit)."""
    people = cast(Table, Person.__table__)
    courses = cast(Table, Course.__table__)
    attendances = cast(Table, TrainingAttendance.__table__)
    sessions = cast(Table, TrainingSession.__table__)
    stored = cast(Table, Setting.__table__)
    borrower, approver, holder = people.alias("borrower"), people.alias("approver"), people.alias()
    open_loan = LOANS.alias("open_loan")
    attended = (
        select(func.max(sessions.c.held_on))
        .select_from(attendances.join(sessions, sessions.c.id == attendances.c.session_id))
        .where(
            sessions.c.course_id == courses.c.id,
            attendances.c.person_id == bindparam("borrower_id"),
            sessions.c.held_on <= bindparam("today", type_=Date),  # one still to come: not yet
        )
        .scalar_subquery()
    )
    return (
        select(
            *_named(
                Facts,  # lend_one_trip's guard reads them by name
                UNITS.c.code,
                UNITS.c.kind,
                UNITS.c.status,
                open_loan.c.id,
                open_loan.c.out_at,
                holder.c.name,
                borrower.c.id,
                borrower.c.name,
                borrower.c.is_staff,
                approver.c.id,
                approver.c.name,
                approver.c.is_staff,
                courses.c.name,
                courses.c.validity_months,
                attended,
                stored.c.value,
            )
        )
        .select_from(
            UNITS.outerjoin(
                open_loan,
                and_(open_loan.c.unit_id == UNITS.c.id, open_loan.c.returned_at.is_(None)),
            )
            .outerjoin(holder, holder.c.id == open_loan.c.borrower_id)
            .outerjoin(borrower, borrower.c.id == bindparam("borrower_id"))
            .outerjoin(approver, approver.c.id == bindparam("approver_id", type_=Integer))
            .outerjoin(courses, courses.c.code == bindparam("course_code"))
            .outerjoin(stored, stored.c.key == bindparam("setting_key"))
        )
        .where(UNITS.c.id == bindparam("unit_id"))
    )


FACTS = direct_sql.Statement(facts_query)
# PostgreSQL: the unit's row lock, in a statement of its own so that the facts are read after a
# desk we waited for has committed (a locking read re-checks only the locked row, not the rows
# joined to it). A second desk lending the same unit waits here, then sees it on loan.
LOCK = direct_sql.Statement(
    lambda _d: select(UNITS.c.id).where(UNITS.c.id == bindparam("unit_id")).with_for_update()
)


# Conditional: changes the status only if it is still the one the facts showed (the lock makes
# that certain; the condition keeps a lend that skipped it from overwriting another's).
def status_update(_dialect: str) -> Update:
    return (
        update(UNITS)
        .where(UNITS.c.id == bindparam("unit"), UNITS.c.status == bindparam("seen_status"))
        .values(status=bindparam("new_status"), updated_at=bindparam("changed_at"))
    )


STATUS_UPDATE = direct_sql.Statement(status_update)


def loan_values() -> list[Any]:
    return [bindparam(name, type_=LOANS.c[name].type) for name in LOAN_COLUMNS]


def loan_insert(_dialect: str) -> Insert:
    """PostgreSQL's inline route (facts read without a lock): the loan, inserted only while
    the unit's status is the one the lend expects (``seen_status``), read with a share lock (a
    desk changing the unit meanwhile is waited for, then the status re-checked as committed).
    RETURNING the loan's id; no row when the unit changed meanwhile."""
    lendable = (
        select(*loan_values())
        .select_from(UNITS)
        .where(UNITS.c.id == bindparam("unit"), UNITS.c.status == bindparam("seen_status"))
        .with_for_update(read=True)
    )
    return insert(LOANS).from_select(list(LOAN_COLUMNS), lendable).returning(LOANS.c.id)


# The locked routes (SQLite's write lock, PostgreSQL's row lock: the facts are current): the
# loan as it is, no condition to evaluate (a tenth of the statement's time on SQLite).
LOAN_INSERT = direct_sql.Statement(
    lambda _d: (
        insert(LOANS)
        .values(dict(zip(LOAN_COLUMNS, loan_values(), strict=True)))
        .returning(LOANS.c.id)
    )
)


@cache
def lend_write(off_charge: bool) -> direct_sql.Statement:
    """PostgreSQL, a direct unit (the inline route): a lend's writes in one statement, one
    round trip: the loan (loan_insert: only if the unit is still as the facts showed) and its
    audit entry; ``off_charge``: a charging unit, whose status is first set to available
    (only if still charging) and so has an entry too. Returns the loan's id, or no row when
    the unit changed meanwhile. This takes the place of a separate row lock: the facts may be
    read before a desk lending the same unit commits, and then the unique index refuses the
    second open loan."""

    def build(_dialect: str) -> Executable:
        if not off_charge:
            loan = loan_insert(_dialect).cte("loan")
            return select(loan.c.id).add_cte(audit_statements.inline_insert([loan.c.id]))
        moved = status_update(_dialect).returning(UNITS.c.id).cte("moved")
        loan = (
            insert(LOANS)
            .from_select(list(LOAN_COLUMNS), select(*loan_values()).select_from(moved))
            .returning(LOANS.c.id)
            .cte("loan")
        )
        return select(loan.c.id).add_cte(audit_statements.inline_insert([loan.c.id, moved.c.id]))

    return direct_sql.Statement(build)


def _lend_one_trip(_dialect: str) -> Executable:
    """PostgreSQL, a direct unit: a lend in one statement, one round trip (autocommit). It
    reads the facts (FACTS) and, in the same statement, writes the loan and its audit entry
    if the facts are those of the reception's everyday lend: a unit in and not charging, for
    home visits unless the purpose is given; no open loan; the borrower staff; the alarm
    training valid or not required by the setting. Returns the facts and the loan's id (None:
    not written). The loan's values (``purpose``: home visit, no approver) and its entry are
    the caller's, made before the facts are known (alarm_lend_rules._presumed_loan); the caller
    then applies every rule to the facts: a loan written must be one the rules allow (the
    guard below allows less than they do; tests/core/test_lend_one_trip.py compares both
    routes), and a loan not written is either refused by the rules or lent by the two-trip
    route. The unit's row is read with a share lock, in the facts themselves (a desk changing
    it meanwhile is waited for, and its status read as that desk left it; the other facts are
    as the statement found them), and the partial unique index refuses a second open loan.
    The everyday values are written into the statement's text: fewer parameters to send."""
    facts = facts_query(_dialect).with_for_update(read=True, of=UNITS).cte("facts")
    today = bindparam("today", type_=Date)
    training_valid = and_(
        facts.c.attended.is_not(None),
        or_(
            facts.c.validity_months.is_(None),
            # training.valid_until's months (relativedelta): the month's last day at most
            facts.c.attended + facts.c.validity_months * literal_column("interval '1 month'")
            >= today,
        ),
    )
    lendable = (
        select(*loan_values())
        .select_from(facts)
        .where(
            facts.c.status == _text(Status.AVAILABLE),
            or_(
                bindparam("purpose_given", type_=Boolean),
                facts.c.kind == _text(UnitKind.HOME_VISIT),
            ),
            facts.c.open_loan_id.is_(None),
            facts.c.borrower_is_staff.is_(True),
            or_(
                facts.c.course.is_(None),
                facts.c.training_setting.is_distinct_from(_text("block")),  # the default: warn
                training_valid,
            ),
        )
    )
    loan = insert(LOANS).from_select(list(LOAN_COLUMNS), lendable).returning(LOANS.c.id).cte("loan")
    return select(*facts.c, select(loan.c.id).scalar_subquery()).add_cte(
        audit_statements.inline_insert([loan.c.id])
    )


def _text(value: str | enum.Enum) -> Any:
    """A constant written into the statement (a code's own word: no quoting needed)."""
    text = value.value if isinstance(value, enum.Enum) else value
    assert text.replace("_", "").isalnum(), text
    return literal_column(f"'{text}'")


LEND_ONE_TRIP = direct_sql.Statement(_lend_one_trip)


class ReturnFacts(NamedTuple):
    """One row of RETURN_FACTS, in its column order."""

    code: str
    status: Status
    loan_id: int | None  # the open loan (None: the unit is not on loan)
    out_at: dt.datetime | None
    due_at: dt.datetime | None
    returned_by_initials: str | None
    return_condition_ok: bool | None
    fault_description: str | None
    put_on_charge: bool | None
    borrower: str | None


def return_facts_query(_dialect: str) -> Select[Any]:
    people = cast(Table, Person.__table__)
    loan = LOANS.alias("open_loan")
    return (
        select(
            *_named(
                ReturnFacts,  # return_one_trip's guard reads them by name
                UNITS.c.code,
                UNITS.c.status,
                loan.c.id,
                loan.c.out_at,
                loan.c.due_at,
                loan.c.returned_by_initials,
                loan.c.return_condition_ok,
                loan.c.fault_description,
                loan.c.put_on_charge,
                people.c.name,
            )
        )
        .select_from(
            UNITS.outerjoin(
                loan, and_(loan.c.unit_id == UNITS.c.id, loan.c.returned_at.is_(None))
            ).outerjoin(people, people.c.id == loan.c.borrower_id)
        )
        .where(UNITS.c.id == bindparam("unit_id"))
    )


RETURN_FACTS = direct_sql.Statement(return_facts_query)
RETURN_FIELDS = (
    "returned_at",
    "returned_by_initials",
    "return_condition_ok",
    "fault_description",
    "put_on_charge",
)
# Conditional like the status: only a loan that is still open is returned.


def loan_return(_dialect: str) -> Update:
    return (
        update(LOANS)
        .where(LOANS.c.id == bindparam("loan"), LOANS.c.returned_at.is_(None))
        .values(
            {name: bindparam(name, type_=LOANS.c[name].type) for name in RETURN_FIELDS}
            | {"updated_at": bindparam("changed_at")}
        )
    )


LOAN_RETURN = direct_sql.Statement(loan_return)
EVENTS = cast(Table, UnitEvent.__table__)
EVENT_COLUMNS = ("unit_id", "kind", "occurred_at", "note", "initials", "loan_id")
EVENT_INSERT = direct_sql.Statement(
    lambda _d: (
        insert(EVENTS)
        .values({name: bindparam(name, type_=EVENTS.c[name].type) for name in EVENT_COLUMNS})
        .returning(EVENTS.c.id)
    )
)


@cache
def return_write(entries: tuple[str, ...]) -> direct_sql.Statement:
    """PostgreSQL, a direct unit (the inline route, as lend_write): a return's writes in one
    statement. The loan is closed only if it is still open; when the unit's status changes
    (on charge, out of service: an "alarm_units" entry) it is set only if it is still the one
    read (the UPDATE waits for a desk holding the row, then re-checks) and the loan closed
    only then; a fault's service event and the audit entries only with them. ``entries``: the
    tables of the audit rows, in their order. One row when done, none when changed meanwhile
    (then nothing must stand: the caller rolls back; with a status change the statement can
    half succeed, the status set and the loan closed meanwhile at another desk, so that one
    runs in a transaction)."""

    def build(_dialect: str) -> Executable:
        closing = loan_return(_dialect)
        sources = {}
        if "alarm_units" in entries:  # the unit's status changes: only if still as read
            moved = status_update(_dialect).returning(UNITS.c.id).cte("moved")
            closing = closing.where(exists(select(moved.c.id)))
            sources["alarm_units"] = moved.c.id
        closed = closing.returning(LOANS.c.id).cte("closed")
        sources["alarm_loans"] = closed.c.id
        if "alarm_unit_events" in entries:
            event = (
                insert(EVENTS)
                .from_select(
                    list(EVENT_COLUMNS),
                    select(
                        *(bindparam(name, type_=EVENTS.c[name].type) for name in EVENT_COLUMNS)
                    ).select_from(closed),
                )
                .returning(EVENTS.c.id)
                .cte("event")
            )
            sources["alarm_unit_events"] = event.c.id
        trail = audit_statements.inline_insert([sources[table] for table in entries])
        return select(closed.c.id).add_cte(trail)

    return direct_sql.Statement(build)


def _return_one_trip(_dialect: str) -> Executable:
    """PostgreSQL, a direct unit: the everyday return in one statement, one round trip
    (autocommit), as lend_one_trip is the everyday lend's. It reads the facts (RETURN_FACTS)
    and closes the open loan, with its audit entry, if the return changes nothing but the loan:
    no fault, not put on charge (the caller's request), the unit's status "available" (it
    stays so), the loan lent before this moment (``returned_at``; a desk whose clock runs
    behind takes the two-trip route) and its return fields as a loan that was never returned
    has them (the entry's old values, made by the caller beforehand). Returns the facts and
    the closed loan's id (None: not closed; the caller says why, or takes the two-trip
    route). Only a loan still open is closed: a desk returning it meanwhile is waited for."""
    facts = return_facts_query(_dialect).cte("facts")
    closed = (
        update(LOANS)
        .where(
            LOANS.c.id == facts.c.loan_id,
            LOANS.c.returned_at.is_(None),
            facts.c.status == _text(Status.AVAILABLE),
            facts.c.out_at <= bindparam("returned_at", type_=LOANS.c.returned_at.type),
            facts.c.returned_by_initials.is_(None),
            facts.c.return_condition_ok.is_(None),
            facts.c.fault_description.is_(None),
            facts.c.put_on_charge.is_not(True),
        )
        .values(
            returned_at=bindparam("returned_at", type_=LOANS.c.returned_at.type),
            returned_by_initials=bindparam("returned_by_initials", type_=String),
            return_condition_ok=true(),
            fault_description=null(),
            put_on_charge=false(),
            updated_at=bindparam("changed_at", type_=LOANS.c.updated_at.type),
        )
        .returning(LOANS.c.id)
        .cte("closed")
    )
    return select(*facts.c, select(closed.c.id).scalar_subquery()).add_cte(
        audit_statements.inline_insert([closed.c.id])
    )


RETURN_ONE_TRIP = direct_sql.Statement(_return_one_trip)
