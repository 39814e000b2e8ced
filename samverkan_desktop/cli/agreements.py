"""``samverkan agreements ...``: the agreements with the police the groups work under (their
ids are what ``print`` and scripts name)."""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop.cli.argument_parser import add_search_option, subcommands
from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_labelled, print_table
from samverkan_desktop.cli.records import require_record
from samverkan_desktop.i18n import _
from samverkan_desktop.services import agreements as agreement_service
from samverkan_desktop.services.agreements import AgreementDetail


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "agreements", help=_("the collaboration agreements with the police")
    )
    sub = subcommands(parser, "agreements")
    list_parser = sub.add_parser("list", help=_("list the agreements, the newest first"))
    add_search_option(
        list_parser, _("words in the name, police area, parties, priority areas or notes")
    )
    add_json_flag(list_parser)
    list_parser.set_defaults(handler=list_agreements)
    show = sub.add_parser(
        "show",
        help=_("an agreement's parties, appendices, priority areas, term and signing"),
    )
    show.add_argument(
        "agreement_id", type=record_id, metavar=_("AGREEMENT_ID"), help=_("the agreement's number")
    )
    add_json_flag(show)
    show.set_defaults(handler=show_agreement)
    _register_changes(sub)


def _register_changes(sub: Any) -> None:
    """The writes, as the agreement form's (their own module). A revision of the agreement is
    not an edit: its commands go beside these, in a module of their own."""
    from samverkan_desktop.cli import agreement_changes, agreement_revision

    agreement_changes.add_commands(sub)
    agreement_revision.add_commands(sub)


def _as_json(detail: AgreementDetail) -> dict[str, Any]:
    return {
        "id": detail.id,
        "title": detail.title,
        "police_area": detail.police_area,
        "valid_from": detail.valid_from,
        "valid_until": detail.valid_until,
        "revision_interval_months": detail.revision_interval_months,
        "next_revision": detail.next_revision,
        "signed_on": detail.signed_on,
        "signed_by": detail.signed_by,
        "parties": [
            {"organisation": p.organisation, "case_number": p.case_number} for p in detail.parties
        ],
        "appendices": [{"number": n, "title": t} for n, t in detail.appendices],
        "priority_areas": list(detail.priority_areas),
        "group_count": detail.group_count,
        "notes": detail.notes,
        # Oldest first; the first is the agreement as signed.
        "revisions": [
            {
                "revised_on": r.revised_on,
                "decided_by": r.decided_by,
                "priority_areas": list(r.priority_areas),
                "added": list(r.added),
                "removed": list(r.removed),
                "note": r.note,
            }
            for r in detail.revisions
        ],
    }


def _term(detail: AgreementDetail) -> str:
    if detail.valid_until is None:
        return _("from {date}, until further notice").format(date=detail.valid_from.isoformat())
    return _("{start} – {end}").format(
        start=detail.valid_from.isoformat(), end=detail.valid_until.isoformat()
    )


def list_agreements(args: argparse.Namespace) -> int:
    db = open_db(args)
    with db.session() as session:
        rows = agreement_service.list_agreement_details(session, args.search)
    if args.json:
        print_json([_as_json(row) for row in rows])
    else:
        print_table(
            [_("Id"), _("Agreement"), _("Term"), _("Signed"), _("Revise by"), _("Groups")],
            [(r.id, r.title, _term(r), r.signed_on, r.next_revision, r.group_count) for r in rows],
        )
    return 0


def show_agreement(args: argparse.Namespace) -> int:
    """What the agreement's form holds, as label: value lines (or JSON)."""
    from samverkan_desktop.models import Agreement

    db = open_db(args)
    require_record(db, Agreement, args.agreement_id, _("There is no agreement with number {id}."))
    with db.session() as session:
        detail = agreement_service.get_agreement(session, args.agreement_id)
    if args.json:
        print_json(_as_json(detail))
        return 0
    parties = "\n".join(
        f"{p.organisation} ({p.case_number})" if p.case_number else p.organisation
        for p in detail.parties
    )
    signed = " · ".join(
        part
        for part in (detail.signed_on and detail.signed_on.isoformat(), detail.signed_by)
        if part
    )
    lines: list[tuple[str, Any]] = [
        (_("Agreement"), detail.title),
        (_("Police area"), detail.police_area),
        (_("Parties"), parties),
        (_("Term"), _term(detail)),
        (_("Signed"), signed),
        (_("Revisions"), "\n".join(r.line_with_decider for r in detail.revisions)),
        (_("Revise by"), detail.next_revision.isoformat()),
        (_("Appendices"), detail.appendix_text),
        (_("Priority areas"), "\n".join(detail.priority_areas)),
        (_("Groups"), detail.group_count),
        (_("Notes"), detail.notes),
    ]
    print_labelled(lines)
    return 0
