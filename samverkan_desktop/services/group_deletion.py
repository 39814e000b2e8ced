"""What goes with a deleted group, removed through the Session so that the audit trail records
each row: the database would delete (or unlink) them by itself (ON DELETE CASCADE), unseen."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.models import (
    AgendaTemplateItem,
    Group,
    GroupFollowUpText,
    GroupOrganisation,
    Meeting,
    MeetingRule,
    Place,
)


def remove_parts(session: Session, group: Group) -> None:
    """The group's meetings (with their invitees and agenda), its rule, its standing agenda,
    its written follow-ups, its participating organisations, and its link from the places it
    works at. Called before the group itself is deleted."""
    for part in (Meeting, MeetingRule, AgendaTemplateItem, GroupFollowUpText, GroupOrganisation):
        for row in session.scalars(select(part).where(part.group_id == group.id)):
            session.delete(row)
    for place in session.scalars(select(Place).where(Place.groups.any(Group.id == group.id))):
        place.groups.remove(group)
