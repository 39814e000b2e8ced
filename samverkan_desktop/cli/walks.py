"""``samverkan walks list|places|plan|held|cancel`` and the walks' printouts (``samverkan print
checklist|walkreport|walkletter|walkplan``). The writes call the services the walk window calls,
so a walk planned from a script is the walk "Plan a walk" would have made."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING, Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_parser import add_search_option, subcommands
from samverkan_desktop.cli.argument_types import clock_time, iso_date, parse_year, record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table, print_warning
from samverkan_desktop.cli.period_options import add_year_or_days, chosen_days
from samverkan_desktop.cli.records import (
    open_record,
    require_group,
    require_organisation,
    require_place,
    require_record,
)
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.formatting import clock_span
from samverkan_desktop.i18n import _
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import places as place_service
from samverkan_desktop.services import walk_editing, walk_reading, walk_rows

if TYPE_CHECKING:
    from samverkan_desktop.db import Database
    from samverkan_desktop.models import Walk


def register(commands: Any) -> None:
    parser = commands.add_parser("walks", help=_("safety walks"))
    sub = subcommands(parser, "walks")
    list_parser = sub.add_parser("list", help=_("list the safety walks, newest first"))
    add_year_or_days(
        list_parser,
        year=_("only walks in this year"),
        start=_("only walks on this day or later"),
        end=_("only walks on this day or earlier"),
    )
    list_parser.add_argument(
        "--status",
        type=enum_choice("--status", WalkStatus),
        metavar=_("STATUS"),
        help=_("only walks at this step"),
    )
    list_parser.add_argument(
        "--place", type=record_id, metavar="ID", help=_("only walks at this place")
    )
    list_parser.add_argument(
        "--group",
        type=record_id,
        metavar="ID",
        help=_("only walks at the places this group works with (as its follow-up counts them)"),
    )
    list_parser.add_argument(
        "--area",
        type=_area_text,
        metavar=_("AREA"),
        help=_("only walks at places in this area, as the places register names it"),
    )
    add_search_option(
        list_parser, _("words in the place's name or area, the meeting point or the purpose")
    )
    add_json_flag(list_parser)
    list_parser.set_defaults(handler=list_walks)

    places_parser = sub.add_parser("places", help=_("list the places register"))
    places_parser.add_argument(
        "--priority-year",
        type=parse_year,
        metavar=_("YEAR"),
        help=_("only places prioritised this year"),
    )
    add_json_flag(places_parser)
    places_parser.set_defaults(handler=list_places)
    _register_steps(sub)


def _register_steps(sub: Any) -> None:
    plan = sub.add_parser(
        "plan", help=_("plan a safety walk (as the window's “Plan a safety walk”)")
    )
    plan.add_argument(
        "--place",
        required=True,
        type=_place_text,
        metavar=_("ID|NAME"),
        help=_("the place's number or name in the places register (walks places)"),
    )
    plan.add_argument(
        "--date", required=True, type=iso_date, metavar=_("DATE"), help=_("the day of the walk")
    )
    plan.add_argument(
        "--time",
        type=clock_time,
        metavar=_("HH.MM"),
        help=_("when it starts; the light follows the date and time (dark at 18.30 in December)"),
    )
    plan.add_argument(
        "--end",
        type=clock_time,
        metavar=_("HH.MM"),
        help=_("when it ends, after --time (left out: about two hours are assumed)"),
    )
    plan.add_argument(
        "--organiser",
        type=record_id,
        metavar=_("CONTACT_ID"),
        help=_("who organises it (default: the organiser of the last walk at the place)"),
    )
    plan.add_argument(
        "--same-as-last",
        action="store_true",
        help=_("with the route, participants and meeting point of the last walk made there"),
    )
    plan.set_defaults(handler=plan_walk)
    held = sub.add_parser("held", help=_("mark a planned walk as walked (from its day on)"))
    _add_walk_id(held)
    held.set_defaults(handler=mark_walked)
    cancel = sub.add_parser("cancel", help=_("cancel a walk still being planned"))
    _add_walk_id(cancel)
    cancel.add_argument(
        "--reason",
        metavar=_("TEXT"),
        help=_("why (kept with the walk, shown in its list, the window and the calendar)"),
    )
    cancel.set_defaults(handler=cancel_walk)


def _add_walk_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "walk_id", type=record_id, metavar=_("WALK_ID"), help=_("the walk's number")
    )


def list_walks(args: argparse.Namespace) -> int:
    first, last = chosen_days(args)
    db = open_db(args)
    if args.place is not None:
        require_place(db, args.place)  # an unknown place is an error, not an empty list
    if args.group is not None:
        require_group(db, args.group)
    rows = db.call(
        walk_reading.list_walks,
        args.search,
        status=args.status,
        place_id=args.place,
        first=first,
        last=last,
        group_id=args.group,
        area=None if args.area is None else _area(db, args.area),
    )
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "place": r.place,
                    "place_id": r.place_id,
                    "area": r.area,
                    "date": r.date,
                    "start_time": r.start_time.strftime("%H:%M") if r.start_time else None,
                    "end_time": r.end_time.strftime("%H:%M") if r.end_time else None,
                    "light": r.light,
                    "format": r.format,
                    "status": r.status,
                    "cancel_reason": r.cancel_reason,
                    "follow_up_of": r.follow_up_of_id,
                    "participants": r.participant_count,
                    "residents": r.resident_count,
                    "observations": r.observation_count,
                    "open_actions": r.open_actions,
                }
                for r in rows
            ]
        )
    else:
        print_table(
            [
                _("Id"),
                _("Date"),
                _("Place"),
                _("Format"),
                _("Status"),
                _("Observations"),
                _("Open actions"),
            ],
            [
                (
                    r.id,
                    r.date,
                    r.place,
                    r.format,
                    walk_rows.status_text(r.status, r.cancel_reason),
                    r.observation_count,
                    r.open_actions,
                )
                for r in rows
            ],
        )
    return 0


def _area(db: Database, typed: str) -> str:
    """The area --area names, as the places register spells it (in any case); one no place is
    in is wrong input naming those there are, not an empty list."""
    from samverkan_desktop.swedish_order import sort_key

    areas = sorted({p.area for p in db.call(place_service.list_places) if p.area}, key=sort_key)
    for area in areas:
        if area.casefold() == typed.strip().casefold():
            return area
    # Each quoted: an area may hold a comma ("Norrmalm, Klara").
    named = ", ".join(_("“{name}”").format(name=area) for area in areas)
    raise ValidationError(
        _("No place is in the area “{area}”; the places' areas are: {areas}.").format(
            area=typed, areas=named or _("(none)")
        )
    )


def list_places(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = db.call(place_service.list_places, priority_year=args.priority_year)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "name": r.name,
                    "area": r.area,
                    "walks": r.walk_count,
                    "last_walked": r.last_walked,
                    "next_walk": r.next_walk,
                    "priority_years": list(r.priority_years),
                }
                for r in rows
            ]
        )
    else:
        print_table(
            [_("Id"), _("Place"), _("Area"), _("Walks"), _("Last walked"), _("Next walk")],
            [(r.id, r.name, r.area, r.walk_count, r.last_walked, r.next_walk) for r in rows],
        )
    return 0


# --- the method's steps --------------------------------------------------------------------


def _walk_label(walk: Walk) -> str:
    """ "12 (Tessinparken, 2026-12-10 18.30)": which walk, as listed (the same in Swedish)."""
    when = f"{walk.date.isoformat()} {clock_span(walk.start_time, walk.end_time)}".rstrip()
    return f"{walk.id} ({walk.place.name}, {when})"


def _place_text(text: str) -> str:
    """--place as typed; an empty one is refused before the database is opened, as other
    options' are (it was "Det finns ingen plats som heter ””")."""
    if not text.strip():
        raise ValidationError(
            _("--place is empty; give the place's number or name (walks places lists them).")
        )
    return text


