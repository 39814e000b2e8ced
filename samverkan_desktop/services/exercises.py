"""Crisis exercises: planning (type, date, scenario, objectives, participants by crisis role, the
planning checklist), the conduct log, the evaluation per objective and the lessons learned.

Every lesson raises one shared Action (``exercise_lesson``, ``source_id`` = the lesson) through
services/actions.py, so it is followed up in the Actions area like every other action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop.errors import ConflictError, InUseError, NotFoundError, ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    ActionSource,
    CrisisRole,
    Exercise,
    ExerciseChecklistItem,
    ExerciseLesson,
    ExerciseLogEntry,
    ExerciseObjective,
    ExerciseParticipant,
    ExerciseStatus,
    ExerciseTemplate,
    ExerciseType,
    ObjectiveResult,
    Person,
)
from samverkan_desktop.models.base import utcnow
from samverkan_desktop.services import actions
from samverkan_desktop.services.actions import ActionRow
from samverkan_desktop.services.validation import (
    clean,
    flush_or_conflict,
    get_or_raise,
    require_text,
)

HELD = (ExerciseStatus.CONDUCTED, ExerciseStatus.EVALUATED)


@dataclass(frozen=True)
class ExerciseInput:
    title: str
    type: ExerciseType
    year: int
    month: int | None = None
    date: dt.date | None = None
    start_time: dt.time | None = None
    location: str | None = None
    scenario: str | None = None
    leader_id: int | None = None
    notes: str | None = None
    status: ExerciseStatus = ExerciseStatus.PLANNED


@dataclass(frozen=True)
class ExerciseRow:
    id: int
    title: str
    type: ExerciseType
    status: ExerciseStatus
    year: int
    month: int | None
    date: dt.date | None
    location: str | None
    leader: str | None
    objectives: int
    objectives_met: int
    objectives_partly: int
    objectives_not_met: int
    evaluated: int  # objectives with a result
    lessons: int
    open_actions: int
    participants: int
    checklist_done: int
    checklist_total: int


@dataclass(frozen=True)
class ObjectiveRow:
    id: int
    position: int
    text: str
    result: ObjectiveResult | None
    comment: str | None


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    person_id: int
    name: str
    title: str | None
    organisation: str | None
    phone: str | None
    role_id: int | None
    role: str | None
    function: str | None
    attended: bool


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    position: int
    title: str
    guidance: str | None
    weeks_before: int | None
    due_on: dt.date | None  # the exercise day minus the weeks
    done_on: dt.date | None


@dataclass(frozen=True)
class LogRow:
    id: int
    logged_at: dt.datetime
    text: str


@dataclass(frozen=True)
class LessonRow:
    id: int
    text: str
    objective_id: int | None
    objective: str | None
    action_id: int | None
    action: ActionRow | None


@dataclass(frozen=True)
class ExerciseDetail:
    exercise: ExerciseRow
    scenario: str | None
    notes: str | None
    start_time: dt.time | None
    leader_id: int | None
    template_name: str | None
    objectives: tuple[ObjectiveRow, ...]
    participants: tuple[ParticipantRow, ...]
    checklist: tuple[ChecklistRow, ...]
    log: tuple[LogRow, ...]
    lessons: tuple[LessonRow, ...]


@dataclass(frozen=True)
class LessonInput:
    text: str
    action_title: str | None = None  # None: the lesson's own text
    responsible_person_id: int | None = None
    responsible_organisation_id: int | None = None
    due_on: dt.date | None = None
    objective_id: int | None = None


@dataclass(frozen=True)
class PlanMonth:
    month: int  # 1-12; 0 collects the exercises not yet given a month
    exercises: tuple[ExerciseRow, ...]


# --- reading ------------------------------------------------------------------------------------


def _query():  # type: ignore[no-untyped-def]
    return (
        select(Exercise)
        .options(
            selectinload(Exercise.objectives),
            selectinload(Exercise.participants),
            selectinload(Exercise.checklist),
            selectinload(Exercise.lessons).selectinload(ExerciseLesson.action),
            selectinload(Exercise.leader),
        )
        .execution_options(populate_existing=True)
    )  # positions may have just been renumbered


def _row(exercise: Exercise) -> ExerciseRow:
    results = [o.result for o in exercise.objectives]
    return ExerciseRow(
        id=exercise.id,
        title=exercise.title,
        type=exercise.type,
        status=exercise.status,
        year=exercise.year,
        month=exercise.month,
        date=exercise.date,
        location=exercise.location,
        leader=exercise.leader.name if exercise.leader else None,
        objectives=len(results),
        objectives_met=results.count(ObjectiveResult.MET),
        objectives_partly=results.count(ObjectiveResult.PARTLY),
        objectives_not_met=results.count(ObjectiveResult.NOT_MET),
        evaluated=sum(1 for r in results if r is not None),
        lessons=len(exercise.lessons),
        open_actions=sum(
            1 for lesson in exercise.lessons if lesson.action and not lesson.action.status.is_closed
        ),
        participants=len(exercise.participants),
        checklist_done=sum(1 for item in exercise.checklist if item.done_on is not None),
        checklist_total=len(exercise.checklist),
    )


def _sort_key(row: ExerciseRow) -> tuple[int, int, dt.date]:
    return (row.year, row.month or 0, row.date or dt.date(row.year, row.month or 1, 1))


def list_exercises(
    session: Session,
    *,
    year: int | None = None,
    type: ExerciseType | None = None,
    status: ExerciseStatus | None = None,
    search: str | None = None,
) -> list[ExerciseRow]:
    """Exercises, newest first."""
    query = _query()
    if year is not None:
        query = query.where(Exercise.year == year)
    if type is not None:
        query = query.where(Exercise.type == type)
    if status is not None:
        query = query.where(Exercise.status == status)
    needle = (clean(search) or "").casefold()
    rows = []
    for exercise in session.scalars(query):
        if needle and needle not in f"{exercise.title} {exercise.scenario or ''}".casefold():
            continue
        rows.append(_row(exercise))
    rows.sort(key=lambda r: (_sort_key(r), r.id), reverse=True)
    return rows


def get_exercise(
    session: Session, exercise_id: int, today: dt.date | None = None
) -> ExerciseDetail:
    exercise = _get(session, exercise_id)
    action_rows = {
        row.id: row
        for row in actions.list_actions(
            session,
            actions.ActionFilter(source_type=ActionSource.EXERCISE_LESSON),
            today,
        )
    }
    return ExerciseDetail(
        exercise=_row(exercise),
        scenario=exercise.scenario,
        notes=exercise.notes,
        start_time=exercise.start_time,
        leader_id=exercise.leader_id,
        template_name=exercise.template_name,
        objectives=tuple(
            ObjectiveRow(o.id, o.position, o.text, o.result, o.comment) for o in exercise.objectives
        ),
        participants=tuple(
            ParticipantRow(
                id=p.id,
                person_id=p.person_id,
                name=p.person.name,
                title=p.person.title,
                organisation=p.person.organisation.name if p.person.organisation else None,
                phone=p.person.phone,
                role_id=p.role_id,
                role=p.role.name if p.role else None,
                function=p.function,
                attended=p.attended,
            )
            for p in sorted(
                exercise.participants,
                key=lambda p: (
                    p.role.position if p.role else 1_000_000,
                    p.person.name.casefold(),
                ),
            )
        ),
        checklist=tuple(
            ChecklistRow(
                c.id,
                c.position,
                c.title,
                c.guidance,
                c.weeks_before,
                _due_on(exercise.date, c.weeks_before),
                c.done_on,
            )
            for c in exercise.checklist
        ),
        log=tuple(LogRow(e.id, e.logged_at, e.text) for e in exercise.log),
        lessons=tuple(
            LessonRow(
                id=lesson.id,
                text=lesson.text,
                objective_id=lesson.objective_id,
                objective=lesson.objective.text if lesson.objective else None,
                action_id=lesson.action_id,
                action=action_rows.get(lesson.action_id) if lesson.action_id else None,
            )
            for lesson in exercise.lessons
        ),
    )


def _due_on(day: dt.date | None, weeks_before: int | None) -> dt.date | None:
    if day is None or weeks_before is None:
        return None
    return day - dt.timedelta(weeks=weeks_before)


def _get(session: Session, exercise_id: int) -> Exercise:
    exercise = session.scalars(_query().where(Exercise.id == exercise_id)).first()
    if exercise is None:
        raise NotFoundError(_("There is no exercise with number {id}.").format(id=exercise_id))
    return exercise


# --- changing exercises -------------------------------------------------------------------------


def _apply(
    session: Session, exercise: Exercise, data: ExerciseInput, today: dt.date | None = None
) -> None:
    exercise.title = require_text(data.title, "title", _("Name of the exercise"))
    exercise.type = data.type
    year, month = data.year, data.month
    if data.date is not None:
        year, month = data.date.year, data.date.month
    if year is None or not 2000 <= year <= 2100:
        raise ValidationError(_("Give a year between 2000 and 2100."), field="year")
    if month is not None and not 1 <= month <= 12:
        raise ValidationError(_("The month must be between 1 and 12."), field="month")
    if data.status in HELD and data.date is None:
        raise ValidationError(
            _("Give the date the exercise was held."),
            field="date",
        )
    today = today or dt.date.today()
    if (
        data.status in HELD
        and data.date is not None
        and data.date > today
        and (data.date != exercise.date or exercise.status not in HELD)
    ):
        # As "mark as held" before the day: a held exercise moved to a day still to come.
        raise ValidationError(
            _(
                "“{title}” is marked as held, so its date cannot be later than today ({today}). "
                "If it is to be held again, take back the step first."
            ).format(title=data.title.strip(), today=today.isoformat()),
            field="date",
        )
    if data.status is ExerciseStatus.EVALUATED and exercise.status is not ExerciseStatus.EVALUATED:
        _check_assessed(exercise)
    if data.leader_id is not None:
        get_or_raise(session, Person, data.leader_id, _("The chosen leader no longer exists."))
    exercise.year, exercise.month, exercise.date = year, month, data.date
    exercise.start_time = data.start_time
    exercise.location = clean(data.location)
    exercise.scenario = clean(data.scenario)
    exercise.leader_id = data.leader_id
    exercise.notes = clean(data.notes)
    exercise.status = data.status


def create_exercise(
    session: Session,
    data: ExerciseInput,
    template_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Plan an exercise; with a template, its planning checklist is copied in."""
    exercise = Exercise()
    _apply(session, exercise, data, today)
    if template_id is not None:
        template = get_or_raise(
            session, ExerciseTemplate, template_id, _("The checklist template no longer exists.")
        )
        exercise.template_name = template.name
        exercise.checklist = [
            ExerciseChecklistItem(
                position=item.position,
                title=item.title,
                guidance=item.guidance,
                weeks_before=item.weeks_before,
            )
            for item in template.items
        ]
    session.add(exercise)
    session.flush()
    return exercise.id


