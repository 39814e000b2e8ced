"""Undo a save of the group form ("Redigera…"): the group's fields as they were before it, as
ending a group and removing a member are undone. Members the save moved to a later start get
their first day back, and a group the save brought back from its end is ended on the same day
again. Refused, nothing changed, when the group was changed (at another desk) since the save."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ChangedSinceError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Membership
from samverkan_desktop.services import group_editing, meeting_rules
from samverkan_desktop.services.group_rows import GroupDetail
from samverkan_desktop.services.groups import find_group
from samverkan_desktop.services.versions import check_version


def undo_edit(session: Session, before: GroupDetail, saved_version: int) -> int:
    """Put the group back as ``before`` (read just before the save) when it is still as the
    save left it (``saved_version``); returns the new version."""
    group = find_group(session, before.id)
    if group.version != saved_version:
        raise ChangedSinceError(
            _(
                "“{name}” was changed at another desk after your change, so your change is not "
                "taken back. Their change is shown."
            ).format(name=group.name)
        )
    moved_start = group.starts_on
    ended_again = group.ended_on != before.ended_on
    restored = dataclasses.replace(before.to_input(), expected_version=saved_version)
    with session.no_autoflush:
        # Ended again on its own day: the form's status alone would end it as of today (and
        # a group still to start not at all).
        group.ended_on = before.ended_on
        group_editing.update_group(session, before.id, restored)
    _first_days_back(session, before, moved_start)
    session.flush()
    if ended_again:  # its planned meetings after the end go again
        meeting_rules.replan_group(session, group.id)
        session.flush()
    return group.version


def undo_end(session: Session, before: GroupDetail, saved_version: int) -> int:
    """Undo "End group…": the group as ``before``, its end day too (an end set for a later day
    that the dialog moved comes back on its own day). Refused as a form's save is when the
    group changed since: Undo says it could not undo, no form being open."""
    check_version(find_group(session, before.id), saved_version)
    return undo_edit(session, before, saved_version)


def _first_days_back(session: Session, before: GroupDetail, moved_start: dt.date | None) -> None:
    """The members the save moved to its later start (their first day was the old start)."""
    joined_before = {m.id: m.joined_on for m in before.members}
    moved = session.scalars(
        select(Membership).where(
            Membership.group_id == before.id,
            Membership.id.in_(joined_before),
            Membership.joined_on == moved_start,
        )
    ).all()
    for membership in moved:
        if joined_before[membership.id] != membership.joined_on:
            membership.joined_on = joined_before[membership.id]
