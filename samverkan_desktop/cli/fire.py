"""``samverkan fire list|show``: the fire-safety inspections of the premises (SBA), read only:
what the Brandskydd page lists, for a script or a quick look; ``samverkan print
fireinspections``: the same on paper."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_parser import add_search_option, subcommands
from samverkan_desktop.cli.argument_types import day_count, record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_labelled, print_table
from samverkan_desktop.cli.records import require_record
from samverkan_desktop.i18n import _
from samverkan_desktop.models import InspectionResult
from samverkan_desktop.services import fire_inspections
from samverkan_desktop.services.fire_inspections import DUE_WITHIN_DAYS, InspectionRow, RemarkRow


def register(commands: Any) -> None:
    parser = commands.add_parser("fire", help=_("the fire safety inspections of the premises"))
    sub = subcommands(parser, "fire")
    list_parser = sub.add_parser("list", help=_("list the inspections, the newest first"))
    due = list_parser.add_mutually_exclusive_group()
    due.add_argument(
        "--due",
        action="store_true",
        help=_("only premises due for an inspection within {days} days, or overdue").format(
            days=DUE_WITHIN_DAYS
        ),
    )
    due.add_argument(  # as ``plans list``: the days chosen
        "--due-within",
        type=day_count,
        metavar=_("DAYS"),
        help=_("only premises due for an inspection within DAYS days (overdue included)"),
    )
    list_parser.add_argument(  # as the page's result filter
        "--result",
        type=enum_choice("--result", InspectionResult),
        metavar=_("RESULT"),
        help=_("only inspections with this result"),
    )
    add_search_option(list_parser, _("words in the premises, who inspected or the summary"))
    add_json_flag(list_parser)
    list_parser.set_defaults(handler=list_inspections)
    show = sub.add_parser("show", help=_("an inspection with its remarks"))
    show.add_argument(
        "inspection_id",
        type=record_id,
        metavar=_("INSPECTION_ID"),
        help=_("the inspection's number"),
    )
    add_json_flag(show)
    show.set_defaults(handler=show_inspection)


def _as_json(row: InspectionRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "premises": row.premises,
        "inspected_on": row.inspected_on,
        "performed_by": row.performed_by,
        "result": row.result.value,
        "summary": row.summary,
        "next_due_on": row.next_due_on if row.is_latest else None,
        "remarks": row.remarks,
        "open_remarks": row.open_remarks,
    }


def _remark_json(remark: RemarkRow) -> dict[str, Any]:
    return {
        "action_id": remark.id,
        "title": remark.title,
        "responsible": remark.responsible,
        "due_on": remark.due_on,
        "status": remark.status.value,
        "closed_on": remark.closed_on,
    }


def list_inspections(args: argparse.Namespace) -> int:
    db = open_db(args)
    rows = db.call(
        fire_inspections.list_inspections,
        clock.today(),
        due_only=args.due,
        due_within=args.due_within,
        result=args.result,
        search=args.search,
    )
    if args.json:
        print_json([_as_json(row) for row in rows])
        return 0
    print_table(
        [
            _("Id"),
            _("Inspected"),
            _("Premises"),
            _("Inspected by"),
            _("Result"),
            _("Remarks"),
            _("Next inspection"),
        ],
        [
            (
                r.id,
                r.inspected_on,
                r.premises,
                r.performed_by,
                _(r.result.label),
                f"{r.open_remarks}/{r.remarks}" if r.remarks else "",
                r.next_due_on if r.is_latest else None,
            )
            for r in rows
        ],
    )
    return 0


def show_inspection(args: argparse.Namespace) -> int:
    from samverkan_desktop.models import FireInspection

    db = open_db(args)
    require_record(
        db,
        FireInspection,
        args.inspection_id,
        _("There is no fire safety inspection with number {id}."),
    )
    today = clock.today()
    row = db.call(fire_inspections.get_inspection, args.inspection_id, today)
    remarks = db.call(fire_inspections.remarks_of, args.inspection_id, today)
    if args.json:
        print_json({**_as_json(row), "remarks": [_remark_json(r) for r in remarks]})
        return 0
    remark_lines = "\n".join(
        " · ".join(
            part
            for part in (
                r.title,
                r.responsible,
                _("by {date}").format(date=r.due_on.isoformat()) if r.due_on else "",
                _(r.status.label),
            )
            if part
        )
        for r in remarks
    )
    print_labelled(
        [
            (_("Premises"), row.premises),
            (_("Inspected"), row.inspected_on.isoformat()),
            (_("Inspected by"), row.performed_by),
            (_("Result"), _(row.result.label)),
            (_("Next inspection"), row.next_due_on.isoformat() if row.is_latest else ""),
            (_("Summary"), row.summary),
            (_("Remarks"), remark_lines),
        ]
    )
    return 0


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli.printing import add_document

    def inspection_list(args: argparse.Namespace) -> bytes:
        from samverkan_desktop.reports import fire_inspection_list

        return open_db(args).call(fire_inspection_list.build)

    add_document(
        documents,
        "fireinspections",
        _("the fire safety inspections with their remarks, as Brandskydd lists them"),
        inspection_list,
    )
