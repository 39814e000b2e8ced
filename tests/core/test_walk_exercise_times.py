"""A walk or an exercise keeps its end (migration 0032): refused before its start, shown as
"18.00–20.00", its busy time in the calendar and the .ics; without one two hours are assumed.
A cancelled walk keeps why, in its row and its history, until it is planned again. An exercise
with only its month is in the calendar's list and month, never in its week or the .ics."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from icalendar import Calendar

from samverkan_desktop.db import Database, head_revisions
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.exports import ics
from samverkan_desktop.models import ExerciseType, WalkStatus
from samverkan_desktop.reports import meeting_calendar
from samverkan_desktop.services import (
    audit,
    calendar,
    exercise_reading,
    exercises,
    places,
    walk_editing,
    walk_reading,
    walk_rows,
    walk_steps,
)
from samverkan_desktop.services.calendar import CalendarFilter
from samverkan_desktop.services.calendar_entries import EntryKind, list_entries
from samverkan_desktop.services.exercises import ExerciseInput
from samverkan_desktop.services.places import PlaceInput
from samverkan_desktop.services.walk_rows import WalkInput
from tests.core.database_rules import refused, rows, sql
from tests.core.migration_steps import migrate, revision
from tests.core.test_alarms_reports import text_of

BEFORE = "0031_exercise_plan"
DAY = dt.date(2027, 3, 9)  # a Tuesday
BOTH = CalendarFilter(entry_kinds=frozenset(EntryKind))


def _place(db: Database, name: str = "Tessinparken") -> int:
    return db.call(places.create_place, PlaceInput(name))


def _walk(db: Database, start: dt.time | None, end: dt.time | None) -> int:
    return db.call(
        walk_editing.create_walk, WalkInput(_place(db), DAY, start_time=start, end_time=end)
    )


def _exercise(
    db: Database, start: dt.time | None, end: dt.time | None, day: dt.date | None = DAY
) -> int:
    data = ExerciseInput(
        "Krisledningsövning", ExerciseType.SEMINAR, 2027, 3, day, start_time=start, end_time=end
    )
    return db.call(exercises.create_exercise, data, today=dt.date(2026, 12, 3))


def test_a_walk_and_an_exercise_keep_their_end_and_show_it(db: Database) -> None:
    walk_id = _walk(db, dt.time(18, 0), dt.time(20, 0))
    exercise_id = _exercise(db, dt.time(8, 30), dt.time(12, 0))
    walk = db.call(walk_reading.get_walk, walk_id)
    assert (walk.start_time, walk.end_time) == (dt.time(18, 0), dt.time(20, 0))
    assert walk.to_input().end_time == dt.time(20, 0)  # an edit keeps it
    assert db.call(walk_reading.list_walks)[0].end_time == dt.time(20, 0)
    detail = db.call(exercise_reading.get_exercise, exercise_id)
    assert (detail.start_time, detail.end_time) == (dt.time(8, 30), dt.time(12, 0))

    entries = {e.kind: e for e in db.call(list_entries, DAY, DAY)}
    walk_entry = entries[EntryKind.WALK]
    assert walk_entry.ends_at.time() == dt.time(20, 0) and not walk_entry.end_assumed
    assert entries[EntryKind.EXERCISE].ends_at.time() == dt.time(12, 0)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (dt.time(18, 0), dt.time(17, 0), "”Slut” måste vara efter starttiden (18.00)."),
        (dt.time(18, 0), dt.time(18, 0), "”Slut” måste vara efter starttiden (18.00)."),
        (None, dt.time(20, 0), "”Slut” kräver en starttid"),
    ],
)
def test_an_end_not_after_the_start_is_refused_naming_the_field(
    db: Database, start: dt.time | None, end: dt.time | None, message: str
) -> None:
    with pytest.raises(ValidationError, match=re.escape(message)) as refusal:
        _walk(db, start, end)
    assert refusal.value.field == "end_time"
    with pytest.raises(ValidationError, match=re.escape(message)) as refusal:
        _exercise(db, start, end)
    assert refusal.value.field == "end_time"
    assert rows(db, "SELECT id FROM walks") == []
    assert rows(db, "SELECT id FROM exercises") == []


def test_the_database_refuses_an_end_before_the_start_and_a_reason_of_a_planned_walk(
    db: Database,
) -> None:
    walk_id = _walk(db, dt.time(18, 0), None)
    exercise_id = _exercise(db, dt.time(9, 0), None)
    # Another tool writing what the services refuse.
    refused(db, "UPDATE walks SET end_time = '17:00:00' WHERE id = :w", w=walk_id)
    refused(db, "UPDATE exercises SET end_time = '08:00:00' WHERE id = :e", e=exercise_id)
    refused(db, "UPDATE walks SET cancel_reason = 'Regn' WHERE id = :w", w=walk_id)
    sql(db, "UPDATE walks SET end_time = '20:00:00' WHERE id = :w", w=walk_id)
    assert db.call(walk_reading.get_walk, walk_id).end_time == dt.time(20, 0)


def test_without_an_end_two_hours_are_assumed_in_one_place_and_the_ics_says_so(
    db: Database,
) -> None:
    _walk(db, dt.time(18, 0), dt.time(19, 30))
    _exercise(db, dt.time(9, 0), None)
    entries = {e.kind: e for e in db.call(list_entries, DAY, DAY)}
    assumed = entries[EntryKind.EXERCISE]
    assert assumed.end_assumed and assumed.ends_at.time() == dt.time(11, 0)

    events = {
        str(e["uid"]).split("-")[0]: e
        for e in Calendar.from_ical(db.call(ics.export_ics, None, BOTH)).walk("VEVENT")
    }
    walk, exercise = events["walk"], events["exercise"]
    assert (walk.decoded("dtstart").time(), walk.decoded("dtend").time()) == (
        dt.time(18),
        dt.time(19, 30),
    )
    assert "antas" not in str(walk["description"])  # its end is kept
    assert exercise.decoded("dtend").time() == dt.time(11, 0)
    assert "2 timmar antas" in str(exercise["description"])


def test_a_cancelled_walk_keeps_why_in_its_row_the_calendar_and_its_history(
    db: Database,
) -> None:
    walk_id = _walk(db, dt.time(18, 0), None)
    db.call(walk_steps.cancel_walk, walk_id, "  För få anmälda  ")
    row = db.call(walk_reading.list_walks)[0]
    assert (row.status, row.cancel_reason) == (WalkStatus.CANCELLED, "För få anmälda")
    assert walk_rows.status_text(row.status, row.cancel_reason) == "Inställd – För få anmälda"
    assert db.call(walk_reading.get_walk, walk_id).cancel_reason == "För få anmälda"
    entry = db.call(list_entries, DAY, DAY)[0]
    assert entry.cancelled and entry.cancel_reason == "För få anmälda"
    with db.session() as s:
        latest = audit.history(s, "walks", walk_id)[0]
    assert {c.label: c.new for c in latest.changes}["Orsak till inställd vandring"] == (
        "För få anmälda"
    )

    # Planned again: the reason goes with the cancellation (its history keeps it).
    db.call(walk_steps.step_back, walk_id)
    assert db.call(walk_reading.get_walk, walk_id).cancel_reason is None
    db.call(walk_steps.cancel_walk, walk_id)  # no reason given: none kept
    assert db.call(walk_reading.get_walk, walk_id).cancel_reason is None


def test_the_printed_calendar_says_why_a_walk_was_cancelled(db: Database, tmp_path: Path) -> None:
    walk_id = _walk(db, dt.time(18, 0), dt.time(20, 0))
    db.call(walk_steps.cancel_walk, walk_id, "För få anmälda")
    with db.session() as s:
        pdf = meeting_calendar.build(s, DAY, DAY, BOTH)
    text = " ".join(text_of(pdf, tmp_path).split())
    assert "18.00–20.00 Trygghetsvandring Tessinparken" in text
    assert "Inställd – För få anmälda" in text  # struck through, and why


def test_a_follow_up_walk_lasts_as_long_as_the_walk_it_follows_up(db: Database) -> None:
    walk_id = _walk(db, dt.time(18, 0), dt.time(19, 30))
    sql(db, "UPDATE walks SET date = '2026-03-09' WHERE id = :w", w=walk_id)
    db.call(walk_steps.mark_walked, walk_id, dt.date(2026, 12, 3))
    new_id = db.call(walk_steps.plan_follow_up, walk_id, DAY, dt.time(19, 0))
    new = db.call(walk_reading.get_walk, new_id)
    assert (new.start_time, new.end_time) == (dt.time(19, 0), dt.time(20, 30))


def test_an_exercise_with_only_its_month_is_in_the_list_and_month_not_the_week_or_ics(
    db: Database,
) -> None:
    exercise_id = _exercise(db, None, None, day=None)
    first, last = dt.date(2027, 3, 1), dt.date(2027, 3, 31)
    assert db.call(calendar.list_entries_shown, first, last, BOTH) == []
    listed = db.call(calendar.list_entries_shown, first, last, BOTH, True)
    assert [(e.id, e.day, e.day_unknown, e.all_day) for e in listed] == [
        (exercise_id, first, True, True)
    ]
    month = db.call(calendar.month_view, 2027, 3, BOTH)
    assert [e.id for e in month.month_only] == [exercise_id]
    assert not any(d.entries for w in month.weeks for d in w.days)
    # February's grid shows 1 March too, but the exercise is March's: not in February's line.
    assert db.call(calendar.month_view, 2027, 2, BOTH).month_only == ()
    week = db.call(calendar.week_view, 2027, 9, BOTH)
    assert not any(d.entries for d in week.days)
    # April's list does not have it; a group filter leaves it out as it does every exercise.
    assert (
        db.call(calendar.list_entries_shown, dt.date(2027, 4, 1), dt.date(2027, 4, 30), BOTH, True)
        == []
    )
    by_group = CalendarFilter(group_ids=(1,), entry_kinds=frozenset(EntryKind))
    assert db.call(calendar.list_entries_shown, first, last, by_group, True) == []
    assert b"exercise-" not in db.call(ics.export_ics, None, BOTH)


def test_down_to_0031_drops_the_times_and_reasons_and_up_again_keeps_the_walks(
    db: Database,
) -> None:
    walk_id = _walk(db, dt.time(18, 0), dt.time(20, 0))
    db.call(walk_steps.cancel_walk, walk_id, "Regn")
    _exercise(db, dt.time(9, 0), dt.time(11, 0))
    migrate(db, BEFORE)
    assert revision(db) == {BEFORE}
    walk = rows(db, "SELECT * FROM walks")[0]
    assert "end_time" not in walk and "cancel_reason" not in walk
    assert "end_time" not in rows(db, "SELECT * FROM exercises")[0]

    migrate(db, "heads")
    assert revision(db) == head_revisions()
    kept = db.call(walk_reading.get_walk, walk_id)
    assert (kept.start_time, kept.end_time, kept.status) == (
        dt.time(18, 0),
        None,
        WalkStatus.CANCELLED,
    )
    refused(db, "UPDATE walks SET end_time = '17:00:00' WHERE id = :w", w=walk_id)
