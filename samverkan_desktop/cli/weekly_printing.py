"""``samverkan print weekly [--week 2026-W49] [--shared] --out FILE.pdf``: the Friday summary to
management of a week (this week unless given), or with ``--shared`` its "Inför helgen" version
holding only the items that may be passed on. A wrong week is one line and exit code 1."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.argument_types import iso_week
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    parser = printing.add_document(
        documents,
        "weekly",
        _("the weekly summary to management, or with --shared what is passed on"),
        _weekly,
    )
    parser.add_argument(
        "--week",
        type=iso_week,
        default=None,
        metavar=_("WEEK"),
        help=_("the ISO week, as 2026-W49 (default: this week)"),
    )
    parser.add_argument(
        "--shared",
        action="store_true",
        help=_("only the items that may be passed on (Inför helgen)"),
    )


def _weekly(args: argparse.Namespace) -> bytes:
    from samverkan_desktop import clock
    from samverkan_desktop.reports import weekly_brief
    from samverkan_desktop.services.weekly_briefs import BriefWeek

    week = args.week or BriefWeek.of(clock.today())
    return open_db(args).call(weekly_brief.build, week, args.shared)
