"""``samverkan print calendar [--from DATE] [--to DATE] --out FILE.pdf``: the meeting calendar of
a period ("Mötesplan 2027"), as the calendar's Print… makes it; the period as ``meetings list``
reads it (today and a year on unless given). A wrong date or a period ending before it starts is
one line and exit code 1, and no file is written."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.argument_types import iso_date
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.meetings import add_with_option
from samverkan_desktop.cli.period_options import period
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    parser = printing.add_document(
        documents,
        "calendar",
        _("the meeting calendar of a period, month by month (Mötesplan)"),
        _calendar,
    )
    # As ``meetings list`` reads its period (a wrong date is one line, exit 1, cli.main).
    parser.add_argument(
        "--from", dest="start", type=iso_date, metavar=_("DATE"), help=_("default: today")
    )
    parser.add_argument(
        "--to", dest="end", type=iso_date, metavar=_("DATE"), help=_("default: a year later")
    )
    add_with_option(parser, _("also the safety walks and dated exercises of the period"))


def _calendar(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import meeting_calendar
    from samverkan_desktop.services.calendar import CalendarFilter

    first, last = period(args)  # checked before the database is opened: no file then
    filters = CalendarFilter(entry_kinds=args.with_kinds)
    return open_db(args).call(meeting_calendar.build, first, last, filters)
