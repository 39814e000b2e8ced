"""The period a command covers: --year, or --from and --to, and the days they name."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Mapping
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_types import iso_date, parse_year
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def period(args: argparse.Namespace) -> tuple[dt.date, dt.date]:
    """--from (default today) and --to (default a year later), or --year where a command takes
    it (add_year_or_days)."""
    from dateutil.relativedelta import relativedelta

    first, last = chosen_days(args)
    start = first or clock.today()
    return start, last or start + relativedelta(years=1)


def chosen_days(args: argparse.Namespace) -> tuple[dt.date | None, dt.date | None]:
    """The first and last day --from and --to name (None: not given), or 1 January and 31
    December of --year; a period ending before it starts is wrong input."""
    year = getattr(args, "year", None)
    if year is not None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if args.start and args.end and args.end < args.start:
        raise ValidationError(_("The end date cannot be before the start date."))
    return args.start, args.end


class _NotWith(argparse.Action):
    """An option given with one it ``excludes`` (dest → option) is wrong usage, exit 2, as
    argparse's mutually exclusive options are ("--year går inte att ge tillsammans med
    --from."): a group of those cannot let --from go with --to."""

    def __init__(self, *args: Any, excludes: Mapping[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.excludes = excludes

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        for dest, option in self.excludes.items():
            if getattr(namespace, dest, None) is not None:
                raise argparse.ArgumentError(self, _("not allowed with argument %s") % option)
        setattr(namespace, self.dest, values)


def add_year_or_days(
    parser: argparse.ArgumentParser,
    *,
    year: str,
    start: str,
    end: str,
    year_first: bool = True,
) -> None:
    """--year YEAR, or --from DATE and --to DATE (either or both), with these helps; read by
    chosen_days (or period). ``year_first``: --year is listed before the days."""

    def add_year() -> None:
        parser.add_argument(
            "--year",
            type=parse_year,
            metavar=_("YEAR"),
            action=_NotWith,
            excludes={"start": "--from", "end": "--to"},
            help=year,
        )

    if year_first:
        add_year()
    for option, dest, text in (("--from", "start", start), ("--to", "end", end)):
        parser.add_argument(
            option,
            dest=dest,
            type=iso_date,
            metavar=_("DATE"),
            action=_NotWith,
            excludes={"year": "--year"},
            help=text,
        )
    if not year_first:
        add_year()
