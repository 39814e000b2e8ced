"""What needs the exercise held (a lesson, an evaluation, an overall assessment, the report):
the line saying why not yet, and the writes, which the database refuses too (triggers of
migration 0017, the rule of 0021): when another desk changes the exercise between the service's
check and its write, the coordinator reads the service's own line, not a crash."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Exercise, ExerciseStatus
from samverkan_desktop.services import exercise_reading

Refusal = Callable[[ExerciseStatus], str | None]


def exercise_subject(title: str | None) -> str:
    """How a line about an exercise names it: "The exercise" (``title`` None) where it is read
    beside the exercise, under its title, as a walk's says "The walk" (the title repeated, a
    long one took three lines); its title in quotes where nothing else says which (the command
    line)."""
    return _("The exercise") if title is None else _("“{title}”").format(title=title)


def not_held_line(
    status: ExerciseStatus, title: str | None, *, planned: str, cancelled: str
) -> str | None:
    """``planned`` or ``cancelled`` (each with a {subject}: ``exercise_subject``) for an
    exercise not held, by its status; None once it is held (conducted or evaluated)."""
    line = {ExerciseStatus.PLANNED: planned, ExerciseStatus.CANCELLED: cancelled}.get(status)
    return None if line is None else line.format(subject=exercise_subject(title))


def flush_while_held(session: Session, exercise_id: int, refusal: Refusal, field: str) -> None:
    """Flush; refused by the database, roll back and raise ``refusal``'s line for the exercise
    as it now is (the other desk has committed). What it does not explain is raised as it came.
    The line says "The exercise": the window shows it beside the exercise written to."""
    try:
        session.flush()
    except sa_exc.IntegrityError as error:
        session.rollback()
        exercise = exercise_reading.load(session, exercise_id)
        message = refusal(exercise.status)
        if message is None:
            raise
        raise ValidationError(message, field=field) from error


@contextmanager
def written_as_checked(
    session: Session, exercise_id: int, explain: Callable[[Exercise], str | None], field: str
) -> Iterator[None]:
    """The block's change to the exercise's status or assessment, written in a savepoint: refused
    by the database (0021: an assessment only on an exercise held), raise ``explain``'s line for
    the exercise as it now is, read in the same transaction (so on both backends, whoever made
    the change). What it does not explain is raised as it came. Start the block after the
    service's reads: opening the savepoint flushes what is already pending."""
    try:
        with session.begin_nested():
            yield
    except sa_exc.IntegrityError as error:
        exercise = session.get(Exercise, exercise_id, populate_existing=True)
        message = None if exercise is None else explain(exercise)
        if message is None:
            raise
        raise ValidationError(message, field=field) from error
