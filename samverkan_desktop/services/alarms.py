"""Alarm units at the reception: the inventory, its service history and finding a unit by its
code (typed or scanned), plus the time helpers the alarm services share.

The rest of the area: ``alarm_borrowers`` (find a borrower by a few letters), ``alarm_loans``
(lend, return, undo), ``alarm_history`` (loan lists, Overview), ``alarm_usage`` (statistics,
pseudonymisation). Every function is quick enough for the reception screen: one or two queries
over a dozen units and the staff list.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ScalarSelect, and_, select
from sqlalchemy.orm import Session, aliased

from samverkan_desktop import clock
from samverkan_desktop.errors import ConflictError, NotFoundError, ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE, local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    AlarmUnit,
    Loan,
    Person,
    UnitEvent,
    UnitEventKind,
    UnitKind,
    UnitStatus,
)
from samverkan_desktop.services.validation import (
    clean,
    column_length,
    flush_or_conflict,
    get_or_raise,
    missing,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version

# ASCII only: the code is printed as a Code 128 bar code on the unit's label.
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9._/-]{0,39}$")
INITIALS_PATTERN = re.compile(r"^[A-ZÅÄÖ]{1,5}$")


def to_utc(value: dt.datetime) -> dt.datetime:
    """Aware UTC. SQLite gives back naive values (stored as UTC); PostgreSQL aware ones."""
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)


def opt_utc(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else to_utc(value)


def now_utc(now: dt.datetime | None = None) -> dt.datetime:
    return to_utc(now) if now is not None else clock.utcnow()


def at_local(day: dt.date, time: dt.time) -> dt.datetime:
    """A Stockholm wall-clock time on a day, as aware UTC."""
    return dt.datetime.combine(day, time, tzinfo=LOCAL_ZONE).astimezone(dt.UTC)


def last_loan_before(start: dt.datetime) -> ScalarSelect[int]:
    """Each unit's last loan lent before ``start`` (a subquery correlated to AlarmUnit): the
    only one that can still have been out at ``start``, as a unit is lent again only once
    back. Found along the (unit_id, out_at) index instead of reading the whole history for
    returned_at (the loan log's "out during the day", the usage statistics)."""
    earlier = aliased(Loan)
    return (
        select(earlier.id)
        .where(earlier.unit_id == AlarmUnit.id, earlier.out_at < start)
        .order_by(earlier.out_at.desc())
        .limit(1)
        .correlate(AlarmUnit)
        .scalar_subquery()
    )


def user_datetime(value: dt.datetime) -> dt.datetime:
    """A time a person gave: naive means Stockholm time."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_ZONE)
    return value.astimezone(dt.UTC)


def clean_initials(value: str | None, field: str = "initials") -> str | None:
    """The receptionist's initials, upper case ("ab" -> "AB"); empty is allowed."""
    cleaned = clean(value)
    if cleaned is None:
        return None
    cleaned = cleaned.upper().replace(".", "").replace(" ", "")
    if not INITIALS_PATTERN.match(cleaned):
        raise ValidationError(
            _("“{value}” are not initials (1–5 letters, e.g. AB).").format(value=value),
            field=field,
        )
    return cleaned


# --- units ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UnitRow:
    """A unit with its open loan, if any. Never carries a loan's reason. ``status`` is "on
    loan" when the unit has an open loan (not stored on the unit: migration 0015), else its
    stored status."""

    id: int
    code: str
    kind: UnitKind
    make_model: str | None
    serial_number: str | None
    status: UnitStatus
    last_tested_on: dt.date | None
    last_charged_at: dt.datetime | None
    notes: str | None
    loan_id: int | None
    borrower_id: int | None
    borrower: str | None
    purpose: UnitKind | None
    out_at: dt.datetime | None
    due_at: dt.datetime | None
    overdue: bool
    version: int = 0  # for the form's save (services.versions)


@dataclass(frozen=True)
class UnitInput:
    code: str
    kind: UnitKind
    make_model: str | None = None
    serial_number: str | None = None
    notes: str | None = None
    expected_version: int | None = None  # refuse the update if the unit changed meanwhile


@dataclass(frozen=True)
class UnitEventRow:
    id: int
    unit_id: int
    kind: UnitEventKind
    occurred_at: dt.datetime
    note: str | None
    initials: str | None
    loan_id: int | None


def normalise_code(text: str | None) -> str:
    """What a person typed or a scanner sent ("  larm-01\\n") as a stored code ("LARM-01")."""
    return "".join((text or "").split()).upper()


def _compact(code: str) -> str:
    # A scanner set to another keyboard layout may send "LARM+01" or "LARM01" for "LARM-01".
    return re.sub(r"[^0-9A-Z]", "", code.upper())


def _natural_key(code: str) -> tuple[object, ...]:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", code))


def _unit_rows(session: Session, now: dt.datetime, *where: object) -> list[UnitRow]:
    borrower = aliased(Person)
    query = (
        select(AlarmUnit, Loan, borrower.name)
        .outerjoin(Loan, and_(Loan.unit_id == AlarmUnit.id, Loan.returned_at.is_(None)))
        .outerjoin(borrower, borrower.id == Loan.borrower_id)
        .where(*where)  # type: ignore[arg-type]
    )
    rows = []
    for unit, loan, name in session.execute(query):
        due = opt_utc(loan.due_at) if loan else None
        rows.append(
            UnitRow(
                id=unit.id,
                code=unit.code,
                kind=unit.kind,
                make_model=unit.make_model,
                serial_number=unit.serial_number,
                status=UnitStatus.ON_LOAN if loan else unit.status,
                last_tested_on=unit.last_tested_on,
                last_charged_at=opt_utc(unit.last_charged_at),
                notes=unit.notes,
                loan_id=loan.id if loan else None,
                borrower_id=loan.borrower_id if loan else None,
                borrower=name,
                purpose=loan.purpose if loan else None,
                out_at=opt_utc(loan.out_at) if loan else None,
                due_at=due,
                overdue=due is not None and due < now,
                version=unit.version,
            )
        )
    rows.sort(key=lambda row: _natural_key(row.code))
    return rows


def list_units(
    session: Session, *, include_retired: bool = True, now: dt.datetime | None = None
) -> list[UnitRow]:
    """All units in code order, each with who has it, until when, and whether it is overdue."""
    where = [] if include_retired else [AlarmUnit.status != UnitStatus.RETIRED]
    return _unit_rows(session, now_utc(now), *where)


def filter_units(
    rows: list[UnitRow],
    *,
    status: UnitStatus | None = None,
    kind: UnitKind | None = None,
    search: str | None = None,
) -> list[UnitRow]:
    """The units the Alarms window's status and kind filters and search field leave (the
    command line's ``units list`` filters alike): the search looks in the code, borrower, make
    and model, serial number and notes, in any case."""
    needle = (search or "").strip().casefold()
    return [
        r
        for r in rows
        if (status is None or r.status is status)
        and (kind is None or r.kind is kind)
        and (
            not needle
            or any(
                needle in (text or "").casefold()
                for text in (r.code, r.borrower, r.make_model, r.serial_number, r.notes)
            )
        )
    ]


def get_unit(session: Session, unit_id: int, now: dt.datetime | None = None) -> UnitRow:
    rows = _unit_rows(session, now_utc(now), AlarmUnit.id == unit_id)
    if not rows:
        raise NotFoundError(_("The alarm unit no longer exists."))
    return rows[0]


def find_unit(session: Session, typed: str, now: dt.datetime | None = None) -> UnitRow:
    """The unit whose code was typed or scanned: case and spaces do not matter, nor a wrong
    separator from a scanner, nor leading zeros ("larm-3" is LARM-03); a bare number ("3")
    finds the one unit numbered 3."""
    code = normalise_code(typed)
    if not code:
        raise ValidationError(_("Type or scan the code of an alarm unit."), field="code")
    unit_id = session.scalar(select(AlarmUnit.id).where(AlarmUnit.code == code))
    if unit_id is None:
        codes = session.execute(select(AlarmUnit.id, AlarmUnit.code)).all()
        matches = [uid for uid, c in codes if _compact(c) == _compact(code)]
        loose = _loose(code)
        if not matches and loose is not None:
            # "LARM-3" or "larm3" for LARM-03: the same letters and the same number.
            matches = [uid for uid, c in codes if _loose(c) == loose]
        if not matches and code.isdigit():
            matches = [uid for uid, c in codes if _number(c) == int(code)]
        if len(matches) > 1:
            names = sorted((c for uid, c in codes if uid in matches), key=_natural_key)
            raise ValidationError(
                _("“{typed}” fits several units: {codes}. Type the whole code.").format(
                    typed=code, codes=", ".join(names)
                ),
                field="code",
            )
        if len(matches) != 1:
            raise NotFoundError(
                _("There is no alarm unit with the code “{code}”.").format(code=code)
            )
        unit_id = matches[0]
    return get_unit(session, unit_id, now)


def _loose(code: str) -> tuple[str, int] | None:
    """A code's letters and its number, zeros left out: ("LARM", 3) for LARM-03 and larm-3."""
    found = re.fullmatch(r"([A-Z]*)0*(\d+)", _compact(code))
    return (found.group(1), int(found.group(2))) if found and found.group(1) else None


def _number(code: str) -> int | None:
    found = re.search(r"(\d+)$", code)
    return int(found.group(1)) if found else None


def _unit_values(session: Session, data: UnitInput, exclude_id: int | None) -> dict[str, object]:
    code = normalise_code(data.code)
    if not code:
        raise missing("code", _("The code"))
    if not CODE_PATTERN.match(code):
        raise ValidationError(
            _(
                "“{code}” cannot be a unit code: use the letters A–Z, digits and hyphens "
                "(e.g. LARM-01)."
            ).format(code=code),
            field="code",
        )
    loose = _loose(code)
    for other_id, other in session.execute(select(AlarmUnit.id, AlarmUnit.code)):
        # LARM-1 beside LARM-01 would be the same unit when typed ("larm-1", "1").
        if other_id != exclude_id and (
            _compact(other) == _compact(code) or (loose is not None and _loose(other) == loose)
        ):
            raise ConflictError(
                _("There is already a unit with the code “{code}”.").format(code=other),
                field="code",
            )
    return {
        "code": code,
        "kind": data.kind,
        "make_model": optional_text(
            data.make_model, "make_model", _("Make and model"), column_length(AlarmUnit.make_model)
        ),
        "serial_number": optional_text(
            data.serial_number,
            "serial_number",
            _("Serial number"),
            column_length(AlarmUnit.serial_number),
        ),
        "notes": clean(data.notes),
    }


def suggested_unit(session: Session) -> UnitInput | None:
    """What "New alarm unit" offers after the last unit added: the next free code (LARM-01 →
    LARM-02, its zeros kept), the same kind and make, so six new units from one box are six
    Enters, not six forms typed anew. None before the first unit."""
    last = session.scalars(select(AlarmUnit).order_by(AlarmUnit.id.desc()).limit(1)).first()
    if last is None:
        return None
    code = ""
    found = re.fullmatch(r"(.*?)(\d+)", last.code)
    if found:
        codes = list(session.scalars(select(AlarmUnit.code)))
        taken = {_compact(c) for c in codes} | {_loose(c) for c in codes}  # as create refuses
        prefix, digits = found.groups()
        number = int(digits)
        while True:
            number += 1
            code = f"{prefix}{number:0{len(digits)}d}"
            if _compact(code) not in taken and _loose(code) not in taken:
                break
    return UnitInput(code, last.kind, make_model=last.make_model)


def create_unit(session: Session, data: UnitInput) -> int:
    unit = AlarmUnit(status=UnitStatus.AVAILABLE, **_unit_values(session, data, None))
    session.add(unit)
    flush_or_conflict(session, _("There is already a unit with that code."), "code")
    return unit.id


def update_unit(session: Session, unit_id: int, data: UnitInput) -> None:
    unit = _get_unit(session, unit_id)
    check_version(unit, data.expected_version)
    for key, value in _unit_values(session, data, unit_id).items():
        setattr(unit, key, value)
    flush_or_conflict(session, _("There is already a unit with that code."), "code")


def _get_unit(session: Session, unit_id: int) -> AlarmUnit:
    return get_or_raise(session, AlarmUnit, unit_id, _("The alarm unit no longer exists."))


def lock_unit(session: Session, unit_id: int) -> AlarmUnit:
    """The unit, its row locked (FOR UPDATE) and read afresh. PostgreSQL: a desk lending or
    changing the unit meanwhile is waited for, so that what is checked next (its open loan,
    its status) is as committed. SQLite ignores the lock (one writer at a time anyway)."""
    unit = session.scalars(
        select(AlarmUnit)
        .where(AlarmUnit.id == unit_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).first()
    if unit is None:
        raise NotFoundError(_("The alarm unit no longer exists."))
    return unit


def is_on_loan(session: Session, unit_id: int) -> bool:
    """Whether the unit has an open loan (what "on loan" means)."""
    open_loan = select(Loan.id).where(Loan.unit_id == unit_id, Loan.returned_at.is_(None))
    return session.scalar(open_loan.limit(1)) is not None


def retire_unit(
    session: Session,
    unit_id: int,
    note: str | None = None,
    *,
    initials: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Take a unit out of use for good; its history stays. Returns the event's id."""
    unit = lock_unit(session, unit_id)
    if unit.status is UnitStatus.RETIRED:
        raise ConflictError(_("{code} is already retired.").format(code=unit.code))
    if is_on_loan(session, unit_id):
        raise ConflictError(
            _("{code} is on loan: take it back before retiring it.").format(code=unit.code)
        )
    unit.status = UnitStatus.RETIRED
    event = _add_event(session, unit, UnitEventKind.RETIRED, now_utc(now), clean(note), initials)
    # The database refuses to retire a unit with an open loan (a trigger), e.g. if another
    # desk lent it a moment ago.
    flush_or_conflict(
        session, _("{code} is on loan: take it back before retiring it.").format(code=unit.code)
    )
    return event.id


def record_event(
    session: Session,
    unit_id: int,
    kind: UnitEventKind,
    note: str | None = None,
    *,
    initials: str | None = None,
    now: dt.datetime | None = None,
) -> int:
    """Record a function test, a finished charge, a fault, a repair or a note; updates the
    unit's status and its "last tested"/"last charged" fields."""
    if kind is UnitEventKind.RETIRED:
        return retire_unit(session, unit_id, note, initials=initials, now=now)
    unit = lock_unit(session, unit_id)
    at = now_utc(now)
    note = clean(note)
    if unit.status is UnitStatus.RETIRED and kind is not UnitEventKind.NOTE:
        raise ConflictError(_("{code} is retired.").format(code=unit.code))
    if kind is UnitEventKind.TESTED:
        unit.last_tested_on = local(at).date()
    elif kind is UnitEventKind.CHARGED:
        unit.last_charged_at = at
        if unit.status is UnitStatus.CHARGING:
            unit.status = UnitStatus.AVAILABLE
    elif kind is UnitEventKind.FAULT:
        note = require_text(note, "note", _("Fault description"), max_length=2000, multi_line=True)
        if is_on_loan(session, unit_id):
            raise ConflictError(
                _("{code} is on loan: register the fault when it is returned.").format(
                    code=unit.code
                )
            )
        unit.status = UnitStatus.OUT_OF_SERVICE
    elif kind is UnitEventKind.REPAIRED:
        if unit.status is not UnitStatus.OUT_OF_SERVICE:
            raise ConflictError(_("{code} is not out of service.").format(code=unit.code))
        unit.status = UnitStatus.AVAILABLE
    elif kind is UnitEventKind.NOTE:
        note = require_text(note, "note", _("Note"), max_length=2000, multi_line=True)
    event = _add_event(session, unit, kind, at, note, initials)
    session.flush()
    return event.id


def _add_event(
    session: Session,
    unit: AlarmUnit,
    kind: UnitEventKind,
    at: dt.datetime,
    note: str | None,
    initials: str | None,
    loan_id: int | None = None,
) -> UnitEvent:
    event = UnitEvent(
        unit_id=unit.id,
        kind=kind,
        occurred_at=at,
        note=note,
        initials=clean_initials(initials),
        loan_id=loan_id,
    )
    session.add(event)
    return event


def list_unit_events(session: Session, unit_id: int) -> list[UnitEventRow]:
    """The unit's service history, newest first."""
    query = (
        select(UnitEvent)
        .where(UnitEvent.unit_id == unit_id)
        .order_by(UnitEvent.occurred_at.desc(), UnitEvent.id.desc())
    )
    return [
        UnitEventRow(e.id, e.unit_id, e.kind, to_utc(e.occurred_at), e.note, e.initials, e.loan_id)
        for e in session.scalars(query)
    ]
