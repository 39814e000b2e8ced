"""``samverkan print actions --out FILE.pdf``: the actions list with the Actions area's filters."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.common import (
    code_choice,
    open_db,
    record_id,
    require_group,
    require_organisation,
    require_priority_area,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionSource
from samverkan_desktop.services.actions import ActionFilter


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli import printing  # printing lists this module: import late

    parser = printing.add_document(
        documents, "actions", _("the actions list (all sources), most urgent first"), _build
    )
    shown = parser.add_mutually_exclusive_group()
    shown.add_argument("--open", action="store_true", help=_("only open actions"))
    shown.add_argument("--overdue", action="store_true", help=_("only overdue actions"))
    parser.add_argument(
        "--organisation", type=record_id, metavar="ID", help=_("only this organisation's")
    )
    parser.add_argument("--area", type=record_id, metavar="ID", help=_("only this priority area"))
    parser.add_argument(
        "--group", type=record_id, metavar="ID", help=_("only the actions of this group")
    )
    parser.add_argument(
        "--source",
        choices=[s.value for s in ActionSource],
        type=code_choice("--source", {s.value: s for s in ActionSource}),
        help=_("only actions from meetings, walks, exercises or other"),
    )
    parser.add_argument("--search", metavar=_("TEXT"), help=_("words in what or description"))


def _build(args: argparse.Namespace) -> bytes:
    from samverkan_desktop.reports import actions_list

    filters = ActionFilter(
        open_only=args.open,
        overdue=args.overdue,
        organisation_id=args.organisation,
        priority_area_id=args.area,
        group_id=args.group,
        source_type=ActionSource(args.source) if args.source else None,
        search=args.search,
    )
    db = open_db(args)
    # An unknown organisation, priority area or group is an error, not an empty list (as in
    # ``samverkan actions list``).
    if args.organisation is not None:
        require_organisation(db, args.organisation)
    if args.area is not None:
        require_priority_area(db, args.area)
    if args.group is not None:
        require_group(db, args.group)
    return db.call(actions_list.build, filters)
