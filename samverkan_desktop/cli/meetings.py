"""``samverkan meetings list|set-rule|held|cancel`` and ``samverkan export ics`` (the meeting
printouts are in cli/meeting_printing.py, ``samverkan rule`` in cli/rule.py, ``samverkan actions``
in cli/actions.py)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from samverkan_desktop import clock, output_files
from samverkan_desktop.cli.argument_parser import subcommands
from samverkan_desktop.cli.argument_types import iso_date, record_id
from samverkan_desktop.cli.choices import choice, code_choice, enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table, print_warning
from samverkan_desktop.cli.period_options import add_year_or_days, period
from samverkan_desktop.cli.priority_area_option import (
    METAVAR,
    area_help,
    area_number_or_name,
    priority_area_id,
)
from samverkan_desktop.cli.records import open_record, require_group
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import GroupType, MeetingStatus
from samverkan_desktop.recurrence import HolidayPolicy
from samverkan_desktop.services.calendar_entries import EntryKind
from samverkan_desktop.services.meeting_common import get_meeting_model, to_local

if TYPE_CHECKING:
    from samverkan_desktop.db import Database
    from samverkan_desktop.models import Meeting
    from samverkan_desktop.services.calendar import CalendarFilter, CalendarRow


def register(commands: Any) -> None:
    parser = commands.add_parser("meetings", help=_("the meeting calendar"))
    sub = subcommands(parser, "meetings")
    listing = sub.add_parser("list", help=_("list the meetings in a period"))
    add_year_or_days(
        listing,
        year=_("the meetings of this year, 1 January to 31 December (instead of --from and --to)"),
        start=_("default: today"),
        end=_("default: a year later"),
        year_first=False,
    )
    listing.add_argument(
        "--group", type=record_id, metavar="ID", help=_("only this group's meetings")
    )
    _add_group_filters(listing)
    listing.add_argument(
        "--not-held",
        action="store_true",
        help=_(
            "only past meetings still planned (neither marked held nor cancelled), of any date; "
            "without --from and --to"
        ),
    )
    add_json_flag(listing)
    listing.set_defaults(handler=list_meetings)
    set_rule = sub.add_parser("set-rule", help=_("give a group its meeting rule from a phrase"))
    set_rule.add_argument(
        "group", type=record_id, metavar=_("GROUP_ID"), help=_("the group's number")
    )
    set_rule.add_argument("phrase", metavar=_("PHRASE"), help=_("e.g. “1 gång/månad (ej juli)”"))
    set_rule.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        metavar=_("DATE"),
        help=_("the first day the rule applies (default: today)"),
    )
    set_rule.add_argument(
        "--place",
        metavar=_("PLACE"),
        help=_('where the group meets (default: where it meets now; "" for no place)'),
    )
    set_rule.add_argument(
        "--on-holiday",
        choices=[p.value for p in HolidayPolicy],
        type=code_choice("--on-holiday", {p.value: p for p in HolidayPolicy}),
        default=HolidayPolicy.KEEP.value,
        help=_("what to do with meetings on public holidays"),
    )
    set_rule.set_defaults(handler=set_group_rule)
    held = sub.add_parser("held", help=_("mark a meeting as held (as the editor's button)"))
    _add_meeting_id(held)
    held.add_argument(
        "--future",
        action="store_true",
        help=_("mark it held although it has not begun yet (refused without)"),
    )
    held.set_defaults(handler=mark_held)
    cancel = sub.add_parser("cancel", help=_("cancel a planned meeting"))
    _add_meeting_id(cancel)
    cancel.add_argument(
        "--reason",
        metavar=_("TEXT"),
        help=_("why (kept as the meeting's note, shown in the calendar and minutes)"),
    )
    cancel.set_defaults(handler=cancel_meeting)

    export = commands.add_parser("export", help=_("write data for other programs"))
    export_sub = subcommands(export, "export", _("FORMAT"))
    ics = export_sub.add_parser("ics", help=_("the meetings as a calendar file for Outlook"))
    ics.add_argument(
        "--group", type=record_id, metavar="ID", help=_("only this group (default: all)")
    )
    _add_group_filters(ics)
    add_with_option(
        ics,
        _(
            "also the safety walks and dated exercises, each an event of its own "
            "(left out with --group, --type or --area)"
        ),
    )
    ics.add_argument(
        "--without-cancelled",
        action="store_true",
        help=_(
            "leave cancelled meetings out (for a first import: by default they are marked "
            "cancelled, so that a calendar that imported them before takes them away)"
        ),
    )
    ics.add_argument(
        "--out", required=True, type=Path, metavar=_("FILE.ics"), help=_("where to write")
    )
    ics.set_defaults(handler=write_ics)


def _entry_kinds(text: str) -> frozenset[EntryKind]:
    """ "walks", "exercises" or both, comma-separated (or in Swedish, "vandringar,övningar")."""
    one = choice("--with", ENTRY_CODES, ENTRY_WORDS)
    return frozenset(one(part) for part in text.split(","))


ENTRY_CODES = {"walks": EntryKind.WALK, "exercises": EntryKind.EXERCISE}
ENTRY_WORDS = {"walks": N_("walks"), "exercises": N_("exercises")}
# The help lists the kinds it takes, as for every other choice.
_entry_kinds.accepted = choice("--with", ENTRY_CODES, ENTRY_WORDS).accepted  # type: ignore[attr-defined]


def add_with_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--with walks,exercises`` (``export ics``, ``print calendar``): ``args.with_kinds``,
    none unless given, so that a script's file stays the meetings only."""
    parser.add_argument(
        "--with",
        dest="with_kinds",
        type=_entry_kinds,
        default=frozenset(),
        metavar=_("KINDS"),
        help=_("{what}; both as walks,exercises").format(what=what),
    )


