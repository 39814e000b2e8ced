"""The unit of work of a lend, a return or an undo: SQLite's write lock taken first, the unit's
row lock, and a unit changed by a Core statement read anew by the Session (moved from
alarm_loans, which re-exports ``take_write_lock``)."""

from __future__ import annotations

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from samverkan_desktop import direct_sql
from samverkan_desktop.models import AlarmUnit
from samverkan_desktop.services import loan_statements as loan_sql

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


_UNIT_MAPPER = sa_inspect(AlarmUnit)


def _expire_unit(session: Session, unit_id: int) -> None:
    # The unit was changed with a Core statement: a copy loaded earlier in this session must
    # read its new status.
    unit = session.identity_map.get(_UNIT_MAPPER.identity_key_from_primary_key((unit_id,)))
    if unit is not None:
        session.expire(unit)


def _take_unit(unit: direct_sql.Unit, unit_id: int) -> None:
    """Before the facts are read: SQLite's write lock; PostgreSQL's row lock, except on the
    inline route, whose one conditional statement locks, re-checks and writes (see
    loan_sql.lend_write)."""
    if unit.is_sqlite:
        unit.write_lock()
    elif not unit.inline_trail:
        unit.send(loan_sql.LOCK, {"unit_id": unit_id})
