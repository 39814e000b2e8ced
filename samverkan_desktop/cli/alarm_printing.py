"""The alarm printouts of ``samverkan print``: the loan log, labels, units not returned, the
borrower's card, a home loan's hand-over form, the use per month and who holds a valid
alarm training."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.alarm_common import loan_db
from samverkan_desktop.cli.argument_types import iso_date, record_id, whole_number
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.i18n import _


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
        lambda a: (open_db(a) if a.loan is None else loan_db(a, a.loan)).call(
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
        lambda a: loan_db(a, a.loan_id).call(alarm_handover.build, a.loan_id),
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
