"""What ``samverkan units``, ``samverkan loans`` and the alarm printouts share: the unit kinds
as the options name them, the ``--initials`` check, JSON datetimes and opening a loan's
database by its number.

Datetimes in JSON are Stockholm local time with their UTC offset ("2026-11-23T08:14:00+01:00").
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from samverkan_desktop.cli.records import open_record
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import local
from samverkan_desktop.i18n import _
from samverkan_desktop.models import UnitKind

# --kind of "units list" and "units add", --purpose of "loans out".
KINDS = {"home-visit": UnitKind.HOME_VISIT, "home-loan": UnitKind.HOME_LOAN}


def iso(value: dt.datetime | None) -> str | None:
    return local(value).isoformat() if value else None


def initials(args: argparse.Namespace) -> str | None:
    """--initials as given. Given empty (a script's unset variable) it is refused, not taken for
    "no initials": the trail would say nobody handed the unit over."""
    if args.initials is not None and not args.initials.strip():
        raise ValidationError(
            _("--initials is empty: give your initials (e.g. AB), or leave --initials out.")
        )
    return args.initials


def loan_db(args: argparse.Namespace, loan_id: int) -> Any:
    """The database, once loan ``loan_id`` is known to exist (else a message naming it)."""
    from samverkan_desktop.models import Loan

    return open_record(args, Loan, loan_id, _("There is no loan with number {id}."))
