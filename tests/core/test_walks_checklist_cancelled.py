"""The blank checklist of a cancelled walk says at the top that the walk is cancelled, and why,
as a cancelled meeting's agenda does: a sheet printed from the plan must not send walkers out.
A walk still planned has no such line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_checklist
from samverkan_desktop.services import places, walk_editing, walk_steps
from samverkan_desktop.services.walk_rows import WalkInput
from tests.core.test_alarms_reports import text_of
from tests.core.test_walks_cli import needs_pdftotext

REASON = "Fastighetsägaren kunde inte delta."


def _walk(db: Database) -> int:
    place = db.call(places.create_place, places.PlaceInput("Tessinparken"))
    return db.call(
        walk_editing.create_walk,
        WalkInput(place, dt.date(2027, 3, 3), dt.time(18), end_time=dt.time(20)),
    )


def _printed(db: Database, walk: int, tmp_path: Path) -> str:
    return " ".join(text_of(db.call(walk_checklist.build, walk), tmp_path).split())


@needs_pdftotext
def test_a_cancelled_walks_checklist_says_so_with_why(db: Database, tmp_path: Path) -> None:
    walk = _walk(db)
    assert "inställd" not in _printed(db, walk, tmp_path)

    db.call(walk_steps.cancel_walk, walk, REASON)
    text = _printed(db, walk, tmp_path)
    # Under the place, before the facts: the first thing read after the title.
    assert "Tessinparken Vandringen är inställd. Fastighetsägaren kunde inte delta. När" in text
    assert "onsdag 3 mars 2027 (v. 9) kl. 18.00–20.00" in text


@needs_pdftotext
def test_cancelled_without_a_reason_it_says_so_alone(db: Database, tmp_path: Path) -> None:
    walk = _walk(db)
    db.call(walk_steps.cancel_walk, walk)
    assert "Tessinparken Vandringen är inställd. När" in _printed(db, walk, tmp_path)
