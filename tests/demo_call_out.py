"""The example district's call-out test: planned a few weeks ahead, it exercises the
krisledningsplan, last exercised in February 2021. A test about that plan as due to be exercised
(the Overview's "ej övad på 5 år", the register's orange "Senast övad", "Dags att öva") calls it
off first: a plan an exercise planned ahead names is not due (services/plan_exercise_due.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading, exercises

CALL_OUT_TEST = "Larm- och uppringningsprov för krisledningen"
KRISLEDNINGSPLAN = "Krisledningsplan Östermalms stadsdelsförvaltning"


def call_off_the_call_out_test(call: Callable[..., Any]) -> None:
    """Cancel the call-out test; ``call`` is the test's ``ctx.call`` or ``db.call``: nothing is
    planned for the krisledningsplan then, and it is due to be exercised."""
    (row,) = [r for r in call(exercise_reading.list_exercises) if r.title == CALL_OUT_TEST]
    call(exercises.set_status, row.id, ExerciseStatus.CANCELLED)
