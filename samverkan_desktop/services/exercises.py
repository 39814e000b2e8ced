"""Planning a crisis exercise (type, date, scenario, leader) and taking it through its steps:
planned, conducted, evaluated or cancelled. What is recorded in an exercise lives beside this
module: exercise_objectives (objectives and their evaluation), exercise_participants,
exercise_checklist (the planning checklist), exercise_log (the conduct log) and exercise_lessons
(lessons learned); exercise_reading lists and reads exercises."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.errors import InUseError, ValidationError
from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import (
    Exercise,
    ExerciseChecklistItem,
    ExerciseStatus,
    ExerciseTemplate,
    ExerciseType,
    Person,
    Plan,
)
from samverkan_desktop.number_range import check_range
from samverkan_desktop.services import exercise_reading
from samverkan_desktop.services.exercise_held import exercise_subject, written_as_checked
from samverkan_desktop.services.validation import (
    check_end_time,
    clean,
    column_length,
    get_or_raise,
    optional_text,
    require_text,
)
from samverkan_desktop.services.versions import check_version

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
    end_time: dt.time | None = None  # None: about two hours assumed (calendar_entries)
    scenario: str | None = None
    leader_id: int | None = None
    notes: str | None = None
    status: ExerciseStatus = ExerciseStatus.PLANNED
    plan_id: int | None = None  # the crisis plan it exercises
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


def _apply(
    session: Session, exercise: Exercise, data: ExerciseInput, today: dt.date | None = None
) -> None:
    exercise.title = require_text(data.title, "title", _("Name of the exercise"))
    exercise.type = data.type
    year, month = data.year, data.month
    if data.date is not None:
        year, month = data.date.year, data.date.month
    if year is None:
        raise ValidationError(_("Give a year between 2000 and 2100."), field="year")
    check_range(year, 2000, 2100, name=_("Year"), field="year")
    if month is not None:
        check_range(month, 1, 12, name=_("Month"), field="month")
    if data.status in HELD and data.date is None:
        raise ValidationError(_("Give the date the exercise was held."), field="date")
    today, now = program_moment() if today is None else (today, None)
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
    _check_started(exercise, data, today, now)
    if data.status is ExerciseStatus.EVALUATED and exercise.status is not ExerciseStatus.EVALUATED:
        _check_assessed(exercise)
    _check_assessment_kept(session, exercise, data.status)
    check_end_time(data.start_time, data.end_time)
    if data.leader_id is not None:
        get_or_raise(session, Person, data.leader_id, _("The chosen leader no longer exists."))
    if data.plan_id is not None:
        get_or_raise(session, Plan, data.plan_id, _("The chosen plan no longer exists."))
    exercise.year, exercise.month, exercise.date = year, month, data.date
    exercise.start_time = data.start_time
    exercise.end_time = data.end_time
    exercise.location = optional_text(
        data.location, "location", _("Location"), column_length(Exercise.location)
    )
    exercise.scenario = clean(data.scenario)
    exercise.leader_id = data.leader_id
    exercise.plan_id = data.plan_id
    exercise.notes = clean(data.notes)
    _write_status(session, exercise, data.status)


def _check_started(
    exercise: Exercise, data: ExerciseInput, today: dt.date, now: dt.time | None
) -> None:
    """A held exercise's start today moved past the present ("10.00" typed for "08.00" at
    09.30): held before it starts, which "mark as held" refuses. An unchanged time is kept (the
    form saves a note on such an exercise without a word); ``now`` None: the day alone counts."""
    if data.status not in HELD or data.date != today or now is None:
        return
    if data.start_time is None or data.start_time <= now:
        return
    unchanged = (
        exercise.status in HELD
        and exercise.date == data.date
        and exercise.start_time == data.start_time
    )
    if unchanged:
        return
    raise ValidationError(
        _(
            "“{title}” is marked as held, so its start time today cannot be later than now "
            "({now}). If it is to be held again, take back the step first."
        ).format(title=data.title.strip(), now=clock_text(now)),
        field="start_time",
    )


def coming_year(month: int, today: dt.date) -> int:
    """The year of the month's coming turn: this year's from this month on, else next year's."""
    return today.year if month >= today.month else today.year + 1


