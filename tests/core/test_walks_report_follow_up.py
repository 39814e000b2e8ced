"""The walk report names the follow-up walk planned at the place, with its date: the police and
the residents reading the report of the demo's 2021 walk at Gyllenstiernsgatan read
'Uppföljning planerad' and not when."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop import clock, demo
from samverkan_desktop.db import Database
from samverkan_desktop.formatting import long_date
from samverkan_desktop.models import WalkStatus
from samverkan_desktop.reports import walk_report
from samverkan_desktop.services import (
    contacts,
    places,
    walk_actions,
    walk_editing,
    walk_reading,
    walk_records,
    walk_rows,
    walk_steps,
)
from samverkan_desktop.services.walk_actions import WalkActionInput
from tests.core.test_alarms_reports import text_of


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_report_names_the_planned_follow_up(sqlite_db: Database, tmp_path: Path) -> None:
    sqlite_db.call(demo.load)
    walk = next(
        w
        for w in sqlite_db.call(walk_reading.list_walks)
        if w.status is WalkStatus.FOLLOW_UP_PLANNED
    )
    later = sqlite_db.call(walk_reading.get_walk, walk.id).follow_ups[0]
    pdf = tmp_path / "rapport.pdf"
    pdf.write_bytes(sqlite_db.call(walk_report.build, walk.id))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Uppföljande vandring" in text
    assert long_date(later.date) in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_since_the_walk_names_each_actions_own_walk(demo_db: Database, tmp_path: Path) -> None:
    """A third walk at Gyllenstiernsgatan: its report's 'Sedan vandringen den 4 juni 2024' also lists
    the 2021 walk's open actions (as the checklist does), each beside its own walk's date, not
    all as if raised on the walk in the heading."""
    today = clock.today()
    place = next(p.id for p in demo_db.call(places.list_places) if p.name == "Gyllenstiernsgatan")
    between = dt.date(2024, 6, 4)
    middle = demo_db.call(walk_editing.create_walk, walk_rows.WalkInput(place, between))
    demo_db.call(walk_steps.mark_walked, middle, between)
    seen = demo_db.call(
        walk_records.add_observation,
        middle,
        walk_records.ObservationInput("Mörk passage", location="Passagen"),
    )
    organisation = demo_db.call(contacts.list_organisations)[0]
    demo_db.call(
        walk_actions.raise_action, seen, WalkActionInput("Ny belysning", organisation.id), between
    )
    latest = demo_db.call(walk_editing.create_walk, walk_rows.WalkInput(place, today))
    demo_db.call(walk_steps.mark_walked, latest, today)

    text = text_of(demo_db.call(walk_report.build, latest, today), tmp_path)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    at = lines.index("Sedan vandringen den 4 juni 2024")
    still_open = lines.index("Fortfarande öppet", at)
    assert lines[still_open + 1] == "Åtgärd Ansvarig Vandring Klart senast Status"
    section = lines[still_open:]
    # The responsible's name may wrap in its cell: each action's first line has its dates.
    assert next(line for line in section if line.startswith("Ny belysning")).startswith(
        f"Ny belysning {organisation.name} 2024-06-04"
    )
    assert "2021-05-18" in next(line for line in section if line.startswith("Sätta grind"))
