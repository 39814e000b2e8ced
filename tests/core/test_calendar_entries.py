"""Safety walks and exercises in the calendar beside the meetings: on their day, with their start
(or the whole day), one query per kind, left out when the calendar is filtered by group."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from samverkan_desktop.db import Database
from samverkan_desktop.models import ExerciseType, GroupType
from samverkan_desktop.services import (
    calendar,
    exercises,
    places,
    walk_editing,
    walk_rows,
    walk_steps,
)
from samverkan_desktop.services.calendar import CalendarFilter
from samverkan_desktop.services.calendar_entries import EntryKind
from tests.core.meeting_data import make_group

BOTH = CalendarFilter(entry_kinds=frozenset(EntryKind))


def _setup(db: Database) -> dict[str, int]:
    with db.session() as s:
        group = make_group(s, "Platssamverkan Stureplan", type=GroupType.PLATSSAMVERKAN)
        place = places.create_place(s, places.PlaceInput("Gyllenstiernsgatan"))
        walk = walk_editing.create_walk(
            s,
            walk_rows.WalkInput(
                place, dt.date(2026, 12, 10), dt.time(18, 30), meeting_point="Tessinparken"
            ),
        )
        cancelled = walk_editing.create_walk(s, walk_rows.WalkInput(place, dt.date(2026, 12, 15)))
        walk_steps.cancel_walk(s, cancelled)
        exercise = exercises.create_exercise(
            s,
            exercises.ExerciseInput(
                "Larmprov", ExerciseType.FUNCTIONAL, 2026, date=dt.date(2026, 12, 8)
            ),
        )
        # Planned for a month only: no day to put it on.
        exercises.create_exercise(
            s, exercises.ExerciseInput("Seminarium", ExerciseType.SEMINAR, 2026, month=12)
        )
    return {"group": group, "walk": walk, "cancelled": cancelled, "exercise": exercise}


def test_the_month_shows_walks_and_dated_exercises_on_their_days(db: Database) -> None:
    ids = _setup(db)
    with db.session() as s:
        month = calendar.month_view(s, 2026, 12, BOTH)
    by_day = {d.date: d.entries for w in month.weeks for d in w.days if d.entries}
    assert sorted(by_day) == [dt.date(2026, 12, 8), dt.date(2026, 12, 10), dt.date(2026, 12, 15)]
    (walk,) = by_day[dt.date(2026, 12, 10)]
    assert (walk.kind, walk.id, walk.label) == (
        EntryKind.WALK,
        ids["walk"],
        "Trygghetsvandring Gyllenstiernsgatan",
    )
    assert walk.starts_at.hour == 18 and walk.starts_at.minute == 30
    assert walk.ends_at - walk.starts_at == dt.timedelta(hours=2)  # assumed: no end recorded
    assert walk.place == "Tessinparken" and (walk.area, walk.record_id) == ("walks", ids["walk"])
    (exercise,) = by_day[dt.date(2026, 12, 8)]
    assert exercise.label == "Övning: Larmprov" and exercise.all_day
    assert exercise.area == "crisis" and exercise.record_id == -ids["exercise"]
    assert by_day[dt.date(2026, 12, 15)][0].cancelled


def test_meetings_only_unless_asked_and_none_when_filtered_by_group(db: Database) -> None:
    ids = _setup(db)
    with db.session() as s:
        plain = calendar.month_view(s, 2026, 12)
        by_group = calendar.month_view(s, 2026, 12, CalendarFilter(group_ids=(ids["group"],)))
        by_type = calendar.week_view(
            s, 2026, 50, CalendarFilter(group_type=GroupType.NATVERK, entry_kinds=BOTH.entry_kinds)
        )
        walks_only = calendar.week_view(
            s, 2026, 50, CalendarFilter(entry_kinds=frozenset({EntryKind.WALK}))
        )
        no_cancelled = calendar.list_entries_shown(
            s,
            dt.date(2026, 12, 1),
            dt.date(2026, 12, 31),
            CalendarFilter(include_cancelled=False, entry_kinds=BOTH.entry_kinds),
        )
    assert not any(d.entries for w in plain.weeks for d in w.days)
    assert not any(d.entries for w in by_group.weeks for d in w.days)
    assert not any(d.entries for d in by_type.days)
    assert [e.kind for d in walks_only.days for e in d.entries] == [EntryKind.WALK]
    assert [e.id for e in no_cancelled if e.kind is EntryKind.WALK] == [ids["walk"]]


def test_one_query_per_kind_however_many_walks(db: Database) -> None:
    _setup(db)
    with db.session() as s:
        place = places.create_place(s, places.PlaceInput("Tessinparken"))
        for day in range(1, 29):
            walk_editing.create_walk(
                s, walk_rows.WalkInput(place, dt.date(2027, 2, day), dt.time(18))
            )
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        with db.session() as s:
            month = calendar.month_view(s, 2027, 2, BOTH)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert sum(len(d.entries) for w in month.weeks for d in w.days) == 28
    assert len(statements) == 3, statements  # meetings, walks, exercises
