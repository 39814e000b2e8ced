"""``samverkan actions list``: the actions from meetings, walks and exercises, as the Actions
area lists them."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.common import (
    add_json_flag,
    code_choice,
    open_db,
    print_json,
    print_table,
    record_id,
    require_group,
    require_organisation,
    require_priority_area,
    subcommands,
)
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionSource
from samverkan_desktop.services import actions as action_service
from samverkan_desktop.services.action_rows import origin_text, status_text


def register(commands: Any) -> None:
    actions = commands.add_parser("actions", help=_("actions from meetings, walks and exercises"))
    action_sub = subcommands(actions, "actions")
    action_list = action_sub.add_parser("list", help=_("list the actions, most urgent first"))
    action_list.add_argument("--open", action="store_true", help=_("only open actions"))
    action_list.add_argument("--overdue", action="store_true", help=_("only overdue actions"))
    action_list.add_argument("--group", type=record_id, metavar="ID", help=_("only this group's"))
    action_list.add_argument(
        "--organisation", type=record_id, metavar="ID", help=_("only this organisation's")
    )
    # As ``print actions`` takes them: the list a script reads is the list it can print.
    action_list.add_argument(
        "--area", type=record_id, metavar="ID", help=_("only this priority area")
    )
    action_list.add_argument(
        "--source",
        choices=[s.value for s in ActionSource],
        type=code_choice("--source", {s.value: s for s in ActionSource}),
        help=_("only actions from meetings, walks, exercises or other"),
    )
    action_list.add_argument("--search", metavar=_("TEXT"), help=_("words in what or description"))
    add_json_flag(action_list)
    action_list.set_defaults(handler=list_actions)


def list_actions(args: argparse.Namespace) -> int:
    db = open_db(args)
    # An unknown group or organisation is an error, not an empty list.
    if args.group is not None:
        require_group(db, args.group)
    if args.organisation is not None:
        require_organisation(db, args.organisation)
    if args.area is not None:
        require_priority_area(db, args.area)
    filters = action_service.ActionFilter(
        open_only=args.open,
        overdue=args.overdue,
        group_id=args.group,
        organisation_id=args.organisation,
        priority_area_id=args.area,
        source_type=ActionSource(args.source) if args.source else None,
        search=args.search,
    )
    rows = db.call(action_service.list_actions, filters)
    # Where each came from as the Actions list and ``print actions`` name it (the day of a
    # meeting, no time): the column said "Grupp" above walks and exercises.
    sources = db.call(
        action_service.source_texts, [(r.source_type, r.source_id) for r in rows], False
    )
    origins = {
        r.id: origin_text(sources.get((r.source_type, r.source_id)), r.group, r.source_type)
        for r in rows
    }
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "responsible_person": r.responsible_person,
                    "responsible_organisation": r.responsible_organisation,
                    "due_on": r.due_on,
                    "status": r.status,
                    "status_text": status_text(r.status, r.overdue),
                    "overdue": r.overdue,
                    "raised_on": r.raised_on,
                    "closed_on": r.closed_on,
                    "group_id": r.group_id,
                    "group": r.group,
                    "priority_area": r.priority_area,  # its own (the form's)
                    "shown_priority_area": r.shown_priority_area,  # else its group's, as listed
                    "source_type": r.source_type,
                    "source_id": r.source_id,
                    "source_text": origins[r.id],
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        [_("Id"), _("Action"), _("Responsible"), _("Due"), _("Status"), _("Source")],
        [
            (
                r.id,
                r.title,
                r.responsible,
                r.due_on,
                status_text(r.status, r.overdue),
                origins[r.id],
            )
            for r in rows
        ],
    )
    return 0
