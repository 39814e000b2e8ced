"""``samverkan groups ...``"""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.common import add_json_flag, open_db, print_json, print_table
from samverkan_desktop.i18n import _
from samverkan_desktop.services import groups as group_service


def register(commands: Any) -> None:
    parser = commands.add_parser("groups", help=_("collaboration groups"))
    sub = parser.add_subparsers(
        dest="groups_command", metavar=_("COMMAND"), parser_class=type(parser)
    )
    sub.required = True
    list_parser = sub.add_parser("list", help=_("list the groups"))
    add_json_flag(list_parser)
    list_parser.set_defaults(handler=list_groups)


def list_groups(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as session:
        rows = group_service.list_groups(session)
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "name": row.name,
                    "type": row.type,
                    "status": row.status,
                    "priority_areas": list(row.priority_areas),
                    "convener": row.convener,
                    "meeting_frequency": row.meeting_frequency,
                    "starts_on": row.starts_on,
                    "term_until": row.term_until,
                    "member_count": row.member_count,
                }
                for row in rows
            ]
        )
    else:
        print_table(
            [_("Id"), _("Name"), _("Type"), _("Status"), _("Meets"), _("Members")],
            [(r.id, r.name, r.type, r.status, r.meeting_frequency, r.member_count) for r in rows],
        )
    return 0
