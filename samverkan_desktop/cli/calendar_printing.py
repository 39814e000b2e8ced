"""``samverkan print calendar --from DATE --to DATE --out FILE.pdf``: the meeting calendar of a
period ("Mötesplan 2027"), as the calendar's Print… makes it. Both days are needed; a wrong or
missing date, or a period ending before it starts, is one line and exit code 1 (no file is
written: the dates are checked before the database is opened)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from samverkan_desktop.cli.common import iso_date, open_db
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def _day(option: str) -> Any:
    """``type=`` for --from and --to: a wrong date is wrong input (a ValidationError: one line,
    exit 1, cli.main), as a wrong --week of ``print weekly``, not a usage error."""

    def parse(text: str) -> dt.date:
        try:
            return iso_date(text)
        except argparse.ArgumentTypeError as error:
            raise ValidationError(f"{option}: {error}") from error

    return parse


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    parser = printing.add_document(
        documents,
        "calendar",
        _("the meeting calendar of a period, month by month (Mötesplan)"),
        _calendar,
    )
    for option, dest, help_text in (
        ("--from", "start", _("the period's first day")),
        ("--to", "end", _("the period's last day")),
    ):
        parser.add_argument(option, dest=dest, type=_day(option), metavar=_("DATE"), help=help_text)


def _calendar(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import meeting_calendar

    first: dt.date | None = args.start
    last: dt.date | None = args.end
    if first is None or last is None:
        raise ValidationError(
            _("Give the period with --from and --to, e.g. --from 2027-01-01 --to 2027-12-31.")
        )
    if last < first:
        raise ValidationError(_("The period cannot end before it starts."))
    return open_db(args).call(meeting_calendar.build, first, last)
