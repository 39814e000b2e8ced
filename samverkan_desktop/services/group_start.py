"""A group's start (the form's "Startar", ``groups edit --starts``) and the meetings it already
had. A start moved later than a meeting held, or minuted, is refused, naming the first such
meeting and the latest start that fits: the group would otherwise show history from before it
began. Moving the start earlier is free.

The rule's planned meetings before a later start go, as those after a group's end do, and the
rule plans from the new start (``meeting_planning.rule_term``); a meeting holding the user's work
(``meeting_work``: moved, cancelled, a note, an agenda of its own) stays, and so does a single
meeting added by hand. The form names the meetings that go and asks first
(``meetings_removed_by_start``), as the rule editor does. The database refuses a later start
over a held meeting too (migration 0040); the service checks first, to explain in Swedish."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import iso_date
from samverkan_desktop.i18n import _
from samverkan_desktop.models import Group, Meeting, MeetingStatus
from samverkan_desktop.services.groups import find_group
from samverkan_desktop.services.meeting_common import day_start, meetings_with_minutes, to_local
from samverkan_desktop.services.meeting_work import meetings_with_user_work

FIELD = "starts_on"


def moved_later(old: dt.date | None, new: dt.date | None) -> bool:
    """Whether ``new`` starts the group later than ``old`` did (a first start counts)."""
    return new is not None and (old is None or new > old)


def _meetings_before(session: Session, group_id: int, start: dt.date) -> list[Meeting]:
    """The group's meetings on a day before ``start`` (Stockholm time), the earliest first."""
    return list(
        session.scalars(
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.starts_at < day_start(start))
            .order_by(Meeting.starts_at, Meeting.id)
        )
    )


def first_with_history(session: Session, meetings: list[Meeting]) -> tuple[Meeting, bool] | None:
    """The first of ``meetings`` held or minuted (cancelled ones are no history), with whether
    it was held: what a group's start or end may not leave outside the group's days."""
    minuted = meetings_with_minutes(session, [m.id for m in meetings])
    for meeting in meetings:
        if meeting.status is MeetingStatus.HELD or meeting.id in minuted:
            return meeting, meeting.status is MeetingStatus.HELD
    return None


class HistoryTexts(NamedTuple):
    """A refusal naming the meeting held, or minuted, that a group's date would leave outside;
    an untitled meeting is said by its date first ("Gruppen höll ett möte den …"), not by the
    group's name as if it were the meeting's title. Each text has ``{title}`` (titled ones),
    ``{date}`` and ``{limit}``."""

    held: str
    minuted: str
    untitled_held: str
    untitled_minuted: str


def history_refusal(
    meeting: Meeting, held: bool, texts: HistoryTexts, limit: dt.date, field: str
) -> ValidationError:
    if meeting.title:
        message = texts.held if held else texts.minuted
    else:
        message = texts.untitled_held if held else texts.untitled_minuted
    return ValidationError(
        message.format(
            title=meeting.title,
            date=iso_date(to_local(meeting.starts_at).date()),
            limit=iso_date(limit),
        ),
        field=field,
    )


def check_start(session: Session, group: Group, new_start: dt.date | None) -> None:
    """Refuse (ValidationError on ``starts_on``) a start later than the group's first meeting
    held or minuted. Called before the form's values are set: ``group`` holds its stored start
    (and the database's check of a later start is not reached before this one's)."""
    if not moved_later(group.starts_on, new_start):
        return
    assert new_start is not None
    found = first_with_history(session, _meetings_before(session, group.id, new_start))
    if found is None:
        return
    texts = HistoryTexts(
        held=_(
            "The meeting “{title}” on {date} was held before {limit}: let the group start "
            "{date} at the latest."
        ),
        minuted=_(
            "The meeting “{title}” on {date}, before {limit}, has minutes: let the group "
            "start {date} at the latest."
        ),
        untitled_held=_(
            "The group held a meeting on {date}, before {limit}: let the group start {date} "
            "at the latest."
        ),
        untitled_minuted=_(
            "The group's meeting on {date}, before {limit}, has minutes: let the group start "
            "{date} at the latest."
        ),
    )
    raise history_refusal(*found, texts, new_start, FIELD)


def _untouched_planned(session: Session, group: Group, start: dt.date) -> list[Meeting]:
    """The rule's planned meetings before ``start`` holding none of the user's work."""
    planned = [
        m
        for m in _meetings_before(session, group.id, start)
        if m.from_rule and m.status is MeetingStatus.PLANNED
    ]
    kept = meetings_with_user_work(session, planned)
    return [m for m in planned if m.id not in kept]


def meetings_removed_by_start(
    session: Session, group_id: int, new_start: dt.date | None
) -> list[dt.datetime]:
    """The starts (Stockholm time) of the planned meetings the group's start moved to
    ``new_start`` would delete, for asking first. A start the group cannot have is refused
    here as ``update_group`` refuses it (no question only to be refused). Nothing is saved."""
    group = find_group(session, group_id)
    check_start(session, group, new_start)
    if new_start is None or not moved_later(group.starts_on, new_start):
        return []
    return [to_local(m.starts_at) for m in _untouched_planned(session, group, new_start)]


def drop_planned_before(session: Session, group: Group, old_start: dt.date | None) -> int:
    """After the start moved later: delete the rule's untouched meetings before it (see the
    module); returns how many went."""
    if group.starts_on is None or not moved_later(old_start, group.starts_on):
        return 0
    gone = _untouched_planned(session, group, group.starts_on)
    for meeting in gone:
        session.delete(meeting)
    return len(gone)
