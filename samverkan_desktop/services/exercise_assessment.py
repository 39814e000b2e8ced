"""An exercise's overall assessment ("Samlad bedömning"): a few paragraphs on how the exercise went
as a whole, written after its objectives are evaluated; the evaluation report opens with it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from samverkan_desktop.db import stale_record_error
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Exercise
from samverkan_desktop.services.exercise_held import written_as_checked
from samverkan_desktop.services.exercise_objectives import evaluation_refusal
from samverkan_desktop.services.validation import clean


def save_assessment(
    session: Session, exercise_id: int, text: str | None, *, shown: str | None = None
) -> None:
    """Store the assessment, trimmed (empty: none). Refused before the exercise is held, like
    the objectives' evaluation; clearing it is not.

    ``shown``: the assessment as the window showed it before the user typed (None: no check, e.g.
    a script). When another desk saved a different one meanwhile, the save is refused
    (StaleRecordError) instead of overwriting it; the window keeps the text typed."""
    # Locked on PostgreSQL: another desk cannot change the status or the text between the
    # checks and the write (SQLite writes one at a time anyway).
    exercise = session.get(Exercise, exercise_id, with_for_update=True, populate_existing=True)
    if exercise is None:
        raise NotFoundError(_("There is no exercise with number {id}.").format(id=exercise_id))
    if shown is not None and clean(exercise.assessment) != clean(shown):
        raise stale_record_error()
    assessment = clean(text)
    refusal = evaluation_refusal(exercise.status)
    if refusal is not None and assessment is not None:
        raise ValidationError(refusal, field="assessment")
    with written_as_checked(session, exercise_id, _refusal, "assessment"):
        exercise.assessment = assessment


def _refusal(exercise: Exercise) -> str | None:
    return evaluation_refusal(exercise.status)
