"""``samverkan contacts ...``"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli import organisation_changes
from samverkan_desktop.cli.argument_parser import add_search_option, subcommands
from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.organisation_changes import organisation_json
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.cli.records import require_organisation
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.services import contact_import
from samverkan_desktop.services import contacts as contact_service


def register(commands: Any) -> None:
    parser = commands.add_parser("contacts", help=_("the contacts register"))
    sub = subcommands(parser, "contacts")
    list_parser = sub.add_parser("list", help=_("list the people in the contacts register"))
    list_parser.add_argument(
        "--unverified",
        "--stale",  # as "crisis contacts" names the same filter
        action="store_true",
        help=_("only those not verified in 6 months"),
    )
    add_search_option(
        list_parser, _("words in the name, title, department, e-mail or organisation")
    )
    list_parser.add_argument(
        "--organisation", type=record_id, metavar="ID", help=_("only this organisation's")
    )
    add_json_flag(list_parser)
    list_parser.set_defaults(handler=list_contacts)
    # The numbers that --organisation takes: there was no way to find them here.
    organisations = sub.add_parser(
        "organisations", help=_("list the organisations with their numbers and people")
    )
    add_search_option(organisations, _("words in the name"))
    add_json_flag(organisations)
    organisations.set_defaults(handler=list_organisations)
    organisation_changes.add_commands(sub)
    # A new district's first step: the list it already keeps in Excel.
    importing = sub.add_parser(
        "import", help=_("add the people of a contact list kept in Excel (.xlsx or .csv)")
    )
    importing.add_argument("file", type=_list_file, metavar=_("FILE"), help=_(".xlsx or .csv"))
    add_json_flag(importing)
    importing.set_defaults(handler=import_contacts)


def _list_file(text: str) -> Path:
    """The list to import; an empty path (an unset variable in a script) is said to be one:
    Path("") is ".", and the refusal named a file called "" ("Fel:  är ingen lista …")."""
    if not text.strip():
        raise ValidationError(
            _("The file's path is empty; give the contact list to import (.xlsx or .csv).")
        )
    return Path(text)


def import_contacts(args: argparse.Namespace) -> int:
    db = open_db(args)
    result = db.call(contact_import.import_contacts, args.file)
    if args.json:
        print_json(
            {
                "added": result.added,
                "organisations_added": list(result.organisations_added),
                "staff": result.staff,
                "duplicates": [vars(line) for line in result.duplicates],
                "refused": [vars(line) for line in result.refused],
                "noted": [vars(line) for line in result.noted],
            }
        )
        return 0
    print(contact_import.summary(result))
    for line in contact_import.skipped_lines(result):
        print("  " + line)
    return 0


def list_contacts(args: argparse.Namespace) -> int:
    today = clock.today()
    db = open_db(args)
    if args.organisation is not None:
        require_organisation(db, args.organisation)
    with db.session() as session:
        rows = contact_service.list_people(
            session,
            args.search,
            organisation_id=args.organisation,
            unverified_on=today if args.unverified else None,
        )
    if args.json:
        print_json(
            [
                {
                    "id": row.id,
                    "name": row.name,
                    "title": row.title,
                    "organisation": row.organisation,
                    "department": row.department,
                    "phone": row.phone,
                    "email": row.email,
                    "is_staff": row.is_staff,
                    "last_verified": row.last_verified,
                    "verification_due": row.verification_due(today),
                }
                for row in rows
            ]
        )
    else:
        print_table(
            [_("Id"), _("Name"), _("Title"), _("Organisation"), _("Phone"), _("Verified")],
            [(r.id, r.name, r.title, r.organisation, r.phone, r.last_verified) for r in rows],
        )
    return 0


def list_organisations(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as session:
        rows = contact_service.list_organisations(session, args.search)
    if args.json:
        print_json([organisation_json(row) for row in rows])
    else:
        print_table(
            [_("Id"), _("Name"), _("Kind"), _("Phone"), _("People")],
            [(r.id, r.name, r.kind, r.phone, r.people_count) for r in rows],
        )
    return 0
