"""Mer → "Använd dagordningen för kommande möten…": the meeting's agenda, as it stands, becomes
the group's standing agenda (a Trygghetsråd with "Medborgarlöften" at every meeting), asked
first with the items and what keeps its own agenda."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.i18n import _, ngettext
from samverkan_desktop.services import agenda
from samverkan_desktop.services.meetings import MeetingDetail
from ui.context import AppContext
from ui.widgets.dialogs import confirm
from ui.widgets.operations import perform


def offer_as_standing_agenda(parent: QWidget, ctx: AppContext, detail: MeetingDetail) -> bool:
    """True when the group's standing agenda was replaced by this meeting's."""
    if detail.agenda:  # an empty agenda is refused by the service, with its reason
        items = "\n".join(f"{item.number}. {item.title}" for item in detail.agenda)
        kept = ctx.call(agenda.later_meetings_opened, detail.id)
        note = _("Meetings already opened keep their own agenda.")
        if kept:
            note = ngettext(
                "{count} later meeting is already opened and keeps its own agenda.",
                "{count} later meetings are already opened and keep their own agenda.",
                kept,
            ).format(count=kept)
        question = _("Give {group}'s coming meetings this agenda?\n\n{items}").format(
            group=detail.group_name, items=items
        )
        if not confirm(
            parent,
            _("Standing agenda"),
            question,
            _("Use for coming meetings"),
            destructive=False,
            detail=note,
        ):
            return False
    return perform(parent, ctx, "meetings", agenda.use_agenda_as_template, detail.id)
