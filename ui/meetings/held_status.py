"""Where a meeting stands, said under its title: planned, held or cancelled, and a meeting whose
start has passed without being marked held. Only a meeting marked held counts in the group's
follow-up (T1, T2, VB: services.follow_up), so one with minutes and decisions but left as
planned dropped out of it unseen; the header now says so and offers "Mark as held". A meeting
kept outside its group's days cannot be held: "Efter gruppens slut", "Före gruppens start"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from samverkan_desktop.i18n import N_, _
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services.after_group_end import outside_status
from samverkan_desktop.services.meetings import MeetingDetail, not_yet_started

BADGE_STYLE = "border-radius: 10px; padding: 2px 10px; font-weight: 600;"
COLOURS = {
    "planned": "background: #e8eef4; color: #1c3b5a;",
    "not_marked": "background: #fff7e6; color: #6b4e00; border: 1px solid #f0d59a;",
    "held": "background: #e3f1e6; color: #1d4d2b;",
    "cancelled": "background: #fdf3f2; color: #8a1c12;",
    "outside_days": "background: #fdf3f2; color: #8a1c12; border: 1px solid #f1c4bf;",
}
TEXTS = {
    "planned": N_("Meeting planned"),
    "not_marked": N_("Not marked as held"),
    "held": N_("Meeting held"),
    "cancelled": N_("Meeting cancelled"),
}  # "outside_days" says which side (outside_status)
FOLLOW_UP_HINT = N_(
    "Only a meeting marked as held counts in the group's follow-up (T1, T2, annual report),"
    " with its decisions."
)


def may_be_marked_held(detail: MeetingDetail, now: dt.datetime | None = None) -> bool:
    """A planned meeting whose start has passed: the next step is to mark it held. Not one
    after its group's end or before its start: it cannot be held (services.meeting_group_days),
    and the button offered only a refusal."""
    return (
        detail.status is MeetingStatus.PLANNED
        and detail.outside_group_days is None
        and not not_yet_started(detail.starts_at, now)
    )


def standing(detail: MeetingDetail, now: dt.datetime | None = None) -> str:
    if detail.status is MeetingStatus.HELD:
        return "held"
    if detail.status is MeetingStatus.CANCELLED:
        return "cancelled"
    if detail.outside_group_days:  # kept outside its group's days: not held as it stands
        return "outside_days"
    return "not_marked" if may_be_marked_held(detail, now) else "planned"


class StatusBadge(QLabel):
    """The meeting's status as a small coloured label beside the day and time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingStatus")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def show_meeting(self, detail: MeetingDetail) -> None:
        key = standing(detail)
        outside = detail.outside_group_days
        self.setText(outside_status(outside) if outside else _(TEXTS[key]))
        self.setStyleSheet(BADGE_STYLE + COLOURS[key])
        self.setToolTip(_(FOLLOW_UP_HINT) if key in ("planned", "not_marked") else "")
