"""The checklist printed for a follow-up walk (one following up an earlier walk at the same
place) lists the earlier walk's remedial actions still open, with their responsible and due
day, so the walkers check on site whether they were done; the closed ones, and a walk that
follows nothing up, have no such list. A new walk at a walked place is such a walk too, as its Follow-up tab has
it; each action says which walk it came from."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop import clock
from samverkan_desktop.db import Database
from samverkan_desktop.models import Action, ActionStatus
from samverkan_desktop.reports import walk_checklist
from samverkan_desktop.services import (
    contacts,
    places,
    walk_actions,
    walk_editing,
    walk_records,
    walk_rows,
    walk_steps,
)
from samverkan_desktop.services.walk_actions import WalkActionInput
from tests.core.test_alarms_reports import text_of
from tests.core.test_walks_actions import TODAY, observed  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

HEADING = "Fortfarande öppet från tidigare vandringar på platsen"


def _lines(db: Database, walk: int, tmp_path: Path) -> list[str]:
    text = text_of(db.call(walk_checklist.build, walk), tmp_path)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def _row(lines: list[str], heading_at: int, title: str) -> str:
    return next(line for line in lines[heading_at:] if line.startswith(title))


def test_a_follow_up_walks_checklist_lists_the_earlier_walks_open_actions(
    observed: tuple[Database, int, int, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    db, walk, obs, org = observed
    due = dt.date(2021, 12, 31)
    for title in ("Laga lamporna", "Högre armaturer", "Klipp buskarna vid entrén"):
        db.call(walk_actions.raise_action, obs, WalkActionInput(title, org, due_on=due), TODAY)
    with db.session() as session:
        done = session.scalars(select(Action).where(Action.title == "Laga lamporna")).one()
        done.status, done.closed_on = ActionStatus.DONE, dt.date(2021, 11, 15)
    follow = db.call(walk_steps.plan_follow_up, walk, dt.date(2022, 4, 6))
    lines = _lines(db, follow, tmp_path)
    at = lines.index(HEADING)
    assert lines[at + 2] == "Åtgärd Ansvarig Vandring Klart senast Åtgärdat på plats?"
    listed = lines[at + 3 : at + 7]
    assert listed == [  # printed years later: both late
        "Högre armaturer Trafikkontoret 2021-09-23 2021-12-31",
        "försenad",
        "Klipp buskarna vid entrén Trafikkontoret 2021-09-23 2021-12-31",
        "försenad",
    ]
    assert not any("Laga lamporna" in line for line in lines)  # done since: nothing to check
    assert HEADING not in _lines(db, walk, tmp_path)  # no walk at the place before it


def test_a_new_walk_at_a_walked_place_lists_what_is_still_open_from_each_walk(
    demo_db: Database, tmp_path: Path
) -> None:
    """Not planned as a follow-up, a new walk at Gyllenstiernsgatan is still compared with the
    walk of 2021-05-18 (its Follow-up tab says so): its checklist lists that walk's open actions.
    The follow-up of the new walk lists them again beside the new walk's own, each with the
    date of the walk it came from, not all under the date of the walk followed up."""
    today = clock.today()
    place = next(p.id for p in demo_db.call(places.list_places) if p.name == "Gyllenstiernsgatan")
    new = demo_db.call(walk_editing.create_walk, walk_rows.WalkInput(place, today))
    lines = _lines(demo_db, new, tmp_path)
    at = lines.index(HEADING)
    # The responsible's name wraps in its cell: each action's first line has its dates (the
    # demo's due days are relative to the day it is loaded).
    for title in ("Beskära buskagen längs passagen", "Sätta grind för nischen"):
        due = demo_db.call(
            lambda s, t=title: s.scalar(select(Action.due_on).where(Action.title.startswith(t)))
        )
        assert _row(lines, at, title).endswith(f"2021-05-18 {due.isoformat()}")
    assert not any("Byta armaturer" in line for line in lines)  # done in 2021

    demo_db.call(walk_steps.mark_walked, new, today)
    organisation = demo_db.call(contacts.list_organisations)[0]
    seen = demo_db.call(
        walk_records.add_observation,
        new,
        walk_records.ObservationInput("Mörk passage", location="Passagen"),
    )
    demo_db.call(
        walk_actions.raise_action, seen, WalkActionInput("Ny belysning", organisation.id), today
    )
    follow = demo_db.call(walk_steps.plan_follow_up, new, today + dt.timedelta(days=90))
    lines = _lines(demo_db, follow, tmp_path)
    at = lines.index(HEADING)
    assert "2021-05-18" in _row(lines, at, "Beskära buskagen längs passagen")
    assert "2021-05-18" in _row(lines, at, "Sätta grind för nischen")
    assert today.isoformat() in _row(lines, at, "Ny belysning")
    assert "2021-05-18" not in _row(lines, at, "Ny belysning")
