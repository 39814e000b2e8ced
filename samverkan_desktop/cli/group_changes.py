"""``samverkan groups create|edit|end``: what the Groups area's "New group…", "Edit…" and "End
group…" do, through the same services, so a group made from a script is the group the form
would have made. ``groups list|show|members`` live in cli/groups.py, which adds these."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_types import OneDate, iso_date, record_id
from samverkan_desktop.cli.choices import choice, enum_choice
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
from samverkan_desktop.cli.records import numbered_title, open_record, require_record
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import EMPTY
from samverkan_desktop.i18n import N_, _, ngettext
from samverkan_desktop.models import GroupStatus, GroupType
from samverkan_desktop.services import group_editing, group_end, group_rows, group_start
from samverkan_desktop.services import groups as group_service

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from samverkan_desktop.db import Database

# The statuses the form offers: a group is ended with "End group…" (``groups end``), which
# asks for the day.
FORM_STATUSES = {s.value: s for s in GroupStatus if s is not GroupStatus.ENDED}
PERSON_OPTIONS = (
    ("convener", "--convener", "convener_id", "convener"),
    ("district_contact", "--district-contact", "district_contact_id", "district-contact"),
    ("police_contact", "--police-contact", "police_contact_id", "police-contact"),
)
# What ``--clear`` may empty in ``groups edit``, each as its option is named.
CLEARABLE = (
    "purpose",
    "goal",
    "notes",
    "agreement",
    "area",
    "convener",
    "district-contact",
    "police-contact",
    "frequency",
    "starts",
    "until",  # the term: standing ("tills vidare")
    "follow-up",
)
EDITED = (
    "name",
    "type",
    "status",
    "purpose",
    "goal",
    "notes",
    "agreement",
    "areas",
    "convener",
    "district_contact",
    "police_contact",
    "frequency",
    "starts",
    "until",
    "follow_up",
)


def add_commands(sub: Any) -> None:
    """Add ``create``, ``edit`` and ``end`` to ``samverkan groups``' commands."""
    create = sub.add_parser("create", help=_("create a group (as the window's “New group…”)"))
    create.add_argument("name", metavar=_("NAME"), help=_("the group's name"))
    _add_fields(create, editing=False)
    create.set_defaults(handler=create_group, clear=frozenset())

    edit = sub.add_parser(
        "edit", help=_("change a group's fields (as “Edit…”); those not given stay as they are")
    )
    _add_group_id(edit)
    edit.add_argument(
        "--name",
        type=given_text("--name", clearable=False),
        metavar=_("TEXT"),
        help=_("the group's name"),
    )
    _add_fields(edit, editing=True)
    add_clear_option(edit, CLEARABLE)
    edit.set_defaults(handler=edit_group)

    end = sub.add_parser(
        "end",
        help=_(
            "end a group (as “End group…”): it keeps its members and history; its planned "
            "meetings after the day go"
        ),
    )
    _add_group_id(end)
    end.add_argument(
        "--on",
        "--date",
        dest="on",
        action=OneDate,
        type=iso_date,
        metavar=_("DATE"),
        help=_(
            "the day it ended (default: today); for a group set to end on a later day, the "
            "day its end moves to"
        ),
    )
    end.set_defaults(handler=end_group)


def _add_group_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "group_id", type=record_id, metavar=_("GROUP_ID"), help=_("the group's number")
    )


