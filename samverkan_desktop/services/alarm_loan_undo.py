"""Undoing the reception's latest lend or return of a loan, within UNDO_WINDOW (moved from
alarm_loans, which re-exports the public names)."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ConflictError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import AlarmUnit, Loan, UnitEvent, UnitEventKind
from samverkan_desktop.models import UnitStatus as Status
from samverkan_desktop.services.alarm_loan_locks import take_write_lock
from samverkan_desktop.services.alarms import lock_unit, now_utc, to_utc
from samverkan_desktop.services.validation import get_or_raise

# How long after a lend or a return the reception's "undo" still works. The reception offers it
# that long, less a few seconds (its timer starts a moment after the service's clock).
UNDO_WINDOW = dt.timedelta(minutes=2)


class UndoneAction(enum.Enum):
    LEND = "lend"
    RETURN = "return"


@dataclass(frozen=True)
class UndoResult:
    loan_id: int
    unit_id: int
    unit_code: str
    undone: UndoneAction
    status: Status


def _open_loan(session: Session, unit_id: int) -> Loan | None:
    return session.scalars(
        select(Loan)
        .where(Loan.unit_id == unit_id, Loan.returned_at.is_(None))
        .execution_options(populate_existing=True)
    ).first()


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
