"""The ``type=`` readers of the command line's values: dates, weeks, years, counts, record
numbers and times of day. A value one refuses is wrong input (one line, exit 1), not wrong
usage (cli.argument_parser.SwedishArgumentParser)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any, TypeVar

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _

DateOrTime = TypeVar("DateOrTime", dt.date, dt.datetime)


FIRST_YEAR, LAST_YEAR = 1900, 2200  # the years a date or a year on the command line may name


def within_years(value: DateOrTime, text: str) -> DateOrTime:
    """``value`` (a date read from ``text``) if its year is one the register can hold: wrong
    input (exit 1) for "9999-12-31" or "0001-01-01", which were an unexpected error (the day
    after, or the moment in Stockholm time, is outside Python's dates) or a preview of the
    weekly meetings of eight thousand years."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            _("“{value}” is outside the years {first}–{last}.").format(
                value=text, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    return value


def iso_week(text: str) -> Any:
    """A week for --week options, "2026-W49" (services.weekly_briefs.parse_week: also
    "2026-49"); one of a year outside the register's is misspelt, as a date of that year."""
    from samverkan_desktop.services.weekly_briefs import parse_week

    week = parse_week(text)  # a ValidationError: one line, exit 1 (cli.main)
    within_years(week.monday, text)
    return week


def parse_year(text: str) -> int:
    """A year for --year options: wrong input (exit 1) rather than an empty list for "-1"."""
    try:
        year = int(text.strip())
    except ValueError:
        year = 0
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a year (write it as 2026).").format(value=text)
        )
    return year


def whole_number(text: str) -> int:
    """A count (``--skip``): 0 or more, wrong input for "x" or "-1" rather than argparse's
    "invalid int value"."""
    try:
        value = int(text.strip())
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a whole number of 0 or more.").format(value=text)
        )
    return value


def day_count(value: str) -> int:
    """A number of days ahead (``--due-within``): 0 or more."""
    try:
        days = int(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(
            _("not a number of days: {value}").format(value=value)
        ) from error
    if days < 0:
        raise argparse.ArgumentTypeError(_("the number of days must not be negative"))
    return days


LARGEST_ID = 2**63 - 1  # the databases' integer keys (SQLite and PostgreSQL bigint)


def record_id(text: str) -> int:
    """A record's number on the command line: wrong input (exit 1) for anything the database
    could not hold, rather than the driver's OverflowError."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("“{value}” is not a record number (write it as 12).").format(value=text)
        ) from None
    if abs(value) > LARGEST_ID:
        raise argparse.ArgumentTypeError(
            _("{value} is too large to be a record number.").format(value=text.strip())
        )
    return value


def iso_date(value: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError as error:
        # Today's date as the example, as the window's date fields give it.
        from samverkan_desktop import clock

        raise argparse.ArgumentTypeError(
            _("“{value}” is not a date (write it as {example})").format(
                value=value, example=clock.today().isoformat()
            )
        ) from error
    return within_years(day, value)


def clock_time(text: str) -> dt.time:
    """A time of day as the window's time fields read it (the program's one clock reader):
    "18.30", "18:30", "kl 9"; "25.00" is one line naming what is wrong, exit 1."""
    from samverkan_desktop.clock_input import read_clock

    return read_clock(text)


class OneDate(argparse.Action):
    """A date option with two spellings (``groups end --on``/``--date``): given twice, the
    days must agree. They shared one value, so "--on 2026-12-20 --date 2026-12-22" silently
    ended the group on the last; now it is wrong input (one line, exit 1), nothing written."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        given_as = f"_{self.dest}_given_as"  # the spelling of the day already given, to name it
        earlier = getattr(namespace, self.dest, None)
        if earlier is not None and earlier != values:
            raise ValidationError(
                _("{first} and {second} give different days ({one} and {other}); give one.").format(
                    first=getattr(namespace, given_as),
                    second=option_string,
                    one=earlier.isoformat(),
                    other=values.isoformat(),
                ),
                field=self.dest,
            )
        setattr(namespace, self.dest, values)
        setattr(namespace, given_as, option_string)
