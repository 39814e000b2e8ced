"""What the notice after taking someone out of a group adds about the meetings to come: said alike
in Groups (a member removed), Contacts (a person who left) and the command line, so that part
lives in the core (services.group_leaving); in Groups, the actions handed over too."""

from __future__ import annotations

from samverkan_desktop.i18n import ngettext
from samverkan_desktop.services.group_leaving import LeftGroups, withdrawn_text
from samverkan_desktop.services.group_rows import GroupDetail

__all__ = ["handed_over_text", "withdrawn_text"]


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
