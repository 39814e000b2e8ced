"""Lending alarm units and taking them back: the reception's use cases. The loan lists and the
Overview card are in ``alarm_history``.

Call ``lend``, ``return_unit`` and ``undo_loan_action`` each in a unit of work of its own
(``db.call(lend, data)``): on SQLite they take the write lock with their first statement.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import (
    select,
)
from sqlalchemy.orm import Session

from samverkan_desktop import audit_trail, direct_sql
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.formatting import display_datetime, local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AlarmUnit,
    AuditAction,
    Loan,
    Person,
    UnitEvent,
    UnitEventKind,
    UnitKind,
)
from samverkan_desktop.models import UnitStatus as Status
from samverkan_desktop.recurrence.days import next_working_day
from samverkan_desktop.services import loan_statements as loan_sql
from samverkan_desktop.services import settings, training
from samverkan_desktop.services.alarms import (
    at_local,
    clean_initials,
    lock_unit,
    now_utc,
    to_utc,
    user_datetime,
)
from samverkan_desktop.services.training import TrainingStatus
from samverkan_desktop.services.validation import clean, get_or_raise

HOME_VISIT_DUE = dt.time(17, 0)  # a home-visit unit is back by 17.00 the same day
RECEPTION_OPENS = dt.time(9, 0)
# The latest a home-visit unit may be due: a visit over a long weekend or a short trip, no more.
HOME_VISIT_LONGEST = dt.timedelta(days=14)
# How long after a lend or a return the reception's "undo" still works. The reception offers it
# that long, less a few seconds (its timer starts a moment after the service's clock).
UNDO_WINDOW = dt.timedelta(minutes=2)
TRAINING_SETTING = "alarms.training_required"


class UndoneAction(enum.Enum):
    LEND = "lend"
    RETURN = "return"


@dataclass(frozen=True)
class LendInput:
    """Naive ``due_at`` values are Stockholm local time."""

    unit_id: int
    borrower_id: int
    purpose: UnitKind | None = None  # default: what the unit is for
    due_at: dt.datetime | None = None  # default for a home visit: see default_due_at()
    reason: str | None = None  # sensitive for a home loan; never shown at the reception
    approved_by_id: int | None = None  # required for a home loan
    initials: str | None = None  # the receptionist's


@dataclass(frozen=True)
class LendResult:
    loan_id: int
    unit_id: int
    unit_code: str
    borrower_id: int
    borrower: str
    purpose: UnitKind
    out_at: dt.datetime
    due_at: dt.datetime
    training: TrainingStatus | None  # None when no alarm training course is registered
    warning: str | None  # e.g. the training has expired (setting "warn")

    @property
    def training_valid_until(self) -> dt.date | None:
        return self.training.valid_until if self.training else None


@dataclass(frozen=True)
class ReturnResult:
    loan_id: int
    unit_id: int
    unit_code: str
    borrower: str | None
    returned_at: dt.datetime
    status: Status  # the unit's status now: available, charging or out of service
    was_overdue: bool


@dataclass(frozen=True)
class UndoResult:
    loan_id: int
    unit_id: int
    unit_code: str
    undone: UndoneAction
    status: Status


def default_due_at(purpose: UnitKind, now: dt.datetime | None = None) -> dt.datetime | None:
    """When a unit lent now is due back, unless the receptionist says otherwise.

    Home visit: today 17.00. Lent at or after 17.00 the unit cannot come back to a closed
    reception, so it is due when the reception opens on the next working day (09.00): not on
    a public holiday, midsummer's, Christmas or New Year's eve, when it stays closed.
    Home loan: no default; the end is decided with the approving manager.
    """
    if purpose is UnitKind.HOME_LOAN:
        return None
    here = local(now_utc(now))
    if here.time() < HOME_VISIT_DUE:
        return at_local(here.date(), HOME_VISIT_DUE)
    return at_local(next_working_day(here.date()), RECEPTION_OPENS)


def due_on(day: dt.date) -> dt.datetime:
    """The due time for a loan ending on ``day`` (a home loan's end date): 17.00 that day."""
    return at_local(day, HOME_VISIT_DUE)


_WRITE_LOCK_SQL = "UPDATE alarm_units SET id = id WHERE 0"


def take_write_lock(session: Session) -> None:
    """On SQLite, make this unit of work a writer from its first statement (what BEGIN
    IMMEDIATE does). In WAL mode a transaction that has read and then writes after another desk
    committed fails at once with "database is locked" (a stale snapshot; the busy timeout does
    not help). Writing first makes a second desk wait its turn and then read fresh data.
    PostgreSQL needs nothing here: the row lock (alarms.lock_unit) and the unique index do the
    work."""
    if session.get_bind().dialect.name == "sqlite":
        session.flush()  # pending changes first, as a statement through the session would
        session.connection().exec_driver_sql(_WRITE_LOCK_SQL)  # no compiling: a plain string


def _open_loan(session: Session, unit_id: int) -> Loan | None:
    return session.scalars(
        select(Loan)
        .where(Loan.unit_id == unit_id, Loan.returned_at.is_(None))
        .execution_options(populate_existing=True)
    ).first()


def out_message(session: Session, code: str, loan: Loan) -> str:
    """ "LARM-03 is on loan to Lena Persson since 2026-11-22 08.14." (Stockholm time)"""
    person = session.get(Person, loan.borrower_id) if loan.borrower_id else None
    return _out_message(code, person.name if person else None, loan.out_at)


def _out_message(code: str, name: str | None, out_at: dt.datetime) -> str:
    return _("{code} is on loan to {name} since {time}.").format(
        code=code,
        name=name if name is not None else _("(pseudonymised)"),
        time=display_datetime(to_utc(out_at)),  # a sentence: the Swedish clock, CLI too
    )


def _training_status(
    name: str,
    course: str | None,
    validity_months: int | None,
    attended: dt.date | None,
    at: dt.datetime,
    stored_setting: str | None,
) -> tuple[TrainingStatus | None, str | None]:
    """The borrower's alarm training (course None: no such course registered, no check); a
    ValidationError when it is not valid and the setting blocks lending, else a warning."""
    if course is None:
        return None, None
    status = training.status_from(course, attended, validity_months, local(at).date())
    if status.valid:
        return status, None
    if status.last_attended is None:
        message = _("{name} has not attended the alarm training.").format(name=name)
    else:
        message = _("{name}'s alarm training expired on {date}.").format(
            name=name, date=status.valid_until.isoformat() if status.valid_until else ""
        )
    if _training_setting(stored_setting) == "block":
        raise ValidationError(
            message + " " + _("Lending is blocked until the training is renewed."),
            field="borrower_id",
        )
    return status, message


def _training_setting(stored: str | None) -> str:
    # settings.get_choice for a value read with the lend's facts (no query of its own).
    spec = settings.SPECS[TRAINING_SETTING]
    assert isinstance(spec, settings.ChoiceSpec)
    return stored if stored in {value for value, _label in spec.choices} else spec.default


# --- lend: the reception's hot path -----------------------------------------------------------
# Run on the driver's connection (direct_sql: no Session, no per-statement SQLAlchemy
# execution, SQL text compiled once). ``db.call(lend, ...)`` takes this route in a transaction
# of its own; ``lend(session, ...)`` runs the same code in the session's transaction.
# - PostgreSQL, db.call (the inline route, in autocommit): the everyday lend (a unit in, for a
#   home visit, to trained staff) and return (no fault, not on charge) are one statement each
#   (loan_sql.LEND_ONE_TRIP, RETURN_ONE_TRIP): the facts, and the write with its audit entry
#   if the facts are the everyday ones; it commits as it runs. The rules then read the facts:
#   a refusal is said from them; anything else the guard left (a charging unit, a home loan)
#   takes the two-trip route: one query for every fact, then one statement for the unit's
#   status, the loan and their entries (loan_sql.lend_write, return_write). Statement by
#   statement took eight round trips; 20 desks share 2 CPUs, and each round trip wakes the
#   desk and its server process. The change notification goes out from the Database's
#   announcer thread. A return that changes the unit's status writes in a transaction.
# - SQLite, and a Session on either: the write lock (SQLite) or the row lock (PostgreSQL), the
#   facts, the loan (RETURNING its id), the audit entry, the commit. The unit's row is written
#   only when its own status changes (a charging unit lent; a return putting it on charge or
#   out of service): "on loan" is its open loan (migration 0015).

_UNIT_MAPPER = sa_inspect(AlarmUnit)


def _lend_inline(
    unit: direct_sql.Unit,
    values: dict[str, Any],
    seen: Status,
    at: dt.datetime,
    changed: tuple[audit_trail.Change, ...],
) -> int:
    rows = unit.trail_rows(*changed)  # the unit's entry only if its status changes
    loan = unit.first(
        loan_sql.lend_write(len(rows) == 2),
        {
            **values,
            "created_at": at,
            "updated_at": at,
            "unit": values["unit_id"],
            "seen_status": seen,
            "new_status": Status.AVAILABLE,
            "changed_at": at,
            **audit_trail.inline_parameters(rows),
        },
    )
    if loan is None:
        raise _UnitMoved
    return int(loan[0])


def _lend_by_statements(
    unit: direct_sql.Unit, values: dict[str, Any], seen: Status, at: dt.datetime
) -> int:
    """SQLite, and a Session on either database (the unit is locked: its facts are current,
    _take_unit): a charging unit's status (conditional all the same), then the loan; the trail
    is written by the caller."""
    if seen is Status.CHARGING:
        moved = unit.send(
            loan_sql.STATUS_UPDATE,
            {
                "unit": values["unit_id"],
                "seen_status": seen,
                "new_status": Status.AVAILABLE,
                "changed_at": at,
            },
        )
        if moved.rowcount != 1:
            raise _UnitMoved
    loan = unit.first(loan_sql.LOAN_INSERT, {**values, "created_at": at, "updated_at": at})
    assert loan is not None
    return int(loan[0])


class _UnitMoved(Exception):
    """The conditional status update matched no row: the unit changed under this lend."""


def _check_staff(
    person_id: int | None, is_staff: bool | None, name: str | None, field: str, not_staff: str
) -> None:
    if person_id is None:
        raise ValidationError(_("The chosen person no longer exists."), field=field)
    if not is_staff:
        raise ValidationError(not_staff.format(name=name), field=field)


def _expire_unit(session: Session, unit_id: int) -> None:
    # The unit was changed with a Core statement: a copy loaded earlier in this session must
    # read its new status.
    unit = session.identity_map.get(_UNIT_MAPPER.identity_key_from_primary_key((unit_id,)))
    if unit is not None:
        session.expire(unit)


def _read_facts(unit: direct_sql.Unit, data: LendInput, at: dt.datetime) -> loan_sql.Facts:
    row = unit.first(loan_sql.FACTS, _facts_parameters(data, at))
    if row is None:
        raise NotFoundError(_("The alarm unit no longer exists."))
    return loan_sql.Facts(*row)


def _take_unit(unit: direct_sql.Unit, unit_id: int) -> None:
    """Before the facts are read: SQLite's write lock; PostgreSQL's row lock, except on the
    inline route, whose one conditional statement locks, re-checks and writes (see
    loan_sql.lend_write)."""
    if unit.is_sqlite:
        unit.write_lock()
    elif not unit.inline_trail:
        unit.send(loan_sql.LOCK, {"unit_id": unit_id})


class _Decision(NamedTuple):
    """What the rules make of a lend's facts: the loan's values, the borrower's training."""

    values: dict[str, Any]
    training: TrainingStatus | None
    warning: str | None  # e.g. the training has expired (setting "warn")


def _loan_values(
    data: LendInput,
    borrower_id: int | None,
    purpose: UnitKind,
    due: dt.datetime,
    initials: str | None,
    approver_id: int | None,
    at: dt.datetime,
) -> dict[str, Any]:
    return {
        "unit_id": data.unit_id,
        "borrower_id": borrower_id,
        "purpose": purpose,
        "reason": clean(data.reason),
        "out_at": at,
        "due_at": due,
        "lent_by_initials": initials,
        "approved_by_id": approver_id,
        "put_on_charge": False,
        "pseudonymised": False,
    }


def _decide(facts: loan_sql.Facts, data: LendInput, at: dt.datetime) -> _Decision:
    """Every rule of a lend, applied to its facts: the refusal they call for, or the loan."""
    code, kind, unit_status = facts.code, UnitKind(facts.kind), Status(facts.status)
    if facts.open_loan_id is not None:
        assert facts.open_out_at is not None
        raise ConflictError(_out_message(code, facts.holder, facts.open_out_at))
    if unit_status is Status.RETIRED:
        raise ConflictError(_("{code} is retired and cannot be lent.").format(code=code))
    if unit_status is Status.OUT_OF_SERVICE:
        raise ConflictError(_("{code} is out of service and cannot be lent.").format(code=code))
    _check_staff(
        facts.borrower_id,
        facts.borrower_is_staff,
        facts.borrower_name,
        "borrower_id",
        _("{name} is not staff of the district and cannot borrow an alarm."),
    )
    purpose = data.purpose or kind
    if purpose is UnitKind.HOME_LOAN:
        if data.due_at is None:
            raise ValidationError(_("A home loan needs an end date."), field="due_at")
        if data.approved_by_id is None:
            raise ValidationError(
                _("A home loan needs the manager who approved it."), field="approved_by_id"
            )
    if data.approved_by_id is not None:
        _check_staff(
            facts.approver_id,
            facts.approver_is_staff,
            facts.approver_name,
            "approved_by_id",
            _("{name} is not staff of the district and cannot approve a home loan."),
        )
        if facts.approver_id == facts.borrower_id:
            raise ValidationError(
                _("A borrower cannot approve their own home loan."), field="approved_by_id"
            )
    due = _due(data, purpose, at)
    if due <= at:
        raise ValidationError(_("The time it is due back must be later than now."), field="due_at")
    if purpose is UnitKind.HOME_VISIT and due > at + HOME_VISIT_LONGEST:
        # A visit's unit comes back within days; a far date is a slip (2027 for 2026) that
        # would keep the loan from ever counting as late.
        raise ValidationError(
            _(
                "A unit for home visits comes back within {days} days (by {latest}). For a "
                "longer loan, lend a unit for home loans, approved by a manager."
            ).format(days=HOME_VISIT_LONGEST.days, latest=local(at + HOME_VISIT_LONGEST).date()),
            field="due_at",
        )
    status, warning = _training_status(
        facts.borrower_name,
        facts.course,
        facts.validity_months,
        facts.attended,
        at,
        facts.training_setting,
    )
    initials = clean_initials(data.initials)
    values = _loan_values(data, facts.borrower_id, purpose, due, initials, facts.approver_id, at)
    return _Decision(values, status, warning)


def _due(data: LendInput, purpose: UnitKind, at: dt.datetime) -> dt.datetime:
    due = user_datetime(data.due_at) if data.due_at else default_due_at(purpose, at)
    assert due is not None  # a home loan without an end is refused before
    return due


def _presumed_loan(data: LendInput, at: dt.datetime) -> dict[str, Any] | None:
    """The loan the reception's everyday lend makes, from the request alone (a unit for a home
    visit, no approver; the rules' checks that need no facts passed): what lend_one_trip
    writes if its facts allow. None: a lend this route leaves to the two-trip one, where the
    rules say what is wrong in their own order."""
    if data.approved_by_id is not None or data.purpose is UnitKind.HOME_LOAN:
        return None
    purpose = UnitKind.HOME_VISIT
    due = _due(data, purpose, at)
    if due <= at or due > at + HOME_VISIT_LONGEST:
        return None
    try:
        initials = clean_initials(data.initials)
    except ValidationError:
        return None
    return _loan_values(data, data.borrower_id, purpose, due, initials, None, at)


def _facts_parameters(data: LendInput, at: dt.datetime) -> dict[str, Any]:
    return {
        "today": local(at).date(),
        "unit_id": data.unit_id,
        "borrower_id": data.borrower_id,
        "approver_id": data.approved_by_id,
        "course_code": training.ALARM_COURSE_CODE,
        "setting_key": TRAINING_SETTING,
    }


def _lend_in_one_trip(
    unit: direct_sql.Unit, data: LendInput, values: dict[str, Any], at: dt.datetime
) -> LendResult | None:
    """PostgreSQL, db.call: the facts and the write in one statement (lend_one_trip). None:
    the rules allow a loan its guard did not write (e.g. a charging unit, a home-loan unit):
    the two-trip route lends it."""
    entry = audit_trail.Change(
        Loan, None, AuditAction.INSERT, {k: (None, v) for k, v in values.items()}
    )
    try:
        row = unit.first(
            loan_sql.LEND_ONE_TRIP,
            {
                **_facts_parameters(data, at),
                **values,
                "created_at": at,
                "updated_at": at,
                "purpose_given": data.purpose is not None,
                **audit_trail.inline_parameters(unit.trail_rows(entry)),
            },
        )
    except unit.integrity_error as error:  # another desk lent the unit meanwhile
        unit.rollback()
        raise _failed_lend(unit, data) from error
    if row is None:
        raise NotFoundError(_("The alarm unit no longer exists."))
    facts, loan_id = loan_sql.Facts(*row[:-1]), row[-1]
    decision = _decide(facts, data, at)  # a refusal the facts call for (nothing was written)
    if loan_id is None:
        return None
    # The guard lends only what the rules allow, as presumed (tests/core/test_lend_one_trip.py).
    assert decision.values == values, (decision.values, values)
    unit.changed("alarm_loans")
    return _result(int(loan_id), facts, decision)


def _result(loan_id: int, facts: loan_sql.Facts, decision: _Decision) -> LendResult:
    values = decision.values
    assert facts.borrower_id is not None
    return LendResult(
        loan_id=loan_id,
        unit_id=values["unit_id"],
        unit_code=facts.code,
        borrower_id=facts.borrower_id,
        borrower=facts.borrower_name,
        purpose=values["purpose"],
        out_at=values["out_at"],
        due_at=values["due_at"],
        training=decision.training,
        warning=decision.warning,
    )


def _lend(unit: direct_sql.Unit, data: LendInput, now: dt.datetime | None = None) -> LendResult:
    at = now_utc(now)
    if unit.inline_trail and (presumed := _presumed_loan(data, at)) is not None:
        done = _lend_in_one_trip(unit, data, presumed, at)
        if done is not None:
            return done
    _take_unit(unit, data.unit_id)
    facts = _read_facts(unit, data, at)
    decision = _decide(facts, data, at)
    values, unit_status = decision.values, Status(facts.status)

    # "On loan" is the open loan itself (migration 0015): an available unit's row is not
    # written. A unit taken off its charger is no longer charging: it comes back available,
    # charging again or out of service, as its return says.
    taken_off_charge = unit_status is Status.CHARGING

    def changed(loan_id: int | None) -> tuple[audit_trail.Change, ...]:
        loan = audit_trail.Change(
            Loan, loan_id, AuditAction.INSERT, {k: (None, v) for k, v in values.items()}
        )
        if not taken_off_charge:
            return (loan,)
        status = {"status": (unit_status, Status.AVAILABLE)}
        return (loan, audit_trail.Change(AlarmUnit, data.unit_id, AuditAction.UPDATE, status))

    try:
        if unit.inline_trail:
            loan_id = _lend_inline(unit, values, unit_status, at, changed(None))
        else:
            loan_id = _lend_by_statements(unit, values, unit_status, at)
    except (unit.integrity_error, _UnitMoved) as error:
        # Another desk won the race: the partial unique index (one open loan per unit), the
        # "not retired" trigger or the conditional update had the final word. Say who has the
        # unit now.
        unit.rollback()
        raise _failed_lend(unit, data) from error
    if not unit.inline_trail:  # the trail, written by the commit
        unit.audit(*changed(loan_id))
    unit.changed("alarm_loans", *(["alarm_units"] if taken_off_charge else []))
    return _result(loan_id, facts, decision)


@direct_sql.direct(_lend, autocommit=True)
def lend(session: Session, data: LendInput, now: dt.datetime | None = None) -> LendResult:
    """Lend a unit: checks the unit is in, the borrower is staff (with valid alarm training,
    by the setting), and for a home loan the end and the approving manager. The loan (and a
    charging unit's new status) is audited in the same transaction. "On loan" is the open
    loan: an available unit's row is not written."""
    result = _lend(direct_sql.SessionUnit(session, take_write_lock), data, now)
    _expire_unit(session, data.unit_id)
    return result


def _failed_lend(unit: direct_sql.Unit, data: LendInput) -> ConflictError:
    """After a lost race (rolled back): the facts as they are now."""
    facts = _read_facts(unit, data, now_utc())
    code = facts.code
    if facts.open_loan_id is not None and facts.open_out_at is not None:
        return ConflictError(_out_message(code, facts.holder, facts.open_out_at))
    if facts.status is Status.RETIRED:
        return ConflictError(_("{code} is retired and cannot be lent.").format(code=code))
    if facts.status is Status.OUT_OF_SERVICE:
        return ConflictError(_("{code} is out of service and cannot be lent.").format(code=code))
    return ConflictError(
        _("{code} could not be lent: it was changed at another desk. Try again.").format(code=code)
    )


# --- return: the reception's other hot path (the same route as lend, see above) -------------


def _read_return_facts(unit: direct_sql.Unit, unit_id: int) -> loan_sql.ReturnFacts:
    row = unit.first(loan_sql.RETURN_FACTS, {"unit_id": unit_id})
    if row is None:
        raise NotFoundError(_("The alarm unit no longer exists."))
    return loan_sql.ReturnFacts(*row)


def _failed_return(unit: direct_sql.Unit, unit_id: int, code: str) -> ConflictError:
    """After a conditional update found the unit or the loan changed (rolled back): taken
    back at another desk meanwhile, or changed otherwise."""
    if _read_return_facts(unit, unit_id).loan_id is None:
        return ConflictError(_("{code} is not on loan.").format(code=code))
    return ConflictError(
        _("{code} could not be taken back: it was changed at another desk. Try again.")
        .format(code=code)
    )  # fmt: skip


def _return_in_one_trip(
    unit: direct_sql.Unit, unit_id: int, initials: str | None, at: dt.datetime
) -> ReturnResult | None:
    """PostgreSQL, db.call: the everyday return (no fault, not on charge) in one statement
    (return_one_trip). None: a return its guard did not make (the unit's status would change,
    a loan lent "later" by a desk whose clock runs ahead, ...): the two-trip route makes it."""
    try:
        returned_by = clean_initials(initials)
    except ValidationError:
        return None  # said by the two-trip route, after "not on loan"
    fields = {  # as a loan never returned has them: the guard makes sure
        "returned_at": (None, at),
        "returned_by_initials": (None, returned_by),
        "return_condition_ok": (None, True),
        "fault_description": (None, None),
        "put_on_charge": (False, False),
    }
    entry = audit_trail.Change(Loan, None, AuditAction.UPDATE, fields)
    row = unit.first(
        loan_sql.RETURN_ONE_TRIP,
        {
            "unit_id": unit_id,
            "changed_at": at,
            **{name: new for name, (_old, new) in fields.items()},
            **audit_trail.inline_parameters(unit.trail_rows(entry)),
        },
    )
    if row is None:
        raise NotFoundError(_("The alarm unit no longer exists."))
    facts, closed = loan_sql.ReturnFacts(*row[:-1]), row[-1]
    if facts.loan_id is None:
        raise ConflictError(_("{code} is not on loan.").format(code=facts.code))
    if closed is None:
        return None
    assert facts.due_at is not None
    unit.changed("alarm_loans")
    return ReturnResult(
        loan_id=facts.loan_id,
        unit_id=unit_id,
        unit_code=facts.code,
        borrower=facts.borrower,
        returned_at=at,
        status=Status.AVAILABLE,
        was_overdue=to_utc(facts.due_at) < at,
    )


def _return(
    unit: direct_sql.Unit,
    unit_id: int,
    *,
    fault: str | None = None,
    put_on_charge: bool = False,
    initials: str | None = None,
    now: dt.datetime | None = None,
) -> ReturnResult:
    at = now_utc(now)
    if unit.inline_trail and fault is None and not put_on_charge:
        everyday = _return_in_one_trip(unit, unit_id, initials, at)
        if everyday is not None:
            return everyday
    _take_unit(unit, unit_id)
    facts = _read_return_facts(unit, unit_id)
    code, old_status = facts.code, Status(facts.status)
    if facts.loan_id is None:
        raise ConflictError(_("{code} is not on loan.").format(code=code))
    assert facts.out_at is not None and facts.due_at is not None
    fault = clean(fault)
    if fault is not None and len(fault) > 2000:
        raise ValidationError(_("The fault description is too long."), field="fault")
    # Two desks' clocks may differ by seconds: never record a return before the lending.
    returned = max(at, to_utc(facts.out_at))
    returned_by = clean_initials(initials)
    if fault is not None:
        new_status = Status.OUT_OF_SERVICE
    elif put_on_charge:
        new_status = Status.CHARGING
    else:
        new_status = Status.AVAILABLE
    fields = {
        "returned_at": (None, returned),
        "returned_by_initials": (facts.returned_by_initials, returned_by),
        "return_condition_ok": (facts.return_condition_ok, fault is None),
        "fault_description": (facts.fault_description, fault),
        "put_on_charge": (bool(facts.put_on_charge), put_on_charge),
    }
    event = {
        "unit_id": unit_id,
        "kind": UnitEventKind.FAULT,
        "occurred_at": returned,
        "note": fault,
        "initials": returned_by,
        "loan_id": facts.loan_id,
    }
    changed = [audit_trail.Change(Loan, facts.loan_id, AuditAction.UPDATE, fields)]
    moves = new_status is not old_status  # back to available: the unit's row stays as it is
    if moves:
        changed.append(
            audit_trail.Change(
                AlarmUnit, unit_id, AuditAction.UPDATE, {"status": (old_status, new_status)}
            )
        )
    if fault is not None:
        changed.append(
            audit_trail.Change(
                UnitEvent, None, AuditAction.INSERT, {k: (None, v) for k, v in event.items()}
            )
        )
    updates = {
        "loan": facts.loan_id,
        "changed_at": at,
        **{name: new for name, (_old, new) in fields.items()},
        "unit": unit_id,
        "seen_status": old_status,
        "new_status": new_status,
    }
    if unit.inline_trail:
        if moves:  # the status may change while the loan does not: both or neither
            unit.transaction()
        rows = unit.trail_rows(*changed)
        done = unit.first(
            # "alarm_units": it moves
            loan_sql.return_write(tuple(row["table_name"] for row in rows)),
            {
                **updates,
                **(event if fault is not None else {}),
                **audit_trail.inline_parameters(rows),
            },
        )
        if done is None:  # the conditions: changed meanwhile
            unit.rollback()
            raise _failed_return(unit, unit_id, code)
    else:
        closed = unit.send(loan_sql.LOAN_RETURN, updates).rowcount  # (a unit may reuse its cursor)
        moved = unit.send(loan_sql.STATUS_UPDATE, updates).rowcount if moves else 1
        if closed != 1 or moved != 1:  # the conditions: changed meanwhile
            unit.rollback()
            raise _failed_return(unit, unit_id, code)
        event_row = unit.first(loan_sql.EVENT_INSERT, event) if fault is not None else None
        if event_row is not None:
            changed[-1] = replace(changed[-1], record_id=event_row[0])
        unit.audit(*changed)
    unit.changed(
        "alarm_loans",
        *(["alarm_units"] if moves else []),
        *(["alarm_unit_events"] if fault else []),
    )
    return ReturnResult(
        loan_id=facts.loan_id,
        unit_id=unit_id,
        unit_code=code,
        borrower=facts.borrower,
        returned_at=returned,
        status=new_status,
        was_overdue=to_utc(facts.due_at) < returned,
    )


@direct_sql.direct(_return, autocommit=True)
def return_unit(
    session: Session,
    unit_id: int,
    *,
    fault: str | None = None,
    put_on_charge: bool = False,
    initials: str | None = None,
    now: dt.datetime | None = None,
) -> ReturnResult:
    """Take a unit back. A fault description puts it out of service (and into its service
    history); otherwise ``put_on_charge`` makes it "charging", else it is available. The loan,
    the unit's status (when it changes) and a fault's service event are audited in the same
    transaction."""
    result = _return(
        direct_sql.SessionUnit(session, take_write_lock),
        unit_id,
        fault=fault,
        put_on_charge=put_on_charge,
        initials=initials,
        now=now,
    )
    _expire_unit(session, unit_id)
    loan = session.identity_map.get(
        sa_inspect(Loan).identity_key_from_primary_key((result.loan_id,))
    )
    if loan is not None:
        session.expire(loan)
    return result


def undo_loan_action(session: Session, loan_id: int, now: dt.datetime | None = None) -> UndoResult:
    """Undo the latest action on a loan within UNDO_WINDOW: a return becomes an open loan
    again; a lending is removed as if it never happened (the unit is back in its earlier
    status)."""
    take_write_lock(session)
    at = now_utc(now)
    loan = get_or_raise(session, Loan, loan_id, _("The loan no longer exists."))
    unit = lock_unit(session, loan.unit_id)
    if loan.returned_at is not None:
        if at - to_utc(loan.returned_at) > UNDO_WINDOW:
            raise ConflictError(
                _("The return of {code} can no longer be undone.").format(code=unit.code)
            )
        if _open_loan(session, unit.id) is not None:
            raise ConflictError(
                _("{code} has been lent again; the return cannot be undone.").format(code=unit.code)
            )
        if unit.status is Status.RETIRED:
            raise ConflictError(_("{code} is retired.").format(code=unit.code))
        # One by one through the Session (not a bulk DELETE): the trail records each removal.
        for event in session.scalars(
            select(UnitEvent).where(
                UnitEvent.loan_id == loan.id, UnitEvent.kind == UnitEventKind.FAULT
            )
        ):
            session.delete(event)
        loan.returned_at = None
        loan.returned_by_initials = None
        loan.return_condition_ok = None
        loan.fault_description = None
        loan.put_on_charge = False
        unit.status = Status.AVAILABLE  # what a unit out on loan keeps stored (lend)
        undone = UndoneAction.RETURN
    else:
        if at - to_utc(loan.out_at) > UNDO_WINDOW:
            raise ConflictError(
                _("The loan of {code} can no longer be undone; register a return instead.").format(
                    code=unit.code
                )
            )
        unit.status = _status_before_lend(session, unit.id, loan.id)
        session.delete(loan)
        undone = UndoneAction.LEND
    session.flush()
    shown = Status.ON_LOAN if undone is UndoneAction.RETURN else unit.status
    return UndoResult(loan_id, unit.id, unit.code, undone, shown)


def _not_before(moment: dt.datetime | None, reference: dt.datetime | None) -> bool:
    if moment is None or reference is None:
        return False
    return _naive_utc(moment) >= _naive_utc(reference)


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    # SQLite hands back naive UTC datetimes, PostgreSQL aware ones: compare like with like.
    return moment.astimezone(dt.UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _status_before_lend(session: Session, unit_id: int, loan_id: int) -> Status:
    # Only available and charging units can be lent (a charging one is stored available from
    # its lend on). It was charging if the previous return put it on charge and no finished
    # charge has been recorded since.
    previous = session.scalars(
        select(Loan)
        .where(Loan.unit_id == unit_id, Loan.id != loan_id, Loan.returned_at.is_not(None))
        .order_by(Loan.returned_at.desc())
        .limit(1)
    ).first()
    if previous is None or not previous.put_on_charge or previous.fault_description:
        return Status.AVAILABLE
    unit = session.get(AlarmUnit, unit_id)
    if unit is not None and _not_before(unit.last_charged_at, previous.returned_at):
        return Status.AVAILABLE  # charged since (recorded on the unit, with or without an event)
    charged = session.scalar(
        select(UnitEvent.id)
        .where(
            UnitEvent.unit_id == unit_id,
            UnitEvent.kind == UnitEventKind.CHARGED,
            UnitEvent.occurred_at >= previous.returned_at,
        )
        .limit(1)
    )
    return Status.AVAILABLE if charged else Status.CHARGING
