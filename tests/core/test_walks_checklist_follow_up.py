"""The checklist printed for a follow-up walk (one following up an earlier walk at the same
place) lists the earlier walk's remedial actions still open, with their responsible and due
day, so the walkers check on site whether they were done; the closed ones, and a walk that
follows nothing up, have no such list."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from samverkan_desktop.db import Database
from samverkan_desktop.models import Action, ActionStatus
from samverkan_desktop.reports import walk_checklist
from samverkan_desktop.services import walk_actions, walk_steps
from samverkan_desktop.services.walk_actions import WalkActionInput
from tests.core.test_alarms_reports import text_of
from tests.core.test_walks_actions import TODAY, observed  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

HEADING = "Fortfarande öppet från vandringen 2021-09-23"


def _lines(db: Database, walk: int, tmp_path: Path) -> list[str]:
    text = text_of(db.call(walk_checklist.build, walk), tmp_path)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


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
    assert lines[at + 2] == "Åtgärd Ansvarig Klart senast Åtgärdat på plats?"
    listed = lines[at + 3 : at + 5]
    assert listed == [
        "Högre armaturer Trafikkontoret 2021-12-31",
        "Klipp buskarna vid entrén Trafikkontoret 2021-12-31",
    ]
    assert not any("Laga lamporna" in line for line in lines)  # done since: nothing to check
    assert HEADING not in _lines(db, walk, tmp_path)  # the earlier walk follows nothing up
