"""What the meeting editor asks before changing a meeting's status: marking held a meeting that
has not taken place yet, and deleting one (naming the groups' meetings that follow it)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop import clock
from samverkan_desktop.formatting import local_time, long_date, short_date
from samverkan_desktop.i18n import _
from samverkan_desktop.services import meeting_following, meetings
from samverkan_desktop.services.meetings import MeetingDetail
from ui.calendar.following_note import following_text
from ui.context import AppContext
from ui.widgets.dialogs import confirm


def held_anyway(parent: QWidget, detail: MeetingDetail) -> bool:
    """True when the meeting has begun, or the user confirms marking it held before."""
    if not meetings.not_yet_started(detail.starts_at):
        return True
    day = short_date(detail.starts_at.date(), clock.today())
    if detail.starts_at.date() == clock.today():
        day = f"{day} {local_time(detail.starts_at)}"
    question = _("The meeting has not taken place yet ({day}). Mark it as held anyway?")
    return confirm(
        parent,
        _("Mark as held"),
        question.format(day=day),
        _("Mark as held"),
        destructive=False,
        cancel_text=_("No"),
    )


def delete_question(ctx: AppContext, detail: MeetingDetail) -> tuple[str, str, str]:
    """The title, question and button of "Delete meeting…"."""
    message = _("Delete the meeting of {group} on {day}? This cannot be undone.").format(
        group=detail.group_name, day=long_date(detail.starts_at.date())
    )
    follows = following_text(ctx, meeting_following.if_gone, detail.id)
    return (
        _("Delete meeting"),
        f"{message}\n\n{follows}" if follows else message,
        _("Delete meeting"),
    )
