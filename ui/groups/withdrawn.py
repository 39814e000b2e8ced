"""What the notice after taking someone out of a group adds about the meetings to come: said alike
in Groups (a member removed) and Contacts (a person who left); in Groups, the actions handed
over too."""

from __future__ import annotations

from samverkan_desktop.i18n import ngettext
from samverkan_desktop.services.group_leaving import LeftGroups
from samverkan_desktop.services.groups import GroupDetail


def withdrawn_text(left: LeftGroups) -> str:
    """A sentence after the notice's own ("Inbjudan till 1 kommande möte har tagits
    tillbaka."), or nothing when no invitation was withdrawn."""
    if not left.meeting_count:
        return ""
    return " " + ngettext(
        "Their invitation to {count} meeting to come was withdrawn.",
        "Their invitations to {count} meetings to come were withdrawn.",
        left.meeting_count,
    ).format(count=left.meeting_count)


def handed_over_text(left: LeftGroups, group: GroupDetail) -> str:
    """ "2 öppna åtgärder lämnades över till Anna Berglund.", or nothing."""
    if not left.handed_over:
        return ""
    to = next((m.name for m in group.members if m.person_id == left.handed_to), "")
    return " " + ngettext(
        "{count} open action was handed over to {person}.",
        "{count} open actions were handed over to {person}.",
        len(left.handed_over),
    ).format(count=len(left.handed_over), person=to)
