"""Past meetings still "Planned" (the old rule planning created them from a rule's start date):
listed, cancelled in one go at the coordinator's word, those with minutes left alone, and the
cancelling undone exactly."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy.orm import Session

from samverkan_desktop.db import Database
from samverkan_desktop.errors import StaleRecordError, ValidationError
from samverkan_desktop.models import Decision, Meeting, MeetingStatus
from samverkan_desktop.services import group_editing, groups, meetings, meetings_not_held
from samverkan_desktop.services.meeting_common import to_utc
from tests.core.meeting_data import TODAY, at, make_group


def _meeting(
    s: Session, group: int, day: dt.date, status: MeetingStatus = MeetingStatus.PLANNED
) -> int:
    start = to_utc(at(day, 9))
    meeting = Meeting(
        group_id=group,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=1),
        original_start=start,
        status=status,
        from_rule=True,
    )
    s.add(meeting)
    s.flush()
    return meeting.id


def test_past_planned_meetings_are_listed_cancelled_and_undone(db: Database) -> None:
    with db.session() as s:
        group = make_group(s)
        old = _meeting(s, group, dt.date(2025, 1, 8))
        older = _meeting(s, group, dt.date(2025, 2, 12))
        minuted = _meeting(s, group, dt.date(2025, 3, 12))
        s.add(Decision(meeting_id=minuted, text="Belysningen i parken ses över."))
        _meeting(s, group, dt.date(2025, 4, 9), MeetingStatus.HELD)
        _meeting(s, group, TODAY)  # today's: not past yet
        _meeting(s, group, TODAY + dt.timedelta(days=7))
    with db.session() as s:
        assert meetings_not_held.count_not_held(s, TODAY) == 3
        rows = meetings_not_held.list_not_held(s, TODAY)
        assert [r.id for r in rows] == [old, older, minuted]
        cancelled = meetings_not_held.cancel_not_held(s, [r.id for r in rows], TODAY)
    assert (cancelled.count, cancelled.left_with_minutes) == (2, 1)
    with db.session() as s:
        assert [r.id for r in meetings_not_held.list_not_held(s, TODAY)] == [minuted]
        assert s.get_one(Meeting, old).status is MeetingStatus.CANCELLED
        meetings_not_held.reinstate(s, cancelled)
    with db.session() as s:
        for meeting_id in (old, older):
            meeting = s.get_one(Meeting, meeting_id)
            assert (meeting.status, meeting.is_exception) == (MeetingStatus.PLANNED, False)
        assert meetings_not_held.count_not_held(s, TODAY) == 3


def test_the_undo_is_refused_when_a_meeting_changed_since(db: Database) -> None:
    with db.session() as s:
        group = make_group(s)
        old = _meeting(s, group, dt.date(2025, 1, 8))
        cancelled = meetings_not_held.cancel_not_held(s, [old], TODAY)
        meetings.set_meeting_status(s, old, MeetingStatus.HELD)  # another desk: it was held
    with pytest.raises(StaleRecordError), db.session() as s:
        meetings_not_held.reinstate(s, cancelled)
    with db.session() as s:
        assert s.get_one(Meeting, old).status is MeetingStatus.HELD


def test_the_undo_is_refused_when_the_group_now_starts_after_a_meeting(db: Database) -> None:
    """Cancelled in one go, then the group's start set later than one of them (allowed: it is
    cancelled): the undo would plan a meeting before the group meets, so nothing is undone."""
    with db.session() as s:
        group = make_group(s, starts_on=None)
        old = _meeting(s, group, dt.date(2025, 1, 8))
        later = _meeting(s, group, dt.date(2025, 3, 12))
        cancelled = meetings_not_held.cancel_not_held(s, [old, later], TODAY)
    detail = db.call(groups.get_group, group)
    db.call(
        group_editing.update_group,
        group,
        dataclasses.replace(detail.to_input(), starts_on=dt.date(2025, 2, 3)),
    )
    with pytest.raises(ValidationError) as refused, db.session() as s:
        meetings_not_held.reinstate(s, cancelled)
    assert refused.value.message == (
        "”Lokal beredningsgrupp” startar 2025-02-03: dess möte den 2025-01-08, före det, kan "
        "inte återställas."
    )
    with db.session() as s:
        for meeting_id in (old, later):
            assert s.get_one(Meeting, meeting_id).status is MeetingStatus.CANCELLED


def test_the_undo_names_every_meeting_now_outside_its_groups_days(db: Database) -> None:
    """Several groups and meetings outside: each named, by group, not the first one alone; a
    group's long list shortened ("och 2 till"); nothing undone."""
    with db.session() as s:
        early = make_group(s, "Platssamverkan Klara", starts_on=None)
        ended = make_group(s, "Trygghetsrådet", starts_on=dt.date(2024, 1, 1))
        weeks = [dt.date(2025, 1, 8) + dt.timedelta(weeks=n) for n in range(7)]
        ids = [_meeting(s, early, day) for day in weeks]
        ids.append(_meeting(s, ended, dt.date(2025, 1, 10)))
        ids.append(_meeting(s, ended, dt.date(2024, 12, 4)))  # inside its days still
        cancelled = meetings_not_held.cancel_not_held(s, ids, TODAY)
    assert cancelled.count == 9
    detail = db.call(groups.get_group, early)
    db.call(
        group_editing.update_group,
        early,
        dataclasses.replace(detail.to_input(), starts_on=dt.date(2025, 3, 3)),
    )
    db.call(group_editing.end_group, ended, dt.date(2024, 12, 31))
    with pytest.raises(ValidationError) as refused, db.session() as s:
        meetings_not_held.reinstate(s, cancelled)
    assert refused.value.message == (
        "”Platssamverkan Klara” startar 2025-03-03: dess möten den 2025-01-08, 2025-01-15, "
        "2025-01-22, 2025-01-29, 2025-02-05 och 2 till, före det, kan inte återställas. "
        "”Trygghetsrådet” avslutades 2024-12-31: dess möte den 2025-01-10, efter det, kan inte "
        "återställas."
    )
    with db.session() as s:
        assert {s.get_one(Meeting, i).status for i in ids} == {MeetingStatus.CANCELLED}