def _add_group_filters(parser: argparse.ArgumentParser) -> None:
    """--type and --area: the calendar's filters, alike in ``meetings list`` and ``export ics``."""
    parser.add_argument(
        "--type",
        type=enum_choice("--type", GroupType),
        metavar=_("TYPE"),
        help=_("only groups of this type (as the calendar's filter)"),
    )
    parser.add_argument(
        "--area",
        type=area_number_or_name,
        metavar=_(METAVAR),
        help=area_help(
            N_("only groups working with this priority area (as the calendar's filter): {named_by}")
        ),
    )


def _add_meeting_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "meeting_id", type=record_id, metavar=_("MEETING_ID"), help=_("the meeting's number")
    )


def _meeting_label(meeting: Meeting) -> str:
    """ "12 (Lokal styrgrupp Östermalm, 2026-11-10 09.00)": which meeting, as listed."""
    start = to_local(meeting.starts_at)
    return _("{id} ({group}, {day} {time})").format(
        id=meeting.id, group=meeting.group.name, day=start.date(), time=clock_text(start)
    )


def _calendar_filter(db: Database, args: argparse.Namespace) -> CalendarFilter:
    """The filter of --group, --type and --area; an unknown group or priority area is an error
    ("There is no group with number 999."), not an empty list or file."""
    from samverkan_desktop.services.calendar import CalendarFilter

    if args.group is not None:
        require_group(db, args.group)
    area = None if args.area is None else priority_area_id(db, args.area)
    return CalendarFilter(
        group_ids=() if args.group is None else (args.group,),
        group_type=args.type,
        priority_area_id=area,
    )


def list_meetings(args: argparse.Namespace) -> int:
    from samverkan_desktop.services import calendar as calendar_service
    from samverkan_desktop.services import meeting_rules, meetings_not_held

    if args.not_held and (args.start or args.end):
        raise ValidationError(_("--not-held lists every past date: leave out --from and --to."))
    if args.not_held and args.year is not None:
        raise ValidationError(_("--not-held lists every past date: leave out --year."))
    start, end = period(args)
    db = open_db(args)
    filters = _calendar_filter(db, args)
    db.call(meeting_rules.extend_horizons)
    if args.not_held:
        rows = db.call(meetings_not_held.list_not_held, clock.today(), filters)
    else:
        rows = db.call(calendar_service.list_calendar, start, end, filters)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "group_id": r.group_id,
                    "group": r.group_name,
                    "title": r.title,
                    "start": r.starts_at,
                    "end": r.ends_at,
                    "place": r.place,
                    "status": r.status,
                    "week": r.week,
                    "holiday": r.holiday,
                    "from_rule": r.from_rule,
                    "is_exception": r.is_exception,
                    "outside_group_days": _outside_json(r),
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        [_("Id"), _("Date"), _("Week"), _("Time"), _("Group"), _("Place"), _("Status")],
        [
            (
                r.id,
                r.starts_at.date(),
                r.week,
                f"{clock_text(r.starts_at)}–{clock_text(r.ends_at)}",
                r.label,
                r.place,
                _status_text(r),
            )
            for r in rows
        ],
    )
    return 0