def update_exercise(
    session: Session, exercise_id: int, data: ExerciseInput, today: dt.date | None = None
) -> None:
    _apply(session, _get(session, exercise_id), data, today)
    session.flush()


def set_status(
    session: Session, exercise_id: int, status: ExerciseStatus, today: dt.date | None = None
) -> None:
    exercise = _get(session, exercise_id)
    if status in HELD and exercise.date is None:
        raise ValidationError(_("Give the date the exercise was held."), field="date")
    today = today or dt.date.today()
    when = exercise.date
    if status in HELD and exercise.status not in HELD and when is not None and when > today:
        # One click on "mark as held" made a planned exercise held, and then evaluated.
        raise ValidationError(
            _(
                "“{title}” is planned for {date}; it can be marked as held from that day. "
                "If it was held earlier, change its date first."
            ).format(title=exercise.title, date=when.isoformat()),
            field="date",
        )
    if status is ExerciseStatus.EVALUATED and exercise.status is not ExerciseStatus.EVALUATED:
        _check_assessed(exercise)
    exercise.status = status
    session.flush()


def _check_assessed(exercise: Exercise) -> None:
    """An evaluation means the objectives were assessed: with objectives and none assessed, the
    exercise is not evaluated. Without any objectives it may be (its lessons say what was learned).
    """
    objectives = list(exercise.objectives)
    if not objectives or any(o.result is not None for o in objectives):
        return
    raise ValidationError(
        ngettext(
            "“{title}” cannot be marked as evaluated: its objective “{objective}” has not been "
            "assessed. Assess it on the Evaluation tab first.",
            "“{title}” cannot be marked as evaluated: none of its {count} objectives has been "
            "assessed. Assess them on the Evaluation tab first.",
            len(objectives),
        ).format(title=exercise.title, objective=objectives[0].text, count=len(objectives)),
        field="status",
    )


