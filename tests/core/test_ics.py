"""The .ics export read back by an independent reader (icalendar + recurring-ical-events) gives
exactly the app's meetings, in rules Outlook accepts."""

from __future__ import annotations

import datetime as dt

import recurring_ical_events
from icalendar import Calendar, Component, vRecur

from samverkan_desktop.db import Database
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.recurrence import HolidayPolicy
from samverkan_desktop.services import calendar, meeting_rules, meetings, settings
from tests.core.meeting_data import STOCKHOLM, TODAY, at, make_group

TWO_YEARS = (TODAY, TODAY + dt.timedelta(days=730))


def setup_groups(db: Database) -> tuple[int, int, int]:
    with db.session() as s:
        settings.set_int(s, "meetings.horizon_months", 25)
        monthly = make_group(s, "Beredningsgruppen")
        council = make_group(s, "Trygghetsrådet")
        weekly = make_group(s, "Torsdagsnätverket")
        meeting_rules.set_rule_from_phrase(
            s, monthly, "1 gång/månad (ej juli) kl 9-10.30", HolidayPolicy.MOVE,
            place="Karlavägen 104", today=TODAY,
        )  # fmt: skip
        meeting_rules.set_rule_from_phrase(
            s, council, "2 gånger/år juni och dec, andra onsdagen kl 14-16", today=TODAY
        )
        meeting_rules.set_rule_from_phrase(
            s, weekly, "varje torsdag förmiddag (ej juli)", HolidayPolicy.SKIP, today=TODAY
        )
        rows = calendar.list_calendar(s, *TWO_YEARS, calendar.CalendarFilter(group_ids=(monthly,)))
        meetings.move_meeting(
            s, rows[2].id, at(dt.date(2027, 2, 4), 13), at(dt.date(2027, 2, 4), 15)
        )
        meetings.cancel_meeting(s, rows[3].id, "Sportlov")
        meetings.add_meeting(
            s,
            monthly,
            meetings.MeetingInput(
                at(dt.date(2027, 4, 12), 10), at(dt.date(2027, 4, 12), 12), "Stadshuset", "Workshop"
            ),
        )
    return monthly, council, weekly


def app_meetings(
    db: Database, group_id: int | None = None, status: MeetingStatus | None = None
) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """The calendar's meetings taking place (planned or held), or those of ``status``."""
    with db.session() as s:
        rows = calendar.list_calendar(
            s,
            *TWO_YEARS,
            calendar.CalendarFilter(group_ids=(group_id,) if group_id else (), status=status),
        )
    wanted = (status,) if status else (MeetingStatus.PLANNED, MeetingStatus.HELD)
    return sorted((r.label, r.starts_at, r.ends_at) for r in rows if r.status in wanted)


def rrule(event: Component) -> vRecur:
    """The event's RRULE, as a rule: icalendar types a property as any of its value types."""
    rule = event["RRULE"]
    assert isinstance(rule, vRecur)
    return rule


def read_events(
    ics: bytes, status: str | None = None
) -> list[tuple[str, dt.datetime, dt.datetime]]:
    """What an independent reader finds over two years: the events taking place, or those of
    ``status`` ("CANCELLED")."""
    parsed = Calendar.from_ical(ics)
    start = dt.datetime.combine(TWO_YEARS[0], dt.time(0), tzinfo=STOCKHOLM)
    end = dt.datetime.combine(TWO_YEARS[1], dt.time(23, 59), tzinfo=STOCKHOLM)
    events = recurring_ical_events.of(parsed).between(start, end)
    return sorted(
        (
            str(e["SUMMARY"]),
            e.decoded("DTSTART").astimezone(STOCKHOLM),
            e.decoded("DTEND").astimezone(STOCKHOLM),
        )
        for e in events
        if e.get("STATUS") == status
    )


def test_independent_reader_gets_exactly_the_apps_meetings_over_two_years(db: Database) -> None:
    setup_groups(db)
    with db.session() as s:
        ics = export_ics(s)
    expected = app_meetings(db)
    assert len(expected) > 100
    assert read_events(ics) == expected
    # The moved meeting is an override of its occurrence, the workshop an event of its own.
    text = ics.decode()
    assert "RECURRENCE-ID;TZID=Europe/Stockholm:20270202T090000" in text
    assert "SUMMARY:Workshop – Beredningsgruppen" in text


def test_one_group_export_and_stable_uids(db: Database) -> None:
    monthly, council, _weekly = setup_groups(db)
    with db.session() as s:
        first = export_ics(s, council)
        second = export_ics(s, council)
    assert read_events(first) == app_meetings(db, council)
    uids = sorted(str(c["UID"]) for c in Calendar.from_ical(first).walk("VEVENT"))
    assert uids == [f"group-{council}@samverkan"]
    assert uids == sorted(str(c["UID"]) for c in Calendar.from_ical(second).walk("VEVENT"))
    with db.session() as s:
        monthly_ics = export_ics(s, monthly).decode()
    assert f"UID:group-{monthly}@samverkan" in monthly_ics
    assert "UID:meeting-" in monthly_ics  # the workshop


def test_only_rules_outlook_accepts_local_time_and_a_vtimezone(db: Database) -> None:
    _monthly, council, _weekly = setup_groups(db)
    with db.session() as s:
        ics = export_ics(s)
    parsed = Calendar.from_ical(ics)
    assert [str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")] == ["Europe/Stockholm"]
    for event in parsed.walk("VEVENT"):
        assert event["DTSTART"].params["TZID"] == "Europe/Stockholm"
        if "RRULE" not in event:
            continue
        rule = rrule(event)
        assert not ("BYMONTH" in rule and rule["FREQ"] in (["MONTHLY"], ["WEEKLY"]))
        if rule["FREQ"] == ["YEARLY"]:
            assert rule["BYMONTH"] == [event.decoded("DTSTART").month]
        exdates = event.get("EXDATE", [])
        for exdate in exdates if isinstance(exdates, list) else [exdates]:
            assert exdate.params["TZID"] == "Europe/Stockholm"
    council_event = next(
        e for e in parsed.walk("VEVENT") if str(e["UID"]) == f"group-{council}@samverkan"
    )
    # "June and December" goes out as every 6 months from the first of them.
    assert rrule(council_event)["INTERVAL"] == [6]
    assert council_event.decoded("DTSTART") == at(dt.date(2026, 12, 9), 14)
    # Series end at the planning horizon, UNTIL in UTC as RFC 5545 wants with a TZID start.
    rules = [rrule(e) for e in parsed.walk("VEVENT") if "RRULE" in e]
    assert len(rules) == 3
    assert all(rule["UNTIL"][0].utcoffset() == dt.timedelta(0) for rule in rules)


def test_unknown_group_is_a_clear_error(db: Database) -> None:
    import pytest

    from samverkan_desktop.errors import NotFoundError

    with pytest.raises(NotFoundError, match="finns inte längre"), db.session() as s:
        export_ics(s, 4242)
