"""``samverkan agreements create|edit``: what the agreement form ("Agreements…", "New
agreement" and "Edit agreement") does, through the same service. ``agreements list|show`` live
in cli/agreements.py, which adds these.

A revision of the agreement (a new version adopted, its history kept) is not an edit: its
commands are beside these, in cli/agreement_revision.py."""

from __future__ import annotations

import argparse
import dataclasses
from typing import TYPE_CHECKING, Any

from samverkan_desktop.cli.argument_types import iso_date, record_id
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.edit_options import (
    add_clear_option,
    add_id_list,
    chosen,
    given,
    given_text,
    nothing_to_change,
)
from samverkan_desktop.cli.priority_area_option import (
    METAVAR,
    area_help,
    area_number_or_name,
    priority_area_ids,
)
from samverkan_desktop.cli.records import numbered_title, open_record, require_organisation
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.services import agreements as agreement_service
from samverkan_desktop.services.agreements import AgreementInput

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from samverkan_desktop.db import Database

CLEARABLE = ("until", "signed-on", "signed-by", "party", "area", "appendix", "notes")
EDITED = (
    "title",
    "valid_from",
    "until",
    "revised_every",
    "signed_on",
    "signed_by",
    "parties",
    "areas",
    "appendices",
    "notes",
)


def add_commands(sub: Any) -> None:
    """Add ``create`` and ``edit`` to ``samverkan agreements``' commands."""
    create = sub.add_parser(
        "create", help=_("register an agreement with the police (as “New agreement”)")
    )
    create.add_argument("title", metavar=_("NAME"), help=_("the agreement's name"))
    _add_fields(create, editing=False)
    create.set_defaults(handler=create_agreement, clear=frozenset(), delete_area_plans=False)

    edit = sub.add_parser(
        "edit",
        help=_("change an agreement's fields (as “Edit agreement”); those not given stay"),
    )
    edit.add_argument(
        "agreement_id", type=record_id, metavar=_("AGREEMENT_ID"), help=_("the agreement's number")
    )
    edit.add_argument(
        "--title",
        type=given_text("--title", clearable=False),
        metavar=_("TEXT"),
        help=_("the agreement's name"),
    )
    _add_fields(edit, editing=True)
    add_clear_option(edit, CLEARABLE)
    edit.add_argument(
        "--delete-area-plans",
        action="store_true",
        help=_(
            "a priority area taken out takes its goal and figures in the action plan along "
            "(refused without, as the form asks first)"
        ),
    )
    edit.set_defaults(handler=edit_agreement)


