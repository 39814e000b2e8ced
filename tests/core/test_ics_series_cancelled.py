"""A group's series gone since an earlier export (its rule removed, its group deleted) goes out
cancelled as the series it was: its UID, its first start, its RRULE and EXDATEs, STATUS:CANCELLED.
A calendar that holds the series then finds each of its meetings cancelled; without the RRULE
the cancellation was one event on the series' first day, the rest of the series left standing
in an independent reader (icalendar, recurring-ical-events)."""

from __future__ import annotations

import datetime as dt

import pytest
import recurring_ical_events
from icalendar import Calendar

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.services import group_editing, meeting_rules
from tests.core.meeting_data import STOCKHOLM, TODAY
from tests.core.test_ics import TWO_YEARS, setup_groups


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _series_read(ics: bytes, uid: str) -> dict[dt.datetime, str]:
    """The meetings an independent reader finds under ``uid`` over two years: start → STATUS."""
    start = dt.datetime.combine(TWO_YEARS[0], dt.time(0), tzinfo=STOCKHOLM)
    end = dt.datetime.combine(TWO_YEARS[1], dt.time(23, 59), tzinfo=STOCKHOLM)
    events = recurring_ical_events.of(Calendar.from_ical(ics)).between(start, end)
    return {
        e.decoded("DTSTART").astimezone(STOCKHOLM): str(e.get("STATUS", "CONFIRMED"))
        for e in events
        if str(e["UID"]) == uid
    }


def all_cancelled_as_before(before: bytes, after: bytes, uid: str) -> None:
    held = _series_read(before, uid)
    assert len([s for s in held.values() if s != "CANCELLED"]) >= 2  # a series, not one day
    assert _series_read(after, uid) == dict.fromkeys(held, "CANCELLED")


def test_a_rule_removed_cancels_every_meeting_of_its_series(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    uid = f"group-{monthly}@samverkan"
    before = db.call(export_ics)
    db.call(meeting_rules.clear_rule, monthly, TODAY)
    after = db.call(export_ics)
    all_cancelled_as_before(before, after, uid)
    # The same series: its first start and its rule, only cancelled (July left out as before).
    old, new = (
        next(e for e in Calendar.from_ical(ics).walk("VEVENT") if str(e["UID"]) == uid)
        for ics in (before, after)
    )
    assert "RECURRENCE-ID" not in new and str(new["STATUS"]) == "CANCELLED"
    for name in ("DTSTART", "RRULE", "EXDATE"):
        assert new.content_line(name, new[name]) == old.content_line(name, old[name]), name


def test_a_group_deleted_cancels_every_meeting_of_its_series(db: Database) -> None:
    _monthly, council, _weekly = setup_groups(db)
    uid = f"group-{council}@samverkan"
    before = db.call(export_ics)
    db.call(group_editing.delete_group, council)
    all_cancelled_as_before(before, db.call(export_ics), uid)
