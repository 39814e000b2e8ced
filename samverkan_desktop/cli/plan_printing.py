"""``samverkan print plan ID --out FILE.pdf``: one plan of the register on paper, as Arkiv →
Skriv ut… prints the plan chosen on Kris → Planer."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    parser = printing.add_document(
        documents,
        "plan",
        _(
            "one plan of the register: its facts, version history, exercises and files "
            "(the number from plans list)"
        ),
        _build,
    )
    parser.add_argument("plan_id", type=record_id, metavar="ID", help=_("the plan's number"))


def _build(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.cli.records import open_record
    from samverkan_desktop.models import Plan
    from samverkan_desktop.reports import plan_sheet

    db = open_record(args, Plan, args.plan_id, _("There is no plan with number {id}."))
    return db.call(plan_sheet.build, args.plan_id)
