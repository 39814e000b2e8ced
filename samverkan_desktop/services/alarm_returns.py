"""Taking a unit back: the reception's other hot path (moved from alarm_loans, which re-exports
``return_unit`` and ``ReturnResult``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from samverkan_desktop import audit_entries, audit_statements, direct_sql
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import AlarmUnit, AuditAction, Loan, UnitEvent, UnitEventKind
from samverkan_desktop.models import UnitStatus as Status
from samverkan_desktop.services import loan_statements as loan_sql
from samverkan_desktop.services.alarm_loan_locks import _expire_unit, _take_unit, take_write_lock
from samverkan_desktop.services.alarms import clean_initials, now_utc, to_utc
from samverkan_desktop.services.validation import clean


@dataclass(frozen=True)
class ReturnResult:
    loan_id: int
    unit_id: int
    unit_code: str
    borrower: str | None
    returned_at: dt.datetime
    status: Status  # the unit's status now: available, charging or out of service
    was_overdue: bool


# --- return: the reception's other hot path (the same route as lend, see alarm_lending) -----


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
    entry = audit_entries.Change(Loan, None, AuditAction.UPDATE, fields)
    row = unit.first(
        loan_sql.RETURN_ONE_TRIP,
        {
            "unit_id": unit_id,
            "changed_at": at,
            **{name: new for name, (_old, new) in fields.items()},
            **audit_statements.inline_parameters(unit.trail_rows(entry)),
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
    changed = [audit_entries.Change(Loan, facts.loan_id, AuditAction.UPDATE, fields)]
    moves = new_status is not old_status  # back to available: the unit's row stays as it is
    if moves:
        changed.append(
            audit_entries.Change(
                AlarmUnit, unit_id, AuditAction.UPDATE, {"status": (old_status, new_status)}
            )
        )
    if fault is not None:
        changed.append(
            audit_entries.Change(
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
                **audit_statements.inline_parameters(rows),
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
