"""``samverkan weekly show|add|edit|remove|move|sent``: the Friday summary to management of a
week, as the Overview's "Weekly summary" window writes it (items from the SLK network, the SSR
mailing, the police or the coordinator, in her order, each passed on before the weekend or not;
the day it was sent), through the same service. ``print weekly`` prints it."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from samverkan_desktop import clock
from samverkan_desktop.cli.argument_parser import subcommands
from samverkan_desktop.cli.argument_types import iso_week, record_id
from samverkan_desktop.cli.choices import enum_choice
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.edit_options import (
    add_clear_option,
    chosen,
    given_text,
    nothing_to_change,
)
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.cli.records import numbered_title, open_record
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import BriefSource

if TYPE_CHECKING:
    from samverkan_desktop.db import Database
    from samverkan_desktop.services.weekly_briefs import BriefItemRow, BriefWeek


def register(commands: Any) -> None:
    parser = commands.add_parser("weekly", help=_("the weekly summary to management and its items"))
    sub = subcommands(parser, "weekly")
    show = sub.add_parser(
        "show", help=_("a week's summary: its items in order, and if it was sent")
    )
    _add_week(show)
    add_json_flag(show)
    show.set_defaults(handler=show_week)

    add = sub.add_parser("add", help=_("add an item last (as “New item” and “Save item”)"))
    _add_week(add)
    _add_item_fields(add, editing=False)
    add.set_defaults(handler=add_item, clear=frozenset())

    edit = sub.add_parser("edit", help=_("change an item; what is not given stays"))
    _add_item_id(edit)
    _add_item_fields(edit, editing=True)
    add_clear_option(edit, ("text",))
    edit.set_defaults(handler=edit_item)

    remove = sub.add_parser("remove", help=_("remove an item from its week's summary"))
    _add_item_id(remove)
    remove.set_defaults(handler=remove_item)

    move = sub.add_parser("move", help=_("move an item up or down in its summary"))
    _add_item_id(move)
    way = move.add_mutually_exclusive_group()
    way.add_argument("--up", action="store_true", help=_("one place up"))
    way.add_argument("--down", action="store_true", help=_("one place down"))
    move.set_defaults(handler=move_item)

    sent = sub.add_parser(
        "sent", help=_("note that the summary went to management today (as “Mark as sent”)")
    )
    _add_week(sent)
    sent.set_defaults(handler=mark_sent)


def _add_week(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--week",
        type=iso_week,
        metavar=_("WEEK"),
        help=_("the ISO week, as 2026-W49 (default: this week)"),
    )


def _add_item_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "item_id",
        type=record_id,
        metavar=_("ITEM_ID"),
        help=_("the item's number in “weekly show”"),
    )


def _add_item_fields(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    parser.add_argument(
        "--source",
        required=not editing,
        type=enum_choice("--source", BriefSource),
        metavar=_("SOURCE"),
        help=_("where the item comes from"),
    )
    parser.add_argument(
        "--heading",
        required=not editing,
        type=given_text("--heading", clearable=False),
        metavar=_("TEXT"),
        help=_("the item's heading"),
    )
    parser.add_argument(
        "--text", type=given_text("--text", editing), metavar=_("TEXT"), help=_("what it says")
    )
    passed_on = parser.add_mutually_exclusive_group()
    passed_on.add_argument(
        "--shared",
        dest="shareable",
        action="store_const",
        const=True,
        help=_("it may be passed on before the weekend (“Inför helgen”)"),
    )
    passed_on.add_argument(
        "--not-shared",
        dest="shareable",
        action="store_const",
        const=False,
        help=_("for management only (the default for a new item)"),
    )


def _this_week(args: argparse.Namespace) -> BriefWeek:
    from samverkan_desktop.services.weekly_briefs import BriefWeek

    return args.week or BriefWeek.of(clock.today())


def show_week(args: argparse.Namespace) -> int:
    from samverkan_desktop.services import weekly_briefs

    week = _this_week(args)
    detail = open_db(args).call(weekly_briefs.get_brief, week)
    if args.json:
        print_json(
            {
                "week": str(week),
                "sent_on": detail.sent_on,
                "items": [
                    {
                        "id": i.id,
                        "source": i.source,
                        "heading": i.heading,
                        "text": i.text,
                        "shared": i.shareable,
                    }
                    for i in detail.items
                ],
            }
        )
        return 0
    from samverkan_desktop.formatting import week_of_year

    named = week_of_year(week.week, week.year)
    if detail.sent_on is None:
        print(_("{week}: not sent").format(week=named))
    else:
        print(_("{week}: sent to management {date}").format(week=named, date=detail.sent_on))
    print_table(
        [_("Id"), _("Source"), _("Heading"), _("Passed on")],
        [(i.id, i.source_label, i.heading, i.shareable) for i in detail.items],
    )
    return 0


def _item_db(args: argparse.Namespace) -> Database:
    from samverkan_desktop.models import WeeklyBriefItem

    return open_record(args, WeeklyBriefItem, args.item_id, _("There is no item with number {id}."))


def _item(session: Any, item_id: int) -> tuple[BriefWeek, BriefItemRow, int]:
    """The item, its week and the brief's version (what the service checks)."""
    from samverkan_desktop.models import WeeklyBrief, WeeklyBriefItem
    from samverkan_desktop.services import weekly_briefs

    stored = session.get(WeeklyBriefItem, item_id)
    brief = session.get(WeeklyBrief, stored.brief_id)
    week = weekly_briefs.BriefWeek(brief.year, brief.week)
    detail = weekly_briefs.get_brief(session, week)
    return week, next(i for i in detail.items if i.id == item_id), detail.version