def _add_fields(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    parser.add_argument(
        "--from",
        dest="valid_from",
        required=not editing,
        type=iso_date,
        metavar=_("DATE"),
        help=_("the day it applies from"),
    )
    parser.add_argument(
        "--until",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the last day it applies (without: until further notice)"),
    )
    parser.add_argument(
        "--revised-every",
        type=agreement_service.read_revision_interval,
        metavar=_("MONTHS"),
        help=_("months between revisions, 1–120 (default for a new agreement: 12)"),
    )
    parser.add_argument(
        "--signed-on", type=iso_date, metavar=_("DATE"), help=_("the day it was signed")
    )
    parser.add_argument(
        "--signed-by",
        type=given_text("--signed-by", editing),
        metavar=_("TEXT"),
        help=_("e.g. Stadsdelsdirektör; lokalpolisområdeschef"),
    )
    parser.add_argument(
        "--party",
        dest="parties",
        type=_party,
        action="append",
        metavar=_("ORGANISATION_ID[:CASE_NUMBER]"),
        help=_(
            "a party, by its number in “contacts organisations”, with its case number after a "
            "colon; repeat for each (edit: replaces them)"
        ),
    )
    add_id_list(
        parser,
        "--area",
        "areas",
        area_help(
            N_(
                "a priority area the agreement picks: {named_by}; repeat for several (edit: "
                "replaces them)"
            )
        ),
        type=area_number_or_name,
        metavar=_(METAVAR),
    )
    parser.add_argument(
        "--appendix",
        dest="appendices",
        type=given_text("--appendix", editing),
        action="append",
        metavar=_("TEXT"),
        help=_("an appendix with its number: “3a Åtgärdsplan”; repeat for each (edit: replaces)"),
    )
    parser.add_argument("--notes", type=given_text("--notes", editing), metavar=_("TEXT"),
                        help=_("notes"))  # fmt: skip


def _party(text: str) -> tuple[int, str | None]:
    """ "12" or "12:A091.081/2020": the organisation's number and its case number."""
    number, colon, case = text.partition(":")
    try:
        organisation = record_id(number)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(
            _(
                "“{value}” is not a party: write the organisation's number, with its case "
                "number after a colon (12:A091.081/2020)."
            ).format(value=text)
        ) from None
    return organisation, (case.strip() or None) if colon else None


def _check_records(db: Database, args: argparse.Namespace) -> None:
    """An id never registered is "Det finns ingen … med nummer N", not the service's "A chosen
    party no longer exists." (for one another desk removed meanwhile). The --area names
    become their numbers here, before anything is written."""
    for organisation, _case in args.parties or ():
        require_organisation(db, organisation)
    if args.areas is not None:  # numbers from here on: the form's fields hold numbers
        args.areas = priority_area_ids(db, args.areas)


def _changed(args: argparse.Namespace, data: AgreementInput) -> AgreementInput:
    appendices = chosen(args, "appendices", "appendix", None)
    return dataclasses.replace(
        data,
        title=args.title if args.title is not None else data.title,
        valid_from=args.valid_from or data.valid_from,
        valid_until=chosen(args, "until", "until", data.valid_until),
        revision_interval_months=(
            data.revision_interval_months if args.revised_every is None else args.revised_every
        ),
        signed_on=chosen(args, "signed_on", "signed-on", data.signed_on),
        signed_by=chosen(args, "signed_by", "signed-by", data.signed_by),
        parties=tuple(chosen(args, "parties", "party", data.parties) or ()),
        priority_area_ids=tuple(chosen(args, "areas", "area", data.priority_area_ids) or ()),
        appendices=(
            "\n".join(appendices or ())
            if args.appendices is not None or "appendix" in args.clear
            else data.appendices
        ),
        notes=chosen(args, "notes", "notes", data.notes),
    )


def create_agreement(args: argparse.Namespace) -> int:
    db = open_db(args)
    _check_records(db, args)
    data = _changed(args, AgreementInput(title=args.title, valid_from=args.valid_from))
    with db.session(write=True) as session:
        agreement_id = agreement_service.create_agreement(session, data)
        title = agreement_service.get_agreement(session, agreement_id).title
    label = numbered_title(agreement_id, title)
    print(_("The agreement {agreement} is registered.").format(agreement=label))
    return 0


def edit_agreement(args: argparse.Namespace) -> int:
    """As "Edit agreement" and "Save": the fields given change, the others stay."""
    from samverkan_desktop.models import Agreement

    if not given(args, *EDITED):
        raise nothing_to_change("agreements edit")
    db = open_record(
        args, Agreement, args.agreement_id, _("There is no agreement with number {id}.")
    )
    _check_records(db, args)
    with db.session(write=True) as session:
        detail = agreement_service.get_agreement(session, args.agreement_id)
        current = AgreementInput(
            title=detail.title,
            valid_from=detail.valid_from,
            valid_until=detail.valid_until,
            revision_interval_months=detail.revision_interval_months,
            signed_on=detail.signed_on,
            signed_by=detail.signed_by,
            parties=tuple((p.organisation_id, p.case_number) for p in detail.parties),
            appendices=detail.appendix_text,
            priority_area_ids=detail.priority_area_ids,
            notes=detail.notes,
            expected_version=detail.version,
        )
        data = _changed(args, current)
        if not args.delete_area_plans:
            check_area_plans_kept(session, detail.id, set(data.priority_area_ids))
        agreement_service.update_agreement(session, detail.id, data)
    label = numbered_title(detail.id, data.title)
    print(_("The agreement {agreement} is saved.").format(agreement=label))
    return 0


def check_area_plans_kept(session: Session, agreement_id: int, kept: set[int]) -> None:
    """The form asks before an area taken out takes its goal and figures along; a script says
    so with --delete-area-plans (a revision, and its removal, likewise)."""
    from samverkan_desktop.services.action_plan import area_plan_summaries

    lost = [
        s.area
        for s in area_plan_summaries(session, agreement_id)
        if s.priority_area_id not in kept and (s.has_goal or s.figure_count)
    ]
    if lost:
        raise ValidationError(
            _(
                "The action plan has a goal or figures for {areas}, which would be deleted with "
                "the area: give --delete-area-plans to delete them, or keep the area."
            ).format(areas=", ".join(_("“{name}”").format(name=area) for area in lost))
        )
