"""The blank walk checklist says what is late and leaves room for what is not known: an earlier
walk's action still open past its due day says "försenad" under the day (red), as the walk
report and the action lists mark it, one not yet due does not; an organisation taking part with
no named person gets a line to write the name on the spot beside the organisation, not a blank
cell like the empty rows under it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from samverkan_desktop.db import Database
from samverkan_desktop.reports import walk_checklist
from samverkan_desktop.services import walk_actions, walk_route, walk_steps
from samverkan_desktop.services.contacts import OrganisationInput, create_organisation
from samverkan_desktop.services.walk_actions import WalkActionInput
from tests.core.test_alarms_reports import text_of
from tests.core.test_walks_actions import TODAY, observed  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")

PRINTED = dt.date(2022, 3, 20)


def _lines(db: Database, walk: int, tmp_path: Path) -> list[str]:
    text = text_of(db.call(walk_checklist.build, walk, PRINTED), tmp_path)
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def test_an_earlier_action_past_its_due_day_is_marked_late(
    observed: tuple[Database, int, int, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    db, walk, obs, org = observed
    for title, due in (
        ("Högre armaturer", dt.date(2022, 3, 1)),  # before the day printed: late
        ("Klipp buskarna", dt.date(2022, 3, 20)),  # due that very day: not yet late
    ):
        db.call(walk_actions.raise_action, obs, WalkActionInput(title, org, due_on=due), TODAY)
    follow = db.call(walk_steps.plan_follow_up, walk, dt.date(2022, 4, 6))
    lines = _lines(db, follow, tmp_path)
    late = next(n for n, line in enumerate(lines) if line.startswith("Högre armaturer"))
    assert lines[late].endswith("2022-03-01")
    assert lines[late + 1] == "försenad"
    assert lines.count("försenad") == 1  # "Klipp buskarna", due today, is not


def test_an_organisation_without_a_named_person_gets_a_line_for_the_name(
    observed: tuple[Database, int, int, int],  # noqa: F811
    tmp_path: Path,
) -> None:
    db, walk, _obs, _org = observed
    housing = db.call(create_organisation, OrganisationInput("Stockholmshem"))
    db.call(walk_route.add_organisation, walk, housing)
    lines = _lines(db, walk, tmp_path)
    at = lines.index("Namn Organisation eller boende Underskrift")
    assert lines[at + 1 : at + 3] == ["Stockholmshem", "namn, fylls i på plats"]
