"""What is shown of a safety walk, and what its planning form holds: the list's rows, one walk's
detail, the steps after which a walk has been made, and the light a walk is planned for.

The method (Brå/Boverket): a planning meeting, the walk, a closing meeting where the owners say
what they will do, and a follow-up walk some months later. ``WalkStatus`` records the step;
services/walk_steps.py moves a walk from one step to the next.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from samverkan_desktop.i18n import _
from samverkan_desktop.models import LightCondition, WalkFormat, WalkStatus

# Steps after which the walk has happened (answers and observations may be recorded).
WALKED_STEPS = frozenset(
    {
        WalkStatus.WALKED,
        WalkStatus.CLOSING_MEETING_HELD,
        WalkStatus.FOLLOW_UP_PLANNED,
        WalkStatus.FOLLOW_UP_DONE,
    }
)
# The method suggests at most about this many people on one walk.
RECOMMENDED_MAX_PEOPLE = 20
# Sunrise and sunset in Stockholm around the middle of each month, local time (summer time
# from April to October): a walk that starts after sunset or before sunrise is walked in the dark.
_STOCKHOLM_DAYLIGHT = {
    1: (dt.time(8, 40), dt.time(15, 5)),
    2: (dt.time(7, 40), dt.time(16, 25)),
    3: (dt.time(6, 20), dt.time(17, 45)),
    4: (dt.time(6, 0), dt.time(20, 0)),
    5: (dt.time(4, 30), dt.time(21, 10)),
    6: (dt.time(3, 35), dt.time(22, 5)),
    7: (dt.time(3, 55), dt.time(21, 50)),
    8: (dt.time(5, 5), dt.time(20, 40)),
    9: (dt.time(6, 25), dt.time(19, 10)),
    10: (dt.time(7, 40), dt.time(17, 35)),
    11: (dt.time(7, 50), dt.time(15, 20)),
    12: (dt.time(8, 40), dt.time(14, 50)),
}


def expected_light(date: dt.date, start: dt.time) -> LightCondition:
    """The light a walk starting then is likely to have (a suggestion for the plan): a
    December walk at 18.30 is in the dark, a June one in daylight."""
    sunrise, sunset = _STOCKHOLM_DAYLIGHT[date.month]
    return LightCondition.DARK if start >= sunset or start < sunrise else LightCondition.DAYLIGHT


# A walk with no time yet: most are walked after dark, to see the lighting as residents do.
DEFAULT_LIGHT = LightCondition.DARK


@dataclass(frozen=True)
class WalkInput:
    place_id: int | None
    date: dt.date | None
    start_time: dt.time | None = None
    light: LightCondition = DEFAULT_LIGHT
    end_time: dt.time | None = None  # None: about two hours assumed (calendar_entries)
    meeting_point: str | None = None
    format: WalkFormat = WalkFormat.ORDINARY
    organiser_id: int | None = None
    resident_count: int = 0
    purpose: str | None = None
    checklist_template_id: int | None = None
    follow_up_of_id: int | None = None
    expected_version: int | None = None  # the form's copy: refused if changed meanwhile


@dataclass(frozen=True)
class WalkRow:
    id: int
    place_id: int
    place: str
    area: str | None
    date: dt.date
    start_time: dt.time | None
    light: LightCondition
    format: WalkFormat
    status: WalkStatus
    follow_up_of_id: int | None
    participant_count: int
    resident_count: int
    observation_count: int
    open_actions: int
    end_time: dt.time | None = None
    cancel_reason: str | None = None  # why it was cancelled, when it was


@dataclass(frozen=True)
class WalkBrief:
    id: int
    date: dt.date
    status: WalkStatus


@dataclass(frozen=True)
class WalkDetail:
    id: int
    place_id: int
    place: str
    area: str | None
    date: dt.date
    start_time: dt.time | None
    light: LightCondition
    meeting_point: str | None
    format: WalkFormat
    status: WalkStatus
    organiser_id: int | None
    organiser: str | None
    organiser_title: str | None
    organiser_organisation: str | None
    resident_count: int
    purpose: str | None
    summary: str | None
    closing_meeting_on: dt.date | None
    closing_meeting_notes: str | None
    checklist_template_id: int | None
    checklist_name: str | None
    follow_up_of: WalkBrief | None
    follow_ups: tuple[WalkBrief, ...]
    version: int
    end_time: dt.time | None = None
    cancel_reason: str | None = None
    closing_meeting_draft_on: dt.date | None = None  # written, the meeting not yet recorded

    @property
    def closing_meeting_date(self) -> dt.date | None:
        """The closing meeting's date as the walk shows it: the day it was held, once recorded,
        else the day written for it."""
        return self.closing_meeting_on or self.closing_meeting_draft_on

    @property
    def is_walked(self) -> bool:
        return self.status in WALKED_STEPS

    def to_input(self) -> WalkInput:
        return WalkInput(
            place_id=self.place_id,
            date=self.date,
            start_time=self.start_time,
            end_time=self.end_time,
            light=self.light,
            meeting_point=self.meeting_point,
            format=self.format,
            organiser_id=self.organiser_id,
            resident_count=self.resident_count,
            purpose=self.purpose,
            checklist_template_id=self.checklist_template_id,
            follow_up_of_id=self.follow_up_of.id if self.follow_up_of else None,
        )


def status_text(status: WalkStatus, cancel_reason: str | None) -> str:
    """ "Inställd – för få anmälda": a walk's step, and why when it was cancelled with a reason
    (the list, the walk's header, the calendar)."""
    if status is WalkStatus.CANCELLED and cancel_reason:
        return _("{status} – {reason}").format(status=_(status.label), reason=cancel_reason)
    return _(status.label)


def no_report_reason(status: WalkStatus) -> str | None:
    """Why a walk at this step has no report to print, or None: the report tells what was seen
    on the walk. The window greys its "Walk report" with this, the command line refuses."""
    if status is WalkStatus.CANCELLED:
        return _("The walk is cancelled: it has no report.")
    if status not in WALKED_STEPS:
        return _("The walk has not been made yet: its report is printed after the walk.")
    return None
