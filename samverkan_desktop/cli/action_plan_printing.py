"""``samverkan print actionplan [--agreement ID] --out FILE.pdf``: the agreement's action plan
(åtgärdsplan) with each priority area's goal, situation picture and working groups; the
agreement in force unless one is named."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.records import require_record
from samverkan_desktop.i18n import _


def register_printouts(documents: Any) -> None:

    from samverkan_desktop.cli.printing import add_document
    from samverkan_desktop.models import Agreement
    from samverkan_desktop.reports import action_plan as report
    from samverkan_desktop.services.action_plan_reading import agreement_in_force

    def action_plan(args: argparse.Namespace) -> bytes:
        db = open_db(args)
        today = clock.today()
        if args.agreement is None:
            agreement_id = db.call(agreement_in_force, today)
        else:
            require_record(
                db, Agreement, args.agreement, _("There is no agreement with number {id}.")
            )
            agreement_id = args.agreement
        return db.call(report.build_action_plan, agreement_id, today)

    parser = add_document(
        documents,
        "actionplan",
        _("the agreement's action plan: goal, situation picture and groups per priority area"),
        action_plan,
    )
    parser.add_argument(
        "--agreement",
        type=record_id,
        default=None,
        metavar="ID",
        help=_("the agreement's number (default: the one in force)"),
    )
