"""``samverkan groups add-member|change-role|remove-member GROUP_ID CONTACT_ID``: the group's
"Add member…", "Change role…" and "Remove" in the window, through the same services (a new
member is invited to the meetings already opened; one removed is taken off those to come).
``groups members GROUP_ID`` lists them (cli/groups.py)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from samverkan_desktop.cli.argument_types import iso_date, record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.records import require_record
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import MemberRole
from samverkan_desktop.services import membership_changes

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from samverkan_desktop.db import Database
    from samverkan_desktop.models import Membership


def add_commands(sub: Any) -> None:
    """Add ``add-member``, ``change-role`` and ``remove-member`` to ``samverkan groups``."""
    add = sub.add_parser("add-member", help=_("add a person from the contacts register to a group"))
    _add_ids(add)
    _add_role(add, required=False, help_text=_("the role in the group (default: member)"))
    add.add_argument(
        "--joined",
        type=iso_date,
        metavar=_("DATE"),
        help=_(
            "the first day as a member, today at the latest (default: today; for a group "
            "registered today that started earlier, its start)"
        ),
    )
    add.set_defaults(handler=add_member)
    role = sub.add_parser("change-role", help=_("change a member's role in a group"))
    _add_ids(role)
    _add_role(role, required=True, help_text=_("the new role in the group"))
    role.set_defaults(handler=change_role)
    remove = sub.add_parser(
        "remove-member",
        help=_("take a member out of a group (the person stays in the contacts register)"),
    )
    _add_ids(remove)
    remove.add_argument(
        "--left",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the last day as a member, today at the latest (default: today)"),
    )
    remove.set_defaults(handler=remove_member)


def _add_ids(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "group_id", type=record_id, metavar=_("GROUP_ID"), help=_("the group's number")
    )
    parser.add_argument(
        "person_id",
        type=record_id,
        metavar=_("CONTACT_ID"),
        help=_("the person's number in “contacts list”"),
    )


def _add_role(parser: argparse.ArgumentParser, *, required: bool, help_text: str) -> None:
    parser.add_argument(
        "--role",
        required=required,
        type=enum_choice("--role", MemberRole),
        metavar=_("ROLE"),
        help=help_text,
    )


def _db(args: argparse.Namespace) -> Database:
    """The database, once the group and the person are known to exist."""
    from samverkan_desktop.models import Group, Person

    db = open_db(args)
    require_record(db, Group, args.group_id, _("There is no group with number {id}."))
    require_record(db, Person, args.person_id, _("There is no person with number {id}."))
    return db


def _names(session: Session, args: argparse.Namespace) -> tuple[str, str]:
    from samverkan_desktop.models import Group, Person

    group, person = session.get(Group, args.group_id), session.get(Person, args.person_id)
    assert group is not None and person is not None  # checked by _db
    return group.name, person.name


def _membership(session: Session, args: argparse.Namespace) -> Membership:
    from sqlalchemy import select

    from samverkan_desktop.models import Membership
    from samverkan_desktop.services.memberships import current

    found = session.scalar(
        select(Membership).where(
            Membership.group_id == args.group_id,
            Membership.person_id == args.person_id,
            current(),
        )
    )
    if found is None:
        group, person = _names(session, args)
        raise ValidationError(
            _("{person} is not a member of “{group}”.").format(person=person, group=group)
        )
    return found


def add_member(args: argparse.Namespace) -> int:
    """As "Add member…": refused for someone already a member (the service says so); the first
    day as the dialog offers it unless ``--joined``, and said."""
    from samverkan_desktop import clock
    from samverkan_desktop.services.membership_dates import offered_join_day

    role = args.role or MemberRole.MEMBER
    with _db(args).session(write=True) as session:
        group, person = _names(session, args)
        today = clock.today()
        offered = offered_join_day(session, args.group_id, today)
        joined = args.joined or offered.day
        membership_changes.add_member(
            session, args.group_id, args.person_id, role, joined_on=joined
        )
    print(_added_text(person, group, role, joined, offered.group_start, today))
    return 0


def _added_text(
    person: str,
    group: str,
    role: MemberRole,
    joined: dt.date,
    group_start: dt.date | None,
    today: dt.date,
) -> str:
    """What adding said, the first day told when it was not today."""
    said = {"person": person, "group": group, "role": _(role.label).lower()}
    if joined == group_start:
        text = _("{person} is added to “{group}” as {role}, member since the group was formed.")
    elif joined != today:
        text = _("{person} is added to “{group}” as {role}, member from {date}.")
    else:
        text = _("{person} is added to “{group}” as {role}.")
    return text.format(date=joined.isoformat(), **said)


def change_role(args: argparse.Namespace) -> int:
    with _db(args).session(write=True) as session:
        group, person = _names(session, args)
        membership = _membership(session, args)
        if membership.role is args.role:
            print(
                _("{person} already has the role {role} in “{group}”.").format(
                    person=person, group=group, role=_(args.role.label).lower()
                )
            )
            return 0
        membership_changes.set_member_role(session, membership.id, args.role)
    print(
        _("{person} now has the role {role} in “{group}”.").format(
            person=person, group=group, role=_(args.role.label).lower()
        )
    )
    return 0


def remove_member(args: argparse.Namespace) -> int:
    """As "Remove": the member's contact places in the group and unanswered invitations to its
    meetings to come go with the membership; what went is said, as the window's notice."""
    from samverkan_desktop.services.group_leaving import removed_text, withdrawn_text

    with _db(args).session(write=True) as session:
        group, person = _names(session, args)
        left = membership_changes.remove_member(
            session, _membership(session, args).id, left_on=args.left
        )
    print(removed_text(person, group, left) + withdrawn_text(left))
    return 0
