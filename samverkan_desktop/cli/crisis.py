"""``samverkan plans list|revised``, ``samverkan exercises list`` (``plan|held|log``:
cli/exercise_steps), ``samverkan crisis contacts|gaps`` and the crisis printouts
(``samverkan print exercise|exercisechecklist|exerciseplan|crisiscontacts``).
"""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli import exercise_steps
from samverkan_desktop.cli.argument_parser import add_search_option, subcommands
from samverkan_desktop.cli.argument_types import day_count, iso_date, record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.edit_options import given_text
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.cli.period_options import add_year_or_days, chosen_days
from samverkan_desktop.cli.records import numbered_title, open_record
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import ExerciseStatus, ExerciseType, PlanKind
from samverkan_desktop.services import (
    crisis_verification,
    exercise_reading,
    exercise_rows,
    plan_rows,
    plan_versions,
    plans,
    settings,
    training_gaps,
)


def register(commands: Any) -> None:
    plans_parser = commands.add_parser("plans", help=_("the plans register"))
    plan_sub = subcommands(plans_parser, "plans")
    list_plans = plan_sub.add_parser("list", help=_("list plans by next revision"))
    due = list_plans.add_mutually_exclusive_group()
    due.add_argument(  # as ``fire list --due``: the window's "Förfaller inom 60 dagar"
        "--due",
        action="store_const",
        dest="due_within",
        const=plan_rows.DUE_SOON_DAYS,
        help=_("only plans due for revision within {days} days, or overdue").format(
            days=plan_rows.DUE_SOON_DAYS
        ),
    )
    due.add_argument(
        "--due-within",
        type=day_count,
        metavar=_("DAYS"),
        help=_("only plans due for revision within DAYS days (overdue included)"),
    )
    kind = list_plans.add_mutually_exclusive_group()
    kind.add_argument(
        "--kind", type=enum_choice("--kind", PlanKind), metavar=_("KIND"), help=_("only this kind")
    )
    # The name the other lists (groups, meetings, exercises) give the same filter; an option of
    # its own so that a wrong value names the option typed.
    kind.add_argument(
        "--type",
        dest="kind",
        type=enum_choice("--type", PlanKind, listed=False),
        metavar=_("KIND"),
        help=_("the same as --kind"),
    )
    add_search_option(list_plans, _("words in the name, kind or owner"))
    add_json_flag(list_plans)
    list_plans.set_defaults(handler=plans_list)
    _register_revised(plan_sub)

    ex_parser = commands.add_parser("exercises", help=_("crisis exercises"))
    ex_sub = subcommands(ex_parser, "exercises")
    list_ex = ex_sub.add_parser("list", help=_("list the exercises, newest first"))
    add_year_or_days(
        list_ex,
        year=_("only exercises in this year"),
        start=_("only exercises on this day or later (one not yet dated: its month or year)"),
        end=_("only exercises on this day or earlier (one not yet dated: its month or year)"),
    )
    list_ex.add_argument(
        "--type",
        type=enum_choice("--type", ExerciseType),
        metavar=_("TYPE"),
        help=_("only this type"),
    )
    list_ex.add_argument(
        "--status",
        type=enum_choice("--status", ExerciseStatus),
        metavar=_("STATUS"),
        help=_("only exercises with this status"),
    )
    add_search_option(list_ex, _("words in the title or scenario"))
    add_json_flag(list_ex)
    list_ex.set_defaults(handler=exercises_list)
    exercise_steps.add_commands(ex_sub)  # plan, held, log

    crisis_parser = commands.add_parser("crisis", help=_("the crisis organisation"))
    crisis_sub = subcommands(crisis_parser, "crisis")
    contacts = crisis_sub.add_parser("contacts", help=_("the crisis contact list"))
    contacts.add_argument(
        "--stale",
        "--unverified",  # as "contacts list" names the same filter
        action="store_true",
        help=_("only entries not verified in 6 months"),
    )
    add_json_flag(contacts)
    contacts.set_defaults(handler=crisis_contacts)
    gaps = crisis_sub.add_parser("gaps", help=_("who lacks the training their role requires"))
    add_json_flag(gaps)
    gaps.set_defaults(handler=crisis_gaps)


def _register_revised(plan_sub: Any) -> None:
    revised = plan_sub.add_parser(
        "revised",
        help=_(
            "record that a plan was revised: a newly adopted version, as the plans register's "
            "New version… (attach its file in the window)"
        ),
    )
    revised.add_argument(
        "plan_id", type=record_id, metavar=_("PLAN_ID"), help=_("the plan's number")
    )
    revised.add_argument(
        "--date",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the day it was adopted (default: today; not a day to come)"),
    )
    revised.add_argument(
        "--version",
        metavar=_("NAME"),
        help=_("the version's name (default: the next one, as the window offers it: 2025 → 2026)"),
    )
    revised.add_argument(
        "--by",
        type=given_text("--by", clearable=False),  # unset in a script: not "as before"
        metavar=_("TEXT"),
        help=_("who adopted it (default: who adopted the one now)"),
    )
    revised.add_argument("--note", metavar=_("TEXT"), help=_("what changed in this version"))
    revised.set_defaults(handler=plan_revised)


