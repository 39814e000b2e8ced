"""``samverkan contacts add-organisation|edit-organisation``: what Kontakter's "Ny
organisation…" and an organisation's form do, through the same services and checks (a name
taken, an organisation number without its check digit: one line, exit 1, nothing changed). The
lists live in cli/contacts.py, which adds these."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.edit_options import (
    add_clear_option,
    chosen,
    given,
    given_text,
    nothing_to_change,
)
from samverkan_desktop.cli.output import add_json_flag, print_json
from samverkan_desktop.cli.records import open_record
from samverkan_desktop.enums import OrganisationKind
from samverkan_desktop.i18n import _
from samverkan_desktop.services import contacts as contact_service

# What ``--clear`` may empty in ``edit-organisation``, each as its option is named (a name and
# a kind it always has).
CLEARABLE = ("org-number", "phone", "notes")
EDITED = ("name", "kind", "org_number", "phone", "notes")


def add_commands(sub: Any) -> None:
    """Add ``add-organisation`` and ``edit-organisation`` to ``samverkan contacts``."""
    adding = sub.add_parser(
        "add-organisation", help=_("add an organisation, as Kontakter → Ny organisation…")
    )
    adding.add_argument("name", metavar=_("NAME"), help=_("the organisation's name"))
    _add_fields(adding, editing=False)
    adding.set_defaults(handler=add_organisation)

    edit = sub.add_parser(
        "edit-organisation",
        help=_("change an organisation's fields, as its form; those not given stay as they are"),
    )
    edit.add_argument(
        "organisation_id",
        type=record_id,
        metavar=_("ORGANISATION_ID"),
        help=_("the organisation's number (in “contacts organisations”)"),
    )
    edit.add_argument(
        "--name",
        type=given_text("--name", clearable=False),
        metavar=_("TEXT"),
        help=_("the organisation's name"),
    )
    _add_fields(edit, editing=True)
    add_clear_option(edit, CLEARABLE)
    add_json_flag(edit)
    edit.set_defaults(handler=edit_organisation)


def _add_fields(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    """The form's fields besides the name. An empty text (an unset variable in a script) is
    refused, as groups create|edit do; an edit empties a field with --clear."""
    parser.add_argument(
        "--kind",
        type=enum_choice("--kind", OrganisationKind),
        metavar=_("KIND"),
        help=_("the kind of organisation"),
    )
    parser.add_argument(
        "--org-number",
        type=given_text("--org-number", clearable=editing),
        metavar=_("ORG_NUMBER"),
        help=_("organisation number, e.g. 212000-0142"),
    )
    parser.add_argument(
        "--phone",
        type=given_text("--phone", clearable=editing),
        metavar=_("PHONE"),
        help=_("the organisation's telephone number"),
    )
    parser.add_argument(
        "--notes", type=given_text("--notes", clearable=editing), metavar=_("TEXT"), help=_("notes")
    )


def add_organisation(args: argparse.Namespace) -> int:
    """As the window's form: the same checks (a number that is no organisation number is
    refused, one line, nothing added); says the new organisation's id."""
    data = contact_service.OrganisationInput(
        args.name,
        args.kind or OrganisationKind.OTHER,
        args.org_number,
        args.phone,
        args.notes,
    )
    with open_db(args).session(write=True) as session:
        organisation_id = contact_service.create_organisation(session, data)
    print(_("Organisation {id} added: {name}").format(id=organisation_id, name=data.name.strip()))
    return 0


def edit_organisation(args: argparse.Namespace) -> int:
    """As the organisation's form and "Spara": the fields given change, the others stay; saved
    against the version read (services.versions), as the form is."""
    from samverkan_desktop.models import Organisation

    if not given(args, *EDITED):
        raise nothing_to_change("contacts edit-organisation")
    db = open_record(
        args,
        Organisation,
        args.organisation_id,
        _("There is no organisation with number {id}."),
    )
    with db.session(write=True) as session:
        row = contact_service.get_organisation(session, args.organisation_id)
        data = contact_service.OrganisationInput(
            name=args.name if args.name is not None else row.name,
            kind=args.kind or row.kind,
            org_number=chosen(args, "org_number", "org-number", row.org_number),
            phone=chosen(args, "phone", "phone", row.phone),
            notes=chosen(args, "notes", "notes", row.notes),
            expected_version=row.version,
        )
        contact_service.update_organisation(session, row.id, data)
        saved = contact_service.get_organisation(session, row.id)
    if args.json:
        print_json(organisation_json(saved))
    else:
        print(_("Organisation {id} saved: {name}").format(id=saved.id, name=saved.name))
    return 0


def organisation_json(row: contact_service.OrganisationRow) -> dict[str, Any]:
    """An organisation as ``contacts organisations --json`` lists it and ``edit-organisation
    --json`` says it saved (keys are added, never renamed)."""
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "org_number": row.org_number,
        "phone": row.phone,
        "people_count": row.people_count,
        "notes": row.notes,
    }
