"""``samverkan groups followup GROUP_ID --period t1|t2|vb [--year Y] [--done TEXT] [--next TEXT]``:
the group's Uppföljning tab, "Vad har vi gjort" and "Hur fortsätter vi" for a period, read or
written through the same service (one point a line, as typed in the tab); read at VB, also what
the group wrote at T1 and T2 of the year (JSON ``earlier``), as the tab and the annual printout
show it. The period and year
are those of ``print followup``, which prints what is written here."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_types import record_id
from samverkan_desktop.cli.edit_options import add_clear_option, chosen, given_text
from samverkan_desktop.cli.follow_up_printing import add_period_options
from samverkan_desktop.cli.output import add_json_flag, print_json, print_labelled
from samverkan_desktop.cli.records import numbered_title, open_record
from samverkan_desktop.enums import FollowUpPeriod
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _


def add_commands(sub: Any) -> None:
    """Add ``followup`` to ``samverkan groups``' commands."""
    parser = sub.add_parser(
        "followup",
        help=_(
            "a group's follow-up of a period, “What we have done” and “How we continue” (at "
            "vb also those written at t1 and t2): shown, or written with --done and --next"
        ),
    )
    parser.add_argument(
        "group_id", type=record_id, metavar=_("GROUP_ID"), help=_("the group's number")
    )
    add_period_options(parser)
    parser.add_argument(
        "--done",
        type=given_text("--done"),
        metavar=_("TEXT"),
        help=_("what the group has done, one point a line (replaces what was written)"),
    )
    parser.add_argument(
        "--next",
        dest="next_steps",
        type=given_text("--next"),
        metavar=_("TEXT"),
        help=_("how the group continues, one point a line (replaces what was written)"),
    )
    add_clear_option(parser, ("done", "next"))
    add_json_flag(parser)
    parser.set_defaults(handler=follow_up)


def follow_up(args: argparse.Namespace) -> int:
    """Without --done, --next or --clear, what is written; with them, as the tab's "Save": the
    texts given replace those written, the others stay. A period the group is not followed up
    at is refused (its ticks in the group's form: ``groups edit --follow-up``)."""
    from samverkan_desktop.models import Group
    from samverkan_desktop.services import follow_up_texts
    from samverkan_desktop.services.follow_up_periods import period_to_follow_up

    period = FollowUpPeriod(args.period)
    db = open_record(args, Group, args.group_id, _("There is no group with number {id}."))
    # The year of the period the window's Uppföljning opens on, as `print followup` takes it.
    year = args.year if args.year is not None else db.call(period_to_follow_up, clock.today())[1]
    writing = args.done is not None or args.next_steps is not None or bool(args.clear)
    with db.session(write=writing) as session:
        group = session.get(Group, args.group_id)
        assert group is not None  # just checked
        texts = follow_up_texts.get_texts(session, group.id, period, year)
        followed = follow_up_texts.is_followed_up(group, period)
        if writing and not followed and (args.done or args.next_steps):
            # The service names the form's ticks; here they are an option.
            raise ValidationError(
                _(
                    "“{group}” is not followed up at {period}: add the period with “groups edit "
                    "{id} --follow-up {periods}”, or write for a period it is followed up at."
                ).format(
                    group=group.name,
                    period=_(period.label),
                    id=group.id,
                    periods=",".join(
                        p.value
                        for p in FollowUpPeriod
                        if p is period or follow_up_texts.is_followed_up(group, p)
                    ),
                )
            )
        if writing:
            texts = follow_up_texts.save_texts(
                session,
                group.id,
                period,
                year,
                chosen(args, "done", "done", texts.done),
                chosen(args, "next_steps", "next", texts.next),
            )
        label = numbered_title(group.id, group.name)
        # At VB, what the group wrote at T1 and T2 of the year, as the tab and printout show it.
        earlier = (
            follow_up_texts.tertials_of_year(session, group.id, year)
            if period is FollowUpPeriod.VB
            else []
        )
    where = _("{period} {year}").format(period=_(period.label), year=year)
    if writing:
        saved = _("The follow-up of the group {group} for {period} is saved.")
        print(saved.format(group=label, period=where))
        return 0
    if args.json:
        print_json(
            {
                "group_id": args.group_id,
                "period": period.value,
                "year": year,
                "followed_up": followed,
                "done": follow_up_texts.bullet_lines(texts.done),
                "next": follow_up_texts.bullet_lines(texts.next),
                "earlier": [
                    {
                        "period": written.period.value,
                        "year": written.year,
                        "done": list(written.done),
                        "next": list(written.next_steps),
                    }
                    for written in earlier
                ],
            }
        )
        return 0
    print(_("The follow-up of the group {group} for {period}").format(group=label, period=where))
    if not followed:
        print(_("(The group is not followed up at this period: the printout leaves it out.)"))
    print_labelled(
        [
            (_("What we have done"), _points(follow_up_texts.bullet_lines(texts.done))),
            (_("How we continue"), _points(follow_up_texts.bullet_lines(texts.next))),
        ]
    )
    if not texts.written:
        print(_("(nothing written yet)"))
    if earlier:
        print()
        print(_("Written earlier in the year"))
        print_labelled(
            [
                (label, _points(lines))
                for written in earlier
                for label, lines in follow_up_texts.labelled_parts(written)
            ]
        )
    return 0


def _points(lines: Sequence[str]) -> str:
    return "\n".join(f"– {line}" for line in lines)
