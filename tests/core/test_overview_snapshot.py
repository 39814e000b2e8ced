"""The saved Overview the window shows before its database layer loads: only ever exactly what
gathering would show now."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop import overview_snapshot
from samverkan_desktop.db import Database
from samverkan_desktop.overview_items import OverviewItem, OverviewSection, Urgency
from samverkan_desktop.services import contacts, overview
from samverkan_desktop.services.contacts import PersonInput

TODAY = dt.date(2026, 11, 30)


def _demo(sqlite_db: Database) -> Database:
    from samverkan_desktop import demo

    sqlite_db.call(demo.load)
    return sqlite_db


def _save(db: Database, today: dt.date = TODAY) -> list[overview.OverviewSection]:
    mark, empty, sections = db.call(overview.gather_marked, today)
    assert not empty and mark.startswith("0")  # the schema version leads
    overview_snapshot.save(db.url, mark, today, "sv", sections)
    return sections


def test_gathered_sections_come_back_the_same(sqlite_db: Database) -> None:
    db = _demo(sqlite_db)
    sections = _save(db)
    assert sections == db.call(overview.gather, TODAY)
    assert any(section.items for section in sections)
    assert overview_snapshot.load(db.url, TODAY, "sv") == sections
    target = overview_snapshot.snapshot_file(db.url)
    assert target is not None and os.stat(target).st_mode & 0o077 == 0  # the user's only


def test_a_database_keeps_its_snapshot_file_name(tmp_path: Path) -> None:
    """The name is the path's SHA-256, taken without hashlib (not on the start path): a
    snapshot saved before is found as ever."""
    database = tmp_path / "samverkan.sqlite3"
    target = overview_snapshot.snapshot_file(f"sqlite:///{database}")
    digest = hashlib.sha256(str(database.resolve()).encode()).hexdigest()[:16]
    assert target is not None and target.name == f"overview-{digest}.json"


def test_any_change_to_the_register_retires_the_snapshot(sqlite_db: Database) -> None:
    db = _demo(sqlite_db)
    _save(db)
    db.call(contacts.create_person, PersonInput(name="Ny Kontakt"), TODAY)
    assert overview_snapshot.load(db.url, TODAY, "sv") is None
    sections = _save(db)  # gathered again: current again
    assert overview_snapshot.load(db.url, TODAY, "sv") == sections


def test_the_days_kept_ahead_reach_the_next_weekday() -> None:
    friday = dt.date(2026, 12, 4)
    assert overview_snapshot.days_ahead(friday) == [
        friday + dt.timedelta(days=n) for n in (1, 2, 3)
    ]
    assert overview_snapshot.days_ahead(friday + dt.timedelta(days=2)) == [dt.date(2026, 12, 7)]
    assert overview_snapshot.days_ahead(TODAY) == [dt.date(2026, 12, 1)]  # a Monday: Tuesday


def test_a_day_gathered_ahead_is_shown_that_day_while_nothing_changed(sqlite_db: Database) -> None:
    db = _demo(sqlite_db)
    friday = dt.date(2026, 12, 4)
    days = overview_snapshot.days_ahead(friday)
    mark, _empty, sections, ahead = db.call(overview.gather_with_days_ahead, friday, days)
    overview_snapshot.save(db.url, mark, friday, "sv", sections, ahead)
    monday = dt.date(2026, 12, 7)
    assert overview_snapshot.load(db.url, friday, "sv") == sections
    assert overview_snapshot.load(db.url, monday, "sv") == db.call(overview.gather, monday)
    assert ahead[monday] != sections  # another day, another Overview ("this week" moved on)
    assert overview_snapshot.load(db.url, monday + dt.timedelta(days=1), "sv") is None
    assert overview_snapshot.load(db.url, monday, "en") is None
    db.call(contacts.create_person, PersonInput(name="Ny Kontakt"), friday)
    assert overview_snapshot.load(db.url, monday, "sv") is None  # the register changed


def test_todays_overview_saved_alone_keeps_the_days_gathered_ahead(sqlite_db: Database) -> None:
    """Right after a quick start the window gathers today again and saves it without the days
    ahead (those are gathered when it closes): a window then ended without closing must still
    leave Monday's first start its Overview."""
    db = _demo(sqlite_db)
    friday, monday = dt.date(2026, 12, 4), dt.date(2026, 12, 7)
    mark, _empty, sections, ahead = db.call(
        overview.gather_with_days_ahead, friday, overview_snapshot.days_ahead(friday)
    )
    overview_snapshot.save(db.url, mark, friday, "sv", sections, ahead)
    saturday = dt.date(2026, 12, 5)
    shown = overview_snapshot.load(db.url, saturday, "sv")  # a quick start on Saturday
    assert shown == ahead[saturday]
    overview_snapshot.save(db.url, mark, saturday, "sv", ahead[saturday])  # gathered again

    assert overview_snapshot.load(db.url, monday, "sv") == ahead[monday]
    assert overview_snapshot.load(db.url, saturday, "sv") == ahead[saturday]
    db.call(contacts.create_person, PersonInput(name="Ny Kontakt"), saturday)
    mark, _empty, sections = db.call(overview.gather_marked, saturday)
    overview_snapshot.save(db.url, mark, saturday, "sv", sections)  # under a new mark
    assert overview_snapshot.load(db.url, monday, "sv") is None  # gathered before the change


