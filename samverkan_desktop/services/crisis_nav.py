"""Record ids for the crisis area's navigation: the Overview passes one integer to
``Area.show_record``, and the crisis area shows both plans and exercises. Plans are positive,
exercises negative."""

from __future__ import annotations

from typing import Literal

RecordKind = Literal["plan", "exercise"]


def plan_record(plan_id: int) -> int:
    return plan_id


def exercise_record(exercise_id: int) -> int:
    return -exercise_id


def decode(record_id: int) -> tuple[RecordKind, int]:
    """``(kind, id)`` of an Overview record id of the crisis area."""
    if record_id < 0:
        return "exercise", -record_id
    return "plan", record_id
