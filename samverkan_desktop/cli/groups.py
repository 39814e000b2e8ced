"""``samverkan groups ...``"""

from __future__ import annotations

import argparse
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_parser import add_search_option, subcommands
from samverkan_desktop.cli.argument_types import iso_date, record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_labelled, print_table
from samverkan_desktop.cli.priority_area_option import (
    METAVAR,
    ONE_AREA_HELP,
    area_help,
    area_number_or_name,
    priority_area_id,
)
from samverkan_desktop.cli.records import require_record
from samverkan_desktop.i18n import _
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.services import groups as group_service
from samverkan_desktop.services.group_rows import MemberRow
from samverkan_desktop.services.group_standing import Standing


def register(commands: Any) -> None:
    parser = commands.add_parser("groups", help=_("collaboration groups"))
    sub = subcommands(parser, "groups")
    list_parser = sub.add_parser("list", help=_("list the groups"))
    add_search_option(list_parser, _("words in the name, purpose or meeting frequency"))
    list_parser.add_argument(
        "--type",
        type=enum_choice("--type", GroupType),
        metavar=_("TYPE"),
        help=_("only this type"),
    )
    list_parser.add_argument(
        "--status",
        type=enum_choice("--status", GroupStatus),
        metavar=_("STATUS"),
        help=_(
            "only groups with this status as saved (an active group whose term ran out is "
            "still active; --standing filters by today's standing)"
        ),
    )
    list_parser.add_argument(
        "--standing",
        type=enum_choice("--standing", Standing),
        metavar=_("STANDING"),
        help=_(
            "only groups standing so today, as the window's status filter: a group whose term "
            "ran out is term_over, not active"
        ),
    )
    list_parser.add_argument(
        "--area", type=area_number_or_name, metavar=_(METAVAR), help=area_help(ONE_AREA_HELP)
    )
    add_json_flag(list_parser)
    list_parser.set_defaults(handler=list_groups)
    members = sub.add_parser(
        "members", help=_("a group's members with their role, phone and e-mail")
    )
    members.add_argument(
        "group_id", type=record_id, metavar=_("GROUP_ID"), help=_("the group's number")
    )
    members.add_argument(
        "--former",
        action="store_true",
        help=_("also those who have left the group, with their last day"),
    )
    add_json_flag(members)
    members.set_defaults(handler=list_members)
    show = sub.add_parser(
        "show",
        help=_("a group's purpose, goal, priority areas, contacts, meetings, term and follow-up"),
    )
    show.add_argument(
        "group_id", type=record_id, metavar=_("GROUP_ID"), help=_("the group's number")
    )
    add_json_flag(show)
    show.set_defaults(handler=show_group)
    _register_changes(sub)


def _register_changes(sub: Any) -> None:
    """The writes, each as the window's action (their own modules: this one lists and shows)."""
    from samverkan_desktop.cli import group_changes, group_follow_up, group_members

    group_changes.add_commands(sub)
    group_members.add_commands(sub)
    group_follow_up.add_commands(sub)


def list_groups(args: argparse.Namespace) -> int:
    db = open_db(args)
    area = None if args.area is None else priority_area_id(db, args.area)
    today = clock.today()
    with db.session() as session:
        rows = group_service.list_groups(
            session,
            args.search,
            type=args.type,
            status=args.status,
            priority_area_id=area,
            standing=args.standing,
            on=today,
        )
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
                    # Derived as of today: a group whose term ran out is "term_over".
                    "standing": row.standing(today).standing.value,
                    "status_text": row.standing(today).label(),
                    "ended_on": row.ended_on,
                }
                for row in rows
            ]
        )
    else:
        print_table(
            [_("Id"), _("Name"), _("Type"), _("Status"), _("Meets"), _("Members")],
            [
                (
                    r.id,
                    r.name,
                    r.type,
                    r.standing(today).label(),
                    r.meeting_frequency,
                    r.member_count,
                )
                for r in rows
            ],
        )
    return 0


def list_members(args: argparse.Namespace) -> int:
    from samverkan_desktop.models import Group

    db = open_db(args)
    require_record(db, Group, args.group_id, _("There is no group with number {id}."))
    with db.session() as session:
        group = group_service.get_group(session, args.group_id)
    members = (*group.members, *group.former_members) if args.former else group.members
    if args.json:
        print_json(
            [
                {
                    "person_id": m.person_id,
                    "name": m.name,
                    "role": m.role,
                    "title": m.title,
                    "organisation": m.organisation,
                    "phone": m.phone,
                    "email": m.email,
                    "joined_on": m.joined_on,  # null: since before the register kept it
                    "left_on": m.left_on,  # null: still a member
                }
                for m in members
            ]
        )
    else:
        print_table(
            [_("Id"), _("Name"), _("Role"), _("Organisation"), _("Phone"), _("E-mail")],
            [
                (m.person_id, m.name, m.role_text(), m.organisation, m.phone, m.email)
                for m in members
            ],
        )
    return 0