def evaluation_refusal(title: str, status: ExerciseStatus) -> str | None:
    """Why the objectives of an exercise cannot be evaluated yet (None: they can). They are
    evaluated after the exercise: once it is marked as conducted, not while it is only planned
    or was cancelled. The Evaluation tab shows this line beside its greyed controls."""
    if status is ExerciseStatus.PLANNED:
        return _(
            "“{title}” is not yet marked as conducted: its objectives are evaluated after the "
            "exercise, once it is."
        ).format(title=title)
    if status is ExerciseStatus.CANCELLED:
        return _("“{title}” is cancelled: there is no exercise held to evaluate.").format(
            title=title
        )
    return None


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


def check_deletable(session: Session, exercise_id: int) -> None:
    """Raise InUseError saying why the exercise cannot be deleted: its lessons have actions
    (followed up elsewhere: delete the lessons first). The window asks this before its "Delete
    …?" question; ``delete_exercise`` asks again, as another desk may add a lesson meanwhile."""
    _check_deletable(_get(session, exercise_id))


def _check_deletable(exercise: Exercise) -> None:
    if any(lesson.action_id for lesson in exercise.lessons):
        raise InUseError(
            _(
                "“{title}” cannot be deleted: its lessons have raised actions. "
                "Cancel the exercise instead, or delete the lessons first."
            ).format(title=exercise.title)
        )


