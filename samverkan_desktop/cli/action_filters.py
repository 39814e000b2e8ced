"""The Actions area's filters on the command line, one set for ``actions list`` and ``print
actions``: the list a script reads is the list it can print."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from samverkan_desktop.cli.argument_parser import add_search_option
from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.choices import code_choice
from samverkan_desktop.cli.priority_area_option import (
    METAVAR,
    ONE_AREA_HELP,
    area_help,
    area_number_or_name,
    priority_area_id,
)
from samverkan_desktop.cli.records import require_group, require_organisation
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionSource
from samverkan_desktop.services.action_filter import ActionFilter

if TYPE_CHECKING:
    from samverkan_desktop.db import Database


def add_action_filters(parser: argparse.ArgumentParser, *, exclusive_status: bool) -> None:
    """--open/--overdue (``exclusive_status``: not both, as ``print actions`` always took
    them), --group, --organisation, --area, --source and --search."""
    shown = parser.add_mutually_exclusive_group() if exclusive_status else parser
    shown.add_argument("--open", action="store_true", help=_("only open actions"))
    shown.add_argument("--overdue", action="store_true", help=_("only overdue actions"))
    parser.add_argument("--group", type=record_id, metavar="ID", help=_("only this group's"))
    parser.add_argument(
        "--organisation", type=record_id, metavar="ID", help=_("only this organisation's")
    )
    parser.add_argument(
        "--area", type=area_number_or_name, metavar=_(METAVAR), help=area_help(ONE_AREA_HELP)
    )
    parser.add_argument(
        "--source",
        choices=[s.value for s in ActionSource],
        type=code_choice("--source", {s.value: s for s in ActionSource}),
        help=_("only actions from meetings, walks, exercises or other"),
    )
    add_search_option(parser, _("words in what or description"))


def action_filter(db: Database, args: argparse.Namespace) -> ActionFilter:
    """The filter the options give. An unknown group, organisation or priority area is an
    error, not an empty list."""
    if args.group is not None:
        require_group(db, args.group)
    if args.organisation is not None:
        require_organisation(db, args.organisation)
    area = None if args.area is None else priority_area_id(db, args.area)
    return ActionFilter(
        open_only=args.open,
        overdue=args.overdue,
        group_id=args.group,
        organisation_id=args.organisation,
        priority_area_id=area,
        source_type=ActionSource(args.source) if args.source else None,
        search=args.search,
    )