def _status_text(row: CalendarRow) -> object:
    """The stored status, or for a planned meeting kept outside its group's days what the
    calendar says of it, "Efter gruppens slut (2026-10-30)": it cannot be held as planned."""
    from samverkan_desktop.services.after_group_end import outside_note

    outside = row.outside_group_days
    return row.status if outside is None else outside_note(outside)


def _outside_json(row: CalendarRow) -> dict[str, object] | None:
    """``outside_group_days``: None for a meeting inside its group's days; else which side
    (``before_start`` or ``after_end``), the group's date (``limit``) and the calendar's words
    (``text``). A key of its own: ``status`` stays the stored one scripts read."""
    from samverkan_desktop.services.after_group_end import outside_note

    outside = row.outside_group_days
    if outside is None:
        return None
    return {
        "side": "before_start" if outside.before_start else "after_end",
        "limit": outside.limit,
        "text": outside_note(outside),
    }


def set_group_rule(args: argparse.Namespace) -> int:
    from samverkan_desktop.cli.planned_meetings import planned_lines
    from samverkan_desktop.services import meeting_rules

    db = open_db(args)
    require_group(db, args.group)
    result = db.call(
        meeting_rules.set_rule_from_phrase,
        args.group,
        args.phrase,
        HolidayPolicy(args.on_holiday),
        starts_on=args.start,
        place=args.place,
    )
    for line in planned_lines(result):
        print(line)
    return 0


def write_ics(args: argparse.Namespace) -> int:
    out: Path = args.out
    output_files.check_target(out, output_files.ICS)  # before the work: never over the database
    from samverkan_desktop.exports.ics import export_ics
    from samverkan_desktop.services import meeting_rules

    db = open_db(args)
    filters = replace(_calendar_filter(db, args), entry_kinds=args.with_kinds)
    if filters.entry_kinds and filters.by_group:  # the calendar's rule: they are no group's
        print_warning(
            _(
                "--with adds no walks or exercises to a calendar chosen by group, type or "
                "area (they belong to no group); the file has the meetings only."
            )
        )
    db.call(meeting_rules.extend_horizons)
    ics = db.call(export_ics, args.group, filters, not args.without_cancelled)
    output_files.write_bytes(out, ics, output_files.ICS)
    print(_("Saved {path}").format(path=out))
    return 0


def _meeting_db(args: argparse.Namespace) -> Database:
    from samverkan_desktop.models import Meeting

    return open_record(args, Meeting, args.meeting_id, _("There is no meeting with number {id}."))


def mark_held(args: argparse.Namespace) -> int:
    """As the editor's "Mark as held"; where the window asks first about a meeting not yet
    begun, a script is refused unless it says --future (nothing is changed)."""
    from samverkan_desktop.services import meetings

    db = _meeting_db(args)
    with db.session(write=True) as session:
        meeting = get_meeting_model(session, args.meeting_id)
        label = _meeting_label(meeting)
        if (
            meeting.status is MeetingStatus.PLANNED
            and not args.future
            and meetings.not_yet_started(to_local(meeting.starts_at))
        ):
            raise ValidationError(
                _(
                    "The meeting {meeting} has not taken place yet; give --future to mark it "
                    "as held anyway."
                ).format(meeting=label)
            )
        changed = meetings.mark_held(session, meeting.id)
    if changed:
        print(_("The meeting {meeting} is marked as held.").format(meeting=label))
    else:
        print(_("The meeting {meeting} was already marked as held.").format(meeting=label))
    return 0


def cancel_meeting(args: argparse.Namespace) -> int:
    """As the editor's "Cancel meeting…", and saying, as its dialog does, what follows for the
    groups meeting before this group's."""
    from samverkan_desktop.services import meeting_following, meetings

    db = _meeting_db(args)
    with db.session(write=True) as session:
        meeting = get_meeting_model(session, args.meeting_id)
        label = _meeting_label(meeting)
        if meeting.status is MeetingStatus.CANCELLED:
            print(_("The meeting {meeting} was already cancelled.").format(meeting=label))
            return 0
        follows = meeting_following.following_lines(meeting_following.if_gone(session, meeting.id))
        meetings.cancel_meeting(session, meeting.id, args.reason)
    print(_("The meeting {meeting} is cancelled.").format(meeting=label))
    for line in follows:
        print(line)
    return 0
