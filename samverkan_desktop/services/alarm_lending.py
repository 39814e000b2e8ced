"""Lending a unit: the reception's hot path, by the routes below (moved from alarm_loans, which
re-exports ``lend`` and ``LendResult``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from samverkan_desktop import audit_entries, audit_statements, direct_sql
from samverkan_desktop.errors import ConflictError, NotFoundError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import AlarmUnit, AuditAction, Loan, UnitKind
from samverkan_desktop.models import UnitStatus as Status
from samverkan_desktop.services import loan_statements as loan_sql
from samverkan_desktop.services import training
from samverkan_desktop.services.alarm_lend_rules import (
    TRAINING_SETTING,
    LendInput,
    _decide,
    _Decision,
    _out_message,
    _presumed_loan,
)
from samverkan_desktop.services.alarm_loan_locks import _expire_unit, _take_unit, take_write_lock
from samverkan_desktop.services.alarms import now_utc
from samverkan_desktop.services.training import TrainingStatus

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


def _lend_inline(
    unit: direct_sql.Unit,
    values: dict[str, Any],
    seen: Status,
    at: dt.datetime,
    changed: tuple[audit_entries.Change, ...],
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
            **audit_statements.inline_parameters(rows),
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


def _read_facts(unit: direct_sql.Unit, data: LendInput, at: dt.datetime) -> loan_sql.Facts:
    row = unit.first(loan_sql.FACTS, _facts_parameters(data, at))
    if row is None:
        raise NotFoundError(_("The alarm unit no longer exists."))
    return loan_sql.Facts(*row)


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
    entry = audit_entries.Change(
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
                **audit_statements.inline_parameters(unit.trail_rows(entry)),
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

    def changed(loan_id: int | None) -> tuple[audit_entries.Change, ...]:
        loan = audit_entries.Change(
            Loan, loan_id, AuditAction.INSERT, {k: (None, v) for k, v in values.items()}
        )
        if not taken_off_charge:
            return (loan,)
        status = {"status": (unit_status, Status.AVAILABLE)}
        return (loan, audit_entries.Change(AlarmUnit, data.unit_id, AuditAction.UPDATE, status))

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
