"""A walk is not walked before it starts: one at 18.30 was marked walked at 08.00 on its day.
The service refuses it naming the start time (as an exercise is not held before its start), the
command line as the window; from the start on it is taken. On both databases."""

from __future__ import annotations

import datetime as dt

import pytest

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.errors import ValidationError
from samverkan_desktop.formatting import LOCAL_ZONE
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.services import places, walk_editing, walk_reading, walk_rows, walk_steps
from tests.core.test_cli import run_cli

DAY = dt.date(2026, 12, 10)
REFUSAL = (
    "Vandringen kan markeras som genomförd från kl. 18.30 i dag. "
    "Om den började tidigare, ändra först dess starttid."
)


def _at(monkeypatch: pytest.MonkeyPatch, hour: int, minute: int = 0) -> None:
    monkeypatch.setattr(clock, "today", lambda: DAY)
    moment = dt.datetime.combine(DAY, dt.time(hour, minute), LOCAL_ZONE)
    monkeypatch.setattr(clock, "now", lambda: moment)


def _evening_walk(db: Database) -> int:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    return db.call(
        walk_editing.create_walk,
        walk_rows.WalkInput(place, DAY, start_time=dt.time(18, 30)),
    )


def test_a_walk_is_not_marked_walked_before_its_start_time(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    walk = _evening_walk(db)
    _at(monkeypatch, 8)
    with pytest.raises(ValidationError) as refused:
        db.call(walk_steps.mark_walked, walk)
    assert refused.value.field == "start_time"
    assert refused.value.message == REFUSAL
    assert db.call(walk_reading.get_walk, walk).status is WalkStatus.PLANNING

    _at(monkeypatch, 18, 30)
    db.call(walk_steps.mark_walked, walk)
    assert db.call(walk_reading.get_walk, walk).status is WalkStatus.WALKED


def test_walks_held_refuses_before_the_start_time(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    walk = _evening_walk(sqlite_db)
    _at(monkeypatch, 8)
    code, out, err = run_cli(capsys, "--db", sqlite_db.url, "walks", "held", str(walk))
    assert (code, out, err) == (1, "", f"Fel: {REFUSAL}\n")
    assert sqlite_db.call(walk_reading.get_walk, walk).status is WalkStatus.PLANNING
