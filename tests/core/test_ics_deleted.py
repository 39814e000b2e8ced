"""A meeting deleted leaves the calendars that imported the .ics file or subscribe to it: the
next export writes it once more, with its UID, STATUS:CANCELLED and a SEQUENCE above the one
calendars hold (left out, they kept it forever). So for a single meeting deleted, a group's
series whose rule was removed, and every entry of a group deleted; for 400 days after the
meeting's day, never for one deleted long after it was held; not with ``--without-cancelled``.
Past those days the export that can write forgets what it kept of the meeting. A desk that may
only read exports them all the same. Read back by an independent reader
(icalendar, recurring-ical-events)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar, Event
from sqlalchemy import event

from samverkan_desktop import clock
from samverkan_desktop.db import Database, open_database
from samverkan_desktop.exports.ics import export_ics
from samverkan_desktop.models import CalendarSequence, GroupType
from samverkan_desktop.services import calendar, group_editing, meeting_rules, meetings
from tests.core.meeting_data import TODAY, at
from tests.core.test_ics import TWO_YEARS, app_meetings, read_events, setup_groups

Key = tuple[str, dt.datetime | None]


@pytest.fixture(autouse=True)
def today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def _by_key(ics: bytes) -> dict[Key, Event]:
    return {
        (str(e["UID"]), e.decoded("RECURRENCE-ID") if "RECURRENCE-ID" in e else None): e
        for e in Calendar.from_ical(ics).walk("VEVENT")
        if isinstance(e, Event)
    }


def _workshop(db: Database, group_id: int) -> int:
    with db.session() as s:
        rows = calendar.list_calendar(s, *TWO_YEARS, calendar.CalendarFilter(group_ids=(group_id,)))
    return next(r.id for r in rows if r.title == "Workshop")


def _gone(before: dict[Key, Event], after: dict[Key, Event], key: Key) -> Event:
    """``key`` in ``after`` as cancelled, at its old time, numbered above ``before``'s."""
    event = after[key]
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.decoded("SEQUENCE") > before[key].decoded("SEQUENCE")
    assert event.decoded("DTSTART") == before[key].decoded("DTSTART")
    assert event.decoded("DTEND") == before[key].decoded("DTEND")
    return event


