"""Record ids for the crisis area's navigation: the Overview passes one integer to
``Area.show_record``, and the crisis area shows plans, exercises and fire-safety inspections.
Plans are positive, exercises negative, inspections from FIRE_BASE up (no register holds a
billion plans; the id stays within a 32-bit int for Qt's signals)."""

from __future__ import annotations

from typing import Literal

RecordKind = Literal["plan", "exercise", "fire_inspection"]
FIRE_BASE = 1_000_000_000


def plan_record(plan_id: int) -> int:
    return plan_id


def exercise_record(exercise_id: int) -> int:
    return -exercise_id


def fire_record(inspection_id: int) -> int:
    return FIRE_BASE + inspection_id


def decode(record_id: int) -> tuple[RecordKind, int]:
    """``(kind, id)`` of an Overview record id of the crisis area."""
    if record_id < 0:
        return "exercise", -record_id
    if record_id >= FIRE_BASE:
        return "fire_inspection", record_id - FIRE_BASE
    return "plan", record_id