def delete_exercise(session: Session, exercise_id: int) -> None:
    """Delete an exercise with everything recorded in it; refused while its lessons have
    actions (see ``check_deletable``)."""
    exercise = _get(session, exercise_id)
    _check_deletable(exercise)
    session.delete(exercise)
    session.flush()


def _renumber(session: Session, records: list[object]) -> None:
    for offset, record in enumerate(records):
        record.position = 100_000 + offset  # type: ignore[attr-defined]
    session.flush()
    for offset, record in enumerate(records, start=1):
        record.position = offset  # type: ignore[attr-defined]
    session.flush()


def _fresh(session: Session, exercise: Exercise, attr: str) -> list[object]:
    # Re-read in position order: an earlier step in this session may have renumbered them.
    session.expire(exercise, [attr])
    return list(getattr(exercise, attr))


def _move(session: Session, records: list[object], record: object, delta: int) -> None:
    index = records.index(record)
    target = index + delta
    if delta == 0 or not 0 <= target < len(records):
        return
    records.insert(target, records.pop(index))
    _renumber(session, records)


# --- objectives and evaluation ------------------------------------------------------------------


def _get_objective(session: Session, objective_id: int) -> ExerciseObjective:
    return get_or_raise(
        session, ExerciseObjective, objective_id, _("The objective no longer exists.")
    )


def add_objective(session: Session, exercise_id: int, text: str) -> int:
    """Add an objective at the end. An exercise evaluated without objectives goes back to
    conducted when it gets its first one: "evaluated" means its objectives were assessed, and the
    new one is not yet (the window says so; "Mark as evaluated" takes it forward again)."""
    exercise = _get(session, exercise_id)
    objective = ExerciseObjective(
        text=require_text(text, "text", _("Objective"), max_length=2000),
        position=len(exercise.objectives) + 1,
    )
    exercise.objectives.append(objective)
    if exercise.status is ExerciseStatus.EVALUATED and not any(
        o.result is not None for o in exercise.objectives
    ):
        exercise.status = ExerciseStatus.CONDUCTED
    session.flush()
    return objective.id


def update_objective(session: Session, objective_id: int, text: str) -> None:
    _get_objective(session, objective_id).text = require_text(
        text, "text", _("Objective"), max_length=2000
    )
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
    exercise.objectives.remove(objective)
    session.flush()
    _renumber(session, _fresh(session, exercise, "objectives"))


