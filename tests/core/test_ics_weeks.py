"""An even/odd-week rule in the .ics export: Outlook has no week numbers in its recurrence, so the
series goes out as every week with the other weeks as EXDATEs, and an independent reader gets
exactly the app's meetings (weeks 53 and 1 both, at the turn of 2026)."""

from __future__ import annotations

from icalendar import Calendar

from samverkan_desktop.db import Database
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.services import meeting_rules
from tests.core.meeting_data import TODAY, make_group
from tests.core.test_ics import app_meetings, read_events, rrule


def test_odd_weeks_go_out_as_a_weekly_series_without_week_numbers(db: Database) -> None:
    with db.session() as s:
        gid = make_group(s, "Onsdagsgruppen")
        meeting_rules.set_rule_from_phrase(s, gid, "udda veckor onsdag kl 13-14", today=TODAY)
        ics = export_ics(s, gid)
    series = [e for e in Calendar.from_ical(ics).walk("VEVENT") if "RRULE" in e]
    assert len(series) == 1
    rule = rrule(series[0])
    assert "BYWEEKNO" not in rule and rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["WE"]
    assert "INTERVAL" not in rule
    mine = app_meetings(db, gid)
    assert read_events(ics) == mine
    weeks = [start.isocalendar()[1] for _label, start, _end in mine]
    assert all(week % 2 == 1 for week in weeks)
    assert weeks[weeks.index(53) + 1] == 1  # 30 Dec 2026 and 6 Jan 2027
