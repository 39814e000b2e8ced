"""An exercise's objectives and their evaluation after the exercise (met, partly, not met)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.db import stale_record_error
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import (
    Exercise,
    ExerciseLesson,
    ExerciseObjective,
    ExerciseStatus,
    ObjectiveResult,
)
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_held import flush_while_held, not_held_line
from samverkan_desktop.services.exercise_positions import fresh, lock, move, renumber
from samverkan_desktop.services.exercise_rows import ObjectiveRow
from samverkan_desktop.services.unlinking import unlink
from samverkan_desktop.services.validation import clean, get_or_raise, require_text


def evaluation_refusal(status: ExerciseStatus, title: str | None = None) -> str | None:
    """Why the objectives of an exercise cannot be evaluated yet (None: they can). They are
    evaluated after the exercise: once it is marked as conducted, not while it is only planned
    or was cancelled. The Evaluation tab shows this line beside its greyed controls, saying
    "The exercise" (``title`` None: see ``exercise_subject``)."""
    return not_held_line(
        status,
        title,
        planned=_(
            "{subject} is not yet marked as conducted: its objectives are evaluated after the "
            "exercise, once it is."
        ),
        cancelled=_("{subject} is cancelled: there is no exercise held to evaluate."),
    )


def no_report_reason(status: ExerciseStatus, title: str | None = None) -> str | None:
    """Why an exercise has no evaluation report to print, or None: the report tells how an
    exercise held went (objectives, lessons, attendance). Before it, the participants'
    checklist and the year's exercise plan are the papers to print. The exercise's print menu
    greys "Evaluation report" with this, saying "The exercise"; the command line refuses,
    naming it by its ``title``."""
    return not_held_line(
        status,
        title,
        planned=_(
            "{subject} is not yet marked as conducted: its evaluation report is printed after "
            "the exercise."
        ),
        # "is cancelled", as the exercise's other lines (it read "was cancelled" alone).
        cancelled=_("{subject} is cancelled: it has no evaluation report."),
    )


def _check_still_assessed(exercise: Exercise, leaving: ExerciseObjective) -> None:
    """An evaluated exercise keeps at least one assessed objective (while it has objectives)."""
    if exercise.status is not ExerciseStatus.EVALUATED:
        return
    others = [o for o in exercise.objectives if o is not leaving]
    if others and not any(o.result is not None for o in others):
        raise ValidationError(
            _(
                "“{title}” is marked as evaluated, so at least one objective must keep its "
                "result. Take back the step “evaluated” first."
            ).format(title=exercise.title),
            field="result",
        )


def _get_objective(
    session: Session, objective_id: int, *, for_update: bool = False
) -> ExerciseObjective:
    # for_update: PostgreSQL locks the row, so two desks cannot both pass a check on it.
    return get_or_raise(
        session,
        ExerciseObjective,
        objective_id,
        _("The objective no longer exists."),
        for_update=for_update,
    )


def objective_row(session: Session, objective_id: int) -> ObjectiveRow:
    """One objective as the exercise window shows it, read anew (a form's F5 after another
    desk's change)."""
    return _row(_get_objective(session, objective_id))


def _row(o: ExerciseObjective) -> ObjectiveRow:
    return ObjectiveRow(o.id, o.position, o.text, o.result, o.comment)


def objective_rows(session: Session, exercise_id: int) -> list[ObjectiveRow]:
    """An exercise's objectives in their order, read anew (a lesson's form after F5 offers the
    other desk's)."""
    objectives = session.scalars(
        select(ExerciseObjective)
        .where(ExerciseObjective.exercise_id == exercise_id)
        .order_by(ExerciseObjective.position)
    )
    return [_row(o) for o in objectives]


def add_objective(session: Session, exercise_id: int, text: str) -> int:
    """Add an objective at the end. An exercise evaluated without objectives goes back to
    conducted when it gets its first one: "evaluated" means its objectives were assessed, and the
    new one is not yet (the window says so; "Mark as evaluated" takes it forward again)."""
    lock(session, exercise_id)  # the next position is this desk's alone
    exercise = exercise_reading.load(session, exercise_id)
    objective = ExerciseObjective(
        text=require_text(text, "text", _("Objective"), max_length=2000, multi_line=True),
        position=len(exercise.objectives) + 1,
    )
    exercise.objectives.append(objective)
    if exercise.status is ExerciseStatus.EVALUATED and not any(
        o.result is not None for o in exercise.objectives
    ):
        exercise.status = ExerciseStatus.CONDUCTED
    session.flush()
    return objective.id


def update_objective(
    session: Session, objective_id: int, text: str, *, shown: str | None = None
) -> None:
    """``shown``: the objective's text as the form showed it (None: no check, e.g. a script).
    When another desk saved a different text meanwhile, the save is refused
    (StaleRecordError), never written over theirs."""
    objective = _get_objective(session, objective_id, for_update=shown is not None)
    if shown is not None and objective.text != shown:
        raise stale_record_error()
    objective.text = require_text(text, "text", _("Objective"), max_length=2000)
    session.flush()


def check_objective_deletable(session: Session, objective_id: int) -> None:
    """Raise ValidationError when the objective is the last assessed one of an evaluated
    exercise: the window asks this before its "Delete the objective …?" question, so that a
    coordinator who agreed to delete is not refused afterwards."""
    objective = _get_objective(session, objective_id)
    if objective.result is not None:
        _check_still_assessed(objective.exercise, objective)


def delete_objective(session: Session, objective_id: int) -> None:
    objective = _get_objective(session, objective_id)
    exercise = objective.exercise
    if objective.result is not None:
        _check_still_assessed(exercise, objective)
    unlink(session, ExerciseLesson.objective_id, objective.id)  # the lesson stays
    exercise.objectives.remove(objective)
    session.flush()
    renumber(session, fresh(session, exercise, "objectives"))


def move_objective(session: Session, objective_id: int, delta: int) -> None:
    objective = _get_objective(session, objective_id)
    move(session, fresh(session, objective.exercise, "objectives"), objective, delta)


def evaluate_objective(
    session: Session,
    objective_id: int,
    result: ObjectiveResult | None,
    comment: str | None = None,
    *,
    shown: tuple[ObjectiveResult | None, str | None] | None = None,
) -> None:
    """Record how well an objective was met (None: not evaluated yet). Refused before the
    exercise is held (see ``evaluation_refusal``); clearing a result is not. ``shown``: the
    result and comment as the form showed them (None: no check); when another desk saved
    others meanwhile, the save is refused (StaleRecordError), never written over theirs."""
    objective = _get_objective(session, objective_id, for_update=shown is not None)
    if shown is not None and (objective.result, clean(objective.comment)) != (
        shown[0],
        clean(shown[1]),
    ):
        raise stale_record_error()
    exercise = objective.exercise
    refusal = evaluation_refusal(exercise.status)
    if refusal is not None and (result is not None or clean(comment)):
        raise ValidationError(refusal, field="result")
    if result is None and objective.result is not None:
        _check_still_assessed(exercise, objective)
    objective.result = result
    objective.comment = clean(comment)
    flush_while_held(session, exercise.id, evaluation_refusal, "result")