def plan_revised(args: argparse.Namespace) -> int:
    """As the New version… form: the name it offers, adopted today by whoever adopted the
    current version unless told otherwise; the next revision follows from the adoption."""
    from samverkan_desktop.models import Plan
    from samverkan_desktop.services.plan_version_names import next_version_name

    db = open_record(args, Plan, args.plan_id, _("There is no plan with number {id}."))
    adopted_on = args.date or clock.today()
    with db.session(write=True) as session:
        before = plans.get_plan(session, args.plan_id).plan
        name = (
            args.version
            if args.version is not None
            else next_version_name(before.version, adopted_on)
        )
        if args.version is None and not name:  # a blank --version: the service names it
            raise ValidationError(
                _("Name the plan's first version with --version.")
                if before.version is None
                else _("Name the new version with --version: none follows “{current}”.").format(
                    current=before.version
                )
            )
        by = args.by if args.by is not None else before.adopted_by
        version = plan_versions.VersionInput(name, adopted_on, by, args.note)
        added = plan_versions.add_version(session, before.id, version)
        after = plans.get_plan(session, before.id)
    print(_revised_text(after, added))
    return 0


def _revised_text(detail: plan_rows.PlanDetail, added_id: int) -> str:
    """What the register now says: the version in force and when it is next due."""
    plan = detail.plan
    label = numbered_title(plan.id, plan.name)
    added = next(v for v in detail.versions if v.id == added_id)
    if not added.is_current:  # adopted before the one in force: history only
        return _(
            "Version {added} of the plan {plan} is added to its history; the current version is "
            "still {version}, adopted {adopted}."
        ).format(added=added.version, plan=label, version=plan.version, adopted=plan.adopted_on)
    if plan.next_revision is None:
        return _(
            "The plan {plan} has version {version}, adopted {adopted}; it has no revision "
            "interval, so no next revision."
        ).format(plan=label, version=plan.version, adopted=plan.adopted_on)
    return _(
        "The plan {plan} has version {version}, adopted {adopted}; next revision {next}."
    ).format(plan=label, version=plan.version, adopted=plan.adopted_on, next=plan.next_revision)


def plans_list(args: argparse.Namespace) -> int:
    db = open_db(args)
    today = clock.today()
    rows = db.call(
        plans.list_plans, today, due_within=args.due_within, kind=args.kind, search=args.search
    )
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "name": r.name,
                    "version": r.version,
                    "adopted_on": r.adopted_on,
                    "adopted_by": r.adopted_by,
                    "owner": r.owner,
                    "revision_interval_months": r.revision_interval_months,
                    "next_revision": r.next_revision,
                    "due_state": r.due_state,
                    "days_left": r.days_left,
                    "active": r.active,
                    "attachments": r.attachment_count,
                    # Added later (the keys above are a contract): the latest held exercise.
                    "last_exercised": r.last_exercise.date if r.last_exercise else None,
                    # why "Last exercised" reads as it does (due, planned, by when, not exercised)
                    "exercise_due": r.exercise_due,
                    "exercise_reason": r.exercise_reason,
                }
                for r in rows
            ]
        )
    else:
        print_table(
            [
                _("Id"),
                _("Name"),
                _("Version"),
                _("Adopted"),
                _("Next revision"),
                _("State"),
                _("Last exercised"),
            ],
            [
                (
                    r.id,
                    r.name,
                    r.version,
                    r.adopted_on,
                    r.next_revision,
                    r.due_state,
                    plan_rows.exercised_text(r),
                )
                for r in rows
            ],
        )
    return 0


def exercises_list(args: argparse.Namespace) -> int:
    first, last = chosen_days(args)  # a period ending before it starts: before the database
    db = open_db(args)
    rows = db.call(
        exercise_reading.list_exercises,
        first=first,
        last=last,
        type=args.type,
        status=args.status,
        search=args.search,
    )
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "type": r.type,
                    "status": r.status,
                    "year": r.year,
                    "month": r.month,
                    "date": r.date,
                    "leader": r.leader,
                    "objectives": r.objectives,
                    "objectives_met": r.objectives_met,
                    "objectives_partly": r.objectives_partly,
                    "objectives_not_met": r.objectives_not_met,
                    # Added later (the keys above are a contract): set, but not yet assessed.
                    "objectives_unassessed": r.objectives - r.evaluated,
                    "lessons": r.lessons,
                    "open_actions": r.open_actions,
                    "participants": r.participants,
                    "plan": r.plan,  # the name of the crisis plan it exercises
                    # Its time as walks list gives a walk's (null: none set).
                    "start_time": r.start_time.strftime("%H:%M") if r.start_time else None,
                    "end_time": r.end_time.strftime("%H:%M") if r.end_time else None,
                }
                for r in rows
            ]
        )
    else:
        print_table(
            [
                _("Id"),
                _("Date"),
                _("Exercise"),
                _("Type"),
                _("Status"),
                _("Objectives"),
                _("Open actions"),
            ],
            [
                (
                    r.id,
                    r.date or (f"{r.year}-{r.month:02d}" if r.month else r.year),
                    r.title,
                    r.type,
                    r.status,
                    _objectives_cell(r),
                    r.open_actions,
                )
                for r in rows
            ],
        )
    return 0