def move_objective(session: Session, objective_id: int, delta: int) -> None:
    objective = _get_objective(session, objective_id)
    _move(session, _fresh(session, objective.exercise, "objectives"), objective, delta)


def evaluate_objective(
    session: Session,
    objective_id: int,
    result: ObjectiveResult | None,
    comment: str | None = None,
) -> None:
    """Record how well an objective was met (None: not evaluated yet). Refused before the
    exercise is held (see ``evaluation_refusal``); clearing a result is not."""
    objective = _get_objective(session, objective_id)
    exercise = objective.exercise
    refusal = evaluation_refusal(exercise.title, exercise.status)
    if refusal is not None and (result is not None or clean(comment)):
        raise ValidationError(refusal, field="result")
    if result is None and objective.result is not None:
        _check_still_assessed(exercise, objective)
    objective.result = result
    objective.comment = clean(comment)
    session.flush()


# --- participants -------------------------------------------------------------------------------


def _check_role(session: Session, role_id: int | None) -> None:
    if role_id is not None:
        get_or_raise(session, CrisisRole, role_id, _("The crisis role no longer exists."))


def add_participant(
    session: Session,
    exercise_id: int,
    person_id: int,
    role_id: int | None = None,
    function: str | None = None,
    attended: bool = False,
) -> int:
    exercise = _get(session, exercise_id)
    person = get_or_raise(session, Person, person_id, _("The person no longer exists."))
    _check_role(session, role_id)
    if any(p.person_id == person_id for p in exercise.participants):
        raise ConflictError(
            _("{name} already takes part in the exercise.").format(name=person.name),
            field="person_id",
        )
    participant = ExerciseParticipant(
        person_id=person_id, role_id=role_id, function=clean(function), attended=attended
    )
    exercise.participants.append(participant)
    flush_or_conflict(
        session, _("{name} already takes part in the exercise.").format(name=person.name)
    )
    return participant.id


def update_participant(
    session: Session,
    participant_id: int,
    role_id: int | None,
    function: str | None,
    attended: bool,
) -> None:
    participant = get_or_raise(
        session, ExerciseParticipant, participant_id, _("The participant no longer exists.")
    )
    _check_role(session, role_id)
    participant.role_id = role_id
    participant.function = clean(function)
    participant.attended = attended
    session.flush()


def remove_participant(session: Session, participant_id: int) -> None:
    participant = get_or_raise(
        session, ExerciseParticipant, participant_id, _("The participant no longer exists.")
    )
    session.delete(participant)
    session.flush()


def add_participants_from_roles(
    session: Session,
    exercise_id: int,
    role_ids: Iterable[int] | None = None,
    deputies: bool = True,
) -> int:
    """Invite the holders of crisis roles (all roles when ``role_ids`` is None); people already
    taking part are left as they are. Returns how many were added."""
    exercise = _get(session, exercise_id)
    present = {p.person_id for p in exercise.participants}
    query = (
        select(CrisisRole).options(selectinload(CrisisRole.members)).order_by(CrisisRole.position)
    )
    if role_ids is not None:
        query = query.where(CrisisRole.id.in_(list(role_ids)))
    added = 0
    for role in session.scalars(query):
        for member in role.members:
            if member.person_id in present or (member.rank > 0 and not deputies):
                continue
            exercise.participants.append(
                ExerciseParticipant(person_id=member.person_id, role_id=role.id)
            )
            present.add(member.person_id)
            added += 1
    session.flush()
    return added


# --- planning checklist -------------------------------------------------------------------------


def _get_item(session: Session, item_id: int) -> ExerciseChecklistItem:
    return get_or_raise(
        session, ExerciseChecklistItem, item_id, _("The checklist point no longer exists.")
    )


def _check_weeks(weeks_before: int | None) -> None:
    if weeks_before is not None and not 0 <= weeks_before <= 104:
        raise ValidationError(_("Weeks before must be between 0 and 104."), field="weeks_before")


def add_checklist_item(
    session: Session,
    exercise_id: int,
    title: str,
    weeks_before: int | None = None,
    guidance: str | None = None,
) -> int:
    exercise = _get(session, exercise_id)
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
    _renumber(session, _fresh(session, exercise, "checklist"))


