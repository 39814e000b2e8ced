"""A cancelled meeting stays in the .ics file, marked STATUS:CANCELLED, so that a calendar that
imported it before takes it away (left out, it went on showing it): an occurrence of a series
as an override of that occurrence, a single meeting as its own event. EXDATEs stay for the days
the rule leaves out ("ej juli"). SEQUENCE counts each entry's changes from 0 and never goes
down; an occurrence's is never below its series'."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar, Event

from samverkan_desktop.db import Database
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.models import MeetingStatus
from samverkan_desktop.services import calendar, meeting_rules, meetings
from tests.core.meeting_data import STOCKHOLM, TODAY, at
from tests.core.test_ics import TWO_YEARS, app_meetings, read_events, setup_groups

SPORTLOV = at(dt.date(2027, 3, 2), 9)  # the monthly group's meeting cancelled in setup_groups


def _events(ics: bytes) -> list[Event]:
    return [e for e in Calendar.from_ical(ics).walk("VEVENT") if isinstance(e, Event)]


def _by_key(ics: bytes) -> dict[tuple[str, dt.datetime | None], Event]:
    return {
        (str(e["UID"]), e.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in e else None): e
        for e in _events(ics)
    }


def _exdates(event: Event) -> set[dt.datetime]:
    found = event.get("EXDATE", [])
    return {d.dt for exdate in (found if isinstance(found, list) else [found]) for d in exdate.dts}


def test_a_cancelled_occurrence_is_an_override_marked_cancelled_not_an_exdate(
    db: Database,
) -> None:
    monthly, _council, _weekly = setup_groups(db)
    ics = db.call(export_ics)
    events = _by_key(ics)
    override = events[(f"group-{monthly}@samverkan", SPORTLOV)]
    assert str(override["STATUS"]) == "CANCELLED"
    assert str(override["SUMMARY"]) == "Inställt: Beredningsgruppen"
    assert str(override["DESCRIPTION"]) == "Sportlov"  # why
    master = events[(f"group-{monthly}@samverkan", None)]
    exdates = _exdates(master)
    assert SPORTLOV not in exdates
    # "ej juli": July's day was never a meeting, so it stays an EXDATE.
    assert at(dt.date(2027, 7, 6), 9) in exdates
    # An independent reader finds exactly the app's cancelled meetings, and marked so.
    cancelled = app_meetings(db, status=MeetingStatus.CANCELLED)
    assert len(cancelled) == 1
    assert [(t, s, e) for t, s, e in read_events(ics, "CANCELLED")] == [
        (f"Inställt: {title}", s, e) for title, s, e in cancelled
    ]
    assert read_events(ics) == app_meetings(db)  # those taking place, as before


def test_a_cancelled_single_meeting_is_its_own_event_marked_cancelled(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    with db.session() as s:
        rows = calendar.list_calendar(s, *TWO_YEARS, calendar.CalendarFilter(group_ids=(monthly,)))
        workshop = next(r for r in rows if r.title == "Workshop")
        meetings.cancel_meeting(s, workshop.id, "Lokalen upptagen")
    events = _by_key(db.call(export_ics, monthly))
    event = events[(f"meeting-{workshop.id}@samverkan", None)]
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["SUMMARY"]) == "Inställt: Workshop – Beredningsgruppen"
    assert "STATUS" not in events[(f"group-{monthly}@samverkan", None)]


def test_without_cancelled_they_are_left_out_as_for_a_first_import(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    ics = db.call(export_ics, None, None, False)
    assert b"CANCELLED" not in ics
    master = _by_key(ics)[(f"group-{monthly}@samverkan", None)]
    assert SPORTLOV in _exdates(master)
    assert read_events(ics) == app_meetings(db)


def test_the_view_hiding_cancelled_meetings_does_not_hide_them_from_the_file(
    db: Database,
) -> None:
    setup_groups(db)
    hidden = calendar.CalendarFilter(include_cancelled=False)
    assert b"STATUS:CANCELLED" in db.call(export_ics, None, hidden)


def _sequences(db: Database) -> dict[tuple[str, dt.datetime | None], int]:
    return {key: e.decoded("SEQUENCE") for key, e in _by_key(db.call(export_ics)).items()}


def test_sequence_is_small_counts_changes_and_never_goes_down(db: Database) -> None:
    monthly, council, _weekly = setup_groups(db)
    first = _sequences(db)
    assert set(first.values()) == {0}  # every entry's first export
    assert _sequences(db) == first  # nothing changed: the same numbers

    # Cancelling the council's December meeting: that occurrence gets an override.
    december = at(dt.date(2026, 12, 9), 14)
    with db.session() as s:
        rows = calendar.list_calendar(s, *TWO_YEARS, calendar.CalendarFilter(group_ids=(council,)))
        meetings.cancel_meeting(s, next(r.id for r in rows if r.starts_at == december))
    second = _sequences(db)
    assert second[(f"group-{council}@samverkan", december)] == 0  # a new override
    # A new place for the monthly group's meetings: its series changes, once.
    with db.session() as s:
        meeting_rules.set_rule_from_phrase(
            s, monthly, "1 gång/månad (ej juli) kl 9-10.30", place="Stadshuset", today=TODAY
        )
    third = _sequences(db)
    master = (f"group-{monthly}@samverkan", None)
    assert third[master] == second[master] + 1
    assert all(third[key] >= number for key, number in second.items() if key in third)
    # An occurrence is never numbered below its series (Google passes over it otherwise).
    for (uid, recurrence), number in third.items():
        if recurrence is not None:
            assert number >= third[(uid, None)]
    assert max(third.values()) < 10
    # Read back as the calendar keeps them: a new place on the series' days.
    moved = _by_key(db.call(export_ics))[master]
    assert str(moved["LOCATION"]) == "Stadshuset"
    assert moved.decoded("DTSTART").tzinfo is not None
    assert moved.decoded("DTSTART").astimezone(STOCKHOLM).hour == 9