def _former(member: MemberRow) -> dict[str, Any]:
    return {
        "person_id": member.person_id,
        "name": member.name,
        "role": member.role,
        "joined_on": member.joined_on,
        "left_on": member.left_on,
    }


def show_group(args: argparse.Namespace) -> int:
    """What the window's pane shows of a group, as label: value lines (or JSON)."""
    from samverkan_desktop.models import Group
    from samverkan_desktop.reports.group_structure import (
        also_text,
        follow_up_text,
        participants_text,
        term_text,
    )

    db = open_db(args)
    require_record(db, Group, args.group_id, _("There is no group with number {id}."))
    with db.session() as session:
        group = group_service.get_group(session, args.group_id)
    if args.json:
        print_json(
            {
                "id": group.id,
                "name": group.name,
                "type": group.type,
                "status": group.status,
                "purpose": group.purpose,
                "goal": group.goal,
                "agreement": group.agreement,
                "priority_areas": list(group.priority_areas),
                "convener": group.convener,
                "district_contact": group.district_contact,
                "police_contact": group.police_contact,
                "meeting_frequency": group.meeting_frequency,
                "starts_on": group.starts_on,
                "term_until": group.term_until,
                "ended_on": group.ended_on,
                "follow_up_t1": group.follow_up_t1,
                "follow_up_t2": group.follow_up_t2,
                "follow_up_vb": group.follow_up_vb,
                "member_count": len(group.members),
                # Those who have left, with their last day, the latest first.
                "former_members": [_former(m) for m in group.former_members],
                "notes": group.notes,
                # Taking part with no named person (a member may name the organisation too).
                "organisations": [
                    {"organisation": o.organisation, "note": o.note} for o in group.organisations
                ],
            }
        )
        return 0
    # As the list reads it (`groups list`, the window): the standing today, not the stored
    # choice; an end set for a later day reads "Aktiv" and "Slutar" until that day.
    standing = group.standing(clock.today())
    ended = standing.standing is Standing.ENDED
    lines: list[tuple[str, Any]] = [
        (_("Name"), group.name),
        (_("Type"), _(group.type.label)),
        (_("Status"), standing.label()),
        (_("Purpose"), group.purpose),
        (_("Goal"), group.goal),
        (_("Agreement"), group.agreement),
        (_("Priority areas"), ", ".join(group.priority_areas)),
        (_("Convener"), group.convener),
        (_("District contact"), group.district_contact),
        (_("Police contact"), group.police_contact),
        (_("Meets"), group.meeting_frequency),
        (_("Starts on"), group.starts_on),
        (_("Term"), term_text(group)),
        (_("Ended on") if ended else _("Ends on"), group.ended_on),
        (_("Follow-up"), follow_up_text(group)),
        (_("Members"), participants_text(group.members)),
        (
            _("Former members"),
            "; ".join(f"{m.name} ({m.role_text()})" for m in group.former_members),
        ),
        (_("Also taking part"), also_text(group)),
        (_("Notes"), group.notes),
    ]
    print_labelled(lines)
    return 0


def register_printouts(documents: Any) -> None:
    from samverkan_desktop.cli.printing import add_document
    from samverkan_desktop.models import Group
    from samverkan_desktop.reports import group_structure

    def structure(args: argparse.Namespace) -> bytes:
        return open_db(args).call(group_structure.build_structure, args.day)

    parser = add_document(
        documents,
        "structure",
        _("the collaboration structure: the agreement and every group not ended, by type"),
        structure,
    )
    parser.add_argument(
        "--date",
        dest="day",
        type=iso_date,
        metavar=_("DATE"),
        help=_(
            "the day it is printed as of: the agreement's revision then and who sat in each "
            "group (default: today)"
        ),
    )

    def members(args: argparse.Namespace) -> bytes:
        db = open_db(args)
        require_record(db, Group, args.group_id, _("There is no group with number {id}."))
        return db.call(group_structure.build_members, args.group_id)

    parser = add_document(
        documents,
        "memberlist",
        _("a group's member list with role, phone, e-mail and when each was checked"),
        members,
    )
    parser.add_argument(
        "group_id", type=record_id, metavar=_("GROUP_ID"), help=_("the group's number")
    )
