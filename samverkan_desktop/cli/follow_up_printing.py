"""``samverkan print followup --period t1|t2|vb [--year Y] --out FILE.pdf``: the groups'
follow-up at T1, T2 or in the annual report (VB), as the Groups area prints it."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_types import parse_year
from samverkan_desktop.cli.choices import code_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:

    from samverkan_desktop.cli.printing import add_document
    from samverkan_desktop.enums import FollowUpPeriod
    from samverkan_desktop.reports import follow_up as report
    from samverkan_desktop.services.follow_up_periods import period_to_follow_up

    def follow_up(args: argparse.Namespace) -> bytes:
        db = open_db(args)
        year = args.year
        if year is None:  # the year of the period the window opens on
            year = db.call(period_to_follow_up, clock.today())[1]
        return db.call(report.build_follow_up, FollowUpPeriod(args.period), year)

    parser = add_document(
        documents,
        "followup",
        _("the follow-up of the groups at T1, T2 or VB: meetings, decisions, actions"),
        follow_up,
    )
    add_period_options(parser)


def add_period_options(parser: argparse.ArgumentParser) -> None:
    """``--period t1|t2|vb`` (required) and ``--year``: which follow-up, as the printout and
    ``groups followup`` both take it."""
    from samverkan_desktop.enums import FollowUpPeriod

    parser.add_argument(
        "--period",
        required=True,
        # As every required choice: argparse's choices (what scripts and tests read), the
        # Swedish label accepted too (code_choice).
        choices=[period.value for period in FollowUpPeriod],
        type=code_choice("--period", {period.value: period for period in FollowUpPeriod}),
        metavar=_("PERIOD"),
        help=_("the follow-up period"),
    )
    parser.add_argument(
        "--year",
        type=parse_year,
        default=None,
        metavar=_("YEAR"),
        help=_("the year (default: the year of the latest period ended, or begun and written)"),
    )
