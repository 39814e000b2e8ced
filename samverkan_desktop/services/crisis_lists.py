"""What the crisis organisation's lists share (the roles with their holders, the external
lines): locking a list while it is numbered, and numbering its places without tripping its unique
constraint."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from sqlalchemy import Table, text, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from samverkan_desktop import audit_entries, audit_trail
from samverkan_desktop.models import CrisisContact, CrisisRole
from samverkan_desktop.models.audit import AuditAction


def lock_list(session: Session, model: type[CrisisRole] | type[CrisisContact]) -> None:
    """Before the next position is read: another desk adding to the same list waits for this
    one, then numbers after it (PostgreSQL; SQLite writes one at a time). Both took the same
    next position, and the second desk read that a role of its name already existed."""
    if session.get_bind().dialect.name == "postgresql":
        table = model.__tablename__
        session.execute(text(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE"))


def renumber(session: Session, records: Sequence[object], attr: str, start: int) -> None:
    """Give ``records`` consecutive numbers in their list order, without tripping the unique
    constraint on the way (first out of the way, then into place)."""
    for offset, record in enumerate(records):
        setattr(record, attr, 100_000 + offset)
    session.flush()
    for offset, record in enumerate(records):
        setattr(record, attr, start + offset)
    session.flush()


def renumber_list(
    session: Session,
    model: type[CrisisRole] | type[CrisisContact],
    records: Sequence[CrisisRole | CrisisContact],
) -> None:
    """Number the roles or the external entries 1, 2, … in the order of ``records``, as
    ``renumber`` does, but by statements of their own that leave the row versions alone: a place
    in the list is no field of their forms, so a form open on a role or an entry (at this desk or
    another) still saves after a move. A move reads the list as it is now, so it overwrites
    nothing either. The flush listener does not see these statements: the trail is written
    beside them (audit_trail.record)."""
    table = cast(Table, model.__table__)
    before = {record.id: record.position for record in records}
    for first in (100_000, 1):  # out of the unique constraint's way first, then into place
        for offset, record in enumerate(records):
            session.execute(
                update(table).where(table.c.id == record.id).values(position=first + offset)
            )
    changes = []
    for position, record in enumerate(records, start=1):
        set_committed_value(record, "position", position)
        if before[record.id] != position:
            values = {"position": (before[record.id], position)}
            changes.append(audit_entries.Change(model, record.id, AuditAction.UPDATE, values))
    audit_trail.record(session, *changes)


def reordered(records: list[object], index: int, delta: int) -> list[object] | None:
    target = index + delta
    if delta == 0 or not 0 <= target < len(records):
        return None
    records = list(records)
    records.insert(target, records.pop(index))
    return records
