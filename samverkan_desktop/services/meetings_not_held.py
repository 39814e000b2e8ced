"""Past meetings still "Planned": never marked held or cancelled.

Databases from before 30 November 2026 may hold many: rule planning then created meetings from
the rule's start date, also the days already past (never held here). They are shown to the
coordinator and cancelled only at their word (``cancel_not_held``, undone by ``reinstate``);
never deleted or changed silently. A meeting of today is not past yet (it may just not be marked
held); one with minutes was held, and is left for the coordinator to mark so."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import StaleRecordError
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Meeting, MeetingStatus
from samverkan_desktop.services.calendar import CalendarFilter, CalendarRow, list_calendar
from samverkan_desktop.services.meeting_common import day_start, meetings_with_minutes, to_local
from samverkan_desktop.services.meeting_group_days import check_all_reinstated


def _past_planned(today: dt.date) -> ColumnElement[bool]:
    return and_(Meeting.status == MeetingStatus.PLANNED, Meeting.starts_at < day_start(today))


def count_not_held(session: Session, today: dt.date) -> int:
    """How many meetings before today are still planned (all groups)."""
    return int(session.scalar(select(func.count(Meeting.id)).where(_past_planned(today))) or 0)


def list_not_held(
    session: Session, today: dt.date, filters: CalendarFilter | None = None
) -> list[CalendarRow]:
    """The meetings before today still planned, oldest first, within the calendar's filters."""
    first = session.scalar(select(func.min(Meeting.starts_at)).where(_past_planned(today)))
    if first is None:
        return []
    only_planned = dataclasses.replace(filters or CalendarFilter(), status=MeetingStatus.PLANNED)
    yesterday = today - dt.timedelta(days=1)
    return list_calendar(session, to_local(first).date(), yesterday, only_planned)


def latest_not_held(session: Session, today: dt.date, limit: int) -> list[CalendarRow]:
    """The ``limit`` latest meetings before today still planned, the latest first (the
    Overview's card): read from the day of the last of them, not from the oldest one left."""
    starts = session.scalars(
        select(Meeting.starts_at)
        .where(_past_planned(today))
        .order_by(Meeting.starts_at.desc())
        .limit(limit)
    ).all()
    if not starts:
        return []
    only_planned = CalendarFilter(status=MeetingStatus.PLANNED)
    yesterday = today - dt.timedelta(days=1)
    rows = list_calendar(session, to_local(starts[-1]).date(), yesterday, only_planned)
    return rows[::-1][:limit]


def with_minutes(session: Session, meeting_ids: Sequence[int]) -> set[int]:
    """Those of the meetings that hold minutes: they were held, so are not cancelled."""
    return meetings_with_minutes(session, meeting_ids)


@dataclass(frozen=True)
class CancelledNotHeld:
    """What ``cancel_not_held`` did: exactly what ``reinstate`` puts back."""

    # (meeting id, its version after cancelling, whether it was an exception of its rule)
    meetings: tuple[tuple[int, int, bool], ...]
    left_with_minutes: int = 0

    @property
    def count(self) -> int:
        return len(self.meetings)


def cancel_not_held(
    session: Session, meeting_ids: Sequence[int], today: dt.date
) -> CancelledNotHeld:
    """Mark as cancelled those of ``meeting_ids`` that are before today, still planned and
    without minutes (a meeting changed meanwhile is judged as it is now)."""
    # Here, not at the top: the Overview reads this module at every start, and the meetings
    # service brings the agenda's and the meeting rows' modules with it.
    from samverkan_desktop.services.meetings import cancel_meeting

    candidates = session.scalars(
        select(Meeting).where(Meeting.id.in_(list(meeting_ids)), _past_planned(today))
    ).all()
    held = with_minutes(session, [m.id for m in candidates])
    done: list[tuple[int, int, bool]] = []
    for meeting in candidates:
        if meeting.id in held:
            continue
        was_exception = meeting.is_exception
        done.append((meeting.id, cancel_meeting(session, meeting.id), was_exception))
    return CancelledNotHeld(tuple(done), len(held))


def reinstate(session: Session, cancelled: CancelledNotHeld) -> None:
    """Undo ``cancel_not_held``: planned again, as before. Refused, nothing changed, when
    another desk changed one of the meetings since, or when one now lies outside its group's
    days (the group's start moved later, or it ended, after the cancelling): as for one
    meeting, a meeting there cannot be planned again. Every such meeting is named."""
    versions = {meeting_id: version for meeting_id, version, _was in cancelled.meetings}
    found = {
        m.id: m for m in session.scalars(select(Meeting).where(Meeting.id.in_(list(versions))))
    }
    if len(found) != len(versions) or any(
        found[meeting_id].version != version for meeting_id, version in versions.items()
    ):
        raise StaleRecordError(_("The meetings have changed since; nothing was undone."))
    check_all_reinstated([(m.group, to_local(m.starts_at).date()) for m in found.values()])
    for meeting_id, _version, was_exception in cancelled.meetings:
        found[meeting_id].status = MeetingStatus.PLANNED
        found[meeting_id].is_exception = was_exception
    session.flush()
