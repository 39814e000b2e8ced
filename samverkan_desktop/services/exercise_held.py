"""Writes that need the exercise held (a lesson, an evaluation), which the database refuses too
(triggers of migration 0017): when another desk takes the exercise back to planned between the
service's check and its write, the coordinator reads the service's own line, not a crash."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.models import ExerciseStatus
from samverkan_desktop.services import exercise_reading

Refusal = Callable[[str, ExerciseStatus], str | None]


def flush_while_held(session: Session, exercise_id: int, refusal: Refusal, field: str) -> None:
    """Flush; refused by the database, roll back and raise ``refusal``'s line for the exercise
    as it now is (the other desk has committed). What it does not explain is raised as it came."""
    try:
        session.flush()
    except sa_exc.IntegrityError as error:
        session.rollback()
        exercise = exercise_reading.load(session, exercise_id)
        message = refusal(exercise.title, exercise.status)
        if message is None:
            raise
        raise ValidationError(message, field=field) from error
