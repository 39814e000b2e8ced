"""The example district's meetings: every group's rule from its phrase, recent minutes with
decisions and open actions, and the Norrmalm council of 14 December 2016."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import Group, Meeting, MeetingStatus
from samverkan_desktop.models.meetings import STANDING_DONE_NEXT
from samverkan_desktop.services import (
    action_filter,
    action_reading,
    calendar,
    meeting_rules,
    meetings,
)
from samverkan_desktop.services.meeting_rows import item_starts


def test_every_demo_group_meets_by_the_rule_its_phrase_gives(demo_db: Database) -> None:
    with demo_db.session() as s:
        for group in s.scalars(select(Group)):
            detail = meeting_rules.get_rule(s, group.id)
            assert detail is not None, group.name
            assert detail.phrase == group.meeting_frequency
        thursday = s.scalars(
            select(Group).where(Group.name.like("Säkerhetssamordnarnätverket%"))
        ).one()
        rule = meeting_rules.get_rule(s, thursday.id)
        assert rule is not None and rule.rule.to_rrule() == "FREQ=WEEKLY;BYDAY=TH"
        council = s.scalars(
            select(Group).where(Group.name == "Norrmalms trygghets- och säkerhetsråd")
        ).one()
        rule = meeting_rules.get_rule(s, council.id)
        assert rule is not None and rule.rule.months == (6, 12)


def test_recent_meetings_have_minutes_and_some_actions_stay_open(demo_db: Database) -> None:
    today = clock.today()
    with demo_db.session() as s:
        rows = calendar.list_calendar(
            s, today - dt.timedelta(days=120), today - dt.timedelta(days=1)
        )
        held = [r for r in rows if r.status is MeetingStatus.HELD]
        assert len(held) >= 10
        with_minutes = [meetings.get_meeting(s, r.id) for r in held[-12:]]
        assert sum(1 for m in with_minutes if m.decisions and m.has_minutes) >= 4
        open_actions = action_reading.list_actions(s, action_filter.ActionFilter(open_only=True))
        overdue = action_reading.list_actions(s, action_filter.ActionFilter(overdue=True))
        assert len(open_actions) >= 5 and overdue
        # Past the summer break (many groups meet "ej juni–aug"): in mid-June the groups with
        # open actions next meet in mid-August, and 45 days ahead found none to carry them.
        upcoming = calendar.list_calendar(s, today, today + dt.timedelta(days=90))
        carried = [meetings.get_meeting(s, r.id).carried_actions for r in upcoming]
        assert any(carried)


def test_norrmalm_council_of_14_december_2016_as_minutes(demo_db: Database) -> None:
    with demo_db.session() as s:
        meeting_id = s.scalars(
            select(Meeting.id)
            .where(Meeting.starts_at < dt.datetime(2017, 1, 1, tzinfo=dt.UTC))
            .order_by(Meeting.starts_at)
            .limit(1)
        ).one()
        detail = meetings.get_meeting(s, meeting_id)
    assert detail.group_name == "Norrmalms trygghets- och säkerhetsråd"
    assert detail.starts_at.date() == dt.date(2016, 12, 14) and detail.status is MeetingStatus.HELD
    done_next = [a for a in detail.agenda if a.standing_key == STANDING_DONE_NEXT]
    assert [a.title for a in done_next] == [
        "Ungdomar – Fält, fritid, socialtjänst och polis",
        "Ungdomar – Tobakstillsyn",
        "Platssamverkan Klara",
        "Platssamverkan för trygg offentlig plats",
    ]
    assert all(a.notes and a.next_steps for a in done_next)
    tobacco = done_next[1].notes
    assert tobacco is not None and "29 butiker" in tobacco
    assert detail.agenda[-1].title == "Laget runt – lägesbild och behov"
    assert any("civilklädd polis" in d.text for d in detail.decisions)
    assert {a.title for a in detail.actions} >= {"Arrangera en trygghetsvandring för ungdomar"}
    assert detail.next_meeting is not None and detail.next_meeting.starts_at.year == 2017


def test_each_groups_next_meeting_has_its_agenda_planned_in_minutes(demo_db: Database) -> None:
    """So the agenda tab and the printed notice show when each item begins; the items fill the
    meeting, and the meetings after it keep the plain agenda."""
    today = clock.today()
    with demo_db.session() as s:
        rows = calendar.list_calendar(s, today, today + dt.timedelta(days=366))
        coming: dict[int, list[int]] = {}
        for row in rows:
            if row.status is MeetingStatus.PLANNED:
                coming.setdefault(row.group_id, []).append(row.id)
        assert len(coming) >= 10
        for ids in coming.values():
            detail = meetings.get_meeting(s, ids[0])
            starts = item_starts(detail.starts_at, detail.agenda)
            assert starts[0] == detail.starts_at, detail.group_name
            assert all(5 <= (i.minutes or 0) <= 120 for i in detail.agenda), detail.agenda
            last, last_start = detail.agenda[-1], starts[-1]
            assert last_start is not None and last.minutes is not None
            assert last_start + dt.timedelta(minutes=last.minutes) == detail.ends_at
            if len(ids) > 1:
                later = meetings.get_meeting(s, ids[1])
                assert not any(i.minutes for i in later.agenda), later.group_name
