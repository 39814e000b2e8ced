"""``samverkan walks ...`` and the walks' printouts (``samverkan print checklist|walkreport|
walkletter|walkplan``)."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.common import (
    add_json_flag,
    enum_choice,
    open_db,
    open_record,
    parse_year,
    print_json,
    print_table,
    record_id,
    require_organisation,
    require_place,
    subcommands,
)
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import places as place_service
from samverkan_desktop.services import walks as walk_service


def register(commands: Any) -> None:
    parser = commands.add_parser("walks", help=_("safety walks"))
    sub = subcommands(parser, "walks")
    list_parser = sub.add_parser("list", help=_("list the safety walks, newest first"))
    list_parser.add_argument(
        "--year", type=parse_year, metavar=_("YEAR"), help=_("only walks in this year")
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


def list_walks(args: argparse.Namespace) -> int:
    db = open_db(args)
    if args.place is not None:
        require_place(db, args.place)  # an unknown place is an error, not an empty list
    rows = db.call(walk_service.list_walks, year=args.year, status=args.status, place_id=args.place)
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
                    "light": r.light,
                    "format": r.format,
                    "status": r.status,
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
                (r.id, r.date, r.place, r.format, r.status, r.observation_count, r.open_actions)
                for r in rows
            ],
        )
    return 0


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
