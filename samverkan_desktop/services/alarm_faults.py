"""Why a unit is out of service: the fault reported last, unless a repair came after it. Read
where a unit out of service is met (the reception's scan), so whoever holds it can say what is
wrong rather than only that it cannot be lent."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import UnitEvent, UnitEventKind

SHORT = 80  # characters of the description a one-line message holds


def current_fault(session: Session, unit_id: int) -> str | None:
    """The first line of the fault description that put ``unit_id`` out of service, cut at
    SHORT characters with "…"; None when a repair came after it, or no fault was described."""
    kind, note = session.execute(
        select(UnitEvent.kind, UnitEvent.note)
        .where(
            UnitEvent.unit_id == unit_id,
            UnitEvent.kind.in_((UnitEventKind.FAULT, UnitEventKind.REPAIRED)),
        )
        .order_by(UnitEvent.occurred_at.desc(), UnitEvent.id.desc())
        .limit(1)
    ).one_or_none() or (None, None)
    if kind is not UnitEventKind.FAULT or not note or not note.strip():
        return None
    line = note.strip().splitlines()[0].strip()
    return line if len(line) <= SHORT else line[: SHORT - 1].rstrip() + "…"
