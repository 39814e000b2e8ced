"""An exercise's planning checklist: points due some weeks before the exercise day, ticked off
when done (copied from a template when the exercise is planned, see exercises.create_exercise)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from samverkan_desktop.i18n import _
from samverkan_desktop.models import ExerciseChecklistItem, ExerciseStatus
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_held import exercise_subject
from samverkan_desktop.services.exercise_positions import fresh, lock, move, renumber
from samverkan_desktop.services.validation import (
    check_weeks_before,
    clean,
    get_or_raise,
    require_text,
)


def no_checklist_reason(status: ExerciseStatus, title: str | None = None) -> str | None:
    """Why the participants' checklist of an exercise is not printed, or None: a cancelled
    exercise will not happen, and its checklist printed as if it would. The exercise's print
    menu greys "Participants' checklist" with this, saying "The exercise"; the command line
    refuses, naming it by its ``title``."""
    if status is not ExerciseStatus.CANCELLED:
        return None
    return _("{subject} is cancelled: it has no participants' checklist.").format(
        subject=exercise_subject(title)
    )


def _get_item(session: Session, item_id: int) -> ExerciseChecklistItem:
    return get_or_raise(
        session, ExerciseChecklistItem, item_id, _("The checklist point no longer exists.")
    )


def _check_weeks(weeks_before: int | None) -> None:
    if weeks_before is not None:
        check_weeks_before(weeks_before, "weeks_before")


def add_checklist_item(
    session: Session,
    exercise_id: int,
    title: str,
    weeks_before: int | None = None,
    guidance: str | None = None,
) -> int:
    lock(session, exercise_id)  # the next position is this desk's alone
    exercise = exercise_reading.load(session, exercise_id)
    _check_weeks(weeks_before)
    item = ExerciseChecklistItem(
        title=require_text(title, "title", _("Point"), max_length=300),
        guidance=clean(guidance),
        weeks_before=weeks_before,
        position=len(exercise.checklist) + 1,
    )
    exercise.checklist.append(item)
    session.flush()
    return item.id


def update_checklist_item(
    session: Session,
    item_id: int,
    title: str,
    weeks_before: int | None = None,
    guidance: str | None = None,
) -> None:
    item = _get_item(session, item_id)
    _check_weeks(weeks_before)
    item.title = require_text(title, "title", _("Point"), max_length=300)
    item.weeks_before = weeks_before
    item.guidance = clean(guidance)
    session.flush()


def set_checklist_done(session: Session, item_id: int, done_on: dt.date | None) -> None:
    _get_item(session, item_id).done_on = done_on
    session.flush()


def delete_checklist_item(session: Session, item_id: int) -> None:
    item = _get_item(session, item_id)
    exercise = item.exercise
    exercise.checklist.remove(item)
    session.flush()
    renumber(session, fresh(session, exercise, "checklist"))


def move_checklist_item(session: Session, item_id: int, delta: int) -> None:
    item = _get_item(session, item_id)
    move(session, fresh(session, item.exercise, "checklist"), item, delta)
