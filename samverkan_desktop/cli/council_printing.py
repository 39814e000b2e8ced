"""``samverkan print council [--from DATE] [--to DATE] --out FILE.pdf``: the report to the
district council on the safety work (Anmälan av information om aktuellt trygghets- och
säkerhetsarbete), this calendar year up to today unless a period is given."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.argument_types import iso_date
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli.printing import add_document

    def council(args: argparse.Namespace) -> bytes:
        from samverkan_desktop import clock
        from samverkan_desktop.reports import council_report as report
        from samverkan_desktop.services.council_report import check_period, default_period

        today = clock.today()
        first, last = default_period(today)
        first, last = args.start or first, args.end or last
        check_period(first, last)  # before the database is opened
        return open_db(args).call(report.build, first, last, today)

    parser = add_document(
        documents,
        "council",
        _(
            "the report to the district council on the safety work: agreement, groups, walks, "
            "crisis management"
        ),
        council,
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the period's first day (default: 1 January this year)"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the period's last day (default: today)"),
    )
