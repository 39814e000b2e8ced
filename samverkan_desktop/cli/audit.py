"""``samverkan audit``: who changed what – export the trail, or show one record's history."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from samverkan_desktop import output_files
from samverkan_desktop.audit_entries import SKIP_TABLES
from samverkan_desktop.changes import WHOLE_DATABASE
from samverkan_desktop.cli.argument_parser import subcommands
from samverkan_desktop.cli.argument_types import iso_date
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.errors import NotFoundError, ValidationError
from samverkan_desktop.formatting import display_datetime, local_datetime
from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.models import Base
from samverkan_desktop.services import audit


def register(commands: Any) -> None:
    parser = commands.add_parser("audit", help=_("the audit trail: who changed what, and when"))
    sub = subcommands(parser, "audit")
    p = sub.add_parser("export", help=_("write the audit trail to a CSV file"))
    p.add_argument("--out", required=True, metavar=_("FILE.csv"), help=_("the file to write"))
    p.add_argument(
        "--since",
        type=iso_date,
        metavar=_("DATE"),
        help=_("only changes from this day (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--table", metavar=_("TABLE"), help=_("only changes in this table (e.g. groups)")
    )
    add_json_flag(p)
    p.set_defaults(handler=export)
    p = sub.add_parser("history", help=_("show the history of one record"))
    p.add_argument("table", metavar=_("TABLE"), help=_("the table, e.g. groups or people"))
    p.add_argument("record_id", metavar="ID", help=_("the record's id"))
    add_json_flag(p)
    p.set_defaults(handler=history)


def _check_id_form(table: str, record_id: str) -> None:
    """A record of numbered rows asked for by a word ("groups abc") is refused as such, not as
    a group that "does not exist"."""
    if table == WHOLE_DATABASE:
        return
    columns = list(Base.metadata.tables[table].primary_key.columns)
    parts = record_id.split("/")
    numbered = [_numbered(column) for column in columns]
    if len(parts) == len(columns) and all(
        part.strip().isdigit() for part, number in zip(parts, numbered, strict=True) if number
    ):
        return
    if all(numbered):
        example = "/".join(str(12 + index) for index in range(len(columns)))
        raise ValidationError(
            _("The id is a number, as in {example}, not “{value}”.").format(
                example=example, value=record_id
            )
        )


def _numbered(column: Any) -> bool:
    try:
        return column.type.python_type is int
    except NotImplementedError:  # a type without a Python counterpart: not a number
        return False


def _exists(session: Session, table: str, record_id: str) -> bool:
    if table == WHOLE_DATABASE:  # the database itself (its restores): always there
        return True
    # The trail's record ids are the primary key values joined by "/".
    columns = list(Base.metadata.tables[table].primary_key.columns)
    parts = record_id.split("/")
    if len(parts) != len(columns):
        return False
    try:
        values = [
            column.type.python_type(part) for column, part in zip(columns, parts, strict=True)
        ]
    except (ValueError, NotImplementedError):
        return False
    query = select(func.count()).select_from(Base.metadata.tables[table])
    for column, value in zip(columns, values, strict=True):
        query = query.where(column == value)
    return bool(session.scalar(query))


def _table(text: str) -> str:
    """A table the trail records; a mistyped one is an error, not an empty answer."""
    table = text.strip()
    if table == WHOLE_DATABASE:  # no table, but the trail records its restores
        return table
    if table not in Base.metadata.tables or table in SKIP_TABLES:
        raise ValidationError(
            _(
                "There is no table “{table}”; write for example groups, people or alarm_units."
            ).format(table=text)
        )
    return table


def export(args: argparse.Namespace) -> int:
    since = args.since
    table = None if args.table is None else _table(args.table)
    out = Path(args.out)
    output_files.check_target(out, output_files.CSV)  # before the database opens: never over it
    with (
        open_db(args).session() as session,
        output_files.replacing(out, output_files.CSV) as written,
    ):
        count = audit.export_csv(session, written, since, table)
    if args.json:
        print_json({"file": str(out), "rows": count})
    else:
        print(
            ngettext(
                "{count} change written to {path}.", "{count} changes written to {path}.", count
            ).format(count=count, path=out)
        )
    return 0


def history(args: argparse.Namespace) -> int:
    table, record_id = _table(args.table), args.record_id.strip()
    if not record_id:
        raise ValidationError(_("Give the id of the record."))
    _check_id_form(table, record_id)
    with open_db(args).session() as session:
        # The JSON's values stay "17:00" (a contract); the table writes "17.00" as the window.
        moment = local_datetime if args.json else display_datetime
        rows = audit.history(session, table, record_id, moment)
        if not rows and not _exists(session, table, record_id):
            raise NotFoundError(
                _("{label} {id} does not exist and was never recorded ({table}).").format(
                    label=audit.table_label(table), id=record_id, table=table
                )
            )
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "at": row.at,
                    "who": row.who,
                    "action": row.action,
                    "part": row.part,  # "" for the record's own change
                    "changes": [
                        {"field": c.field, "old": c.old, "new": c.new} for c in row.changes
                    ],
                }
                for row in rows
            ]
        )
        return 0
    print_table(
        (_("When"), _("Who"), _("What"), _("Changes")),
        [(display_datetime(r.at), r.who, _(r.action.label), r.summary) for r in rows],
    )
    return 0
