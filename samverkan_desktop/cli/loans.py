"""``samverkan loans ...``: lending and returning the alarm units (the units themselves are in
``samverkan_desktop.cli.units``)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.alarm_common import KINDS, initials, iso, loan_db
from samverkan_desktop.cli.argument_parser import subcommands
from samverkan_desktop.cli.argument_types import iso_date, record_id, within_years
from samverkan_desktop.cli.choices import code_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table, print_warning
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import display_datetime, local
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.long_loans import LONG_LOAN_SETTING, LongLoanRule
from samverkan_desktop.services import (
    alarm_borrowers,
    alarm_history,
    alarm_loans,
    alarm_usage,
    settings,
)
from samverkan_desktop.services import alarms as unit_service
from samverkan_desktop.services.alarm_history import LoanFilter, LoanRow
from samverkan_desktop.services.alarm_loans import LendInput

LONG_LOAN_FLAG = "--long-loan"


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


def register(commands: Any) -> None:
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
        initials=initials(args),
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
            print_warning(warning)
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
    if args.fault is not None and not args.fault.strip():
        # A script's unset variable would return a faulty unit as ready for the next visit.
        raise ValidationError(_("--fault is empty: describe what is wrong, or leave --fault out."))
    db = open_db(args)
    unit = db.call(unit_service.find_unit, args.code)
    result = db.call(
        alarm_loans.return_unit,
        unit.id,
        fault=args.fault,
        put_on_charge=args.charge,
        initials=initials(args),
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
        "out_at": iso(row.out_at),
        "due_at": iso(row.due_at),
        "returned_at": iso(row.returned_at),
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


def undo(args: argparse.Namespace) -> int:
    result = loan_db(args, args.loan_id).call(alarm_loans.undo_loan_action, args.loan_id)
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
