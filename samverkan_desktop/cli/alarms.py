"""``samverkan units ...`` and ``samverkan loans ...``: the alarm units from the command line, plus
the alarm printouts for ``samverkan print``.

Datetimes in JSON are Stockholm local time with their UTC offset ("2026-11-23T08:14:00+01:00").
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.common import (
    add_json_flag,
    add_search_option,
    code_choice,
    enum_choice,
    iso_date,
    open_db,
    open_record,
    print_json,
    print_table,
    record_id,
    subcommands,
    whole_number,
    within_years,
)
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import display_datetime, local
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.long_loans import LONG_LOAN_SETTING, LongLoanRule
from samverkan_desktop.models import UnitEventKind, UnitKind, UnitStatus
from samverkan_desktop.services import (
    alarm_borrowers,
    alarm_history,
    alarm_loans,
    alarm_tests,
    alarm_usage,
    settings,
)
from samverkan_desktop.services import alarms as unit_service
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow
from samverkan_desktop.services.alarm_loans import LendInput

LONG_LOAN_FLAG = "--long-loan"
KINDS = {"home-visit": UnitKind.HOME_VISIT, "home-loan": UnitKind.HOME_LOAN}
EVENTS = {kind.value: kind for kind in UnitEventKind if kind is not UnitEventKind.RETIRED}


def parse_until(text: str) -> dt.datetime:
    """An ISO date-time (naive: Stockholm time); a bare date means 17.00 that day."""
    value = text.strip()
    try:
        if len(value) == 10:
            return alarm_loans.due_on(within_years(dt.date.fromisoformat(value), text))
        return within_years(dt.datetime.fromisoformat(value), text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a date and time (YYYY-MM-DDTHH:MM).").format(value=text)
        ) from error


def _iso(value: dt.datetime | None) -> str | None:
    return local(value).isoformat() if value else None


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

    loans = commands.add_parser("loans", help=_("lending and returning alarm units"))
    sub = subcommands(loans, "loans")
    p = sub.add_parser("out", help=_("lend a unit"))
    p.add_argument("code", metavar=_("CODE"), help=_("the unit's code"))
    p.add_argument(
        "--to",
        required=True,
        metavar=_("NAME"),
        help=_("the borrower (staff): the name, or the number “contacts list” shows"),
    )
    p.add_argument(
        "--purpose",
        choices=list(KINDS),
        type=code_choice("--purpose", KINDS),
        help=_("default: what the unit is for"),
    )
    p.add_argument(
        "--until",
        type=parse_until,
        metavar=_("ISO-DATETIME"),
        help=_("due back (default for a home visit: today 17.00)"),
    )
    p.add_argument(
        LONG_LOAN_FLAG,
        action="store_true",
        help=_(
            "say that a --until further ahead than the setting {key} is right (the window "
            "asks; without this flag the loan is made and a warning names the date)"
        ).format(key=LONG_LOAN_SETTING),
    )
    p.add_argument("--approved-by", metavar=_("NAME"), help=_("the approving manager (home loan)"))
    p.add_argument("--reason", metavar=_("TEXT"), help=_("why (home loan; never printed)"))
    p.add_argument("--initials", metavar=_("XX"), help=_("the receptionist's initials"))
    p.set_defaults(handler=lend)
    p = sub.add_parser("in", help=_("take a unit back"))
    p.add_argument("code", metavar=_("CODE"), help=_("the unit's code"))
    p.add_argument("--fault", metavar=_("TEXT"), help=_("what is wrong (puts it out of service)"))
    p.add_argument("--charge", action="store_true", help=_("put it on charge"))
    p.add_argument("--initials", metavar=_("XX"), help=_("your initials"))
    p.set_defaults(handler=take_back)
    p = sub.add_parser("list", help=_("list loans, newest first"))
    p.add_argument("--open", action="store_true", help=_("only units still out"))
    p.add_argument("--overdue", action="store_true", help=_("only overdue loans"))
    p.add_argument("--unit", metavar=_("CODE"), help=_("only this unit's loans"))
    p.add_argument(
        "--from", dest="start", type=iso_date, metavar=_("DATE"), help=_("lent on or after")
    )
    p.add_argument(
        "--to", dest="end", type=iso_date, metavar=_("DATE"), help=_("lent on or before")
    )
    add_json_flag(p)
    p.set_defaults(handler=list_loans)
    p = sub.add_parser("undo", help=_("undo the latest lend or return of a loan (2 minutes)"))
    p.add_argument(
        "loan_id",
        type=record_id,
        metavar=_("LOAN_ID"),
        help=_("the loan's number (see loans list)"),
    )
    p.set_defaults(handler=undo)
    p = sub.add_parser(
        "pseudonymise", help=_("remove borrowers from loans older than the retention period")
    )
    p.set_defaults(handler=pseudonymise)


# --- units ------------------------------------------------------------------------------------


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
                    "last_charged_at": _iso(r.last_charged_at),
                    "borrower": r.borrower,
                    "out_at": _iso(r.out_at),
                    "due_at": _iso(r.due_at),
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
        unit_service.record_event, unit.id, EVENTS[args.kind], args.note, initials=_initials(args)
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


def _initials(args: argparse.Namespace) -> str | None:
    """--initials as given. Given empty (a script's unset variable) it is refused, not taken for
    "no initials": the trail would say nobody handed the unit over."""
    if args.initials is not None and not args.initials.strip():
        raise ValidationError(
            _("--initials is empty: give your initials (e.g. AB), or leave --initials out.")
        )
    return args.initials


# --- loans --------------------------------------------------------------------------------------


def lend(args: argparse.Namespace) -> int:
    db = open_db(args)
    # Look up first, lend in a unit of work of its own (it takes the write lock first thing).
    with db.session() as session:
        unit = unit_service.find_unit(session, args.code)
        borrower = alarm_borrowers.resolve_staff(session, args.to, "borrower")
        approver = (
            alarm_borrowers.resolve_staff(session, args.approved_by, "approved_by")
            if args.approved_by
            else None
        )
    note = _long_loan_note(db, args.until) if args.until and not args.long_loan else None
    data = LendInput(
        unit_id=unit.id,
        borrower_id=borrower.id,
        purpose=KINDS[args.purpose] if args.purpose else None,
        due_at=args.until,
        reason=args.reason,
        approved_by_id=approver.id if approver else None,
        initials=_initials(args),
    )
    result = db.call(alarm_loans.lend, data)
    print(
        _("{code} lent to {name}, due back {time} (loan {id}).").format(
            code=result.unit_code,
            name=result.borrower,
            time=display_datetime(result.due_at),
            id=result.loan_id,
        )
    )
    for warning in (result.warning, note):
        if warning:
            print(_("Warning: {message}").format(message=warning), file=sys.stderr)
    return 0


def _long_loan_note(db: Database, due: dt.datetime) -> str | None:
    """The window asks before lending past alarms.long_loan_days. A script cannot answer, and
    refusing would break the command's contract (issue 3: a loan with --until is lent), so
    the loan is made and a warning names the date and the setting (a "7-month loan" typed by
    mistake went through silently)."""
    rule = LongLoanRule(db.call(settings.get_int, LONG_LOAN_SETTING))
    day, today = (local(due) if due.tzinfo else due).date(), clock.today()  # naive: Stockholm
    return rule.script_note(day, today, LONG_LOAN_FLAG) if rule.is_long(day, today) else None


def take_back(args: argparse.Namespace) -> int:
    db = open_db(args)
    unit = db.call(unit_service.find_unit, args.code)
    result = db.call(
        alarm_loans.return_unit,
        unit.id,
        fault=args.fault,
        put_on_charge=args.charge,
        initials=_initials(args),
    )
    print(
        _("{code} returned by {name}; status {status} (loan {id}).").format(
            code=result.unit_code,
            name=result.borrower or _("(pseudonymised)"),
            status=_(result.status.label),
            id=result.loan_id,
        )
    )
    return 0


def _loan_json(row: LoanRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "unit": row.unit_code,
        "purpose": row.purpose,
        "borrower": row.borrower,
        "borrower_id": row.borrower_id,
        "pseudonymised": row.pseudonymised,
        "out_at": _iso(row.out_at),
        "due_at": _iso(row.due_at),
        "returned_at": _iso(row.returned_at),
        "overdue": row.overdue,
        "lent_by_initials": row.lent_by_initials,
        "returned_by_initials": row.returned_by_initials,
        "approved_by": row.approved_by,
        "return_condition_ok": row.return_condition_ok,
        "fault_description": row.fault_description,
        "put_on_charge": row.put_on_charge,
    }


def list_loans(args: argparse.Namespace) -> int:
    if args.start and args.end and args.start > args.end:
        # Said, not an empty list that looks like no loans at all.
        raise ValidationError(
            _(
                "No loans: “--from” ({start}) is after “--to” ({end}). Change one of the dates."
            ).format(start=args.start.isoformat(), end=args.end.isoformat())
        )
    db = open_db(args)
    # "--unit ''" (an empty variable in a script) is a missing code, not every unit.
    unit_id = None if args.unit is None else db.call(unit_service.find_unit, args.unit).id
    filters = LoanFilter(
        open_only=args.open,
        overdue_only=args.overdue,
        start=args.start,
        end=args.end,
        unit_id=unit_id,
    )
    rows = db.call(alarm_history.list_loans, filters)
    if args.json:
        print_json([_loan_json(row) for row in rows])
        return 0
    print_table(
        [
            _("Id"),
            _("Unit"),
            _("Borrower"),
            _("Purpose"),
            _("Out"),
            _("Due back"),
            _("Returned"),
            _("Overdue"),
        ],
        [
            (
                r.id,
                r.unit_code,
                r.borrower_label(),
                r.purpose,
                display_datetime(r.out_at),
                display_datetime(r.due_at),
                display_datetime(r.returned_at),
                _("OVERDUE") if r.overdue else "",
            )
            for r in rows
        ],
    )
    return 0


def _loan_db(args: argparse.Namespace, loan_id: int) -> Any:
    from samverkan_desktop.models import Loan

    return open_record(args, Loan, loan_id, _("There is no loan with number {id}."))


def undo(args: argparse.Namespace) -> int:
    result = _loan_db(args, args.loan_id).call(alarm_loans.undo_loan_action, args.loan_id)
    message = (
        _("The return of {code} was undone; it is on loan again.")
        if result.undone is alarm_loans.UndoneAction.RETURN
        else _("The loan of {code} was undone.")
    )
    print(message.format(code=result.unit_code))
    return 0


def pseudonymise(args: argparse.Namespace) -> int:
    result = open_db(args).call(alarm_usage.pseudonymise_old_loans)
    print(
        ngettext(
            "{count} loan returned before {date} was pseudonymised.",
            "{count} loans returned before {date} were pseudonymised.",
            result.count,
        ).format(count=result.count, date=local(result.cutoff).date().isoformat())
    )
    return 0


# --- printouts ----------------------------------------------------------------------------------


def _add_reception_option(parser: argparse.ArgumentParser) -> None:
    """``--reception``: the copy the reception's window prints, for a script at the desk."""
    parser.add_argument(
        "--reception",
        action="store_true",
        help=_(
            "the reception's copy, as the reception prints it: home loans without the "
            "borrower's name"
        ),
    )


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late
    from samverkan_desktop.reports import (
        alarm_card,
        alarm_handover,
        alarm_labels,
        alarm_loanlog,
        alarm_notreturned,
        alarm_stats,
        alarm_training_valid,
    )

    p = printing.add_document(
        documents,
        "loanlog",
        _("the alarm loan log for a period"),
        lambda a: open_db(a).call(alarm_loanlog.build, a.start, a.end, for_desk=a.reception),
    )
    _add_reception_option(p)
    p.add_argument(
        "--from",
        dest="start",
        required=True,
        type=iso_date,
        metavar=_("DATE"),
        help=_("the first day of the period"),
    )
    p.add_argument(
        "--to",
        dest="end",
        required=True,
        type=iso_date,
        metavar=_("DATE"),
        help=_("the last day of the period"),
    )
    p = printing.add_document(
        documents,
        "labels",
        _("labels with bar codes for the alarm units (A4, 3 × 8)"),
        lambda a: open_db(a).call(alarm_labels.build, a.codes, a.skip),
    )
    p.add_argument("codes", nargs="*", metavar=_("CODE"), help=_("default: every unit in use"))
    p.add_argument(
        "--skip",
        type=whole_number,
        default=0,
        metavar=_("NUMBER"),
        help=_("labels already taken from the sheet"),
    )
    _add_reception_option(
        printing.add_document(
            documents,
            "notreturned",
            _("the alarm units not returned, overdue first"),
            lambda a: open_db(a).call(alarm_notreturned.build, for_desk=a.reception),
        )
    )
    p = printing.add_document(
        documents,
        "borrowercard",
        _("the borrower's card: how to use the alarm, whom to call"),
        lambda a: (open_db(a) if a.loan is None else _loan_db(a, a.loan)).call(
            alarm_card.build, a.loan
        ),
    )
    p.add_argument(
        "--loan", type=record_id, metavar=_("LOAN_ID"), help=_("add the unit and due time")
    )
    p = printing.add_document(
        documents,
        "handover",
        _("the hand-over form of a home loan"),
        lambda a: _loan_db(a, a.loan_id).call(alarm_handover.build, a.loan_id),
    )
    p.add_argument(
        "loan_id", type=record_id, metavar=_("LOAN_ID"), help=_("the home loan's number")
    )
    printing.add_year_option(
        printing.add_document(
            documents,
            "alarmstats",
            _("use of the alarm units per month in a year"),
            lambda a: open_db(a).call(alarm_stats.build, a.year),
        )
    )
    p = printing.add_document(
        documents,
        "training-valid",
        _("who holds a valid alarm training, by name (for the reception's desk)"),
        lambda a: open_db(a).call(alarm_training_valid.build, a.day),
    )
    p.add_argument(
        "--date",
        dest="day",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the day the list holds for (default: today)"),
    )
