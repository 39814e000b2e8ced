"""A group's end ("End group…", the form's status "Ended", ``groups end``) and the meetings it
held. An end before a meeting held, or minuted, is refused as a later start is
(``group_start``), naming the first such meeting and the earliest end that fits: the group would
otherwise show history from after it ended. The database refuses an end before a held meeting,
and a meeting held after the end, too (migration 0042); the services check first, to explain in
Swedish."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, Meeting, MeetingStatus
from samverkan_desktop.services.group_rows import GroupDetail
from samverkan_desktop.services.group_standing import Standing
from samverkan_desktop.services.group_start import (
    HistoryTexts,
    first_with_history,
    history_refusal,
)
from samverkan_desktop.services.groups import find_group
from samverkan_desktop.services.meeting_common import day_start, to_local


def _meetings_after(session: Session, group_id: int, end: dt.date) -> list[Meeting]:
    """The group's meetings on a day after ``end`` (Stockholm time), the latest first: the
    earliest end that fits is the last such meeting's day."""
    return list(
        session.scalars(
            select(Meeting)
            .where(
                Meeting.group_id == group_id,
                Meeting.starts_at >= day_start(end + dt.timedelta(days=1)),
            )
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        )
    )


def check_end(session: Session, group: Group, end: dt.date, field: str) -> None:
    """Refuse (ValidationError on ``field``) ending ``group`` on ``end`` before a meeting it
    held or minuted."""
    found = first_with_history(session, _meetings_after(session, group.id, end))
    if found is None:
        return
    texts = HistoryTexts(
        held=_(
            "The meeting “{title}” on {date} was held after {limit}: let the group end {date} "
            "at the earliest."
        ),
        minuted=_(
            "The meeting “{title}” on {date}, after {limit}, has minutes: let the group end "
            "{date} at the earliest."
        ),
        untitled_held=_(
            "The group held a meeting on {date}, after {limit}: let the group end {date} at "
            "the earliest."
        ),
        untitled_minuted=_(
            "The group's meeting on {date}, after {limit}, has minutes: let the group end "
            "{date} at the earliest."
        ),
    )
    raise history_refusal(*found, texts, end, field)


def can_end(group: GroupDetail, today: dt.date) -> bool:
    """ "End group…" is offered while the group does not read "Avslutad": also to one whose end
    is set for a later day, to end it sooner or move the day (it was greyed, the stored status
    being "ended")."""
    return group.standing(today).standing is not Standing.ENDED


def end_ahead(group: GroupDetail, today: dt.date) -> dt.date | None:
    """The later day the group is set to end on, while it still meets; None otherwise."""
    if group.ended_on is None or not can_end(group, today):
        return None
    return group.ended_on


def offered_end(session: Session, group_id: int, today: dt.date | None = None) -> dt.date:
    """The end "End group…" offers: today, unless an end today would be refused; then the
    earliest day that is not (the start of a group still to start, the day of a meeting it held
    or minuted after today). Offering today and refusing it sent the user to guess the day."""
    group = find_group(session, group_id)
    day = today or clock.today()
    if group.ended_on is not None and group.ended_on > day:
        return group.ended_on  # set to end later: the day it is set to, to keep or move
    if group.starts_on is not None and group.starts_on > day:
        day = group.starts_on
    found = first_with_history(session, _meetings_after(session, group_id, day))
    return day if found is None else to_local(found[0].starts_at).date()


def planned_after(session: Session, group_id: int, end: dt.date) -> list[tuple[int, dt.date]]:
    """The ended group's planned meetings still after ``end`` (id and day, the earliest first):
    the ones the re-planning kept because they hold the user's work (an agenda of their own, a
    change by hand). Ending says them, so none is believed gone while it stays in the calendar."""
    kept = [
        (meeting.id, to_local(meeting.starts_at).date())
        for meeting in _meetings_after(session, group_id, end)
        if meeting.status is MeetingStatus.PLANNED
    ]
    return sorted(kept, key=lambda pair: (pair[1], pair[0]))


def end_said(subject: str, ended_on: dt.date, still_meets: bool, before: dt.date | None) -> str:
    """What ending a group says, in the window's notice and on the command line alike.
    ``subject`` names the group ("Gruppen 12 ”…”", "”…”"); ``still_meets``: it works until
    ``ended_on``, a day to come (the list reads "Aktiv"); ``before``: the later day it was set to
    end on, when the end moved from it. An end moved to today or a past day is said as done:
    "avslutas nu <a past day>" read as if it were still to come."""
    date = ended_on.isoformat()
    if before is not None and before != ended_on:
        moved = (
            _("{group} is now set to end on {date} (it was set to end on {before}).")
            if still_meets
            else _("{group} is now ended (since {date}; it was set to end on {before}).")
        )
        return moved.format(group=subject, date=date, before=before.isoformat())
    if still_meets:
        return _("{group} is set to end on {date}.").format(group=subject, date=date)
    return _("{group} is ended as of {date}.").format(group=subject, date=date)
