"""How the meeting editor counts the actions carried from the group's earlier meetings. The list
also holds those closed since the previous meeting (their closing is reported at this one), so
"open" counts only those still open: an action closed here no longer counts as open."""

from __future__ import annotations

from collections.abc import Sequence

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services.action_rows import ActionRow


def still_open(carried: Sequence[ActionRow]) -> int:
    return sum(1 for action in carried if action.is_open)


def earlier_heading(carried: Sequence[ActionRow]) -> str:
    """The heading over the actions tab's list of earlier actions."""
    count, open_count = len(carried), still_open(carried)
    if open_count == count:
        return _("Open from earlier meetings ({count})").format(count=count)
    return _("From earlier meetings ({count}; open: {open})").format(count=count, open=open_count)


def carried_line(carried: Sequence[ActionRow], *, first_meeting: bool = False) -> str:
    """The line over the agenda's follow-up item. A group's first meeting has no earlier
    meetings: "0 actions open" there counted what cannot exist."""
    if first_meeting:
        return _("Actions from earlier meetings")
    count, open_count = len(carried), still_open(carried)
    if open_count == count:
        return ngettext(
            "{count} action open from earlier meetings",
            "{count} actions open from earlier meetings",
            count,
        ).format(count=count)
    return ngettext(
        "{count} action from earlier meetings (still open: {open})",
        "{count} actions from earlier meetings (still open: {open})",
        count,
    ).format(count=count, open=open_count)


def actions_tab_title(raised: Sequence[ActionRow], carried: Sequence[ActionRow]) -> str:
    """The actions tab's title in words: "Åtgärder (1 ny, 2 öppna sedan tidigare)" (it read
    "Åtgärder (1 + 2 öppna)", which left the reader to guess what was added to what). A part
    with nothing to count is left out; with neither, "Åtgärder (0)" as the other tabs."""
    parts = []
    if raised:
        parts.append(ngettext("{count} new", "{count} new", len(raised)).format(count=len(raised)))
    if open_count := still_open(carried):
        parts.append(
            ngettext("{count} open from before", "{count} open from before", open_count).format(
                count=open_count
            )
        )
    return _("Actions ({counts})").format(counts=", ".join(parts) or "0")
