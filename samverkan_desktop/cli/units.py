"""``samverkan units ...``: the alarm units lent at the reception, their tests, charges and
faults (the loans are in ``samverkan_desktop.cli.loans``)."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.alarm_common import KINDS, initials, iso
from samverkan_desktop.cli.argument_parser import add_search_option, subcommands
from samverkan_desktop.cli.choices import code_choice, enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.formatting import display_datetime
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitEventKind, UnitStatus
from samverkan_desktop.services import alarm_tests
from samverkan_desktop.services import alarms as unit_service

EVENTS = {kind.value: kind for kind in UnitEventKind if kind is not UnitEventKind.RETIRED}


def register(commands: Any) -> None:
    units = commands.add_parser("units", help=_("the alarm units lent at the reception"))
    sub = subcommands(units, "units")
    p = sub.add_parser("list", help=_("list the units with who has them"))
    p.add_argument(  # as "units add --kind", and the window's kind filter
        "--kind",
        choices=list(KINDS),
        type=code_choice("--kind", KINDS),
        help=_("only units of this kind"),
    )
    p.add_argument(
        "--status",
        type=enum_choice("--status", UnitStatus),
        metavar=_("STATUS"),
        help=_("only units in this state (as the window's status filter)"),
    )
    add_search_option(p, _("words in the code, borrower, make and model, serial number or notes"))
    add_json_flag(p)
    p.set_defaults(handler=list_units)
    p = sub.add_parser("add", help=_("add a unit"))
    p.add_argument("code", metavar=_("CODE"), help=_("the new unit's code, e.g. LARM-12"))
    p.add_argument(
        "--kind",
        required=True,
        choices=list(KINDS),
        type=code_choice("--kind", KINDS),
        help=_("what the unit is for"),
    )
    p.add_argument("--make-model", metavar=_("TEXT"), help=_("make and model"))
    p.add_argument("--serial", metavar=_("TEXT"), help=_("serial number"))
    p.set_defaults(handler=add_unit)
    p = sub.add_parser("event", help=_("record a function test, a charge, a fault or a repair"))
    p.add_argument("code", metavar=_("CODE"), help=_("the unit's code"))
    p.add_argument(
        "kind",
        choices=list(EVENTS),
        type=code_choice(_("the event"), EVENTS),
        # Named in Swedish when it is missing ("the following arguments are required: kind").
        metavar=_("EVENT"),
        help=_("tested, charged, fault, repaired or note"),
    )
    p.add_argument("--note", metavar=_("TEXT"), help=_("what was done or found"))
    p.add_argument("--initials", metavar=_("XX"), help=_("your initials"))
    p.set_defaults(handler=unit_event)
    p = sub.add_parser("retire", help=_("take a unit out of use for good"))
    p.add_argument("code", metavar=_("CODE"), help=_("the unit's code"))
    p.add_argument("--note", metavar=_("TEXT"), help=_("why it is taken out of use"))
    p.set_defaults(handler=retire_unit)


def list_units(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = unit_service.filter_units(
        db.call(unit_service.list_units),
        status=args.status,
        kind=KINDS[args.kind] if args.kind else None,
        search=args.search,
    )
    rule = db.call(alarm_tests.function_test_rule)  # "alarms.test_interval_days"
    today = clock.today()
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "code": r.code,
                    "kind": r.kind,
                    "status": r.status,
                    "make_model": r.make_model,
                    "serial_number": r.serial_number,
                    "last_tested_on": r.last_tested_on,
                    "last_charged_at": iso(r.last_charged_at),
                    "borrower": r.borrower,
                    "out_at": iso(r.out_at),
                    "due_at": iso(r.due_at),
                    "overdue": r.overdue,
                    # Added later: the function test rule (null: no rule, or never tested).
                    "next_test_on": rule.due_on(r),
                    "test_due": rule.is_due(r, today),
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        [
            _("Code"),
            _("Kind"),
            _("Status"),
            _("Borrower"),
            _("Due back"),
            _("Overdue"),
            _("Function test"),
        ],
        [
            (
                r.code,
                r.kind,
                r.status,
                r.borrower,
                display_datetime(r.due_at),  # "17.00" as the window; the JSON keeps ISO
                _("OVERDUE") if r.overdue else "",
                _("due") if rule.is_due(r, today) else "",
            )
            for r in rows
        ],
    )
    return 0


def add_unit(args: argparse.Namespace) -> int:
    data = unit_service.UnitInput(
        args.code, KINDS[args.kind], make_model=args.make_model, serial_number=args.serial
    )
    db = open_db(args)
    unit_id = db.call(unit_service.create_unit, data)
    row = db.call(unit_service.get_unit, unit_id)
    print(_("Added {code} ({kind}).").format(code=row.code, kind=_(row.kind.label)))
    return 0


def unit_event(args: argparse.Namespace) -> int:
    db = open_db(args)
    unit = db.call(unit_service.find_unit, args.code)
    db.call(
        unit_service.record_event, unit.id, EVENTS[args.kind], args.note, initials=initials(args)
    )
    row = db.call(unit_service.get_unit, unit.id)
    print(
        _("{code}: {event} recorded; status {status}.").format(
            code=row.code, event=_(EVENTS[args.kind].label).lower(), status=_(row.status.label)
        )
    )
    return 0


def retire_unit(args: argparse.Namespace) -> int:
    db = open_db(args)
    unit = db.call(unit_service.find_unit, args.code)
    db.call(unit_service.retire_unit, unit.id, args.note)
    print(_("{code} is retired.").format(code=unit.code))
    return 0