def _objectives_cell(row: exercise_rows.ExerciseRow) -> str:
    """The window's Objectives cell ("2 mål", "1 av 4 uppfyllda"), with what it leaves out said
    in words, as the window's tooltip does: "0 av 3 uppfyllda (2 ej utvärderade)"."""
    text = exercise_rows.objectives_text(row)
    unevaluated = exercise_rows.objectives_unevaluated(row)
    if not unevaluated:
        return text
    note = ngettext("{count} not evaluated", "{count} not evaluated", unevaluated)
    return f"{text} ({note.format(count=unevaluated)})"


def crisis_contacts(args: argparse.Namespace) -> int:
    db = open_db(args)
    today = clock.today()
    rows = db.call(
        crisis_verification.stale_entries if args.stale else crisis_verification.contact_list, today
    )
    if args.json:
        print_json(
            [
                {
                    "key": r.key,
                    "internal": r.internal,
                    "group": r.group,
                    "function": r.function,
                    "name": r.name,
                    "organisation": r.organisation,
                    "phone": r.phone,
                    "email": r.email,
                    "last_verified": r.last_verified,
                    "stale": r.stale,
                }
                for r in rows
            ]
        )
    else:
        print_table(
            [
                _("Role / organisation"),
                _("Function"),
                _("Name"),
                _("Phone"),
                _("Verified"),
                _("Stale"),
            ],
            [(r.group, r.function, r.name, r.phone, r.last_verified, r.stale) for r in rows],
        )
    return 0


def crisis_gaps(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = db.call(training_gaps.training_gaps, clock.today())
    if args.json:
        print_json(
            [
                {
                    "person_id": r.person_id,
                    "name": r.name,
                    "role": r.role,
                    "course": r.course,
                    "kind": r.kind,
                    "last_attended": r.last_attended,
                    "valid_until": r.valid_until,
                    "gap": training_gaps.gap_text(r),  # added after the rest: keep their keys
                }
                for r in rows
            ]
        )
    else:  # the window's columns: the gap names the day it expired ("Gick ut 2024-02-18")
        print_table(
            [_("Name"), _("Role"), _("Course"), _("Gap"), _("Last attended")],
            [(r.name, r.role, r.course, training_gaps.gap_text(r), r.last_attended) for r in rows],
        )
    return 0


# --- printouts ----------------------------------------------------------------------------------


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli.printing import add_document, add_year_option
    from samverkan_desktop.reports import (
        crisis_contacts as contacts_report,
    )
    from samverkan_desktop.reports import (
        exercise_checklist,
        exercise_evaluation,
        exercise_plan,
    )

    def evaluation(args: argparse.Namespace) -> bytes:
        return open_db(args).call(exercise_evaluation.build, args.exercise_id)

    parser = add_document(
        documents,
        "exercise",
        _("an exercise's evaluation report (objectives, evaluation, lessons, actions)"),
        evaluation,
    )
    parser.add_argument(
        "exercise_id", type=record_id, metavar="ID", help=_("the exercise's number")
    )

    def checklist(args: argparse.Namespace) -> bytes:
        return open_db(args).call(exercise_checklist.build, args.exercise_id)

    parser = add_document(
        documents,
        "exercisechecklist",
        _("the participants' checklist of an exercise"),
        checklist,
    )
    parser.add_argument(
        "exercise_id", type=record_id, metavar="ID", help=_("the exercise's number")
    )

    def plan(args: argparse.Namespace) -> bytes:
        db = open_db(args)
        year = args.year or db.call(exercise_reading.plan_year, clock.today())
        return db.call(exercise_plan.build, year)

    add_year_option(
        add_document(documents, "exerciseplan", _("the annual exercise plan"), plan),
        # As the window opens the plan: in December the coming year's is being written, once
        # this year's exercises are done (exercise_reading.plan_year).
        _(
            "the year (default: this year, and from the month the setting {key} names, "
            "December unless changed, the coming year once this year's exercises are held and "
            "evaluated, as in the window)"
        ).format(key=settings.PLAN_NEXT_YEAR_SETTING),
    )

    def contact_list(args: argparse.Namespace) -> bytes:
        return open_db(args).call(contacts_report.build)

    add_document(documents, "crisiscontacts", _("the crisis contact list"), contact_list)