def test_another_day_or_language_gathers_again(sqlite_db: Database) -> None:
    db = _demo(sqlite_db)
    _save(db)
    assert overview_snapshot.load(db.url, TODAY + dt.timedelta(days=1), "sv") is None
    assert overview_snapshot.load(db.url, TODAY, "en") is None


def test_an_older_schema_or_a_damaged_snapshot_gathers_again(sqlite_db: Database) -> None:
    db = _demo(sqlite_db)
    _save(db)
    target = overview_snapshot.snapshot_file(db.url)
    assert target is not None
    target.write_text('{"format": 1, "sections": [', encoding="utf-8")
    assert overview_snapshot.load(db.url, TODAY, "sv") is None
    _save(db)
    # Right key, but the days kept ahead damaged (edited by hand, or another program's).
    payload = json.loads(target.read_text(encoding="utf-8"))
    damaged_forms: list[object] = [[], {"2026-12-01": [{"key": "x"}]}, {"2026-12-01": "x"}]
    for damaged in damaged_forms:
        target.write_text(json.dumps({**payload, "ahead": damaged}), encoding="utf-8")
        assert overview_snapshot.load(db.url, dt.date(2026, 12, 1), "sv") is None
    _save(db)
    db.dispose()
    path = db.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0009_loan_indexes'")
    assert overview_snapshot.load(db.url, TODAY, "sv") is None


def test_a_snapshot_saved_before_entries_came_in_parts_gathers_again(
    sqlite_db: Database,
) -> None:
    """A snapshot of the previous format (each entry's detail one text) under the current mark:
    not shown (its entries have no parts to shorten by), never a failed start."""
    db = _demo(sqlite_db)
    sections = _save(db)
    target = overview_snapshot.snapshot_file(db.url)
    assert target is not None
    payload = json.loads(target.read_text(encoding="utf-8"))
    for section in payload["sections"]:
        section["items"] = [
            [title, " · ".join(p for p in (who, head, rest) if p), day, urgency, area, record]
            for title, head, day, urgency, area, record, who, rest, *_later in section["items"]
        ]
    for old_format in (3, overview_snapshot.FORMAT):  # even one mislabelled as current
        target.write_text(json.dumps({**payload, "format": old_format}), encoding="utf-8")
        assert overview_snapshot.load(db.url, TODAY, "sv") is None
    assert _save(db) == sections
    assert overview_snapshot.load(db.url, TODAY, "sv") == sections


def test_only_sqlite_files_keep_a_snapshot() -> None:
    url = "postgresql+psycopg://samverkan@localhost/samverkan"
    assert overview_snapshot.snapshot_file(url) is None
    overview_snapshot.save(url, "x", TODAY, "sv", [])  # nothing to do, no error
    assert overview_snapshot.load(url, TODAY, "sv") is None


_texts = st.text(max_size=60)
_items = st.builds(
    OverviewItem,
    _texts,
    _texts,
    st.none() | st.dates(),
    st.sampled_from(list(Urgency)),
    st.sampled_from(["groups", "calendar", "actions", "alarms", "crisis"]),
    st.none() | st.integers(min_value=-(2**63), max_value=2**63 - 1),
    who=_texts,
    rest=_texts,
    dated=st.booleans(),
    subset=st.none() | _texts,
)
_sections = st.builds(
    OverviewSection,
    _texts,
    _texts,
    _texts,
    st.integers(min_value=0, max_value=10**9),
    st.lists(_items, max_size=8).map(tuple),
    _texts,
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(sections=st.lists(_sections, max_size=8))
def test_any_overview_comes_back_exactly(sqlite_url: str, sections: list[OverviewSection]) -> None:
    """Whatever the sections hold (quotes, Å/Ä/Ö, emoji, empty texts, no dates), the saved
    Overview reads back equal, or the window would show something the database never said."""
    mark = overview_snapshot.current_mark(sqlite_url)
    assert mark is not None
    overview_snapshot.save(sqlite_url, mark, TODAY, "sv", sections)
    assert overview_snapshot.load(sqlite_url, TODAY, "sv") == sections
