"""The demo's minutes read like real ones: every group that has met has minutes of its latest
meeting, in its own words. The same filler decision ("Gruppen fortsätter enligt planeringen.")
under six groups, in the follow-up and the council report alike, read as invented."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select

from samverkan_desktop.db import Database
from samverkan_desktop.models import AgendaItem, Decision, Group, Meeting, MeetingStatus


def test_no_decision_or_minutes_line_is_repeated_across_meetings(demo_db: Database) -> None:
    with demo_db.session() as s:
        texts = [
            *s.scalars(select(Decision.text)),
            *s.scalars(select(AgendaItem.notes).where(AgendaItem.notes.is_not(None))),
            *s.scalars(select(AgendaItem.next_steps).where(AgendaItem.next_steps.is_not(None))),
        ]
    repeated = {text: n for text, n in Counter(texts).items() if n > 1}
    assert texts and not repeated


def test_every_group_that_has_met_has_minutes_of_its_latest_meeting(demo_db: Database) -> None:
    with demo_db.session() as s:
        latest = (
            select(Meeting.group_id, func.max(Meeting.starts_at).label("starts_at"))
            .where(Meeting.status == MeetingStatus.HELD)
            .group_by(Meeting.group_id)
            .subquery()
        )
        rows = s.execute(
            select(Group.name, Meeting.id)
            .join(Meeting, Meeting.group_id == Group.id)
            .join(
                latest,
                (latest.c.group_id == Meeting.group_id) & (latest.c.starts_at == Meeting.starts_at),
            )
        ).all()
        without = [
            name
            for name, meeting_id in rows
            if not s.scalar(
                select(func.count(AgendaItem.id)).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.notes.is_not(None)
                )
            )
        ]
    assert len(rows) >= 10 and without == []