def _add_fields(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    parser.add_argument(
        "--type",
        required=not editing,
        type=enum_choice("--type", GroupType),
        metavar=_("TYPE"),
        help=_("the kind of group"),
    )
    parser.add_argument(
        "--status",
        type=choice("--status", FORM_STATUSES, {c: s.label for c, s in FORM_STATUSES.items()}),
        metavar=_("STATUS"),
        help=_("planned or active (default for a new group: active)"),
    )
    for option, what in (
        ("--purpose", _("why the group exists, its assignment")),
        ("--goal", _("what the group wants to achieve")),
        ("--notes", _("notes")),
    ):
        parser.add_argument(option, type=given_text(option, editing), metavar=_("TEXT"), help=what)
    parser.add_argument(
        "--agreement",
        type=record_id,
        metavar="ID",
        help=_("the agreement it works under (its number in “agreements list”)"),
    )
    add_id_list(
        parser,
        "--area",
        "areas",
        area_help(
            N_(
                "a priority area it works with: {named_by}; repeat for several (edit: replaces them)"
            )
        ),
        type=area_number_or_name,
        metavar=_(METAVAR),
    )
    for dest, option, _field, _code in PERSON_OPTIONS:
        parser.add_argument(
            option,
            dest=dest,
            type=record_id,
            metavar=_("CONTACT_ID"),
            help={
                "convener": _("who convenes it (a number in “contacts list”)"),
                "district_contact": _("the district's contact person"),
                "police_contact": _("the police's contact person"),
            }[dest],
        )
    parser.add_argument(
        "--frequency",
        type=given_text("--frequency", editing),
        metavar=_("TEXT"),
        help=_("how often it meets, as the form's “Meets”: e.g. “1 gång/månad (ej juli)”"),
    )
    parser.add_argument(
        "--rule",
        action="store_true",
        help=_("also make --frequency the group's meeting rule and plan its meetings from it"),
    )
    parser.add_argument("--starts", type=iso_date, metavar=_("DATE"), help=_("the day it starts"))
    parser.add_argument(
        "--until",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the last day of its term (without: standing, “tills vidare”)"),
    )
    parser.add_argument(
        "--follow-up",
        type=_periods,
        metavar=_("PERIODS"),
        help=_("when it is followed up, comma-separated (default for a new group: vb)"),
    )


_period = choice(
    "--follow-up",
    {p.value: p for p in FollowUpPeriod},
    {p.value: p.label for p in FollowUpPeriod},
)


def _periods(text: str) -> frozenset[FollowUpPeriod]:
    return frozenset(_period(part) for part in text.split(","))


_periods.accepted = _period.accepted  # type: ignore[attr-defined]  # the help lists them


def _check_records(db: Database, args: argparse.Namespace) -> None:
    """An id never registered is "Det finns ingen … med nummer N", not the services' "… no
    longer exists" (for a record another desk removed meanwhile). The --area names
    become their numbers here, before anything is written."""
    from samverkan_desktop.models import Agreement, Person

    if args.agreement is not None:
        require_record(db, Agreement, args.agreement, _("There is no agreement with number {id}."))
    if args.areas is not None:  # numbers from here on: the form's fields hold numbers
        args.areas = priority_area_ids(db, args.areas)
    for dest, _option, _field, _code in PERSON_OPTIONS:
        person = getattr(args, dest)
        if person is not None:
            require_record(db, Person, person, _("There is no person with number {id}."))


def _changed(args: argparse.Namespace, data: group_rows.GroupInput) -> group_rows.GroupInput:
    """The form's fields with what the options give (and ``--clear`` empties)."""
    changes: dict[str, Any] = {
        "name": args.name if args.name is not None else data.name,
        "type": args.type or data.type,
        "status": args.status or data.status,
        "purpose": chosen(args, "purpose", "purpose", data.purpose),
        "goal": chosen(args, "goal", "goal", data.goal),
        "notes": chosen(args, "notes", "notes", data.notes),
        "agreement_id": chosen(args, "agreement", "agreement", data.agreement_id),
        "priority_area_ids": tuple(chosen(args, "areas", "area", data.priority_area_ids) or ()),
        "meeting_frequency": chosen(args, "frequency", "frequency", data.meeting_frequency),
        "starts_on": chosen(args, "starts", "starts", data.starts_on),
        "term_until": chosen(args, "until", "until", data.term_until),
    }
    for dest, _option, field, code in PERSON_OPTIONS:
        changes[field] = chosen(args, dest, code, getattr(data, field))
    current = {p for p in FollowUpPeriod if _followed(data, p)}
    periods = chosen(args, "follow_up", "follow-up", current) or frozenset()
    changes.update(
        follow_up_t1=FollowUpPeriod.T1 in periods,
        follow_up_t2=FollowUpPeriod.T2 in periods,
        follow_up_vb=FollowUpPeriod.VB in periods,
    )
    return dataclasses.replace(data, **changes)


def _followed(data: group_rows.GroupInput, period: FollowUpPeriod) -> bool:
    from samverkan_desktop.services.follow_up_texts import is_followed_up

    return is_followed_up(data, period)


def _plan_meetings(session: Session, group_id: int, frequency: str | None) -> list[str]:
    """--rule: the frequency made the group's rule in the same unit of work (a phrase that is
    no rule refuses the whole command)."""
    from samverkan_desktop.cli.planned_meetings import planned_lines
    from samverkan_desktop.services import meeting_rules

    if not frequency:
        raise ValidationError(
            _("--rule plans the meetings from how often the group meets: give --frequency.")
        )
    return planned_lines(meeting_rules.set_rule_from_phrase(session, group_id, frequency))


def create_group(args: argparse.Namespace) -> int:
    """As "New group…" and its "Create group"; with --rule, as the rule dialog it then opens
    for a "Meets" that reads as a rule, saved."""
    db = open_db(args)
    _check_records(db, args)
    data = _changed(args, group_rows.GroupInput(name=args.name, type=args.type))
    today = clock.today()
    with db.session(write=True) as session:
        group_id = group_editing.create_group(session, data, today)
        planned = _plan_meetings(session, group_id, data.meeting_frequency) if args.rule else []
        reads = not args.rule and _reads_as_rule(session, group_id, data.meeting_frequency)
        name = group_service.get_group(session, group_id).name
    label = numbered_title(group_id, name)
    print(_("The group {group} is created.").format(group=label))
    for line in planned:
        print(line)
    if reads:
        print(
            _(
                "“{phrase}” reads as a meeting rule: its meetings are planned with --rule, or "
                "with “samverkan meetings set-rule {id} …”."
            ).format(phrase=data.meeting_frequency, id=group_id)
        )
    return 0


def _reads_as_rule(session: Session, group_id: int, frequency: str | None) -> bool:
    from samverkan_desktop.services import meeting_rules

    return meeting_rules.reads_as_rule(session, group_id, frequency)


def _group_db(args: argparse.Namespace) -> Database:
    from samverkan_desktop.models import Group

    return open_record(args, Group, args.group_id, _("There is no group with number {id}."))


def edit_group(args: argparse.Namespace) -> int:
    """As "Edit…" and "Save": the fields given change, the others stay; an ended group made
    planned or active again is brought back, as choosing the status in the form. A later
    --starts says which of the rule's planned meetings before it went (the form asks first)."""
    if not given(args, *EDITED) and not args.rule:
        raise nothing_to_change("groups edit")
    db = _group_db(args)
    _check_records(db, args)
    with db.session(write=True) as session:
        detail = group_service.get_group(session, args.group_id)
        data = _changed(args, detail.to_input())
        # What the form asks about before a later start, said here after the save instead.
        going = group_start.meetings_removed_by_start(session, detail.id, data.starts_on)
        group_editing.update_group(session, detail.id, data, clock.today())
        planned = _plan_meetings(session, detail.id, data.meeting_frequency) if args.rule else []
    print(_("The group {group} is saved.").format(group=numbered_title(detail.id, data.name)))
    if going and data.starts_on is not None:
        print(_removed_before_start(data.starts_on, going))
    for line in planned:
        print(line)
    return 0


def _removed_before_start(start: dt.date, going: list[dt.datetime]) -> str:
    """ "2 planerade möten före 2027-01-15 togs bort: 2026-12-07, 2027-01-04." """
    return ngettext(
        "{count} planned meeting before {start} was removed: {days}.",
        "{count} planned meetings before {start} were removed: {days}.",
        len(going),
    ).format(
        count=len(going),
        start=start.isoformat(),
        days=", ".join(meeting.date().isoformat() for meeting in going),
    )


def end_group(args: argparse.Namespace) -> int:
    """As "End group…": refused before the group starts; one already ended is said so, and one
    set to end on a later day too, unless ``--on`` moves that day."""
    db = _group_db(args)
    with db.session(write=True) as session:
        detail = group_service.get_group(session, args.group_id)
        label = numbered_title(detail.id, detail.name)
        ahead = group_end.end_ahead(detail, clock.today())
        if ahead is not None and args.on in (None, ahead):
            # Still meeting until then: not "was already ended" on a day to come.
            print(
                _("The group {group} is set to end on {date}; --on DATE moves the end.").format(
                    group=label, date=ahead.isoformat()
                )
            )
            return 0
        if ahead is None and detail.status is GroupStatus.ENDED:
            print(
                _("The group {group} was already ended on {date}.").format(
                    group=label, date=detail.ended_on.isoformat() if detail.ended_on else EMPTY
                )
            )
            return 0
        on = args.on or clock.today()
        group_editing.end_group(session, detail.id, on, detail.version, clock.today())
        kept = group_end.planned_after(session, detail.id, on)
        # Still meeting until then (the list reads "Aktiv"): not "is ended".
        still_meets = group_end.end_ahead(
            group_service.get_group(session, detail.id), clock.today()
        )
    subject = _("The group {group}").format(group=label)
    print(group_end.end_said(subject, on, still_meets is not None, ahead))
    if kept:
        meetings = ", ".join(
            _("meeting {id} ({date})").format(id=id_, date=day.isoformat()) for id_, day in kept
        )
        print(
            ngettext(
                "Kept in the calendar, as it has an agenda of its own or was added or changed by "
                "hand: {meetings}. Cancel it with samverkan meetings cancel {id} if it will not be held.",
                "Kept in the calendar, as they have an agenda of their own or were added or "
                "changed by hand: {meetings}. Cancel them with samverkan meetings cancel if they will not "
                "be held.",
                len(kept),
            ).format(meetings=meetings, id=kept[0][0])
        )
    return 0
