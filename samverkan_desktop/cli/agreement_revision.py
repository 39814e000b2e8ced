"""``samverkan agreements revise|remove-revision``: what "Revidera överenskommelsen…" and "Ta bort
revision…" in the window's Agreements do, through the same services. A revision is recorded
beside the earlier ones (each stays for the reports of its period); only the latest can be
removed, never the signing."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from samverkan_desktop.cli.agreement_changes import check_area_plans_kept
from samverkan_desktop.cli.argument_types import iso_date, record_id
from samverkan_desktop.cli.edit_options import given_text
from samverkan_desktop.cli.priority_area_option import (
    METAVAR,
    area_help,
    area_number_or_name,
    priority_area_ids,
)
from samverkan_desktop.cli.records import numbered_title, open_record
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.services import agreement_revisions
from samverkan_desktop.services import agreements as agreement_service
from samverkan_desktop.services.agreement_revisions import RevisionInput

if TYPE_CHECKING:
    from samverkan_desktop.db import Database

# As ``agreements edit`` says it (one text to translate).
DELETE_AREA_PLANS_HELP = N_(
    "a priority area taken out takes its goal and figures in the action plan along "
    "(refused without, as the form asks first)"
)


def add_commands(sub: Any) -> None:
    """Add ``revise`` and ``remove-revision`` to ``samverkan agreements``' commands."""
    revise = sub.add_parser(
        "revise",
        help=_(
            "record the agreement's revision (as “Revise the agreement…”): its date, who "
            "decided, the priority areas it chose; the earlier revisions stay"
        ),
    )
    _add_agreement_id(revise)
    revise.add_argument(
        "--date",
        required=True,
        type=iso_date,
        metavar=_("DATE"),
        help=_("the day the revision was decided (today or earlier, after the latest)"),
    )
    revise.add_argument(
        "--decided-by",
        required=True,
        type=given_text("--decided-by", clearable=False),
        metavar=_("TEXT"),
        help=_("e.g. Stadsdelsdirektör; lokalpolisområdeschef"),
    )
    revise.add_argument(
        "--area",
        "--areas",
        dest="areas",
        type=area_number_or_name,
        action="extend",
        nargs="+",
        metavar=_(METAVAR),
        help=area_help(
            N_(
                "the priority areas the revision chooses, each by {named_by}; repeat or give "
                "several (without: those in force stay)"
            )
        ),
    )
    revise.add_argument(
        "--note",
        type=given_text("--note", clearable=False),
        metavar=_("TEXT"),
        help=_("what else the revision did, e.g. Lägesbilden uppdaterad"),
    )
    revise.add_argument("--delete-area-plans", action="store_true", help=_(DELETE_AREA_PLANS_HELP))
    revise.set_defaults(handler=revise_agreement)

    remove = sub.add_parser(
        "remove-revision",
        help=_(
            "remove the agreement's latest revision, recorded by mistake (as “Remove "
            "revision…”); the priority areas go back to the revision before"
        ),
    )
    _add_agreement_id(remove)
    remove.add_argument("--delete-area-plans", action="store_true", help=_(DELETE_AREA_PLANS_HELP))
    remove.set_defaults(handler=remove_revision)


def _add_agreement_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "agreement_id", type=record_id, metavar=_("AGREEMENT_ID"), help=_("the agreement's number")
    )


def _open(args: argparse.Namespace) -> Database:
    from samverkan_desktop.models import Agreement

    return open_record(
        args, Agreement, args.agreement_id, _("There is no agreement with number {id}.")
    )


def revise_agreement(args: argparse.Namespace) -> int:
    db = _open(args)
    given = priority_area_ids(db, args.areas or ())
    with db.session(write=True) as session:
        detail = agreement_service.get_agreement(session, args.agreement_id)
        areas = tuple(dict.fromkeys(given)) if given else detail.priority_area_ids
        if not args.delete_area_plans:
            check_area_plans_kept(session, detail.id, set(areas))
        agreement_revisions.revise_agreement(
            session,
            detail.id,
            RevisionInput(
                revised_on=args.date,
                priority_area_ids=areas,
                decided_by=args.decided_by,
                note=args.note,
                expected_version=detail.version,
            ),
        )
        revised = agreement_service.get_agreement(session, detail.id).revisions[-1]
    print(
        _("The agreement {agreement} is revised as of {date}: {change}.").format(
            agreement=numbered_title(detail.id, detail.title),
            date=revised.revised_on.isoformat(),
            change=revised.change,
        )
    )
    return 0


def remove_revision(args: argparse.Namespace) -> int:
    db = _open(args)
    with db.session(write=True) as session:
        detail = agreement_service.get_agreement(session, args.agreement_id)
        latest = agreement_revisions.latest_revision(session, detail.id)
        if not args.delete_area_plans:
            dropped = set(agreement_revisions.areas_dropped_by_removal(session, detail.id))
            check_area_plans_kept(session, detail.id, set(detail.priority_area_ids) - dropped)
        agreement_revisions.remove_latest_revision(session, detail.id, detail.version)
        now = agreement_service.get_agreement(session, detail.id).revisions[-1]
    in_force = (
        _("the agreement as signed on {date} is in force")
        if now.first
        else _("the revision of {date} is in force")
    ).format(date=now.revised_on.isoformat())
    print(
        _("The revision of {date} of the agreement {agreement} is removed; {in_force}.").format(
            date=latest.revised_on.isoformat(),
            agreement=numbered_title(detail.id, detail.title),
            in_force=in_force,
        )
    )
    return 0