def _area_text(text: str) -> str:
    """--area as typed; an empty one is refused before the database is opened, as --place's
    is (it answered with the list of known areas, as for an area no place is in)."""
    if not text.strip():
        raise ValidationError(
            _("--area is empty; give an area of the places register (walks places lists them).")
        )
    return text


def _place_id(db: Database, typed: str) -> int:
    """The place --place names: its number, or its name in any case (names are unique so)."""
    text = typed.strip()
    if text.isdigit():
        place_id = record_id(text)
        require_place(db, place_id)
        return place_id
    for place in db.call(place_service.list_places):
        if place.name.casefold() == text.casefold():
            return place.id
    raise NotFoundError(
        _("There is no place named “{name}” (walks places lists them).").format(name=text)
    )


def plan_walk(args: argparse.Namespace) -> int:
    """As "Plan a walk": the organiser and checklist a new walk starts with, the light of its
    date and time, and with --same-as-last the last walk's route and people, as its ticked
    "Same route and participants as last time"; a walk already planned there is warned of."""
    from samverkan_desktop.models import Person
    from samverkan_desktop.services import checklists

    db = open_db(args)
    place_id = _place_id(db, args.place)
    if args.organiser is not None:
        require_record(db, Person, args.organiser, _("There is no person with number {id}."))
    with db.session(write=True) as session:
        copy_from = None
        if args.same_as_last:
            earlier = walk_reading.last_walked_at(session, place_id)
            if earlier is None:
                raise ValidationError(
                    _(
                        "No walk has been made at this place yet: there is no route or "
                        "participants to repeat (leave out --same-as-last)."
                    )
                )
            copy_from = earlier
        organiser = args.organiser
        if organiser is None:
            organiser = walk_reading.default_organiser_id(session, place_id)
        data = walk_rows.WalkInput(
            place_id,
            args.date,
            start_time=args.time,
            end_time=args.end,
            organiser_id=organiser,
            checklist_template_id=checklists.default_template_id(session),
        )
        if args.time is not None:
            data = dataclasses.replace(data, light=walk_rows.expected_light(args.date, args.time))
        planned = walk_reading.planned_at(session, place_id, clock.today())
        walk_id = walk_editing.create_walk(session, data, copy_from.id if copy_from else None)
        label = _walk_label(walk_reading.get_walk_model(session, walk_id))
    if copy_from is None:
        print(_("The walk {walk} is planned.").format(walk=label))
    else:
        print(
            _(
                "The walk {walk} is planned, with the route and participants of the walk on {date}."
            ).format(walk=label, date=copy_from.date.isoformat())
        )
    if planned is not None:
        notice = _("A walk at this place is already planned for {date}.")
        print_warning(notice.format(date=planned.date))
    return 0


