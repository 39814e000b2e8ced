"""What moving, cancelling, deleting or reinstating one meeting would do to the meetings of the
groups meeting before its group's ("inför chefsamråd"), for the dialog to say so beforehand:
the same re-planning ``follow_group`` does afterwards (``planned_changes``), with the other
group's meeting days as the change would leave them; nothing is saved. A meeting the
re-planning keeps (held, moved by hand, holding the user's work) is not named."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop import clock
from samverkan_desktop.formatting import short_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Meeting, MeetingRule, MeetingStatus
from samverkan_desktop.services.linked_meetings import dependent_groups
from samverkan_desktop.services.meeting_common import (
    get_group,
    get_meeting_model,
    horizon_end,
    rule_of,
    to_local,
)
from samverkan_desktop.services.meeting_planning import PlannedChange, planned_changes


@dataclass(frozen=True)
class Following:
    """The meetings of ``group`` that would follow; ``before``: the group whose meetings it
    meets before (the changed meeting's group, or, down a chain, one following it)."""

    group: str
    before: str
    direct: bool
    changes: tuple[PlannedChange, ...]


def if_moved(
    session: Session, meeting_id: int, day: dt.date, today: dt.date | None = None
) -> list[Following]:
    """The meeting moved to ``day`` (a cancelled one gives no day to follow either way)."""
    meeting = get_meeting_model(session, meeting_id)
    counts = meeting.status is not MeetingStatus.CANCELLED
    return _following(session, meeting, day if counts else None, today)


def if_gone(session: Session, meeting_id: int, today: dt.date | None = None) -> list[Following]:
    """The meeting cancelled or deleted."""
    return _following(session, get_meeting_model(session, meeting_id), None, today)


def if_reinstated(
    session: Session, meeting_id: int, today: dt.date | None = None
) -> list[Following]:
    """The cancelled meeting planned again."""
    meeting = get_meeting_model(session, meeting_id)
    return _following(session, meeting, to_local(meeting.starts_at).date(), today)


def following_lines(items: list[Following], today: dt.date | None = None) -> list[str]:
    """One sentence a group: "Lokal beredningsgrupp Östermalm möts inför detta möte: dess möte
    22 feb flyttas till 1 mars."."""
    today = today or clock.today()
    lines = []
    for item in items:
        changes = "; ".join(_change_text(change, today) for change in _as_moves(item.changes))
        if item.direct:
            text = _("{group} meets before this meeting: {changes}.")
        else:
            text = _("{group} meets before the meetings of {other}: {changes}.")
        lines.append(text.format(group=item.group, other=item.before, changes=changes))
    return lines


def _as_moves(changes: tuple[PlannedChange, ...]) -> list[PlannedChange]:
    """A meeting removed and one planned in its stead read as one moved, as the coordinator
    sees it (re-planning pairs meetings within a month: a move into the next gives a new row)."""
    removed = [c for c in changes if c.new is None]
    added = [c for c in changes if c.old is None]
    pairs = min(len(removed), len(added))
    moved = [
        PlannedChange(r.meeting_id, r.old, a.new) for r, a in zip(removed, added, strict=False)
    ]
    rest = [c for c in changes if c.old is not None and c.new is not None]
    return sorted(moved + rest + removed[pairs:] + added[pairs:], key=lambda c: c.when)


def _change_text(change: PlannedChange, today: dt.date) -> str:
    if change.old is None:
        assert change.new is not None
        return _("a meeting is planned on {day}").format(day=short_date(change.new.date(), today))
    if change.new is None:
        return _("its meeting {day} is removed").format(day=short_date(change.old.date(), today))
    return _("its meeting {day} moves to {new_day}").format(
        day=short_date(change.old.date(), today), new_day=short_date(change.new.date(), today)
    )


def _following(
    session: Session, meeting: Meeting, day_after: dt.date | None, today: dt.date | None
) -> list[Following]:
    if not dependent_groups(session, meeting.group_id):
        return []
    days = _meeting_days(session, meeting.group_id)
    days.pop(meeting.id, None)
    after = list(days.values()) + ([day_after] if day_after is not None else [])
    found: list[Following] = []
    _follow(session, meeting.group_id, after, today or clock.today(), found)
    return found


def _follow(
    session: Session,
    group_id: int,
    days: list[dt.date],
    today: dt.date,
    found: list[Following],
    *,
    direct: bool = True,
) -> None:
    """As ``follow_group``: each group meeting before ``group_id``'s meetings, then the groups
    meeting before its (the rules refuse a circle)."""
    name = get_group(session, group_id).name
    for dependent in dependent_groups(session, group_id):
        row = session.scalar(select(MeetingRule).where(MeetingRule.group_id == dependent))
        assert row is not None
        group = get_group(session, dependent)
        end = horizon_end(session, today)
        changes = planned_changes(
            session, group, rule_of(row), row.holiday_policy, today, end, days
        )
        if changes:
            found.append(Following(group.name, name, direct, tuple(changes)))
        after = _days_after(session, dependent, changes)
        _follow(session, dependent, after, today, found, direct=False)


def _meeting_days(session: Session, group_id: int) -> dict[int, dt.date]:
    """The days of the group's meetings not cancelled (those a linked rule meets before)."""
    rows = session.execute(
        select(Meeting.id, Meeting.starts_at).where(
            Meeting.group_id == group_id, Meeting.status != MeetingStatus.CANCELLED
        )
    )
    return {mid: to_local(start).date() for mid, start in rows}


def _days_after(session: Session, group_id: int, changes: list[PlannedChange]) -> list[dt.date]:
    days = _meeting_days(session, group_id)
    added = []
    for change in changes:
        if change.meeting_id is None:
            assert change.new is not None
            added.append(change.new.date())
        elif change.new is None:
            days.pop(change.meeting_id, None)
        elif change.meeting_id in days:
            days[change.meeting_id] = change.new.date()
    return list(days.values()) + added