def test_a_single_meeting_deleted_goes_out_cancelled_once_numbered_higher(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    workshop = _workshop(db, monthly)
    key = (f"meeting-{workshop}@samverkan", None)
    before = _by_key(db.call(export_ics))
    db.call(meetings.delete_meeting, workshop)
    ics = db.call(export_ics)
    gone = _gone(before, _by_key(ics), key)
    assert str(gone["SUMMARY"]) == "Inställt: Workshop – Beredningsgruppen"
    assert "LOCATION" not in gone and "DESCRIPTION" not in gone  # a title and a time only
    # The reader finds it cancelled, and the meetings taking place exactly as the app's.
    workshop_day = at(dt.date(2027, 4, 12), 10)
    assert ("Inställt: Workshop – Beredningsgruppen", workshop_day) in {
        (title, start) for title, start, _end in read_events(ics, "CANCELLED")
    }
    assert read_events(ics) == app_meetings(db)
    # Exported again: the same number (nothing changed); the group's own file says it too.
    assert _by_key(db.call(export_ics))[key].decoded("SEQUENCE") == gone.decoded("SEQUENCE")
    assert str(_by_key(db.call(export_ics, monthly))[key]["STATUS"]) == "CANCELLED"
    # Not in another group's file, nor in a first import's (--without-cancelled).
    assert key not in _by_key(db.call(export_ics, _council))
    assert key not in _by_key(db.call(export_ics, None, None, False))


def test_a_rule_removed_cancels_its_series_and_its_occurrences(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    series = f"group-{monthly}@samverkan"
    before = _by_key(db.call(export_ics))
    overrides = [key for key in before if key[0] == series and key[1] is not None]
    assert len(overrides) >= 2  # the meeting moved, the one cancelled (Sportlov), …
    db.call(meeting_rules.clear_rule, monthly, TODAY)
    ics = db.call(export_ics)
    after = _by_key(ics)
    master = _gone(before, after, (series, None))
    assert str(master["SUMMARY"]) == "Inställt: Beredningsgruppen"
    assert master["RRULE"] == before[(series, None)]["RRULE"]  # cancelled as the series
    for key in overrides:
        assert str(after[key]["STATUS"]) == "CANCELLED"
        assert after[key].decoded("SEQUENCE") >= master.decoded("SEQUENCE")
    # What the group still has (the meeting moved by hand, kept as a single one; the
    # workshop) is exactly what the reader finds taking place.
    kept = app_meetings(db, monthly)
    assert at(dt.date(2027, 2, 4), 13) in {start for _title, start, _end in kept}
    assert [m for m in read_events(ics) if "Beredningsgruppen" in m[0]] == kept


def test_a_group_deleted_cancels_all_its_entries_in_the_file_of_every_group(
    db: Database,
) -> None:
    monthly, council, _weekly = setup_groups(db)
    with db.session() as s:
        rows = calendar.list_calendar(s, *TWO_YEARS, calendar.CalendarFilter(group_ids=(council,)))
        meetings.add_meeting(
            s,
            council,
            meetings.MeetingInput(at(dt.date(2027, 1, 20), 13), at(dt.date(2027, 1, 20), 14)),
        )
        meetings.cancel_meeting(s, rows[0].id, "Krockar")
    before = _by_key(db.call(export_ics))
    mine = [key for key in before if "Trygghetsrådet" in str(before[key]["SUMMARY"])]
    assert len(mine) == 3  # the series, its cancelled occurrence, the extra meeting
    db.call(group_editing.delete_group, council)
    ics = db.call(export_ics)
    after = _by_key(ics)
    for key in mine:
        assert str(after[key]["STATUS"]) == "CANCELLED"
        assert after[key].decoded("SEQUENCE") > before[key].decoded("SEQUENCE")
    assert str(after[(f"group-{council}@samverkan", None)]["SUMMARY"]) == "Inställt: Trygghetsrådet"
    assert read_events(ics) == app_meetings(db)
    # A file of a group type cannot tell which were the deleted group's: not there.
    by_type = _by_key(
        db.call(export_ics, None, calendar.CalendarFilter(group_type=GroupType.NATVERK))
    )
    assert not set(mine) & set(by_type)
    assert (f"group-{monthly}@samverkan", None) in after


def test_only_until_400_days_after_the_meetings_day(db: Database) -> None:
    monthly, _council, _weekly = setup_groups(db)
    added = {}
    for days in (399, 401):  # before TODAY: a meeting held, then deleted
        day = TODAY - dt.timedelta(days=days)
        added[days] = db.call(
            meetings.add_meeting, monthly, meetings.MeetingInput(at(day, 9), at(day, 10))
        )
    db.call(export_ics)
    for meeting_id in added.values():
        db.call(meetings.delete_meeting, meeting_id)
    after = _by_key(db.call(export_ics))
    assert str(after[(f"meeting-{added[399]}@samverkan", None)]["STATUS"]) == "CANCELLED"
    assert (f"meeting-{added[401]}@samverkan", None) not in after


def _remembered(db: Database) -> dict[str, int]:
    return db.call(lambda s: {row.entry: row.sequence for row in s.query(CalendarSequence)})


def test_past_400_days_the_export_forgets_it_and_keeps_every_other_entry(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What was kept of a deleted meeting to cancel it goes once no calendar needs it: its row
    in calendar_sequences. Every other entry's stays, however long ago its day: each is still
    written, and its number must never go down."""
    monthly, _council, _weekly = setup_groups(db)
    workshop = _workshop(db, monthly)
    key = f"meeting-{workshop}@samverkan"
    db.call(export_ics)
    db.call(meetings.delete_meeting, workshop)
    db.call(export_ics)
    kept = _remembered(db)
    assert key in kept
    day = dt.date(2027, 4, 12)  # the workshop's
    monkeypatch.setattr(clock, "today", lambda: day + dt.timedelta(days=400))
    assert str(_by_key(db.call(export_ics))[(key, None)]["STATUS"]) == "CANCELLED"
    assert _remembered(db) == kept
    # Years on, every other entry's day is past 400 days too: only the deleted one is gone.
    monkeypatch.setattr(clock, "today", lambda: dt.date(2031, 6, 2))
    db.call(export_ics, None, None, False)  # without the cancelled: it cannot tell what is gone
    assert set(_remembered(db)) == set(kept)
    ics = db.call(export_ics)
    assert (key, None) not in _by_key(ics)
    after = _remembered(db)
    assert set(after) == set(kept) - {key}
    assert all(after[entry] >= kept[entry] for entry in after)
    assert read_events(ics) == app_meetings(db)


def _read_only(url: str) -> Database:
    """The same SQLite file opened as by a desk that may only read: SQLite's own read-only
    state gives the error a read-only file does (see test_read_only_database). PostgreSQL's
    read-only role: tests/core/test_roles.py."""
    reader = open_database(url)
    reader.engine.dispose()
    event.listen(
        reader.engine, "connect", lambda conn, _record: conn.execute("PRAGMA query_only=1")
    )
    return reader


def test_a_desk_that_may_only_read_exports_them_numbered_as_another_would(
    sqlite_url: str,
) -> None:
    db = open_database(sqlite_url)
    try:
        monthly, _council, _weekly = setup_groups(db)
        workshop = _workshop(db, monthly)
        key = (f"meeting-{workshop}@samverkan", None)
        before = _by_key(db.call(export_ics))
        db.call(meetings.delete_meeting, workshop)
        reader = _read_only(db.url)
        try:
            read = _by_key(reader.call(export_ics))
        finally:
            reader.dispose()
        gone = _gone(before, read, key)
        remembered = db.call(lambda s: s.get(CalendarSequence, key[0]).sequence)
        assert remembered == before[key].decoded("SEQUENCE")  # the reader could not write
        assert _by_key(db.call(export_ics))[key].decoded("SEQUENCE") == gone.decoded("SEQUENCE")
    finally:
        db.dispose()


def test_a_desk_that_may_only_read_exports_past_400_days_and_forgets_nothing(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(sqlite_url)
    try:
        monthly, _council, _weekly = setup_groups(db)
        workshop = _workshop(db, monthly)
        db.call(export_ics)
        db.call(meetings.delete_meeting, workshop)
        db.call(export_ics)
        kept = _remembered(db)
        monkeypatch.setattr(clock, "today", lambda: dt.date(2031, 6, 2))
        reader = _read_only(db.url)
        try:
            read = reader.call(export_ics)
        finally:
            reader.dispose()
        assert (f"meeting-{workshop}@samverkan", None) not in _by_key(read)
        assert _remembered(db) == kept  # the reader could not write: the next export forgets
        assert _by_key(db.call(export_ics)).keys() == _by_key(read).keys()
        assert f"meeting-{workshop}@samverkan" not in _remembered(db)
    finally:
        db.dispose()


def test_the_command_line_export_writes_it_cancelled(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from samverkan_desktop.cli import main as cli_main

    monthly, _council, _weekly = setup_groups(db)
    workshop = _workshop(db, monthly)
    out = tmp_path / "moten.ics"
    assert cli_main(["--db", db.url, "export", "ics", "--out", str(out)]) == 0
    db.call(meetings.delete_meeting, workshop)
    assert cli_main(["--db", db.url, "export", "ics", "--out", str(out)]) == 0
    event = _by_key(out.read_bytes())[(f"meeting-{workshop}@samverkan", None)]
    assert str(event["STATUS"]) == "CANCELLED"
    assert (
        cli_main(["--db", db.url, "export", "ics", "--without-cancelled", "--out", str(out)]) == 0
    )
    assert b"CANCELLED" not in out.read_bytes()


def test_an_occurrence_no_longer_moved_is_not_cancelled(db: Database) -> None:
    """Its override leaves the file, but the meeting takes place at the series' own time."""
    monthly, _council, _weekly = setup_groups(db)
    moved_to = at(dt.date(2027, 2, 4), 13)
    with db.session() as s:
        rows = calendar.list_calendar(s, *TWO_YEARS, calendar.CalendarFilter(group_ids=(monthly,)))
        moved = next(r for r in rows if r.starts_at == moved_to)
    assert moved.moved_from is not None
    key = (f"group-{monthly}@samverkan", moved.moved_from)
    assert key in _by_key(db.call(export_ics))
    back = moved.moved_from
    db.call(meetings.move_meeting, moved.id, back, back + dt.timedelta(minutes=90))
    ics = db.call(export_ics)
    assert key not in _by_key(ics)
    assert ("Beredningsgruppen", back, back + dt.timedelta(minutes=90)) in read_events(ics)
    assert read_events(ics) == app_meetings(db)