def _label(item_id: int, heading: str, week: BriefWeek) -> str:
    return _("{item} (week {week}, {year})").format(
        item=numbered_title(item_id, heading), week=week.week, year=week.year
    )


def add_item(args: argparse.Namespace) -> int:
    from samverkan_desktop.services import weekly_briefs

    week = _this_week(args)
    data = weekly_briefs.ItemInput(args.source, args.heading, args.text, bool(args.shareable))
    with open_db(args).session(write=True) as session:
        version = weekly_briefs.get_brief(session, week).version
        item_id = weekly_briefs.add_item(session, week, data, version)
    print(_("The item {item} is added.").format(item=_label(item_id, data.heading, week)))
    return 0


def edit_item(args: argparse.Namespace) -> int:
    from samverkan_desktop.services import weekly_briefs

    if (
        not (args.clear or any(getattr(args, n) is not None for n in ("source", "heading", "text")))
        and args.shareable is None
    ):
        raise nothing_to_change("weekly edit")
    with _item_db(args).session(write=True) as session:
        week, item, version = _item(session, args.item_id)
        data = weekly_briefs.ItemInput(
            args.source or item.source,
            args.heading if args.heading is not None else item.heading,
            chosen(args, "text", "text", item.text),
            item.shareable if args.shareable is None else args.shareable,
        )
        weekly_briefs.update_item(session, item.id, data, version)
    print(_("The item {item} is saved.").format(item=_label(item.id, data.heading, week)))
    return 0


def remove_item(args: argparse.Namespace) -> int:
    from samverkan_desktop.services import weekly_briefs

    with _item_db(args).session(write=True) as session:
        week, item, version = _item(session, args.item_id)
        weekly_briefs.remove_item(session, item.id, version)
    print(_("The item {item} is removed.").format(item=_label(item.id, item.heading, week)))
    return 0


def move_item(args: argparse.Namespace) -> int:
    from samverkan_desktop.services import weekly_briefs

    db = _item_db(args)
    if not (args.up or args.down):
        raise ValidationError(_("Say which way the item moves: --up or --down."))
    with db.session(write=True) as session:
        week, item, version = _item(session, args.item_id)
        weekly_briefs.move_item(session, item.id, -1 if args.up else 1, version)
        order = [i.id for i in weekly_briefs.get_brief(session, week).items]
    print(
        _("The item {item} is now number {place} of {count}.").format(
            item=_label(item.id, item.heading, week),
            place=order.index(item.id) + 1,
            count=len(order),
        )
    )
    return 0


def mark_sent(args: argparse.Namespace) -> int:
    """As "Mark as sent": today; refused for a week with no item."""
    from samverkan_desktop.services import weekly_briefs

    week = _this_week(args)
    today = clock.today()
    with open_db(args).session(write=True) as session:
        version = weekly_briefs.get_brief(session, week).version
        weekly_briefs.mark_sent(session, week, today, version)
    print(
        _("The summary of week {week}, {year} is marked as sent to management {date}.").format(
            week=week.week, year=week.year, date=today.isoformat()
        )
    )
    return 0
