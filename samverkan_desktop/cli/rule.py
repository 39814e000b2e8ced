"""``samverkan rule PHRASE``: the dates a meeting frequency phrase gives, as the rule editor's
preview does; with ``--group ID`` as that group's rule (its usual day and time, and a phrase
"inför chefsamråd" read from the register, each date with the meeting it prepares)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from samverkan_desktop.cli.argument_types import iso_date, record_id
from samverkan_desktop.cli.choices import code_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.cli.period_options import period
from samverkan_desktop.cli.records import require_group
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import clock_text
from samverkan_desktop.i18n import _
from samverkan_desktop.recurrence import (
    HolidayPolicy,
    Occurrence,
    Rule,
    describe,
    describe_holidays,
    occurrences,
    parse_phrase,
)
from samverkan_desktop.services.meeting_rules import PreviewDate


def register(commands: Any) -> None:
    rule = commands.add_parser(
        "rule", help=_("read a meeting frequency phrase and show the dates it gives")
    )
    rule.add_argument("phrase", metavar=_("PHRASE"), help=_("e.g. “1 gång/månad (ej juli)”"))
    rule.add_argument(
        "--from", dest="start", type=iso_date, metavar=_("DATE"), help=_("default: today")
    )
    rule.add_argument(
        "--to", dest="end", type=iso_date, metavar=_("DATE"), help=_("default: a year later")
    )
    rule.add_argument(
        "--on-holiday",
        choices=[p.value for p in HolidayPolicy],
        type=code_choice("--on-holiday", {p.value: p for p in HolidayPolicy}),
        default=HolidayPolicy.KEEP.value,
        help=_("what to do with meetings on public holidays"),
    )
    rule.add_argument(
        "--group",
        type=record_id,
        metavar="ID",
        help=_(
            "the group whose rule it would be: its usual day and time, and for “inför …” the "
            "other group's meetings"
        ),
    )
    add_json_flag(rule)
    rule.set_defaults(handler=show_rule)


def show_rule(args: argparse.Namespace) -> int:
    """The dates a phrase gives; with --group, as that group's rule (its usual day and time,
    and "inför chefsamråd" read from the register, each date with the meeting it prepares)."""
    start, end = period(args)
    policy = HolidayPolicy(args.on_holiday)
    if args.group is not None:
        rule, found = _group_rule_dates(args, start, end, policy)
    else:
        rule = parse_phrase(args.phrase, starts_on=start, find_group=_needs_group)
        found = [_dated(o) for o in occurrences(rule, start, end, policy)]
    if args.json:
        print_json(
            {
                "rrule": rule.to_rrule(),
                "description": describe(rule, planned_from=start),
                "dates": [o.start.date().isoformat() for o in found if not o.skipped],
                "defaults_used": list(rule.defaults_used),
                "holiday_policy": policy.value,
                "occurrences": [
                    {
                        "start": o.start.isoformat(),
                        "end": o.end.isoformat(),
                        "week": o.week,
                        "holiday": o.holiday,
                        "skipped": o.skipped,
                        "moved_from": o.original_start.isoformat() if o.moved else None,
                        "precedes": o.precedes.isoformat() if o.precedes else None,
                    }
                    for o in found
                ],
                **({"group_id": args.group} if args.group is not None else {}),
            }
        )
        return 0
    if not rule.is_linked:  # a rule "inför …" has no RRULE of its own
        print(_("Rule: {rrule}").format(rrule=rule.to_rrule()))
    print(describe(rule, planned_from=start))
    print(describe_holidays(rule, policy))
    print()
    headers = [_("Date"), _("Week"), _("Time"), _("Note")]
    print_table(
        [*headers, _("Before the meeting on")] if rule.is_linked else headers,
        [
            (
                o.start.date(),
                o.week,
                f"{clock_text(o.start)}–{clock_text(o.end)}",
                _note(o.holiday, o.skipped, o.moved, o.original_start.date()),
                *((o.precedes,) if rule.is_linked else ()),
            )
            for o in found
        ],
    )
    return 0


def _group_rule_dates(
    args: argparse.Namespace, start: dt.date, end: dt.date, policy: HolidayPolicy
) -> tuple[Rule, list[PreviewDate]]:
    from samverkan_desktop.services import meeting_rules

    db = open_db(args)
    require_group(db, args.group)
    rule = db.call(meeting_rules.read_phrase, args.group, args.phrase, start)
    dates = db.call(meeting_rules.rule_dates, args.group, rule, start, end, policy)
    return rule, list(dates)


def _dated(o: Occurrence) -> PreviewDate:
    return PreviewDate(o.start, o.end, o.original_start, o.week, o.holiday, o.skipped, o.moved)


def _needs_group(name: str) -> list[tuple[int, str]]:
    """Without --group the register is not read: "inför chefsamråd" asks for it."""
    raise ValidationError(
        _(
            "The rule follows the meetings of “{name}”: add --group with the number of the group "
            "that would meet before them (samverkan groups list)."
        ).format(name=name),
        field="phrase",
    )


def _note(holiday: str | None, skipped: bool, moved: bool, original: dt.date) -> str:
    if holiday is None:  # a weekend before another group's meeting: the working day before
        return _("moved from {day}").format(day=original.isoformat()) if moved else ""
    if skipped:
        return _("skipped: {holiday}").format(holiday=holiday)
    if moved:
        return _("moved from {holiday}").format(holiday=holiday)
    return _("public holiday: {name}").format(name=holiday)
