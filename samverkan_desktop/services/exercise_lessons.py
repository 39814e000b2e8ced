"""Lessons learned from an exercise. A lesson that calls for work raises one shared Action
(``exercise_lesson``, ``source_id`` = the lesson) through services/actions.py, so it is followed
up in the Actions area like every other action; what went well is recorded without one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.db import stale_record_error
from samverkan_desktop.errors import InUseError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    Action,
    ActionSource,
    Exercise,
    ExerciseLesson,
    ExerciseStatus,
)
from samverkan_desktop.services import action_filter, action_reading, actions, exercise_reading
from samverkan_desktop.services.action_rows import ActionRow
from samverkan_desktop.services.exercise_held import flush_while_held, not_held_line
from samverkan_desktop.services.exercise_rows import LessonRow
from samverkan_desktop.services.validation import clean, get_or_raise, require_text


@dataclass(frozen=True)
class LessonInput:
    text: str
    action_title: str | None = None  # None: the lesson's own text
    responsible_person_id: int | None = None
    responsible_organisation_id: int | None = None
    due_on: dt.date | None = None
    objective_id: int | None = None
    # False: nothing to do ("the call-out went well"), so no action, nobody responsible.
    raise_action: bool = True


def lesson_refusal(status: ExerciseStatus, title: str | None = None) -> str | None:
    """Why no lesson can be recorded for an exercise yet (None: it can). Lessons come from the
    evaluation after the exercise: not while it is only planned, nor when it was cancelled.
    The Lessons tab shows this line beside its greyed "New lesson" button, saying "The
    exercise" (``title`` None: see ``exercise_subject``). Lessons already recorded (the
    exercise taken back to planned) stay editable."""
    return not_held_line(
        status,
        title,
        planned=_(
            "{subject} is not yet marked as conducted: lessons learned come from the evaluation "
            "after the exercise, once it is."
        ),
        cancelled=_("{subject} is cancelled: there is no exercise held to learn from."),
    )


def _check_objective(exercise: Exercise, objective_id: int | None) -> None:
    if objective_id is not None and objective_id not in {o.id for o in exercise.objectives}:
        raise ValidationError(
            _("The objective does not belong to this exercise."), field="objective_id"
        )


def add_lesson(
    session: Session, exercise_id: int, data: LessonInput, today: dt.date | None = None
) -> int:
    """Record a lesson learned and, unless ``data.raise_action`` is False, raise its action (who
    does what by when, required as for every action). Refused before the exercise is held (see
    ``lesson_refusal``)."""
    exercise = exercise_reading.load(session, exercise_id)
    refusal = lesson_refusal(exercise.status)
    if refusal is not None:
        raise ValidationError(refusal, field="text")
    text = require_text(data.text, "text", _("Lesson learned"), max_length=4000, multi_line=True)
    _check_objective(exercise, data.objective_id)
    lesson = ExerciseLesson(text=text, objective_id=data.objective_id)
    exercise.lessons.append(lesson)
    flush_while_held(session, exercise_id, lesson_refusal, "text")
    if not data.raise_action:
        return lesson.id
    today = today or clock.today()
    raised_on = exercise.date if exercise.date and exercise.date <= today else today
    title = clean(data.action_title) or text
    try:
        action_id = actions.create_action(
            session,
            actions.ActionInput(
                title=title[:300],
                description=text if title != text else None,
                responsible_person_id=data.responsible_person_id,
                responsible_organisation_id=data.responsible_organisation_id,
                due_on=data.due_on,
                source_type=ActionSource.EXERCISE_LESSON,
                source_id=lesson.id,
                raised_on=raised_on,
            ),
            today,
        )
    except ValidationError as error:
        exercise.lessons.remove(lesson)
        session.flush()
        field = "action_title" if error.field == "title" else error.field
        raise ValidationError(error.message, field=field) from error
    lesson.action_id = action_id
    session.flush()
    return lesson.id


def update_lesson(
    session: Session,
    lesson_id: int,
    text: str,
    objective_id: int | None = None,
    *,
    shown: tuple[str, int | None] | None = None,
) -> None:
    """``shown``: the lesson's text and objective as the form showed them (None: no check, e.g.
    a script). When another desk saved others meanwhile, the save is refused
    (StaleRecordError), never written over theirs; its action does not count."""
    lesson = _get_lesson(session, lesson_id, for_update=shown is not None)
    if shown is not None and (lesson.text, lesson.objective_id) != shown:
        raise stale_record_error()
    _check_objective(lesson.exercise, objective_id)
    lesson.text = require_text(text, "text", _("Lesson learned"), max_length=4000, multi_line=True)
    lesson.objective_id = objective_id
    session.flush()


def check_lesson_deletable(session: Session, lesson_id: int) -> None:
    """Raise InUseError naming the actions raised from the lesson: deleted, they would lose
    their "Ursprung" (the action stores only the lesson), and which exercise they came from is
    what a follow-up asks. The window asks this before its "Delete …?" question;
    ``delete_lesson`` asks again, as another desk may raise one meanwhile."""
    _check_lesson_deletable(session, _get_lesson(session, lesson_id))


def _check_lesson_deletable(session: Session, lesson: ExerciseLesson) -> None:
    raised = list(
        session.scalars(
            select(Action.title)
            .where(
                Action.source_type == ActionSource.EXERCISE_LESSON,
                Action.source_id == lesson.id,
            )
            .order_by(Action.id)
        )
    )
    if not raised:
        return
    raise InUseError(
        ngettext(
            "The lesson cannot be deleted: the action “{actions}” was raised from it and "
            "would no longer show the exercise it came from. Change the lesson's text "
            "instead, or delete the action in Actions first.",
            "The lesson cannot be deleted: the actions {actions} were raised from it and "
            "would no longer show the exercise they came from. Change the lesson's text "
            "instead, or delete the actions in Actions first.",
            len(raised),
        ).format(actions=raised[0] if len(raised) == 1 else ", ".join(f"“{t}”" for t in raised))
    )


def delete_lesson(session: Session, lesson_id: int) -> None:
    """Delete a lesson; refused while actions raised from it exist (``check_lesson_deletable``)."""
    lesson = _get_lesson(session, lesson_id, for_update=True)
    _check_lesson_deletable(session, lesson)
    session.delete(lesson)
    session.flush()


def lesson_row(session: Session, lesson_id: int) -> LessonRow:
    """One lesson as the exercise window lists it, read anew (a form's F5 after another desk's
    change)."""
    exercise_id = _get_lesson(session, lesson_id).exercise_id
    rows = exercise_reading.get_exercise(session, exercise_id).lessons
    return next(row for row in rows if row.id == lesson_id)


def _get_lesson(session: Session, lesson_id: int, *, for_update: bool = False) -> ExerciseLesson:
    # for_update: PostgreSQL locks the row, so two desks cannot both pass a check on it.
    return get_or_raise(
        session,
        ExerciseLesson,
        lesson_id,
        _("The lesson no longer exists."),
        for_update=for_update,
    )


def lesson_sources(session: Session, lesson_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    """For actions raised from lessons (``source_id`` = lesson): the exercise's id and a text
    naming it ("Övning 2021-02-17: Övning för krisledningen"), for the Actions area."""
    ids = [i for i in lesson_ids if i is not None]
    if not ids:
        return {}
    rows = session.execute(
        select(ExerciseLesson.id, Exercise.id, Exercise.date, Exercise.year, Exercise.title)
        .join(Exercise, Exercise.id == ExerciseLesson.exercise_id)
        .where(ExerciseLesson.id.in_(ids))
    )
    return {
        lesson_id: (
            exercise_id,
            _("Exercise {when}: {title}").format(
                when=day.isoformat() if day else year, title=title
            ),
        )
        for lesson_id, exercise_id, day, year, title in rows
    }


@dataclass(frozen=True)
class EarlierAction:
    """An open action raised by a lesson of an exercise held before the one being planned."""

    exercise_id: int
    exercise_date: dt.date
    exercise_title: str
    action: ActionRow


def open_earlier_actions(
    session: Session, exercise_id: int, today: dt.date | None = None
) -> list[EarlierAction]:
    """The actions still open whose origin is a lesson of an exercise held before this one (an
    exercise with no date yet: any held), most urgent first: planning starts from "förra
    övningens lärdomar", and what was not yet done is what the next exercise can test."""
    exercise = exercise_reading.load(session, exercise_id)
    query = (
        select(ExerciseLesson.id, Exercise.id, Exercise.date, Exercise.title)
        .join(Exercise, Exercise.id == ExerciseLesson.exercise_id)
        .where(Exercise.id != exercise_id, Exercise.date.is_not(None))
    )
    if exercise.date is not None:
        query = query.where(Exercise.date < exercise.date)
    origins: dict[int, tuple[int, dt.date, str]] = {
        lesson_id: (held_id, day, title)
        for lesson_id, held_id, day, title in session.execute(query)
        if day is not None  # (as the query: dated)
    }
    if not origins:
        return []
    rows = action_reading.list_actions(
        session,
        action_filter.ActionFilter(open_only=True, source_type=ActionSource.EXERCISE_LESSON),
        today,
    )
    return [
        EarlierAction(*origins[row.source_id], row)
        for row in rows
        if row.source_id is not None and row.source_id in origins
    ]
