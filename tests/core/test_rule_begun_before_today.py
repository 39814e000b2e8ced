"""A rule entered with a start long ago plans its meetings from today: the past gets no
"Planerat" meetings that never took place here, while the rule keeps its own start, so a
fortnightly rule is still counted from it (RFC 5545 DTSTART). The demo enters its groups' history
as held meetings explicitly; the .ics series starts at the first meeting planned."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.models import Meeting, MeetingStatus
from samverkan_desktop.services import calendar, meeting_rules
from samverkan_desktop.services.meeting_common import to_local
from tests.core.meeting_data import TODAY, make_group
from tests.core.test_ics import rrule

LONG_AGO = dt.date(2020, 1, 6)  # a Monday, an odd number of weeks before TODAY (a Monday)


def _days(db: Database, group_id: int) -> list[tuple[dt.date, MeetingStatus]]:
    with db.session() as s:
        rows = s.scalars(
            select(Meeting).where(Meeting.group_id == group_id).order_by(Meeting.starts_at)
        )
        return [(to_local(m.starts_at).date(), m.status) for m in rows]


def test_a_rule_begun_long_ago_plans_no_past_meeting(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s, starts_on=None)
        result = meeting_rules.set_rule_from_phrase(
            s, gid, "1 gång/månad kl 9-10", starts_on=dt.date(2020, 1, 1), today=TODAY
        )
        detail = meeting_rules.get_rule(s, gid)
    days = _days(db, gid)
    assert days and days[0][0] >= TODAY
    assert result.created == len(days)
    assert result.planned_from == TODAY
    assert detail is not None and detail.rule.starts_on == dt.date(2020, 1, 1)
    # Saving again changes nothing and still plans nothing before today.
    with db.session() as s:
        again = meeting_rules.set_rule(s, gid, detail.rule, today=TODAY)
    assert (again.created, again.removed, again.planned_from) == (0, 0, TODAY)
    assert _days(db, gid) == days


def test_a_rule_from_today_says_nothing_about_the_past(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s)
        result = meeting_rules.set_rule_from_phrase(s, gid, "1 gång/månad", today=TODAY)
        rule = meeting_rules.read_phrase(s, gid, "1 gång/månad", TODAY)
        preview = meeting_rules.preview_rule(s, gid, rule, today=TODAY)
    assert result.planned_from is None and preview.planned_from is None


def test_a_fortnightly_rule_begun_long_ago_stays_counted_from_its_start(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s, starts_on=None)
        rule = meeting_rules.read_phrase(s, gid, "varannan måndag kl 9-10", LONG_AGO)
        preview = meeting_rules.preview_rule(s, gid, rule, today=TODAY)
        meeting_rules.set_rule(s, gid, rule, today=TODAY)
    days = [day for day, _status in _days(db, gid)]
    # TODAY is an odd number of weeks after the start: not a meeting day, the next Monday is.
    assert days[0] == TODAY + dt.timedelta(days=7)
    assert all((day - LONG_AGO).days % 14 == 0 for day in days)
    assert preview.planned_from == TODAY
    assert preview.dates[0].start.date() == TODAY + dt.timedelta(days=7)


def test_the_groups_history_can_be_entered_as_held_meetings(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s, starts_on=None)
        meeting_rules.set_rule_from_phrase(
            s, gid, "varje måndag kl 9-10", starts_on=TODAY - dt.timedelta(days=28), today=TODAY
        )
        added = meeting_rules.add_past_meetings_as_held(s, gid, TODAY)
        assert meeting_rules.add_past_meetings_as_held(s, gid, TODAY) == 0  # once
    days = _days(db, gid)
    past = [(day, status) for day, status in days if day < TODAY]
    assert added == 4
    assert past == [(TODAY - dt.timedelta(days=7 * n), MeetingStatus.HELD) for n in (4, 3, 2, 1)]
    assert all(status is MeetingStatus.PLANNED for day, status in days if day >= TODAY)


def test_the_ics_series_of_a_rule_begun_long_ago_starts_at_its_first_meeting(
    db: Database,
) -> None:
    """Not at the rule's start with an EXDATE for each of the hundreds of meetings never
    planned."""
    with db.session() as s:
        gid = make_group(s, starts_on=None)
        meeting_rules.set_rule_from_phrase(
            s, gid, "varannan måndag kl 9-10", starts_on=LONG_AGO, today=TODAY
        )
        ics = export_ics(s, gid)
        first = calendar.list_calendar(s, TODAY, TODAY + dt.timedelta(days=30))[0]
    (series,) = Calendar.from_ical(ics).walk("VEVENT")
    assert series.decoded("DTSTART") == first.starts_at
    assert rrule(series)["INTERVAL"] == [2]
    assert "EXDATE" not in series
