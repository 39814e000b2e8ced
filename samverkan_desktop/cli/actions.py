"""``samverkan actions list|done|postpone|reopen``: the actions from meetings, walks and
exercises, listed and changed as the Actions area and a meeting's Åtgärder tab do, through the
same services."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from samverkan_desktop import clock
from samverkan_desktop.cli.action_filters import action_filter, add_action_filters
from samverkan_desktop.cli.argument_parser import subcommands
from samverkan_desktop.cli.argument_types import iso_date, record_id
from samverkan_desktop.cli.database_opening import open_db
from samverkan_desktop.cli.output import add_json_flag, print_json, print_table
from samverkan_desktop.cli.records import numbered_title, open_record
from samverkan_desktop.i18n import _
from samverkan_desktop.models import ActionStatus
from samverkan_desktop.services import action_reading, action_sources
from samverkan_desktop.services import actions as action_service
from samverkan_desktop.services.action_rows import ActionRow, origin_text, status_text

if TYPE_CHECKING:
    from samverkan_desktop.db import Database


def register(commands: Any) -> None:
    actions = commands.add_parser("actions", help=_("actions from meetings, walks and exercises"))
    action_sub = subcommands(actions, "actions")
    action_list = action_sub.add_parser("list", help=_("list the actions, most urgent first"))
    add_action_filters(action_list, exclusive_status=False)
    add_json_flag(action_list)
    action_list.set_defaults(handler=list_actions)
    _register_changes(action_sub)


def _register_changes(action_sub: Any) -> None:
    done = action_sub.add_parser(
        "done", help=_("mark an action done, closed today (as the Actions area's Mark done)")
    )
    _add_action_id(done)
    done.add_argument("--note", metavar=_("TEXT"), help=_("a follow-up note, dated today"))
    done.set_defaults(handler=mark_done)
    postpone = action_sub.add_parser(
        "postpone",
        help=_(
            "give an open action a later due date (as a meeting's Postpone…); its follow-up "
            "note says “New due date … (was …).”"
        ),
    )
    _add_action_id(postpone)
    postpone.add_argument(
        "--to",
        dest="due_on",
        required=True,
        type=iso_date,
        metavar=_("DATE"),
        help=_("the new due date, later than the one now"),
    )
    postpone.add_argument(
        "--note", metavar=_("TEXT"), help=_("why, or what remains (after the new date)")
    )
    postpone.set_defaults(handler=postpone_action)
    reopen = action_sub.add_parser(
        "reopen",
        help=_("open a done or rejected action again (as the status Open in the Actions area)"),
    )
    _add_action_id(reopen)
    reopen.set_defaults(handler=reopen_action)


def _add_action_id(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "action_id", type=record_id, metavar=_("ACTION_ID"), help=_("the action's number")
    )


def list_actions(args: argparse.Namespace) -> int:
    db = open_db(args)
    filters = action_filter(db, args)
    rows = db.call(action_reading.list_actions, filters)
    # Where each came from as the Actions list and ``print actions`` name it (the day of a
    # meeting, no time): the column said "Grupp" above walks and exercises.
    sources = db.call(
        action_sources.source_texts, [(r.source_type, r.source_id) for r in rows], False
    )
    origins = {
        r.id: origin_text(sources.get((r.source_type, r.source_id)), r.group, r.source_type)
        for r in rows
    }
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "responsible_person": r.responsible_person,
                    "responsible_organisation": r.responsible_organisation,
                    "due_on": r.due_on,
                    "status": r.status,
                    "status_text": status_text(r.status, r.overdue),
                    "overdue": r.overdue,
                    "raised_on": r.raised_on,
                    "closed_on": r.closed_on,
                    "group_id": r.group_id,
                    "group": r.group,
                    "priority_area": r.priority_area,  # its own (the form's)
                    "shown_priority_area": r.shown_priority_area,  # else its group's, as listed
                    "source_type": r.source_type,
                    "source_id": r.source_id,
                    "source_text": origins[r.id],
                }
                for r in rows
            ]
        )
        return 0
    print_table(
        [_("Id"), _("Action"), _("Responsible"), _("Due"), _("Status"), _("Source")],
        [
            (
                r.id,
                r.title,
                r.responsible,
                r.due_on,
                status_text(r.status, r.overdue),
                origins[r.id],
            )
            for r in rows
        ],
    )
    return 0


def _action_db(args: argparse.Namespace) -> Database:
    from samverkan_desktop.models import Action

    return open_record(args, Action, args.action_id, _("There is no action with number {id}."))


def _action_label(action: ActionRow) -> str:
    return numbered_title(action.id, action.title)


def mark_done(args: argparse.Namespace) -> int:
    """As the Actions area's "Mark done" (a rejected action becomes done, keeping the day it
    was closed); the note, if any, is dated today as the status change."""
    db = _action_db(args)
    with db.session(write=True) as session:
        action = action_reading.get_action(session, args.action_id)
        label = _action_label(action)
        if action.status is ActionStatus.DONE:
            if args.note is None:
                print(_("The action {action} was already marked done.").format(action=label))
                return 0
            # The note is kept all the same, as the Actions area's note field would keep it.
            action_service.add_action_note(session, action.id, args.note, clock.today())
            print(
                _("The action {action} was already marked done; the note is added.").format(
                    action=label
                )
            )
            return 0
        action_service.set_action_status(session, action.id, ActionStatus.DONE, note=args.note)
    print(_("The action {action} is marked done.").format(action=label))
    return 0


def postpone_action(args: argparse.Namespace) -> int:
    """As a meeting's "Postpone…", at no meeting: the note is dated today."""
    from samverkan_desktop.services import meeting_editing

    db = _action_db(args)
    with db.session(write=True) as session:
        action = action_reading.get_action(session, args.action_id)
        meeting_editing.postpone_action(
            session, action.id, args.due_on, args.note, None, clock.today()
        )
    new = args.due_on.isoformat()
    if action.due_on is None:
        said = _("The action {action} is now due {new}.").format(
            action=_action_label(action), new=new
        )
    else:
        said = _("The action {action} is now due {new} (was {old}).").format(
            action=_action_label(action), new=new, old=action.due_on.isoformat()
        )
    print(said)
    return 0


def reopen_action(args: argparse.Namespace) -> int:
    """As choosing the status Open for a done or rejected action in the Actions area."""
    db = _action_db(args)
    with db.session(write=True) as session:
        action = action_reading.get_action(session, args.action_id)
        label = _action_label(action)
        if action.is_open:
            print(
                _("The action {action} is already open (status {status}).").format(
                    action=label, status=_(action.status.label)
                )
            )
            return 0
        action_service.set_action_status(session, action.id, ActionStatus.OPEN)
    print(_("The action {action} is open again.").format(action=label))
    return 0