def planned_year(month: int, shown_year: int, today: dt.date) -> int:
    """The year of an exercise planned for ``month`` in the form opened on ``shown_year`` (the
    annual plan's): in this year's plan a month already past is next year's (coming_year);
    another year's plan keeps its year (in December the plan may show the coming one, and its
    December is not this one)."""
    return coming_year(month, today) if shown_year == today.year else shown_year


def create_exercise(
    session: Session,
    data: ExerciseInput,
    template_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    """Plan an exercise; with a template, its planning checklist is copied in, its points due
    no earlier than the week starting today (``weeks_left``)."""
    today = today or clock.today()
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
                weeks_before=weeks_left(item.weeks_before, data.date, today),
            )
            for item in template.items
        ]
    session.add(exercise)
    session.flush()
    return exercise.id


def weeks_left(weeks_before: int | None, day: dt.date | None, today: dt.date) -> int | None:
    """A template's "8 weeks before" for an exercise planned five weeks ahead: 5, the most
    whole weeks before the day that are not yet past, so a point is due within the coming week
    rather than late the day the exercise is planned (the checklist showed it in the warning
    colour at once). Only on planning an exercise ahead: one recorded after its day keeps the
    template's weeks (its points' dates are history), and so does a point added later or the
    exercise moved."""
    if weeks_before is None or day is None or day < today:
        return weeks_before
    return max(0, min(weeks_before, (day - today).days // 7))


def update_exercise(
    session: Session, exercise_id: int, data: ExerciseInput, today: dt.date | None = None
) -> int:
    """Save the form; returns the new row version. Refused (StaleRecordError) when another
    desk saved the exercise since the form read ``data.expected_version``."""
    exercise = exercise_reading.load(session, exercise_id)
    # Locked on PostgreSQL and read anew before the check: _apply re-reads the version with the
    # assessment, so a save committed elsewhere after the load would otherwise pass unseen.
    session.refresh(exercise, ["version"], with_for_update=True)
    check_version(exercise, data.expected_version)
    _apply(session, exercise, data, today)
    session.flush()
    return exercise.version


def too_early_to_hold(
    title: str | None,
    status: ExerciseStatus,
    when: dt.date | None,
    today: dt.date,
    start: dt.time | None = None,
    now: dt.time | None = None,
) -> str | None:
    """Why an exercise (planned or cancelled) dated ``when`` and starting at ``start`` cannot be
    marked as held ``today`` at ``now`` (the time of day; None: not known, the day alone
    counts), or None: the rule of ``set_status``, asked by the window to grey its button with
    this as the reason. An exercise is not held before it starts: at 01.15 one set for 09.00
    the same day was taken as held. ``title`` None: the line for the exercise's own view,
    under its title, says "The exercise" as a walk's says "The walk" (a long title repeated
    in it took three lines there)."""
    subject = exercise_subject(title)
    if when is not None and when == today and start is not None and now is not None:
        if now >= start:
            return None
        # As the line of a coming day, and one line under the header at 1024 px too ("Övningen
        # börjar i dag kl. …; den kan markeras som genomförd när den har börjat. …" left
        # "starttid." alone on a second).
        return _(
            "{subject} can be marked as held from {time} today. "
            "If it started earlier, change its start time first."
        ).format(subject=subject, time=clock_text(start))
    if when is None or when <= today:
        return None
    refusal = (
        _(  # a cancelled one is not "planned for" its date; else worded as a planned one
            "{subject} is cancelled; it can be marked as held from its day, {date}. "
            "If it was held earlier, change its date first."
        )
        if status is ExerciseStatus.CANCELLED
        # Short enough for one line under the header at 1024 px ("datum." stood alone).
        else _(
            "{subject} can be marked as held from its day, {date}. "
            "If it was held earlier, change its date first."
        )
    )
    return refusal.format(subject=subject, date=when.isoformat())


def program_moment() -> tuple[dt.date, dt.time | None]:
    """The program's day and its time of day (None when ``clock.now()`` is on another day: a
    test that sets only the day)."""
    return clock.moment()


def set_status(
    session: Session,
    exercise_id: int,
    status: ExerciseStatus,
    today: dt.date | None = None,
    *,
    named: bool = True,
) -> None:
    """``today``: the day it is done (None: the program's day and time, so an exercise is not
    marked held before its start time either). ``named`` False: a refusal says "The exercise"
    (``exercise_subject``), for the exercise's view, which shows it under the exercise's title;
    otherwise (a script, the demo) it names the exercise."""
    exercise = exercise_reading.load(session, exercise_id)
    if status in HELD and exercise.date is None:
        raise ValidationError(_("Give the date the exercise was held."), field="date")
    if status in HELD and exercise.status not in HELD:
        # One click on "mark as held" made a planned exercise held, and then evaluated.
        today, now = program_moment() if today is None else (today, None)
        refusal = too_early_to_hold(
            exercise.title, exercise.status, exercise.date, today, exercise.start_time, now
        )
        if refusal is not None:
            field = "date" if exercise.date != today else "start_time"
            raise ValidationError(refusal, field=field)
    if status is ExerciseStatus.EVALUATED and exercise.status is not ExerciseStatus.EVALUATED:
        _check_assessed(exercise)
    _check_assessment_kept(session, exercise, status, named)
    _write_status(session, exercise, status, named)
    session.flush()


def _check_assessment_kept(
    session: Session, exercise: Exercise, status: ExerciseStatus, named: bool = True
) -> None:
    """An overall assessment is written after the exercise: one not held has none (the database
    refuses it too, migration 0021). Taking it back to planned would drop the coordinator's text,
    so it is refused with the way forward instead."""
    if status in HELD or exercise.id is None:
        return
    # Locked on PostgreSQL: an assessment saved at another desk meanwhile is seen here. The row
    # version comes along (the mapper checks it on the refreshed row, and the status written
    # next is then decided on what was read here).
    session.refresh(exercise, ["assessment", "version"], with_for_update=True)
    refusal = _assessment_refusal(exercise, named)
    if refusal is not None:
        raise ValidationError(refusal, field="status")


def _write_status(
    session: Session, exercise: Exercise, status: ExerciseStatus, named: bool = True
) -> None:
    """Set the status; taken back to planned or cancelled, the database refuses it when an
    assessment was saved after the check above (0021): the same line is given then."""
    if status in HELD or exercise.id is None:  # a new exercise has no assessment yet
        exercise.status = status
        return
    with written_as_checked(
        session, exercise.id, lambda current: _assessment_refusal(current, named), "status"
    ):
        exercise.status = status


def _assessment_refusal(exercise: Exercise, named: bool = True) -> str | None:
    """Why the exercise cannot be taken back to planned or cancelled (None: it can), naming
    it or (``named`` False) "The exercise"."""
    if exercise.assessment is None:
        return None
    return _(
        "{subject} has an overall assessment, written after the exercise, so it cannot be "
        "taken back to planned or cancelled. Clear the assessment on the Evaluation tab "
        "first (copy it elsewhere to keep it)."
    ).format(subject=exercise_subject(exercise.title if named else None))


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


def check_deletable(session: Session, exercise_id: int) -> None:
    """Raise InUseError saying why the exercise cannot be deleted: its lessons have actions
    (followed up elsewhere: delete those actions first). The window asks this before its "Delete
    …?" question; ``delete_exercise`` asks again, as another desk may add a lesson meanwhile."""
    _check_deletable(exercise_reading.load(session, exercise_id))


def _check_deletable(exercise: Exercise) -> None:
    if any(lesson.action_id for lesson in exercise.lessons):
        raise InUseError(
            _(
                "“{title}” cannot be deleted: its lessons have raised actions. "
                "Cancel the exercise instead, or delete those actions in Actions first."
            ).format(title=exercise.title)
        )


def delete_exercise(session: Session, exercise_id: int) -> None:
    """Delete an exercise with everything recorded in it; refused while its lessons have
    actions (see ``check_deletable``)."""
    exercise = exercise_reading.load(session, exercise_id)
    _check_deletable(exercise)
    session.delete(exercise)
    session.flush()
