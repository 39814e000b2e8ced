"""The order of an exercise's objectives and checklist points (their ``position``, unique per
exercise): renumbered after a move or a deletion. And the lock that keeps two desks from
numbering (or inviting participants) from the same reading."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import Exercise


def lock(session: Session, exercise_id: int) -> None:
    """Before the positions are read: another desk adding, moving or deleting an objective or
    point of the same exercise waits for this one, then reads its outcome (PostgreSQL; SQLite
    writes one at a time). Both took the same next position, and the second desk read the
    unique index's refusal in the database's own words."""
    session.execute(select(Exercise.id).where(Exercise.id == exercise_id).with_for_update())


def renumber(session: Session, records: list[object]) -> None:
    for offset, record in enumerate(records):
        record.position = 100_000 + offset  # type: ignore[attr-defined]
    session.flush()
    for offset, record in enumerate(records, start=1):
        record.position = offset  # type: ignore[attr-defined]
    session.flush()


def fresh(session: Session, exercise: Exercise, attr: str) -> list[object]:
    # Re-read in position order: an earlier step in this session may have renumbered them.
    lock(session, exercise.id)
    session.expire(exercise, [attr])
    return list(getattr(exercise, attr))


def move(session: Session, records: list[object], record: object, delta: int) -> None:
    index = records.index(record)
    target = index + delta
    if delta == 0 or not 0 <= target < len(records):
        return
    records.insert(target, records.pop(index))
    renumber(session, records)
