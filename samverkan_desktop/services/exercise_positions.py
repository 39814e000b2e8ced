"""The order of an exercise's objectives and checklist points (their ``position``, unique per
exercise): renumbered after a move or a deletion."""

from __future__ import annotations

from sqlalchemy.orm import Session

from samverkan_desktop.models import Exercise


def renumber(session: Session, records: list[object]) -> None:
    for offset, record in enumerate(records):
        record.position = 100_000 + offset  # type: ignore[attr-defined]
    session.flush()
    for offset, record in enumerate(records, start=1):
        record.position = offset  # type: ignore[attr-defined]
    session.flush()


def fresh(session: Session, exercise: Exercise, attr: str) -> list[object]:
    # Re-read in position order: an earlier step in this session may have renumbered them.
    session.expire(exercise, [attr])
    return list(getattr(exercise, attr))


def move(session: Session, records: list[object], record: object, delta: int) -> None:
    index = records.index(record)
    target = index + delta
    if delta == 0 or not 0 <= target < len(records):
        return
    records.insert(target, records.pop(index))
    renumber(session, records)