def move_checklist_item(session: Session, item_id: int, delta: int) -> None:
    item = _get_item(session, item_id)
    _move(session, _fresh(session, item.exercise, "checklist"), item, delta)


# --- conduct log --------------------------------------------------------------------------------


def add_log_entry(
    session: Session, exercise_id: int, text: str, at: dt.datetime | None = None
) -> int:
    """A time-stamped note (now, unless ``at`` is given; naive times are taken as UTC)."""
    exercise = _get(session, exercise_id)
    when = at or utcnow()
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    # Stored in UTC: SQLite keeps no zone, and every reader takes a naive value as UTC.
    when = when.astimezone(dt.UTC)
    entry = ExerciseLogEntry(
        logged_at=when, text=require_text(text, "text", _("Note"), max_length=4000)
    )
    exercise.log.append(entry)
    session.flush()
    return entry.id


def update_log_entry(session: Session, entry_id: int, text: str) -> None:
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    entry.text = require_text(text, "text", _("Note"), max_length=4000)
    session.flush()


def delete_log_entry(session: Session, entry_id: int) -> None:
    entry = get_or_raise(session, ExerciseLogEntry, entry_id, _("The note no longer exists."))
    session.delete(entry)
    session.flush()


# --- lessons learned ----------------------------------------------------------------------------


def _check_objective(exercise: Exercise, objective_id: int | None) -> None:
    if objective_id is not None and objective_id not in {o.id for o in exercise.objectives}:
        raise ValidationError(
            _("The objective does not belong to this exercise."), field="objective_id"
        )


def add_lesson(
    session: Session, exercise_id: int, data: LessonInput, today: dt.date | None = None
) -> int:
    """Record a lesson learned and raise its action (who does what by when)."""
    exercise = _get(session, exercise_id)
    text = require_text(data.text, "text", _("Lesson learned"), max_length=4000)
    _check_objective(exercise, data.objective_id)
    lesson = ExerciseLesson(text=text, objective_id=data.objective_id)
    exercise.lessons.append(lesson)
    session.flush()
    today = today or dt.date.today()
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
    session: Session, lesson_id: int, text: str, objective_id: int | None = None
) -> None:
    lesson = _get_lesson(session, lesson_id)
    _check_objective(lesson.exercise, objective_id)
    lesson.text = require_text(text, "text", _("Lesson learned"), max_length=4000)
    lesson.objective_id = objective_id
    session.flush()


def delete_lesson(session: Session, lesson_id: int, today: dt.date | None = None) -> None:
    """Delete a lesson. Its action stays (it may be under way) with a note saying why."""
    lesson = _get_lesson(session, lesson_id)
    if lesson.action_id is not None:
        actions.add_action_note(
            session,
            lesson.action_id,
            _("The lesson from the exercise “{title}” was deleted.").format(
                title=lesson.exercise.title
            ),
            today or dt.date.today(),
        )
    session.delete(lesson)
    session.flush()


def _get_lesson(session: Session, lesson_id: int) -> ExerciseLesson:
    return get_or_raise(session, ExerciseLesson, lesson_id, _("The lesson no longer exists."))


# --- the annual plan and what comes next --------------------------------------------------------


def annual_plan(session: Session, year: int) -> list[PlanMonth]:
    """The year's exercises month by month (12 entries; a month-0 entry first when some have no
    month yet). Cancelled exercises are left out."""
    rows = [
        r for r in list_exercises(session, year=year) if r.status is not ExerciseStatus.CANCELLED
    ]
    rows.sort(key=lambda r: (_sort_key(r), r.id))
    months = []
    unplaced = tuple(r for r in rows if r.month is None)
    if unplaced:
        months.append(PlanMonth(0, unplaced))
    for month in range(1, 13):
        months.append(PlanMonth(month, tuple(r for r in rows if r.month == month)))
    return months


def next_exercise(session: Session, today: dt.date) -> ExerciseRow | None:
    """The next planned exercise: dated today or later, else the earliest month still ahead."""
    candidates = [
        r
        for r in list_exercises(session, status=ExerciseStatus.PLANNED)
        if (r.date is not None and r.date >= today)
        or (
            r.date is None
            and r.month is not None
            and (r.year, r.month) >= (today.year, today.month)
        )
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda r: (_sort_key(r), r.id))


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
