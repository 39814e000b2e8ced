"""``samverkan exercises plan|held|log``: what the exercise window's "Plan exercise", "Mark as
conducted" (with its "All invited attended") and the conduct log's entry field do, through the
same services. ``exercises list`` and the printouts live in cli/crisis.py, which adds these."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_types import clock_time, iso_date, record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.records import require_record
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import clock_span, clock_text, local
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import ExerciseType

if TYPE_CHECKING:
    from samverkan_desktop.models import Exercise


def add_commands(ex_sub: Any) -> None:
    """Add ``plan``, ``held`` and ``log`` to ``samverkan exercises``' commands."""
    plan = ex_sub.add_parser("plan", help=_("plan an exercise (as the window's “Plan exercise”)"))
    plan.add_argument("--title", required=True, metavar=_("TEXT"), help=_("the exercise's name"))
    plan.add_argument(
        "--type",
        required=True,
        type=enum_choice("--type", ExerciseType),
        metavar=_("TYPE"),  # as "exercises list --type" and the window's Typ column
        help=_("the kind of exercise"),
    )
    plan.add_argument(
        "--date",
        required=True,
        type=iso_date,
        metavar=_("DATE"),
        help=_("the day it is held (its year and month in the annual plan follow it)"),
    )
    plan.add_argument("--time", type=clock_time, metavar=_("HH.MM"), help=_("when it starts"))
    plan.add_argument(
        "--end",
        type=clock_time,
        metavar=_("HH.MM"),
        help=_("when it ends, after --time (left out: about two hours are assumed)"),
    )
    plan.add_argument(
        "--scenario", metavar=_("TEXT"), help=_("the situation the exercise starts from")
    )
    plan.add_argument(
        "--plan",
        type=record_id,
        metavar="ID",
        help=_("the crisis plan it exercises (its number in “plans list”)"),
    )
    plan.set_defaults(handler=plan_exercise)

    held = ex_sub.add_parser(
        "held", help=_("mark an exercise as held (from its day and start time on)")
    )
    _add_exercise_id(held)
    held.add_argument(
        "--all-attended",
        action="store_true",
        help=_("everyone invited attended (as the window's “All invited attended”)"),
    )
    held.set_defaults(handler=mark_held)

    log = ex_sub.add_parser("log", help=_("add a note to an exercise's conduct log"))
    _add_exercise_id(log)
    log.add_argument("text", metavar=_("TEXT"), help=_("the note"))
    log.add_argument(
        "--at",
        type=clock_time,
        metavar=_("HH.MM"),
        help=_("when it happened, on the exercise's day (default: now)"),
    )
    log.set_defaults(handler=add_note)


def _add_exercise_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "exercise_id", type=record_id, metavar="ID", help=_("the exercise's number")
    )


def _label(exercise: Exercise) -> str:
    """ "12 (“Larmprov”, 2026-03-12 09.00)": which exercise, as listed."""
    # Without a day, the month of the annual plan as ``exercises list`` shows it ("2027-05").
    planned = f"{exercise.year}-{exercise.month:02d}" if exercise.month else str(exercise.year)
    when = (
        f"{exercise.date or planned} {clock_span(exercise.start_time, exercise.end_time)}".rstrip()
    )
    return _("{id} (“{title}”, {when})").format(id=exercise.id, title=exercise.title, when=when)


def plan_exercise(args: argparse.Namespace) -> int:
    """As "Plan exercise": planned, with the planning checklist the window offers first."""
    from samverkan_desktop.services import exercise_reading, exercise_templates, exercises

    db = open_db(args)
    if args.plan is not None:
        from samverkan_desktop.models import Plan

        require_record(db, Plan, args.plan, _("There is no plan with number {id}."))
    with db.session(write=True) as session:
        data = exercises.ExerciseInput(
            title=args.title,
            type=args.type,
            year=args.date.year,
            date=args.date,
            start_time=args.time,
            end_time=args.end,
            scenario=args.scenario,
            plan_id=args.plan,
        )
        template_id = exercise_templates.default_template_id(session)
        exercise_id = exercises.create_exercise(session, data, template_id, clock.today())
        exercise = exercise_reading.load(session, exercise_id)
        label, checklist = _label(exercise), exercise.template_name
    if checklist is None:
        print(_("The exercise {exercise} is planned.").format(exercise=label))
    else:
        print(
            _("The exercise {exercise} is planned, with the planning checklist “{name}”.").format(
                exercise=label, name=checklist
            )
        )
    return 0


def mark_held(args: argparse.Namespace) -> int:
    """As "Mark as conducted" (refused before the exercise's day and start time); --all-attended answers the
    window's question after it in the same unit of work: all or nothing is changed."""
    from samverkan_desktop.models import ExerciseStatus
    from samverkan_desktop.services import exercise_participants, exercise_reading, exercises

    db = open_db(args)
    with db.session(write=True) as session:
        exercise = exercise_reading.load(session, args.exercise_id)
        label = _label(exercise)
        already = exercise.status in exercises.HELD
        if not already and exercise.date is None:
            # The service's "Give the date the exercise was held." names a field the command
            # line does not have: say where the day is given.
            raise ValidationError(
                _(
                    "The exercise {exercise} has no day yet, only its month in the annual plan: "
                    "give it its day in the window (Edit…) before marking it held."
                ).format(exercise=label)
            )
        if not already:
            # The program's day and time: not held before its start time either, as the window.
            exercises.set_status(session, exercise.id, ExerciseStatus.CONDUCTED)
        invited = len(exercise.participants)
        marked = (
            exercise_participants.mark_all_attended(session, exercise.id)
            if args.all_attended
            else None
        )
    if already:
        print(_("The exercise {exercise} was already marked as held.").format(exercise=label))
    else:
        print(_("The exercise {exercise} is marked as held.").format(exercise=label))
    if marked is not None:
        print(_attendance_line(invited, marked))
    return 0


def _attendance_line(invited: int, marked: int) -> str:
    if not invited:
        return _("Nobody is invited to the exercise: there is no attendance to mark.")
    if not marked:
        return _("Everyone invited was already marked as attended.")
    return ngettext(
        "{count} invited participant is marked as attended.",
        "{count} invited participants are marked as attended.",
        marked,
    ).format(count=marked)


def add_note(args: argparse.Namespace) -> int:
    """As a note typed in the conduct log (with --at, as one typed "09.15 …"): refused before
    the exercise's day, as the log's field is greyed then."""
    from samverkan_desktop.models import ExerciseLogEntry
    from samverkan_desktop.services import exercise_log, exercise_reading

    db = open_db(args)
    with db.session(write=True) as session:
        exercise = exercise_reading.load(session, args.exercise_id)
        label = _label(exercise)
        entry_id = exercise_log.add_entry_at(session, exercise.id, args.text, args.at)
        entry = session.get(ExerciseLogEntry, entry_id)
        assert entry is not None  # just added
        logged_at = local(entry.logged_at)
    print(
        _("Noted at {time} on {day} in the conduct log of the exercise {exercise}.").format(
            time=clock_text(logged_at), day=logged_at.date().isoformat(), exercise=label
        )
    )
    return 0