def mark_walked(args: argparse.Namespace) -> int:
    """As the walk's "Mark as walked": refused before the walk's day, and for a walk not
    planned (a cancelled one is set back to planning in the window first)."""
    from samverkan_desktop.services import walk_steps

    with _walk_db(args).session(write=True) as session:
        walk = walk_reading.get_walk_model(session, args.walk_id)
        label = _walk_label(walk)
        if walk.status in walk_rows.WALKED_STEPS:
            print(_("The walk {walk} was already marked as walked.").format(walk=label))
            return 0
        walk_steps.mark_walked(session, walk.id)  # the day and time: not before its start
    print(_("The walk {walk} is marked as walked.").format(walk=label))
    return 0


def cancel_walk(args: argparse.Namespace) -> int:
    """As the walk's "Cancel the walk": only a walk still being planned."""
    from samverkan_desktop.services import walk_steps

    with _walk_db(args).session(write=True) as session:
        walk = walk_reading.get_walk_model(session, args.walk_id)
        label = _walk_label(walk)
        if walk.status is WalkStatus.CANCELLED:
            print(_("The walk {walk} was already cancelled.").format(walk=label))
            return 0
        walk_steps.cancel_walk(session, walk.id, args.reason)
    print(_("The walk {walk} is cancelled.").format(walk=label))
    return 0


# --- printouts ------------------------------------------------------------------------------


def _walk_db(args: argparse.Namespace) -> Any:
    from samverkan_desktop.models import Walk

    return open_record(args, Walk, args.walk_id, _("There is no walk with number {id}."))


def _checklist(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import walk_checklist

    return _walk_db(args).call(walk_checklist.build, args.walk_id)


def _report(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import walk_report

    return _walk_db(args).call(walk_report.build, args.walk_id)


def _letter(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import walk_letter

    if args.organisation is None:
        raise ValidationError(_("Name the organisation the letter is for: --organisation ID."))
    db = _walk_db(args)
    require_organisation(db, args.organisation)  # never registered: not "no longer exists"
    return db.call(walk_letter.build, args.walk_id, args.organisation)


def _plan(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import walk_plan

    return open_db(args).call(walk_plan.build, args.year)


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    checklist = printing.add_document(
        documents, "checklist", _("the blank checklist to carry on a safety walk"), _checklist
    )
    checklist.add_argument(
        "walk_id", type=record_id, metavar=_("WALK_ID"), help=_("the walk's number")
    )
    report = printing.add_document(
        documents, "walkreport", _("the report of a safety walk"), _report
    )
    report.add_argument(
        "walk_id", type=record_id, metavar=_("WALK_ID"), help=_("the walk's number")
    )
    letter = printing.add_document(
        documents,
        "walkletter",
        _("a letter to one responsible organisation with its actions from a walk"),
        _letter,
    )
    letter.add_argument(
        "walk_id", type=record_id, metavar=_("WALK_ID"), help=_("the walk's number")
    )
    letter.add_argument(
        "--organisation",
        type=record_id,
        required=True,
        metavar="ID",
        help=_("the organisation's number (the letter lists its actions)"),
    )
    printing.add_year_option(
        printing.add_document(
            documents,
            "walkplan",
            _("the year's prioritised places and the walks made or planned there"),
            _plan,
        )
    )
